"""The preview of a certificate inside the window: the page an initiative would get (number and
verification code included, nothing issued), drawn by the printing code into a temporary PDF on a
worker thread and shown with QtPdf."""

from __future__ import annotations

import itertools
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from db.certificates import Signer
from db.session import Database
from desktop.messages import arg
from desktop.tasks import forget_op, run_op
from desktop.widgets.error_text import error_text


def render_preview(
    database: Database,
    initiative_id: str,
    signer: Signer | None,
    issued_on,
    out: Path,
    qr: bool = True,
) -> Path | None:
    """Draw the certificate `initiative_id` would get into `out`; None if it can have none."""
    # ReportLab, Pillow and pypdf load when a certificate is drawn, not when the window starts
    from desktop.printing.batch import render_certificates
    from desktop.printing.jobs import preview_certificate

    cert = preview_certificate(database, initiative_id, signer, issued_on)
    if cert is None:
        return None
    if qr:
        render_certificates([cert], out)
    else:
        from desktop.printing.template import without_qr

        render_certificates([cert], out, template=without_qr())
    return out


class CertificatePreview(QWidget):
    """Shows one certificate page; `show_initiative` renders it in the background."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(tempfile.mkdtemp(prefix="sangkien-xem-truoc-"))
        self._names = itertools.count(1)
        self.shown_path: Path | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("preview")
        self.view.setDocument(self.document)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.note = QLabel()
        self.note.setObjectName("previewNote")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.note)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.show_note(self.tr("Chọn một sáng kiến để xem trước giấy chứng nhận."))
        self.destroyed.connect(lambda _obj=None, f=self.folder: shutil.rmtree(f, True))

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.stack.setCurrentWidget(self.note)

    def show_initiative(
        self,
        database: Database,
        initiative_id: str | None,
        signer: Signer | None,
        issued_on,
        qr: bool = True,
    ) -> None:
        if initiative_id is None:
            forget_op(self, "preview")  # a preview still drawing is no longer wanted
            self.show_note(self.tr("Không có sáng kiến nào để xem trước."))
            return
        out = self.folder / f"xem-truoc-{next(self._names)}.pdf"
        self.show_note(self.tr("Đang vẽ bản xem trước…"))
        run_op(
            self,
            lambda _progress: render_preview(database, initiative_id, signer, issued_on, out, qr),
            self._show,
            key="preview",
            on_error=self._failed,
        )

    def _show(self, path: Path | None) -> None:
        if path is None:
            self.show_note(self.tr("Sáng kiến này chưa thể có giấy chứng nhận."))
            return
        self.document.load(str(path))
        old, self.shown_path = self.shown_path, path
        if old is not None:
            old.unlink(missing_ok=True)
        self.stack.setCurrentWidget(self.view)

    def _failed(self, error: BaseException) -> None:
        self.show_note(arg(self.tr("Không xem trước được: %1"), error_text(error)))

    def page_count(self) -> int:
        return self.document.pageCount()
