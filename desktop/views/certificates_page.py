"""Chứng nhận (certificates): issue and print certificates for recognised initiatives, reprint
them, keep the register of what was issued, and check a certificate someone presents.

The printing itself is desktop/printing (jobs.print_certificates, the same as `sangkien
certificates`): one transaction per batch, so a cancelled batch issues nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.views.certificate_issue_panel import IssuePanel
from desktop.views.certificate_register_panel import RegisterPanel
from desktop.views.registry import Page, PageContext
from desktop.widgets.page_refresh import RefreshOnChange


class CertificatesPage(RefreshOnChange, Page):
    title = QT_TRANSLATE_NOOP("Pages", "Chứng nhận")
    icon = "certificates"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_bar())
        self.tabs = QTabWidget()
        self.issue = IssuePanel(context)
        self.register = RegisterPanel(context)
        self.tabs.addTab(self.issue, self.tr("Cấp và in"))
        self.tabs.addTab(self.register, self.tr("Sổ đăng ký giấy chứng nhận"))
        layout.addWidget(self.tabs, 1)
        self.watch_records()

    def _top_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        explanation = QLabel(
            self.tr(
                "Cấp giấy chứng nhận cho sáng kiến đã được công nhận, in lại giấy đã cấp, và kiểm "
                "tra một giấy chứng nhận là thật hay không."
            )
        )
        explanation.setWordWrap(True)
        row.addWidget(explanation, 1)
        self.verify_button = QPushButton(self.tr("Kiểm tra giấy chứng nhận…"))
        self.verify_button.setObjectName("verify")
        self.verify_button.clicked.connect(self.verify)
        row.addWidget(self.verify_button)
        return row

    def refresh(self) -> None:
        self.issue.refresh()
        self.register.refresh()

    def verify(self) -> None:
        from desktop.dialogs.verify_dialog import VerifyDialog

        dialog = VerifyDialog(self.context.database, self)
        self.verify_dialog = dialog  # tests reach it while it is open
        dialog.exec()
