"""The unit tree as a Qt tree model: each unit with its level, site type, members, its targets per
phase (its own plus its sub-units') and its progress against them."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel

from db.queries.unit_tree import PhaseInfo, UnitEntry
from db.vocab import SITE_TYPE, UNIT_LEVEL
from desktop.formatting import current_language, format_number
from desktop.messages import arg
from desktop.widgets.progress_delegate import PROGRESS_ROLE

UNIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the UnitEntry, on every column
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
OUTSIDE = QColor("#7a8189")  # units this node may look at but not change

HEADERS = (
    QT_TRANSLATE_NOOP("UnitsModel", "Đơn vị"),
    QT_TRANSLATE_NOOP("UnitsModel", "Cấp"),
    QT_TRANSLATE_NOOP("UnitsModel", "Loại"),
    QT_TRANSLATE_NOOP("UnitsModel", "Đoàn viên"),
)
PHASE_HEADER = QT_TRANSLATE_NOOP("UnitsModel", "Chỉ tiêu %1")
REGISTERED_HEADER = QT_TRANSLATE_NOOP("UnitsModel", "Đã đăng ký")
PROGRESS_HEADER = QT_TRANSLATE_NOOP("UnitsModel", "Tiến độ")


def rolled_up_targets(units: list[UnitEntry]) -> dict[str, dict[str, int]]:
    """unit id -> {phase id: own target + every sub-unit's}."""
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    parents = {unit.id: unit.parent_id for unit in units}
    for unit in units:
        for phase_id, value in unit.targets.items():
            current: str | None = unit.id
            seen: set[str] = set()
            while current is not None and current not in seen:
                seen.add(current)
                totals[current][phase_id] += value
                current = parents.get(current)
    return totals


class UnitsModel(QStandardItemModel):
    """Filled by `show_units`; `registered` gives each unit's rolled-up count when known."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.phases: list[PhaseInfo] = []
        self.items: dict[str, QStandardItem] = {}

    def headers(self) -> list[str]:
        # not named `tr`: lupdate would read tr("UnitsModel", ...) as a message of its own
        translate = QCoreApplication.translate
        phases = [arg(translate("UnitsModel", PHASE_HEADER), p.code) for p in self.phases]
        fixed = [translate("UnitsModel", h) for h in HEADERS]
        tail = [translate("UnitsModel", t) for t in (REGISTERED_HEADER, PROGRESS_HEADER)]
        return fixed + phases + tail

    def progress_column(self) -> int:
        return len(HEADERS) + len(self.phases) + 1

    def show_units(
        self,
        units: list[UnitEntry],
        phases: list[PhaseInfo],
        registered: dict[str, int] | None = None,
        editable: set[str] | None = None,
    ) -> None:
        """Units outside `editable` (this node's authority) are shown in grey."""
        self.clear()
        self.items = {}
        self.phases = phases
        self.setHorizontalHeaderLabels(self.headers())
        targets = rolled_up_targets(units)
        for unit in units:
            row = self._row(unit, targets.get(unit.id, {}), (registered or {}).get(unit.id))
            if editable is not None and unit.id not in editable:
                for cell in row:
                    cell.setForeground(OUTSIDE)
            parent = self.items.get(unit.parent_id) if unit.parent_id else None
            (parent or self.invisibleRootItem()).appendRow(row)
            self.items[unit.id] = row[0]

    def _row(self, unit: UnitEntry, targets: dict[str, int], registered: int | None):
        lang = current_language()
        phase_targets = [targets.get(p.id, 0) for p in self.phases]
        total = sum(phase_targets)
        name = unit.short_name or unit.name
        cells = [
            self._cell(f"{unit.code} — {name}", unit, tooltip=unit.name),
            self._cell(UNIT_LEVEL.label(unit.level, lang), unit),
            self._cell(SITE_TYPE.label(unit.site_type, lang) if unit.site_type else "", unit),
            self._cell(format_number(unit.member_count), unit, RIGHT),
            *[self._cell(format_number(t) if t else "", unit, RIGHT) for t in phase_targets],
            self._cell("" if registered is None else format_number(registered), unit, RIGHT),
            self._cell("", unit),
        ]
        if registered is not None:
            cells[-1].setData((registered, total), PROGRESS_ROLE)
        if not unit.active:
            italic = cells[0].font()
            italic.setItalic(True)
            for cell in cells:
                cell.setFont(italic)
        return cells

    @staticmethod
    def _cell(text: str, unit: UnitEntry, align=None, tooltip: str | None = None) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(unit, UNIT_ROLE)
        if align is not None:
            item.setData(int(align), Qt.ItemDataRole.TextAlignmentRole)
        if tooltip:
            item.setToolTip(tooltip)
        return item
