"""One conflict side by side: the value kept (the newer edit) and the value it replaced, each with
where and when it was made. "Giữ giá trị đang có" marks it looked at; "Lấy lại giá trị bị thay"
reverses it (the page then calls db.sync.conflicts.resolve_conflict).

    dialog = ConflictDialog(view, parent=self)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        resolve_conflict(session, view.id, dialog.choice, actor)   # "kept" | "lost"
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.audit import local_time
from db.sync.conflicts import ConflictView, EditInfo
from db.sync.report import table_label
from desktop.dialogs.conflict_texts import field_text, resolution_text, value_text
from desktop.messages import arg


class ConflictDialog(QDialog):
    def __init__(
        self, view: ConflictView, language: str = "vi", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.choice: str | None = None
        self.setWindowTitle(arg(self.tr("Xung đột số %1"), str(view.id)))
        self.resize(820, 460)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading(language))
        sides = QHBoxLayout()
        sides.addWidget(self._side(self.tr("Đang giữ (bản sửa mới hơn)"), view.kept, "kept"))
        sides.addWidget(self._side(self.tr("Bị thay"), view.lost, "lost"))
        layout.addLayout(sides, 1)
        layout.addWidget(self._buttons())

    def _heading(self, language: str) -> QLabel:
        view = self.view
        text = self.tr(
            "%1 %2 — trường «%3».\nHai nơi cùng sửa trường này mà chưa thấy bản sửa của nhau. "
            "SángKiến giữ bản sửa mới hơn và lưu bản kia ở đây để bạn so sánh; nếu bản bị "
            "thay mới đúng, bấm «Lấy lại giá trị bị thay»: lần gửi gói sau sẽ mang nó đi khắp nơi."
        )
        text = arg(
            text, table_label(view.table, language), view.label, field_text(view.field, language)
        )
        if view.resolved_at is not None:
            text += "\n" + arg(
                self.tr("Đã xử lý lúc %1: %2."),
                f"{local_time(view.resolved_at):%d/%m/%Y %H:%M}",
                resolution_text(view).lower(),
            )
        heading = QLabel(text)
        heading.setWordWrap(True)
        return heading

    def _side(self, title: str, edit: EditInfo, name: str) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        value = QPlainTextEdit(value_text(edit.value, limit=None))
        value.setObjectName(f"{name}Value")
        value.setReadOnly(True)
        value.setTabChangesFocus(True)
        layout.addWidget(value, 1)
        at = f"{local_time(edit.at):%d/%m/%Y %H:%M:%S}" if edit.at else "?"
        where = QLabel(arg(self.tr("Sửa tại %1, lúc %2"), edit.node, at))
        where.setObjectName(f"{name}Where")
        layout.addWidget(where)
        return box

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        open_ = self.view.resolved_at is None
        self.keep_button = self._choice_button(buttons, self.tr("Giữ giá trị đang có"), "kept")
        self.reverse_button = self._choice_button(
            buttons, self.tr("Lấy lại giá trị bị thay"), "lost"
        )
        self.keep_button.setEnabled(open_)
        self.reverse_button.setEnabled(open_)
        close = buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(not open_)
        self.keep_button.setDefault(open_)
        buttons.rejected.connect(self.reject)
        return buttons

    def _choice_button(self, buttons: QDialogButtonBox, text: str, choice: str) -> QPushButton:
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(choice)
        button.clicked.connect(lambda: self.choose(choice))
        return button

    def choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
