"""A combo box that shows the unit tree: pick any unit, at any depth, or "all units"."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QTreeView,
    QWidget,
)

from db.queries.browse import Choice
from desktop.widgets.middle_elided import (
    cut_in_the_middle,
    edit_field_width,
    paint_cut_in_the_middle,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
WIDEST_CHARACTERS = 44  # the box asks for its top line's width, at most this many characters


class UnitTreeCombo(QComboBox):
    """Emits unit_changed(unit id or None) when the person picks a unit. A long unit name is cut
    in the middle in the box (its code and the name's end stay readable) and shown whole in the
    tooltip and in the opened list, which is as wide as its widest line (up to the screen)."""

    unit_changed = Signal(object)

    def __init__(self, all_label: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.all_label = all_label
        self._tree = QTreeView()
        self._tree.setHeaderHidden(True)
        self._tree.setUniformRowHeights(True)
        self._tree.setMinimumHeight(320)
        self._tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.setView(self._tree)
        self._tree.viewport().installEventFilter(self)
        self._keep_open = False
        self._current = QPersistentModelIndex()
        self.setMinimumContentsLength(18)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def set_units(self, units: list[Choice]) -> None:
        """Fill the tree (units ordered by code; parent_id links them)."""
        selected = self.unit_id()
        self.blockSignals(True)
        self._model.clear()
        root = self._model.invisibleRootItem()
        if self.all_label is not None:
            root.appendRow(self._item(None, self.all_label, ""))
        items = {
            unit.id: self._item(unit.id, f"{unit.code} — {unit.name}", unit.name) for unit in units
        }
        for unit in units:
            parent = items.get(unit.parent_id) if unit.parent_id else None
            (parent or root).appendRow(items[unit.id])
        self._expand_top_levels()
        self.updateGeometry()  # the top line's width may have changed
        self.blockSignals(False)
        self.set_unit(selected)

    @staticmethod
    def _item(unit_id: str | None, text: str, tooltip: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setData(unit_id, ID_ROLE)
        item.setToolTip(tooltip)
        item.setEditable(False)
        return item

    def _expand_top_levels(self) -> None:
        root = self._model.invisibleRootItem()
        for row in range(root.rowCount()):
            self._tree.expand(root.child(row).index())

    def unit_id(self) -> str | None:
        return self._current.data(ID_ROLE) if self._current.isValid() else None

    def unit_text(self) -> str:
        return self._current.data() if self._current.isValid() else ""

    def set_unit(self, unit_id: str | None) -> bool:
        """Select the unit with this id (None: the "all" line, or nothing); False if not found."""
        matches = self._model.match(
            self._model.index(0, 0), ID_ROLE, unit_id, 1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )  # fmt: skip
        if not matches:
            self._select(QModelIndex() if self._model.rowCount() == 0 else self._model.index(0, 0))
            return unit_id is None
        self._select(matches[0])
        return True

    def _select(self, index: QModelIndex) -> None:
        before = self.unit_id() if self._current.isValid() else "-"
        self.setRootModelIndex(index.parent())
        self.setCurrentIndex(index.row())
        # Back to the whole tree for the popup; the combo keeps showing the picked (nested) item.
        self.setRootModelIndex(QModelIndex())
        self._current = QPersistentModelIndex(index)
        self.setToolTip(self.unit_text())  # the whole name, which a narrow box cuts off
        if self.unit_id() != before:
            self.unit_changed.emit(self.unit_id())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A click on a branch arrow opens the branch instead of closing the popup.
        if watched is self._tree.viewport() and event.type() == QEvent.Type.MouseButtonPress:
            index = self._tree.indexAt(event.position().toPoint())
            self._keep_open = not self._tree.visualRect(index).contains(event.position().toPoint())
        return False

    def sizeHint(self) -> QSize:
        """Wide enough for the tree's top line (the node's own unit, picked at first), up to
        WIDEST_CHARACTERS; a longer or nested name is cut in the middle."""
        hint = super().sizeHint()
        root = self._model.invisibleRootItem()
        if root.rowCount() == 0:
            return hint
        metrics = self.fontMetrics()
        text = root.child(0).text()
        wanted = min(
            metrics.horizontalAdvance(text),
            WIDEST_CHARACTERS * metrics.averageCharWidth(),
        )
        field = edit_field_width(self)
        frame = self.width() - field if field > 0 else 40  # arrow and margins
        return QSize(max(hint.width(), wanted + frame + 8), hint.height())

    def shown_text(self) -> str:
        """The picked unit as the closed box shows it: cut in the middle when too wide."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return cut_in_the_middle(self, self.unit_text() or option.currentText)

    def paintEvent(self, _event) -> None:
        paint_cut_in_the_middle(self, self.unit_text())

    def popup_width(self) -> int:
        """Wide enough for the widest line of the expanded tree, with its indentation."""
        widest, metrics = 0, self.fontMetrics()
        pending = [(self._model.invisibleRootItem(), 0)]
        while pending:
            parent, depth = pending.pop()
            for row in range(parent.rowCount()):
                child = parent.child(row)
                indent = (depth + 1) * self._tree.indentation()
                widest = max(widest, indent + metrics.horizontalAdvance(child.text()))
                pending.append((child, depth + 1))
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        scroll = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return max(self.width(), min(widest + scroll + 24, screen.width() - 20))

    def showPopup(self) -> None:
        self.setRootModelIndex(QModelIndex())
        self._tree.setMinimumWidth(self.popup_width())
        super().showPopup()
        if self._current.isValid():
            self._tree.setCurrentIndex(self._current)
            self._tree.scrollTo(self._current)

    def hidePopup(self) -> None:
        if self._keep_open:
            self._keep_open = False
            return
        index = self._tree.currentIndex()
        super().hidePopup()
        if index.isValid():
            self._select(index)
