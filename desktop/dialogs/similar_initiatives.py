"""Beside the initiative form: the initiatives this node knows (any unit) most like the title and
essence being typed, with unit, registration number, date and score; a click opens one.

Typing restarts a short timer; when it fires, db.duplicates.candidates.similar_initiatives runs
on a worker thread (desktop.tasks), and only the answer to the latest text is shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import format_date
from desktop.messages import arg

LOOKUP_DELAY_MS = 250
MIN_TITLE_CHARS = 6


class SimilarInitiatives(QWidget):
    """The side list. `lookup(title, essence)` as the person types; `open_requested(id)`."""

    open_requested = Signal(str)
    shown = Signal(int)  # rows shown, after each answer (for tests and the status line)

    def __init__(self, database, exclude_id: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.database = database
        self.exclude_id = exclude_id
        self._text = ("", "")
        self._timer = QTimer(self, singleShot=True, interval=LOOKUP_DELAY_MS)
        self._timer.timeout.connect(self._ask)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Sáng kiến tương tự đã có"))
        heading.setStyleSheet("font-weight: bold;")
        self.hint = QLabel(self.tr("Gõ tên sáng kiến để xem các sáng kiến gần giống."))
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 2)  # the score, then number · unit · date over the title
        self.table.setObjectName("similarInitiatives")
        self.table.setHorizontalHeaderLabels([self.tr("Điểm"), self.tr("Sáng kiến")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.cellClicked.connect(self._open)
        for widget in (heading, self.hint, self.table):
            layout.addWidget(widget)
        self.setMinimumWidth(320)
        self._warm_up()

    def _warm_up(self) -> None:
        """Build the title index before the first keystroke needs it (a second or two at
        100,000 initiatives), off the GUI thread."""
        from db.duplicates.index_cache import title_index
        from desktop.tasks import run_op

        database = self.database

        def build(_progress):
            with database.session() as session:
                title_index(session)

        run_op(self, build, None, on_error=lambda _error: None)

    def lookup(self, title: str, essence: str = "") -> None:
        self._text = (title.strip(), essence.strip())
        self._timer.start()

    def _ask(self) -> None:
        from db.duplicates.candidates import similar_initiatives
        from desktop.tasks import forget_op, run_op

        title, essence = self._text
        if len(title) < MIN_TITLE_CHARS:
            forget_op(self, "similar")  # an answer still on its way is for older text
            self._show([])
            return
        database, exclude = self.database, self.exclude_id

        def find(_progress):
            with database.session() as session:
                return similar_initiatives(session, title, essence or None, exclude)

        # the person typed on: a newer answer replaces this one (key)
        run_op(self, find, self._show, key="similar", on_error=lambda _e: None)

    def _show(self, found: list) -> None:
        self.table.setRowCount(len(found))
        for row, similar in enumerate(found):
            card = similar.card
            where = f"{card.reg_no} · {card.unit_code} · {format_date(card.registered_on)}"
            cells = (f"{similar.score:.0f}", f"{where}\n{card.title}")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, card.id)
                item.setToolTip(card.title)
                if similar.probable:  # probably the same initiative: bold, and said so
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setToolTip(arg(self.tr("Có thể là cùng một sáng kiến: %1"), card.title))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.hint.setText(
            self.tr("Không thấy sáng kiến nào gần giống.")
            if not found and len(self._text[0]) >= MIN_TITLE_CHARS
            else self.tr("Bấm vào một dòng để mở sáng kiến đó.")
            if found
            else self.tr("Gõ tên sáng kiến để xem các sáng kiến gần giống.")
        )
        self.shown.emit(len(found))

    def ids(self) -> list[str]:
        return [
            self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            for row in range(self.table.rowCount())
        ]

    def _open(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole))
