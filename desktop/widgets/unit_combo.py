"""A unit picker: every unit as "CODE — name", indented by its depth in the popup, so a person
sees the tree and can type a code's first letters to jump to it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from db.queries.unit_tree import UnitEntry

DEPTH_ROLE = Qt.ItemDataRole.UserRole + 30
INDENT = 16


class _IndentDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        shifted = QStyleOptionViewItem(option)
        shifted.rect = option.rect.adjusted(INDENT * (index.data(DEPTH_ROLE) or 0), 0, 0, 0)
        super().paint(painter, shifted, index)


def unit_label(unit: UnitEntry) -> str:
    return f"{unit.code} — {unit.short_name or unit.name}"


class UnitCombo(QComboBox):
    """Pick a unit; `unit_id()` is the chosen id, or None for the optional empty entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_IndentDelegate(self))
        self.setMaxVisibleItems(20)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)

    def set_units(self, units: list[UnitEntry], empty_text: str | None = None) -> None:
        """Fill with `units` (tree order, as unit_tree gives); `empty_text` adds a first entry
        that stands for no unit (e.g. "Mọi đơn vị")."""
        chosen = self.unit_id()
        self.blockSignals(True)
        self.clear()
        if empty_text is not None:
            self.addItem(empty_text, None)
        for unit in units:
            self.addItem(unit_label(unit), unit.id)
            self.setItemData(self.count() - 1, unit.depth, DEPTH_ROLE)
            self.setItemData(self.count() - 1, unit.name, Qt.ItemDataRole.ToolTipRole)
        self.blockSignals(False)
        self.set_unit_id(chosen)

    def unit_id(self) -> str | None:
        return self.currentData() if self.currentIndex() >= 0 else None

    def set_unit_id(self, unit_id: str | None) -> None:
        index = self.findData(unit_id) if unit_id else -1
        if index < 0 and self.count() and self.itemData(0) is None:
            index = 0
        self.setCurrentIndex(index)
