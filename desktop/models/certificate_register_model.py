"""The certificate register as a table: what was issued, when, to whom; reprints counted and
marked, cancelled certificates greyed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from db.certificates import RegisterEntry
from db.vocab import REVIEW_LEVEL
from desktop import formatting
from desktop.formatting import format_date
from desktop.models.row_table import CENTER, Column, RowTableModel

_C = "CertificateRegisterModel"
REPRINT_COLUMN = 7
REPRINT_BACKGROUND = QColor("#fff3d6")
CANCELLED_TEXT = QColor("#8a949e")


def reprint_text(entry: RegisterEntry) -> str:
    if entry.cancelled:
        return QCoreApplication.translate("CertificateRegisterModel", "Đã huỷ")
    if not entry.reprint_count:
        return ""
    return QCoreApplication.translate("CertificateRegisterModel", "In lại %1 lần").replace(
        "%1", str(entry.reprint_count)
    )


def _decision(entry: RegisterEntry) -> str:
    """The recognising decision, shown when the pointer rests on the level."""
    when = format_date(entry.decision_date)
    decision = f"{entry.decision_no or ''} {when}".strip()
    return QCoreApplication.translate("CertificateRegisterModel", "Quyết định: %1").replace(
        "%1", decision
    )


class CertificateRegisterModel(RowTableModel):
    context = _C
    columns = (
        Column(
            QT_TRANSLATE_NOOP("CertificateRegisterModel", "Số giấy chứng nhận"), lambda e: e.number
        ),
        Column(
            QT_TRANSLATE_NOOP("CertificateRegisterModel", "Ngày cấp"),
            lambda e: format_date(e.issued_on),
            lambda e: e.issued_on,
            CENTER,
        ),
        Column(QT_TRANSLATE_NOOP("CertificateRegisterModel", "Số đăng ký"), lambda e: e.reg_no),
        Column(
            QT_TRANSLATE_NOOP("CertificateRegisterModel", "Tác giả"),
            lambda e: ", ".join(e.recipients),
            lambda e: ", ".join(e.recipients),
            tooltip=lambda e: "\n".join(e.recipients),
        ),
        Column(
            QT_TRANSLATE_NOOP("CertificateRegisterModel", "Tên sáng kiến"),
            lambda e: e.title,
            lambda e: e.title,
            tooltip=lambda e: e.title,
        ),
        Column(
            QT_TRANSLATE_NOOP("CertificateRegisterModel", "Cấp công nhận"),
            lambda e: REVIEW_LEVEL.label(e.level, formatting.current_language()),
            tooltip=_decision,
        ),
        Column(
            QT_TRANSLATE_NOOP("CertificateRegisterModel", "Người ký"), lambda e: e.signer_name or ""
        ),
        Column(
            QT_TRANSLATE_NOOP("CertificateRegisterModel", "In lại"),
            reprint_text,
            lambda e: (e.cancelled, e.reprint_count),
            CENTER,
        ),
    )

    def extra_data(self, row: RegisterEntry, column: Column, role: int):
        if role == Qt.ItemDataRole.BackgroundRole and row.reprint_count and not row.cancelled:
            return REPRINT_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and row.cancelled:
            return CANCELLED_TEXT
        if role == Qt.ItemDataRole.FontRole and row.cancelled:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None
