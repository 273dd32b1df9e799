"""The initiatives a certificate batch is chosen from: the initiatives table (rowids only, rows read
a page at a time) with a check box in front of each registration number.

No row starts ticked: ticking issues numbers, so a person chooses (or presses "Chọn tất cả").
The ticks are kept as "all but these" or "only these" (a set of rowids),
so ticking or unticking everything costs nothing however many rows the filter matched.
"""

from __future__ import annotations

from array import array
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from db.queries.browse import initiative_rows
from db.session import Database
from desktop.models.initiative_table import COLUMN_INDEX, InitiativeTableModel

CHECK_COLUMN = COLUMN_INDEX["reg_no"]
SHOWN_COLUMNS = ("reg_no", "title", "authors")  # the number names the unit; one status
ID_BATCH = 500


class CertificateCandidatesModel(InitiativeTableModel):
    checks_changed = Signal(int, int)  # ticked rows, all rows

    def __init__(
        self, database: Database, language: str = "vi", owner: QObject | None = None
    ) -> None:
        super().__init__(database, language, owner)
        self.sort_key, self.descending = "reg_no", False
        self.ticked_by_default = False
        self.exceptions: set[int] = set()

    def load(self, f=None) -> None:
        if f is not None:  # another filter: nothing it finds starts ticked (a sort keeps ticks)
            self.ticked_by_default, self.exceptions = False, set()
        super().load(f)

    def _show_rowids(self, ids: array) -> None:
        super()._show_rowids(ids)
        self._announce()

    # ---- ticks -------------------------------------------------------------------------------

    def is_ticked(self, row: int) -> bool:
        return self.ticked_by_default != (self.rowids[row] in self.exceptions)

    def ticked_count(self) -> int:
        if self.ticked_by_default:
            return len(self.rowids) - len(self.exceptions)
        return len(self.exceptions)

    def all_ticked(self) -> bool:
        return self.ticked_by_default and not self.exceptions and len(self.rowids) > 0

    def tick_all(self, ticked: bool) -> None:
        self.ticked_by_default, self.exceptions = ticked, set()
        self._repaint_checks()

    def set_ticked(self, row: int, ticked: bool) -> None:
        rowid = self.rowids[row]
        if ticked == self.ticked_by_default:
            self.exceptions.discard(rowid)
        else:
            self.exceptions.add(rowid)
        index = self.index(row, CHECK_COLUMN)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self._announce()

    def ticked_rowids(self) -> list[int]:
        return [rowid for row, rowid in enumerate(self.rowids) if self.is_ticked(row)]

    def first_ticked_row(self) -> int:
        return next((row for row in range(len(self.rowids)) if self.is_ticked(row)), -1)

    def _repaint_checks(self) -> None:
        if self.rowids:
            last = self.index(len(self.rowids) - 1, CHECK_COLUMN)
            self.dataChanged.emit(self.index(0, CHECK_COLUMN), last)
        self._announce()

    def _announce(self) -> None:
        self.checks_changed.emit(self.ticked_count(), len(self.rowids))

    # ---- Qt ----------------------------------------------------------------------------------

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == CHECK_COLUMN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid():
            if index.column() != CHECK_COLUMN:
                return None
            ticked = self.is_ticked(index.row())
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != CHECK_COLUMN:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        self.set_ticked(index.row(), checked)
        return True


def initiative_ids_of(database: Database, rowids: list[int]) -> list[str]:
    """The initiative ids of ticked rows, for the print job (run it off the GUI thread)."""
    ids: list[str] = []
    with database.session() as session:
        for start in range(0, len(rowids), ID_BATCH):
            rows = initiative_rows(session, rowids[start : start + ID_BATCH])
            ids.extend(
                rows[rowid].id for rowid in rowids[start : start + ID_BATCH] if rowid in rows
            )
    return ids
