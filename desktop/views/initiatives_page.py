"""The initiatives page: the table over every initiative, filters, search, and the form."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desktop.views.registry import Page, PageContext


class InitiativesPage(Page):
    title = QT_TRANSLATE_NOOP("Pages", "Sáng kiến")
    icon = "initiatives"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Tìm theo tên, số đăng ký, tác giả… (gõ không dấu cũng được)")
        )
        layout.addWidget(self.search)
        layout.addStretch(1)

    def new_initiative(self) -> None:
        pass

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
