"""A table model over a short list of row objects (a few thousand at most: the review queue, the
authors list, the units' progress), sortable by any column, giving back the row object itself.

Each table declares its columns once: header, display text, sort key, alignment.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from desktop.collation import comparable

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object, whatever the column

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class Column:
    header: str  # source text in the model's translation context (QT_TRANSLATE_NOOP)
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None  # default: the text
    align: Qt.AlignmentFlag = LEFT
    tooltip: Callable[[Any], str] | None = None


class RowTableModel(QAbstractTableModel):
    """Subclasses set `context` (translation context of the headers) and `columns`."""

    context = "RowTableModel"
    columns: Sequence[Column] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, self.columns[section].header)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.columns[section].align)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        return self.extra_data(row, column, role)

    def extra_data(self, row: Any, column: Column, role: int) -> Any:
        """Other roles (colours, fonts, progress) for subclasses."""
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        spec = self.columns[column]
        key = spec.sort_key or spec.text
        self.layoutAboutToBeChanged.emit()
        before = [(index, self.rows[index.row()]) for index in self.persistentIndexList()]
        self.rows.sort(key=lambda r: _comparable(key(r)))
        if order == Qt.SortOrder.DescendingOrder:
            self.rows.reverse()
        where = {id(row): number for number, row in enumerate(self.rows)}
        for index, row in before:  # the selection follows its rows
            self.changePersistentIndex(index, self.index(where[id(row)], index.column()))
        self.layoutChanged.emit()


def _comparable(value: Any) -> tuple[int, Any]:
    """None sorts first whatever the column's type; texts in Vietnamese order."""
    return (0, 0) if value is None else (1, comparable(value))
