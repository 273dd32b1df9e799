"""The review queue as a table: initiatives awaiting a council's decision."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from db.vocab import STATUS
from desktop.formatting import current_language, format_date
from desktop.models.row_table import CENTER, Column, RowTableModel


def _status(row) -> str:
    return STATUS.label(row.status, current_language())


class ReviewQueueModel(RowTableModel):
    context = "ReviewQueueModel"
    columns = (
        Column(QT_TRANSLATE_NOOP("ReviewQueueModel", "Số đăng ký"), lambda r: r.reg_no),
        Column(
            QT_TRANSLATE_NOOP("ReviewQueueModel", "Tên sáng kiến"),
            lambda r: r.title,
            lambda r: r.title,
            tooltip=lambda r: r.title,
        ),
        Column(QT_TRANSLATE_NOOP("ReviewQueueModel", "Đơn vị"), lambda r: r.unit_code),
        Column(
            QT_TRANSLATE_NOOP("ReviewQueueModel", "Tác giả"),
            lambda r: r.authors,
            lambda r: r.authors,
            tooltip=lambda r: r.authors,
        ),
        Column(
            QT_TRANSLATE_NOOP("ReviewQueueModel", "Ngày đăng ký"),
            lambda r: format_date(r.registered_on),
            lambda r: r.registered_on,
            CENTER,
        ),
        Column(QT_TRANSLATE_NOOP("ReviewQueueModel", "Trạng thái"), _status),
        Column(
            QT_TRANSLATE_NOOP("ReviewQueueModel", "Lần xét"),
            lambda r: str(r.reviews) if r.reviews else "",
            lambda r: r.reviews,
            CENTER,
        ),
    )
