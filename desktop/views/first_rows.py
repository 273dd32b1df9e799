"""The initiatives page's first rows, shown before the page itself can be made (issue 13).

At a quick start (desktop/app.py, `Application.start`) the window paints before SQLAlchemy is
imported, and the initiatives page, which needs it, is made a moment later. When the window opens
on that page, unfiltered and in its own order (newest first), its first rows are read with
sqlite3 alone (db.queries.first_look.first_page) and shown here, in the page's frame as the
person left it (the filter panel's room, the columns, their order and widths), until the page
has its own rows in and takes over (MainWindow.page_at). The cells are written as the table
writes them (desktop.models.initiative_table; tests/gui/test_window_quick_start.py compares
them), without importing it: it imports SQLAlchemy.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.cells import cell_text
from desktop.widgets.icons import icon

SETTINGS = "pages/initiatives/"  # the initiatives page's own (desktop/views/initiatives_page.py)
HAND_OVER_MS = 3000  # the page takes over by then, its rows in or not
NO_PARENT = QModelIndex()

_T = "InitiativeTableModel"  # the table's titles, translated as it translates them
COLUMNS = (
    ("reg_no", QT_TRANSLATE_NOOP("InitiativeTableModel", "Số đăng ký")),
    ("title", QT_TRANSLATE_NOOP("InitiativeTableModel", "Tên sáng kiến")),
    ("unit", QT_TRANSLATE_NOOP("InitiativeTableModel", "Đơn vị")),
    ("authors", QT_TRANSLATE_NOOP("InitiativeTableModel", "Tác giả")),
    ("field", QT_TRANSLATE_NOOP("InitiativeTableModel", "Lĩnh vực")),
    ("solution_type", QT_TRANSLATE_NOOP("InitiativeTableModel", "Loại giải pháp")),
    ("phase", QT_TRANSLATE_NOOP("InitiativeTableModel", "Giai đoạn")),
    ("registered_on", QT_TRANSLATE_NOOP("InitiativeTableModel", "Ngày đăng ký")),
    ("first_applied_on", QT_TRANSLATE_NOOP("InitiativeTableModel", "Ngày áp dụng")),
    ("status", QT_TRANSLATE_NOOP("InitiativeTableModel", "Trạng thái")),
    ("benefit", QT_TRANSLATE_NOOP("InitiativeTableModel", "Giá trị làm lợi")),
)
OWN_ORDER = ([key for key, _title in COLUMNS].index("registered_on"), Qt.SortOrder.DescendingOrder)
FIRST_ROWS = 100  # the table's first page (InitiativeTableModel.PAGE_SIZE)


def saved_order(settings: QSettings) -> tuple[int, Qt.SortOrder] | None:
    """The table's sort column and order as the person left them (None before the page was
    ever shown)."""
    state = settings.value(SETTINGS + "columns")
    if state is None:
        return None
    view = QTableView()
    view.setModel(FirstRowsModel((), "vi", view))
    header = view.horizontalHeader()
    if not header.restoreState(state):
        return None
    return header.sortIndicatorSection(), header.sortIndicatorOrder()


def first_rows_wanted(settings: QSettings) -> bool:
    """Whether the window opens on the initiatives page, unfiltered, in its own order: then its
    first rows are the ones db.queries.first_look.first_page reads."""
    if str(settings.value("window/page", "") or "") != "InitiativesPage":
        return False
    try:
        saved = json.loads(str(settings.value(SETTINGS + "filter", "{}")))
    except ValueError:
        return False
    if not isinstance(saved, dict) or any(v for k, v in saved.items() if k != "search"):
        return False
    return saved_order(settings) == OWN_ORDER


class FirstRowsModel(QAbstractTableModel):
    def __init__(self, rows: tuple[Any, ...], language: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.rows = rows
        self.language = language

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if key == "benefit" else Qt.AlignmentFlag.AlignLeft
            return side | Qt.AlignmentFlag.AlignVCenter
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return cell_text(self.rows[index.row()], key, self.language)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return QCoreApplication.translate(_T, COLUMNS[section][1])


class FirstRowsPage(QWidget):
    """The page's frame and first rows until the page takes over (see the module)."""

    def __init__(self, rows: tuple[Any, ...], settings: QSettings, language: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        top_bar = QWidget()  # the search bar's room: the rows stay where the page shows them
        top_bar.setFixedHeight(QPushButton(icon("add"), "…").sizeHint().height())  # its tallest
        layout.addWidget(top_bar)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        panel = QWidget()  # the filter panel's room
        splitter.addWidget(panel)
        splitter.addWidget(self._table(rows, settings, language))
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 930])
        state = settings.value(SETTINGS + "splitter")
        if state is not None:
            splitter.restoreState(state)
        panel.setVisible(str(settings.value(SETTINGS + "filters_shown", "true")).lower() != "false")
        layout.addWidget(splitter, 1)

    def _table(self, rows: tuple[Any, ...], settings: QSettings, language: str) -> QTableView:
        table = QTableView()
        table.setModel(FirstRowsModel(rows, language, table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        state = settings.value(SETTINGS + "columns")
        if state is not None:
            table.horizontalHeader().restoreState(state)
        self.table = table
        return table

    def hand_over(self, page: QWidget, done: Callable[[], None]) -> None:
        """`done` once `page` has its first rows (its model reset) or its search failed (the
        page then says so: these rows are no longer the page's), or after HAND_OVER_MS."""
        model = getattr(page, "model", None)
        if isinstance(model, QAbstractTableModel):
            model.modelReset.connect(done)
            failed = getattr(model, "failed", None)
            if failed is not None:
                failed.connect(lambda _error: done())
        QTimer.singleShot(HAND_OVER_MS, self, done)
