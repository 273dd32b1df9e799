"""How the pages' tables look and behave alike: whole rows selected, sortable, zebra rows,
column widths remembered between runs."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget


def record_table(
    model,
    stretch_column: int | None = None,
    sort_column: int = 0,
    sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    parent: QWidget | None = None,
) -> QTableView:
    """A read-only table over `model`, one whole row selected at a time, sorted by
    `sort_column` until the person clicks another header."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSortIndicator(sort_column, sort_order)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSortIndicatorShown(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    return view


def set_column_widths(
    view: QTableView, widths: dict[int, int], texts: dict[int, list[str]] | None = None
) -> None:
    """Each column at its width, or wider when its heading (with the sort arrow) or the widest
    of `texts` (the words the column may show, e.g. every status) would be cut."""
    header = view.horizontalHeader()
    padding = 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 8
    metrics = view.fontMetrics()
    for column, width in widths.items():
        width = max(width, header.sectionSizeFromContents(column).width())
        for text in (texts or {}).get(column, []):
            width = max(width, metrics.horizontalAdvance(text) + padding)
        view.setColumnWidth(column, width)


def restore_header(view: QTableView, settings: QSettings, key: str) -> None:
    state = settings.value(key)
    if state is not None:
        view.horizontalHeader().restoreState(state)


def save_header(view: QTableView, settings: QSettings, key: str) -> None:
    settings.setValue(key, view.horizontalHeader().saveState())


def selected_row_object(view: QTableView, role: int):
    """The row object (model's `role`) of the current selection, or None."""
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].data(role) if rows else None
