"""The initiatives table model, Anki-browser style: it holds only the rowids of the matching rows
(a compact array, 4 bytes each) and reads the shown rows a page at a time, keeping the most recently
shown pages in a small LRU cache. A million initiatives cost 4 MB and never a full read.

A new filter loads in steps, each shown as soon as it is in: the first page of rowids (what a
person looks at) and the count, asked at once (a search with few hits lists every row in its
first step, and that is its count). In the table's own order (by registration date, no search), and
by title with no filter, that is all: the rows scrolled to later are read a stretch of rowids at a
time (CHUNK, by LIMIT/OFFSET over the browse index or the title's key index: db.queries.browse
`paged_by_index`), so a million rows are never listed up front (issue 13). In any other order,
every rowid is then read in the background, which the first rows extend. Titles, authors and
fields sort in Vietnamese order (stored keys, db/collation.py)."""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from db.queries.browse import (
    BrowseRow,
    count_beside_first_rows,
    first_rowids,
    initiative_rowids,
    initiative_rows,
    matching_count,
    paged_by_index,
    release_cache,
    rowids_between,
    scan_lightly,
)
from db.queries.filters import InitiativeFilter
from db.queries.searching import joined
from db.session import Database
from desktop.heap import give_back_freed_memory, keep_heap_small
from desktop.models.cells import cell_text
from desktop.tasks import forget_op, run_op

NO_PARENT = QModelIndex()
KEY = "initiative-table/"  # the keys of the table's operations (desktop.tasks.run_op)


@dataclass(frozen=True)
class Column:
    key: str  # also the sort key of db.queries.browse.SORT_KEYS
    title: str  # Vietnamese, translated in headerData
    shown: bool = True  # shown unless the person hides it
    right: bool = False  # numbers align right


_T = "InitiativeTableModel"
COLUMNS = (
    Column("reg_no", QT_TRANSLATE_NOOP("InitiativeTableModel", "Số đăng ký")),
    Column("title", QT_TRANSLATE_NOOP("InitiativeTableModel", "Tên sáng kiến")),
    Column("unit", QT_TRANSLATE_NOOP("InitiativeTableModel", "Đơn vị")),
    Column("authors", QT_TRANSLATE_NOOP("InitiativeTableModel", "Tác giả")),
    Column("field", QT_TRANSLATE_NOOP("InitiativeTableModel", "Lĩnh vực")),
    Column(
        "solution_type", QT_TRANSLATE_NOOP("InitiativeTableModel", "Loại giải pháp"), shown=False
    ),
    Column("phase", QT_TRANSLATE_NOOP("InitiativeTableModel", "Giai đoạn"), shown=False),
    Column("registered_on", QT_TRANSLATE_NOOP("InitiativeTableModel", "Ngày đăng ký")),
    Column(
        "first_applied_on", QT_TRANSLATE_NOOP("InitiativeTableModel", "Ngày áp dụng"), shown=False
    ),
    Column("status", QT_TRANSLATE_NOOP("InitiativeTableModel", "Trạng thái")),
    Column("benefit", QT_TRANSLATE_NOOP("InitiativeTableModel", "Giá trị làm lợi"), right=True),
)
COLUMN_INDEX = {column.key: i for i, column in enumerate(COLUMNS)}


class InitiativeTableModel(QAbstractTableModel):
    PAGE_SIZE = 100
    CACHE_PAGES = 50  # at most 5,000 rows held, whatever the table's size
    CHUNK = 2_000  # rowids read at a time where the person scrolls (a multiple of PAGE_SIZE)
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the BrowseRow of a line
    ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the initiative's id (UUID)

    loading = Signal()  # a new filter or sort is being queried
    loaded = Signal(int)  # the matching rows are in: their number
    failed = Signal(object)  # a query of the rows failed (the error): the page says so

    def __init__(
        self, database: Database, language: str = "vi", owner: QObject | None = None
    ) -> None:
        """With an `owner` (the page showing the table), queries run off the GUI thread for it;
        without (tests, the benchmark's baseline), at once."""
        super().__init__()
        keep_heap_small()
        self.database = database
        self.language = language
        self.owner = owner
        self.filter = InitiativeFilter()
        self.sort_key = "registered_on"
        self.descending = True
        self.rowids = array("q")
        self.count = 0  # the matching rows, known before every rowid is
        self._paged = False  # rows listed a stretch at a time (paged_by_index), not all at once
        self._far: dict[int, array] = {}  # paged: chunk number -> rowids, beyond self.rowids
        self._size = 0  # the rows the view has
        self._pages: OrderedDict[int, dict[int, BrowseRow]] = OrderedDict()
        self._first_in = False  # this load's first page is shown
        self._counted: int | None = None  # this load's count, once in
        self._count_left = False  # the count was left to the first page (few hits)
        self._query = (self.filter, self.sort_key, self.descending)  # this load's
        self.rows_fetched = 0  # rows read from the database since creation (tests check the bound)

    # ---- which rows ---------------------------------------------------------------------------

    def load(self, f: InitiativeFilter | None = None) -> None:
        """Query the rows for the filter (the current one if None) and the current sort: the
        first page and the count at once, each shown as soon as it is in."""
        if f is not None:
            self.filter = f
        self._query = query = (self.filter, self.sort_key, self.descending)
        database = self.database

        def first_page(_cancelled=None) -> tuple[array, bool, dict[int, BrowseRow]]:
            with database.session() as session:
                scan_lightly(session)
                ids, every_row = first_rowids(session, *query, self.PAGE_SIZE)
                shown = initiative_rows(session, ids[: self.PAGE_SIZE])  # painted at once
                release_cache(session)
            return ids, every_row, shown

        self.loading.emit()
        self._paged = paged_by_index(self.filter, self.sort_key)
        self._first_in, self._counted, self._count_left = False, None, False
        self._run(first_page, self._show_first_page, "rows")
        if self._counted is None:  # not already known from the first page (run at once)
            self._run(self._count_work(beside_first_page=True), self._show_count, "count")

    def _count_work(self, beside_first_page: bool) -> Callable[..., int | None]:
        """The count of this load's rows; beside the first page, None where the first page
        lists every row itself (a search with few hits: not looked up twice)."""
        f, database = self._query[0], self.database

        def count(_cancelled=None) -> int | None:
            with database.session() as session:
                scan_lightly(session)
                if beside_first_page:
                    number = count_beside_first_rows(session, f)
                else:
                    number = matching_count(session, f)
                release_cache(session)  # a count reads far more than the cache holds
            return number

        return count

    def _give_back_memory(self) -> None:
        """After a step's result is shown, the heap's freed pages go back to the system, on a
        thread of the pool (malloc_trim took 10-28 ms: the result no longer waits for it)."""
        self._run(lambda _cancelled=None: give_back_freed_memory(), _nothing, "heap")

    def _run(self, work: Callable[..., Any], on_done: Callable[[Any], None], key: str) -> None:
        """Off the GUI thread for the owner (desktop.tasks.run_op: a newer load's result of the
        same key replaces an older one's, which is dropped and its listing stopped), or at once
        without an owner. `work` may take the cancel check as its argument."""
        if self.owner is None:
            on_done(work())
        else:
            run_op(
                self.owner,
                lambda progress: work(progress.cancelled),
                on_done,
                key=KEY + key,
                on_error=self.failed.emit,
            )

    def _show_first_page(self, first: tuple[array, bool, dict[int, BrowseRow]]) -> None:
        ids, every_row, shown = first
        self.beginResetModel()
        self.rowids = ids
        self._size = len(ids)
        self._far.clear()
        self._pages.clear()
        self._pages[0] = shown  # read with the rowids, off the GUI thread
        self.rows_fetched += min(len(ids), self.PAGE_SIZE)
        self.endResetModel()
        self._first_in = True
        if every_row:  # every row is in: their number is the count
            if self.owner is not None:
                forget_op(self.owner, KEY + "count")
            self._counted = len(ids)
        elif self._count_left:  # the hits grew past a few meanwhile: count them after all
            self._run(self._count_work(beside_first_page=False), self._show_count, "count")
        if self._counted is not None:
            self._show_count(self._counted)
        self._give_back_memory()

    def _show_count(self, number: int | None) -> None:
        if number is None:  # left to the first page, which lists every row
            self._count_left = True
            if self._first_in and self._counted is None:
                self._run(self._count_work(beside_first_page=False), self._show_count, "count")
            return
        self._counted = number
        if not self._first_in:
            return  # shown with the first page
        self._give_back_memory()
        self.count = number
        if self._paged:
            self._show_size(number)
        self.loaded.emit(number)
        if self._paged:
            return
        if number > len(self.rowids):
            query, database = self._query, self.database

            def every_id(cancelled=None) -> array:
                with database.session() as session:
                    scan_lightly(session)
                    ids = initiative_rowids(session, *query, cancelled=cancelled)
                    release_cache(session)
                return ids

            self._run(every_id, self._show_rowids, "rows")
        else:
            self._show_rowids(self.rowids)

    def _show_size(self, number: int) -> None:
        """Paged: the count is in, so the view gets every row (read when scrolled to)."""
        if number > self._size:
            self.beginInsertRows(NO_PARENT, self._size, number - 1)
            self._size = number
            self.endInsertRows()

    def _show_rowids(self, ids: array) -> None:
        """Every rowid is in: the rows after the first page join the table (no reset, so the
        person's selection and scroll position stay)."""
        self._give_back_memory()
        shown = len(self.rowids)
        if ids[:shown] != self.rowids:  # the data changed between the two queries
            self.beginResetModel()
            self.rowids = ids
            self._size = len(ids)
            self._pages.clear()
            self.endResetModel()
        elif len(ids) > shown:
            self.beginInsertRows(NO_PARENT, shown, len(ids) - 1)
            self.rowids = ids
            self._size = len(ids)
            self.endInsertRows()
        if self.count != len(ids):
            self.count = len(ids)
            self.loaded.emit(len(ids))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_key = COLUMNS[column].key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.load()

    def sort_column(self) -> int:
        return COLUMN_INDEX.get(self.sort_key, 0)

    # ---- the rows themselves, a page at a time ------------------------------------------------

    def row_at(self, row: int) -> BrowseRow | None:
        if not 0 <= row < self._size:
            return None
        number = row // self.PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._fetch_page(number)
        else:
            self._pages.move_to_end(number)
        return page.get(self.rowid_at(row))

    def rowid_at(self, row: int) -> int:
        """The rowid of a row of the view (paged: its stretch of rowids read if not yet)."""
        if row < len(self.rowids):
            return self.rowids[row]
        number = row // self.CHUNK
        ids = self._far.get(number)
        if ids is None:
            ids = self._fetch_chunk(number)
            if row < len(self.rowids):  # the stretch joined the rowids listed from the top
                return self.rowids[row]
        offset = row - number * self.CHUNK
        return ids[offset] if offset < len(ids) else -1

    def _fetch_chunk(self, number: int) -> array:
        start = number * self.CHUNK
        stop = min(start + self.CHUNK, self._size)
        query = (self.filter, self.sort_key, self.descending)
        with self.database.session() as session:
            ids = rowids_between(session, *query, start, stop, self._size)
        if start > len(self.rowids):
            self._far[number] = ids
            return ids
        self.rowids = joined(self.rowids[:start], ids)
        while len(self.rowids) % self.CHUNK == 0:  # stretches read further down now join it
            after = self._far.pop(len(self.rowids) // self.CHUNK, None)
            if after is None:
                break
            self.rowids = joined(self.rowids, after)
        return ids

    def _fetch_page(self, number: int) -> dict[int, BrowseRow]:
        start = number * self.PAGE_SIZE
        stop = min(start + self.PAGE_SIZE, self._size)
        wanted = [self.rowid_at(row) for row in range(start, stop)]
        with self.database.session() as session:
            page = initiative_rows(session, wanted)
        self.rows_fetched += len(wanted)
        self._pages[number] = page
        while len(self._pages) > self.CACHE_PAGES:
            self._pages.popitem(last=False)
        return page

    def cached_rows(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def row_of(self, rowid: int) -> int:
        """The row of a rowid among those read so far (-1 if not read)."""
        try:
            return self.rowids.index(rowid)
        except ValueError:
            pass
        for number, ids in self._far.items():
            if rowid in ids:
                return number * self.CHUNK + ids.index(rowid)
        return -1

    def fully_listed(self) -> bool:
        """Every row the count promises can be shown (paged: at once; else once listed)."""
        return self._size == self.count

    # ---- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else self._size

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # the view asks ~1,500 times a paint, most of them for roles nobody answers: those go
        # first, and the alignments are made once (an enum's | in Python took a third of it)
        if role not in _ANSWERED or not index.isValid():
            return None
        if role == _ALIGNMENT:
            return _ALIGNMENTS[index.column()]
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == self.ROW_ROLE:
            return row
        if role == self.ID_ROLE:
            return row.id
        key = COLUMNS[index.column()].key
        if role == _TOOLTIP and key not in ("title", "authors"):
            return None
        return cell_text(row, key, self.language)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if 0 <= section < len(COLUMNS):
            return QCoreApplication.translate(_T, COLUMNS[section].title)
        return None


def _nothing(_result: object) -> None:
    pass


_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ANSWERED = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        _TOOLTIP,
        _ALIGNMENT,
        InitiativeTableModel.ROW_ROLE,
        InitiativeTableModel.ID_ROLE,
    }
)
_ALIGNMENTS = tuple(
    (Qt.AlignmentFlag.AlignRight if column.right else Qt.AlignmentFlag.AlignLeft)
    | Qt.AlignmentFlag.AlignVCenter
    for column in COLUMNS
)
