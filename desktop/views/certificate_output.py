"""Where a certificate batch goes, from the certificates page: one PDF ("Lưu PDF…"), one PDF per
certificate in a folder ("Lưu từng tệp…"), or the printer ("In…": the batch is drawn into a
temporary PDF, then its pages are sent to the printer chosen in the system's print dialog).

Each runs in the background with progress and Cancel. Cancelling while the batch is drawn issues
nothing (one transaction); once the PDF is complete the certificates are issued, and cancelling
the printing only stops the paper — they can be printed again from "Đã cấp giấy — in lại".
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.dialogs import file_dialogs
from desktop.tasks import run_op
from desktop.views.certificate_jobs import PrintJob, result_text
from desktop.views.registry import PageContext
from desktop.widgets.error_text import error_text

SETTINGS_FOLDER = "pages/certificates/folder"


def tr(text: str) -> str:
    return QCoreApplication.translate("CertificatesPage", text)


class CertificateOutput:
    """The three output actions of the page; `make_job(out, split)` says what to print."""

    def __init__(
        self,
        parent: QWidget,
        context: PageContext,
        make_job: Callable[..., PrintJob | None],
    ) -> None:
        self.parent = parent
        self.context = context
        self.make_job = make_job
        self.printer = None

    # ---- the three actions -------------------------------------------------------------------

    def save_pdf(self) -> None:
        name = f"giay-chung-nhan-{dt.date.today():%Y-%m-%d}.pdf"
        path, _ = file_dialogs.save_file_name(
            self.parent,
            tr("Lưu giấy chứng nhận vào một tệp PDF"),
            str(self._folder() / name),
            tr("Tệp PDF (*.pdf)"),
        )
        if not path:
            return
        out = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        self._remember_folder(out.parent)
        self.start(self.make_job(out), self._saved)

    def save_split(self) -> None:
        folder = file_dialogs.existing_folder(
            self.parent,
            tr("Chọn thư mục để lưu mỗi giấy chứng nhận một tệp PDF"),
            str(self._folder()),
        )
        if not folder:
            return
        self._remember_folder(Path(folder))
        self.start(self.make_job(Path(folder), split=True), self._saved)

    def print_to_printer(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        from desktop.views.pdf_to_printer import certificate_printer

        printer = certificate_printer()
        dialog = QPrintDialog(printer, self.parent)
        dialog.setWindowTitle(tr("In giấy chứng nhận"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.printer = printer
        out = Path(tempfile.mkdtemp(prefix="sangkien-in-")) / "giay-chung-nhan.pdf"
        job = self.make_job(out)
        if job is None:
            shutil.rmtree(out.parent, ignore_errors=True)
            return
        self.start(job, self._send_to_printer, cleanup=out.parent)

    # ---- running them ------------------------------------------------------------------------

    def start(self, job: PrintJob | None, on_done, cleanup: Path | None = None) -> None:
        if job is None:
            return
        database = self.context.database

        def run(progress):
            try:
                return job.run(database, progress, progress.cancelled)
            except BaseException:
                if cleanup is not None:
                    shutil.rmtree(cleanup, ignore_errors=True)
                raise

        label = (
            tr("Đang in lại giấy chứng nhận…") if job.reprint else tr("Đang cấp giấy chứng nhận…")
        )
        run_op(
            self.parent,
            run,
            lambda result: on_done(job, result),
            label=label,
            on_error=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self.parent, tr("Không in được"), error_text(error))

    def _saved(self, job: PrintJob, result) -> None:
        self.context.records_changed.emit()
        text = result_text(result, tr)
        text += "\n" + tr("Đã lưu %1 trang vào: %2").replace("%1", str(result.pages)).replace(
            "%2", str(job.out)
        )
        QMessageBox.information(self.parent, tr("Đã lưu giấy chứng nhận"), text)

    def _send_to_printer(self, job: PrintJob, result) -> None:
        from desktop.views.pdf_to_printer import send_pdf_to_printer

        self.context.records_changed.emit()  # issued: the lists change whatever the printer does
        printer, pdf = self.printer, job.out

        def send(progress) -> int:
            try:
                return send_pdf_to_printer(pdf, printer, progress, progress.cancelled)
            finally:
                shutil.rmtree(pdf.parent, ignore_errors=True)

        run_op(
            self.parent,
            send,
            lambda pages: self._printed(result, pages),
            label=tr("Đang gửi %1 trang đến máy in…").replace("%1", str(result.pages)),
            on_error=self._failed,
        )

    def _printed(self, result, pages: int) -> None:
        name = self.printer.printerName() if self.printer is not None else ""
        text = result_text(result, tr) + "\n"
        text += tr("Đã gửi %1 trang đến máy in %2.").replace("%1", str(pages)).replace("%2", name)
        QMessageBox.information(self.parent, tr("Đã in giấy chứng nhận"), text.replace(" .", "."))

    # ---- remembered --------------------------------------------------------------------------

    def _folder(self) -> Path:
        saved = str(self.context.settings.value(SETTINGS_FOLDER, "") or "")
        return Path(saved) if saved and Path(saved).is_dir() else Path.home()

    def _remember_folder(self, folder: Path) -> None:
        self.context.settings.setValue(SETTINGS_FOLDER, str(folder))
