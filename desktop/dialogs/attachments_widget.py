"""The files attached to an initiative (scans of the paper form, photos): add, open, remove.

Changes wait for the form's Save, which stores them in the same transaction as the rest; the
content is stored once by SHA-256 (db.queries.attachments)."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.paths import is_database_companion, is_database_file
from db.queries.attachments import MAX_ATTACHMENT_BYTES, ReadFile, attachment_content, read_file
from db.session import Database
from db.validation import unreadable_file
from desktop.dialogs import file_dialogs
from desktop.formatting import format_date, format_number
from desktop.messages import arg, say
from desktop.tasks import run_op


@dataclass(frozen=True)
class AttachmentLine:
    """A stored attachment (attachment_id) or a file to store on Save (path)."""

    file_name: str
    size: int
    attachment_id: str | None = None
    path: Path | None = None
    added_on: object = None


def size_text(size: int) -> str:
    if size >= 1048576:
        return f"{size / 1048576:.1f} MB".replace(".", ",")
    return f"{format_number(max(1, size // 1024))} KB"


class AttachmentsWidget(QWidget):
    changed = Signal()

    def __init__(self, database: Database, settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.settings = settings
        self.removed: list[str] = []  # stored attachments to remove on Save
        self.read: dict[Path, ReadFile] = {}  # files added, read and hashed off the GUI thread
        self.list = QListWidget()
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.message = QLabel()
        self.message.setObjectName("attachmentMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addLayout(self._buttons())
        self.list.currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        """The "Mở" and "Gỡ bỏ" buttons work on the file chosen in the list: greyed without one."""
        chosen = self.list.currentRow() >= 0
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        limit = MAX_ATTACHMENT_BYTES // 1048576
        hint = QLabel(arg(self.tr("Bản quét, ảnh, PDF… tối đa %1 MB mỗi tệp."), str(limit)))
        self.add_button = QPushButton(self.tr("Thêm tệp…"))
        self.add_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(self.tr("Mở"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("Gỡ bỏ"))
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(hint, 1)
        for button in (self.add_button, self.open_button, self.remove_button):
            row.addWidget(button)
        return row

    def set_attachments(self, attachments) -> None:
        self.list.clear()
        self.removed = []
        self.read = {}
        for attachment in attachments:
            line = AttachmentLine(
                attachment.file_name, attachment.size, attachment.id, None, attachment.added_on
            )
            self._append(line)

    def _append(self, line: AttachmentLine) -> None:
        when = format_date(line.added_on) if line.added_on else self.tr("chưa lưu")
        item = QListWidgetItem(f"{line.file_name}   ({size_text(line.size)}, {when})")
        item.setData(Qt.ItemDataRole.UserRole, line)
        self.list.addItem(item)
        self.list.setCurrentItem(item)  # the file just added is the one to open or remove

    def pending_files(self) -> list[Path | ReadFile]:
        """What Save attaches: each added file as read in the background (its path if that
        has not finished yet, or failed: then Save reads it and says what is wrong)."""
        lines = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
        return [self.read.get(line.path, line.path) for line in lines if line.path is not None]

    def choose_files(self) -> None:
        folder = str(self.settings.value("folders/attachments", "") or "")
        paths, _ = file_dialogs.open_file_names(
            self,
            self.tr("Chọn tệp đính kèm"),
            folder,
            self.tr("Bản quét và ảnh (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Mọi tệp (*)"),
        )
        for path in paths:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> bool:
        """Queue a file for Save; False (with the message shown) if it is too big or unreadable."""
        if is_database_file(path.name) or is_database_companion(path.name):
            # Reading it would drop this process's locks on an open database (issue 10, finding 5).
            text = self.tr(
                "%1 là tệp cơ sở dữ liệu, không đính kèm được. Hãy chọn bản quét hoặc ảnh."
            )
            self.message.setText(arg(text, path.name))
            return False
        try:
            size = path.stat().st_size
        except OSError as error:
            self.message.setText(say(unreadable_file(path.name, error)))
            return False
        if size > MAX_ATTACHMENT_BYTES:
            text = self.tr(
                "Tệp %1 nặng %2, vượt giới hạn %3 MB. Hãy quét với độ phân giải thấp hơn hoặc chia thành nhiều tệp."
            )
            limit = str(MAX_ATTACHMENT_BYTES // 1048576)
            self.message.setText(arg(text, path.name, size_text(size), limit))
            return False
        self.message.setText("")
        self._append(AttachmentLine(path.name, size, None, path))
        run_op(self, lambda _p: read_file(path), self._file_read, on_error=lambda _e: None)
        self.changed.emit()
        return True

    def _file_read(self, read: ReadFile) -> None:
        self.read[read.path] = read

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        line: AttachmentLine = self.list.takeItem(row).data(Qt.ItemDataRole.UserRole)
        if line.attachment_id:
            self.removed.append(line.attachment_id)
        self.changed.emit()

    def open_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.open_line(item.data(Qt.ItemDataRole.UserRole))

    def open_line(self, line: AttachmentLine) -> Path:
        """Open with the system's viewer: a stored file goes through a temporary copy."""
        path = line.path or self._temporary_copy(line)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def _temporary_copy(self, line: AttachmentLine) -> Path:
        with self.database.session() as session:
            content = attachment_content(session, line.attachment_id)
        folder = Path(tempfile.mkdtemp(prefix="sangkien-"))
        path = folder / line.file_name
        path.write_bytes(content)
        return path
