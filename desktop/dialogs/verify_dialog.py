"""Kiểm tra giấy chứng nhận: paste what a phone read from the QR code, or type the number and the
verification code printed under it, and see whether the paper is genuine — with what the register
says it should show, to compare line by line. The same check as `sangkien verify`."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.certificate_check import verify_presented
from db.certificates import GENUINE, VerificationResult
from db.session import Database
from desktop.messages import say

VERDICT_STYLES = {
    GENUINE: "background: #e6f4ea; color: #1e6b34;",
    "cancelled": "background: #fff3d6; color: #7a5300;",
    "unknown_issuer": "background: #fff3d6; color: #7a5300;",
    "not_in_register": "background: #fdecea; color: #8a1c1c;",
    "tampered": "background: #fdecea; color: #8a1c1c;",
    "unreadable": "background: #eef1f4; color: #3d4650;",
}


class VerifyDialog(QDialog):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.result: VerificationResult | None = None
        self.setWindowTitle(self.tr("Kiểm tra giấy chứng nhận"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.addWidget(self._explanation())
        self.code_edit = QPlainTextEdit()
        self.code_edit.setObjectName("code")
        self.code_edit.setPlaceholderText(self.tr("CDDKVN-2023-00042 ABCD-EFGH-…"))
        self.code_edit.setFixedHeight(self.fontMetrics().height() * 4)
        layout.addWidget(self.code_edit)
        self.check_button = QPushButton(self.tr("Kiểm tra"))
        self.check_button.setObjectName("check")
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self._verdict_label())
        self.details = QFormLayout()
        layout.addLayout(self.details)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _explanation(self) -> QLabel:
        label = QLabel(
            self.tr(
                "Dán nội dung quét được từ mã QR trên giấy, hoặc gõ số giấy chứng nhận rồi mã xác "
                "thực in bên dưới (dấu cách, gạch ngang, chữ hoa hay thường đều được)."
            )
        )
        label.setWordWrap(True)
        return label

    def _verdict_label(self) -> QLabel:
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict.hide()
        return self.verdict

    def check(self) -> VerificationResult | None:
        presented = self.code_edit.toPlainText().strip()
        if not presented:
            self.code_edit.setFocus()
            return None
        with self.database.session() as session:
            self.result = verify_presented(session, presented)
        self.show_result(self.result)
        return self.result

    def show_result(self, result: VerificationResult) -> None:
        style = VERDICT_STYLES.get(result.verdict, VERDICT_STYLES["unreadable"])
        self.verdict.setStyleSheet(f"QLabel {{ {style} padding: 10px; border-radius: 4px; }}")
        self.verdict.setText(say(result.said) if result.said else result.message)
        self.verdict.show()
        while self.details.rowCount():
            self.details.removeRow(0)
        for label, value in result.shows:
            shown = QLabel(say(value))
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details.addRow(f"{say(label)}:", shown)
        QTimer.singleShot(0, self._fit_result)  # once the new rows are laid out

    def _fit_result(self) -> None:
        """Grow to show the whole verdict and every line of the register (a long title wraps
        onto several lines), never shrinking below what the person has made it."""
        wanted = self.layout().totalHeightForWidth(self.width())
        if wanted > self.height():
            self.resize(self.width(), wanted)
