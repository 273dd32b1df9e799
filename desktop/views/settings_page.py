"""Settings: the interface language, the user's name (the actor in the audit trail), default folders.

Each setting is saved as soon as it is changed; the language applies at once (the main window
redraws its pages in it).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.engines import is_server_address
from desktop.dialogs import file_dialogs
from desktop.views.registry import Page, PageContext

# (settings key, label) of the folders a person may set.
FOLDERS = (
    (
        "folders/attachments",
        QT_TRANSLATE_NOOP("SettingsPage", "Thư mục tệp đính kèm (bản quét, ảnh):"),
    ),
    ("folders/packages", QT_TRANSLATE_NOOP("SettingsPage", "Thư mục gói đồng bộ (USB):")),
    ("folders/reports", QT_TRANSLATE_NOOP("SettingsPage", "Thư mục lưu báo cáo và chứng nhận:")),
)


class SettingsPage(Page):
    title = QT_TRANSLATE_NOOP("Pages", "Cài đặt")
    icon = "settings"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(self._language_box())
        layout.addWidget(self._user_box())
        layout.addWidget(self._folders_box())
        layout.addWidget(self._database_box())
        layout.addStretch(1)

    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Ngôn ngữ giao diện"))
        form = QFormLayout(box)
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        running = self.context.language
        saved = str(self.context.settings.value("language", running) or running)
        self.language.setCurrentIndex(max(self.language.findData(saved), 0))
        self.language.currentIndexChanged.connect(self._save_language)
        form.addRow(self.tr("Ngôn ngữ:"), self.language)
        return box

    def _save_language(self) -> None:
        language = self.language.currentData()
        self.context.settings.setValue("language", language)
        if language != self.context.language:
            self.context.language_changed.emit(language)

    def _user_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Người sử dụng"))
        form = QFormLayout(box)
        self.user_name = QLineEdit(str(self.context.settings.value("user/name", "") or ""))
        self.user_name.setPlaceholderText(self.tr("Ví dụ: Nguyễn Thị Lan"))
        self.user_name.editingFinished.connect(self._save_user_name)
        hint = QLabel(self.tr("Tên này được ghi vào nhật ký thay đổi của mỗi bản ghi bạn sửa."))
        hint.setWordWrap(True)
        form.addRow(self.tr("Họ và tên:"), self.user_name)
        form.addRow("", hint)
        return box

    def _save_user_name(self) -> None:
        self.context.settings.setValue("user/name", self.user_name.text().strip())

    def _folders_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Thư mục mặc định"))
        form = QFormLayout(box)
        self.folders: dict[str, QLineEdit] = {}
        for key, label in FOLDERS:
            form.addRow(self.tr(label), self._folder_row(key))
        return box

    def _folder_row(self, key: str) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(str(self.context.settings.value(key, "") or ""))
        edit.editingFinished.connect(
            lambda: self.context.settings.setValue(key, edit.text().strip())
        )
        choose = QPushButton(self.tr("Chọn…"))
        choose.clicked.connect(lambda: self._choose_folder(key, edit))
        layout.addWidget(edit, 1)
        layout.addWidget(choose)
        self.folders[key] = edit
        return row

    def _choose_folder(self, key: str, edit: QLineEdit) -> None:
        folder = file_dialogs.existing_folder(self, self.tr("Chọn thư mục"), edit.text())
        if folder:
            edit.setText(folder)
            self.context.settings.setValue(key, folder)

    def _database_box(self) -> QGroupBox:
        """Where the data is: a file, or a server, its database and user (issue 18); the
        password is never shown, nor kept by SángKiến, and the box says where it is kept."""
        box = QGroupBox(self.tr("Cơ sở dữ liệu"))
        form = QFormLayout(box)
        where = str(self.context.path)
        if not is_server_address(where):
            form.addRow(self.tr("Tệp:"), self._selectable(where))
            return box
        from db.postgres.opening import server_parts  # only a server's window needs it

        parts = server_parts(where)
        form.addRow(self.tr("Máy chủ PostgreSQL:"), self._selectable(parts["host"]))
        form.addRow(self.tr("Tên cơ sở dữ liệu:"), self._selectable(parts["database"]))
        form.addRow(self.tr("Người dùng:"), self._selectable(parts["user"]))
        password = QLabel(
            self.tr(
                "Không lưu trong SángKiến: lấy từ tệp ~/.pgpass (Windows: "
                "%APPDATA%\\postgresql\\pgpass.conf) hoặc biến môi trường PGPASSWORD của máy này."
            )
        )
        password.setWordWrap(True)
        form.addRow(self.tr("Mật khẩu:"), password)
        return box

    @staticmethod
    def _selectable(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label
