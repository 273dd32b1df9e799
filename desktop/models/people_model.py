"""The authors list as a table, and the initiatives of the selected author."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QStyle

from db.collation import person_order
from db.vocab import STATUS
from desktop.formatting import current_language, format_date, format_number
from desktop.models.row_table import CENTER, RIGHT, Column, RowTableModel


def _person_order(row) -> tuple:
    return person_order(row.id, row.full_name, row.birth_date)


def _duplicate_tip(row) -> str:
    if not row.possible_duplicate:
        return row.full_name
    return QCoreApplication.translate(
        "PeopleModel", "Có thể trùng với một người khác cùng họ tên và ngày sinh."
    )


class PeopleModel(RowTableModel):
    context = "PeopleModel"
    columns = (
        Column(
            QT_TRANSLATE_NOOP("PeopleModel", "Họ và tên"),
            lambda r: r.full_name,
            _person_order,
            tooltip=_duplicate_tip,
        ),
        Column(
            QT_TRANSLATE_NOOP("PeopleModel", "Ngày sinh"),
            lambda r: format_date(r.birth_date),
            lambda r: r.birth_date,
            CENTER,
        ),
        Column(QT_TRANSLATE_NOOP("PeopleModel", "Đơn vị"), lambda r: r.unit_code),
        Column(
            QT_TRANSLATE_NOOP("PeopleModel", "Chức danh"),
            lambda r: r.job_title,
            lambda r: r.job_title,
        ),
        Column(QT_TRANSLATE_NOOP("PeopleModel", "Mã nhân viên"), lambda r: r.employee_no),
        Column(
            QT_TRANSLATE_NOOP("PeopleModel", "Số sáng kiến"),
            lambda r: format_number(r.initiatives),
            lambda r: r.initiatives,
            RIGHT,
        ),
    )

    def extra_data(self, row, column, role: int):
        flagged = column is self.columns[0] and row.possible_duplicate
        if flagged and role == Qt.ItemDataRole.DecorationRole:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None


class AuthoredModel(RowTableModel):
    """A person's initiatives with their share."""

    context = "AuthoredModel"
    columns = (
        Column(QT_TRANSLATE_NOOP("AuthoredModel", "Số đăng ký"), lambda r: r.reg_no),
        Column(
            QT_TRANSLATE_NOOP("AuthoredModel", "Tên sáng kiến"),
            lambda r: r.title,
            lambda r: r.title,
            tooltip=lambda r: r.title,
        ),
        Column(QT_TRANSLATE_NOOP("AuthoredModel", "Đơn vị"), lambda r: r.unit_code),
        Column(
            QT_TRANSLATE_NOOP("AuthoredModel", "Trạng thái"),
            lambda r: STATUS.label(r.status, current_language()),
        ),
        Column(
            QT_TRANSLATE_NOOP("AuthoredModel", "Ngày đăng ký"),
            lambda r: format_date(r.registered_on),
            lambda r: r.registered_on,
            CENTER,
        ),
        Column(
            QT_TRANSLATE_NOOP("AuthoredModel", "Tỷ lệ đóng góp"),
            lambda r: f"{r.share}%",
            lambda r: r.share,
            RIGHT,
        ),
    )
