"""Progress per unit as a table: registered against target, with a bar, sorted by percent."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from db.queries.stats import PhaseStats, ProgrammeInfo, UnitStats, progress_stats
from desktop.formatting import format_number
from desktop.models.row_table import RIGHT, Column, RowTableModel
from desktop.widgets.progress_delegate import PROGRESS_ROLE

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

PROGRESS_COLUMN = 5
NO_TARGET = "—"  # a unit with no target set: not "0", as the report's PDF and workbook say


def display_name(name: str) -> str:
    """A unit without a short name: its name without "Công đoàn" (the table is of unions);
    the full name is the cell's tooltip."""
    for prefix in ("Công đoàn ", "Công Đoàn "):
        if name.startswith(prefix) and len(name) > len(prefix) + 3:
            rest = name[len(prefix) :]
            return rest[0].upper() + rest[1:]
    return name


class ProgressModel(RowTableModel):
    context = "ProgressModel"
    columns = (
        Column(QT_TRANSLATE_NOOP("ProgressModel", "Mã"), lambda r: r.code),
        Column(
            QT_TRANSLATE_NOOP("ProgressModel", "Đơn vị"),
            lambda r: r.short_name or display_name(r.name),
            lambda r: r.name,
            tooltip=lambda r: r.name,
        ),
        Column(
            QT_TRANSLATE_NOOP("ProgressModel", "Đã đăng ký"),
            lambda r: format_number(r.registered),
            lambda r: r.registered,
            RIGHT,
        ),
        Column(
            QT_TRANSLATE_NOOP("ProgressModel", "Chỉ tiêu"),
            lambda r: format_number(r.target) if r.target else NO_TARGET,  # as the report
            lambda r: r.target,
            RIGHT,
        ),
        Column(
            QT_TRANSLATE_NOOP("ProgressModel", "Đã công nhận"),
            lambda r: format_number(r.recognised),
            lambda r: r.recognised,
            RIGHT,
        ),
        Column(QT_TRANSLATE_NOOP("ProgressModel", "Tiến độ"), lambda r: "", lambda r: r.ratio),
    )

    def extra_data(self, row: UnitStats, column: Column, role: int):
        if role == PROGRESS_ROLE and column is self.columns[PROGRESS_COLUMN]:
            return (row.registered, row.target)
        return None


@dataclass(frozen=True)
class DashboardFigures:
    """What the dashboard shows: the scope's total, its phases and its direct sub-units."""

    as_of: dt.date
    total: UnitStats  # the scope: its code, name and figures
    phases: list[PhaseStats]
    units: list[UnitStats]  # the scope's direct sub-units
    programme: ProgrammeInfo | None = None


def load_dashboard(
    session: Session, as_of: dt.date, unit_code: str, programme_code: str | None = None
) -> DashboardFigures:
    """The figures of `sangkien stats --as-of AS_OF --unit UNIT_CODE --programme CODE`."""
    stats = progress_stats(session, as_of, unit_code, programme_code)
    return DashboardFigures(as_of, stats.scope, stats.phases, stats.children(), stats.programme)
