"""Trùng lặp: pairs of initiatives that may be one, best first, side by side; a person decides
"Cùng một sáng kiến" (the later filing becomes Trùng lặp, the first filing wins) or "Khác nhau"
(never proposed again). "Đã quyết định" lists the decisions in force (made here or carried in by
a package), and "Hoàn tác" reverses the one chosen there, on any later day; on the first tab it
reverses the last decision of this sitting. db.duplicates does the work."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from db.vocab import STATUS
from desktop.formatting import format_date
from desktop.tasks import Operation, run_op, show_error
from desktop.views.registry import Page, PageContext
from desktop.widgets.error_text import error_text
from desktop.widgets.user_action import run_user_action

RETRY_MS = 3000  # while the database's integrity check runs, look again this often


class DuplicatesPage(Page):
    title = QT_TRANSLATE_NOOP("Pages", "Trùng lặp")
    icon = "duplicates"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.pairs: list = []
        self.decisions: list = []  # the decisions in force (db.duplicates.candidates.DecidedPair)
        self.decided: list[tuple[str, str]] = []  # what was decided here, for "Hoàn tác"
        self._loaded = False
        self._loading: Operation | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._pairs_table(), self.tr("Cần xem"))
        self.tabs.addTab(self._decisions_table(), self.tr("Đã quyết định"))
        self.tabs.currentChanged.connect(self._show_selected)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self._side_by_side())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._buttons())
        context.records_changed.connect(self._stale)

    # ---- layout -------------------------------------------------------------------------------

    def _pairs_table(self) -> QTableWidget:
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("pairs")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Điểm"), self.tr("Nộp trước"), self.tr("Nộp sau"), self.tr("Tác giả chung")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in {0: 60, 1: 260, 2: 260}.items():
            self.table.setColumnWidth(column, width)
        self.table.itemSelectionChanged.connect(self._show_selected)
        return self.table

    def _decisions_table(self) -> QTableWidget:
        self.decisions_table = QTableWidget(0, 4)
        self.decisions_table.setObjectName("decisions")
        self.decisions_table.setHorizontalHeaderLabels(
            [
                self.tr("Kết luận"),
                self.tr("Nộp trước"),
                self.tr("Nộp sau"),
                self.tr("Ngày quyết định"),
            ]
        )
        table = self.decisions_table
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in {0: 160, 1: 260, 2: 260}.items():
            table.setColumnWidth(column, width)
        table.itemSelectionChanged.connect(self._show_selected)
        return table

    def _side_by_side(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.original = QTextBrowser()
        self.original.setObjectName("original")
        self.later = QTextBrowser()
        self.later.setObjectName("later")
        row.addWidget(self.original)
        row.addWidget(self.later)
        return box

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.same_button = QPushButton(self.tr("Cùng một sáng kiến"))
        self.same_button.setObjectName("same")
        self.same_button.clicked.connect(lambda: self.decide("same"))
        self.different_button = QPushButton(self.tr("Khác nhau"))
        self.different_button.setObjectName("different")
        self.different_button.clicked.connect(lambda: self.decide("different"))
        self.undo_button = QPushButton(self.tr("Hoàn tác"))
        self.undo_button.setObjectName("undo")
        self.undo_button.clicked.connect(self.undo)
        self.refresh_button = QPushButton(self.tr("Làm mới"))
        self.refresh_button.clicked.connect(self.refresh)
        for button in (self.same_button, self.different_button, self.undo_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        self._update_buttons()
        return row

    # ---- loading ------------------------------------------------------------------------------

    def page_shown(self) -> None:
        if not self._loaded:
            self.refresh()

    def _stale(self) -> None:
        self._loaded = False
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        from db.duplicates.candidates import decided_pairs, pairs_to_decide

        self._loaded = True
        database = self.context.database
        self.heading.setText(self.tr("Đang tìm các cặp có thể trùng…"))

        def load(progress):
            pairs = pairs_to_decide(
                database, limit=200, progress=progress, cancelled=progress.cancelled
            )
            with database.session() as session:
                return pairs, decided_pairs(session)

        # After a large import the pairs are compared again: a dialog with Cancel shows then.
        self._loading = run_op(
            self,
            load,
            self._show_pairs,
            key="pairs",
            label=self.tr("Đang so sánh các sáng kiến…"),
            on_error=self._load_failed,
        )
        self._loading.ended.connect(self._load_ended)

    def _load_failed(self, error: BaseException) -> None:
        """Comparing stores what it compared, which waits for the integrity check that runs
        after an unclean shutdown: the page says so and looks again, with no error box."""
        from db.lock import DatabaseReadOnly
        from db.safe_open import CheckRunning

        if isinstance(error, DatabaseReadOnly):  # opened read-only: why, on the page, once
            self.heading.setText(error_text(error))
            return
        if not isinstance(error, CheckRunning):
            show_error(self.window(), error)
            return
        self._loaded = False
        self.heading.setText(
            self.tr(
                "Đang kiểm tra toàn vẹn cơ sở dữ liệu; các cặp có thể trùng sẽ hiện khi kiểm tra "
                "xong."
            )
        )
        QTimer.singleShot(RETRY_MS, self, self._stale)

    def _load_ended(self) -> None:
        if self._loading is not None and self._loading.progress.cancelled():
            self._loaded = False
            self.heading.setText(
                self.tr("Đã dừng so sánh. Bấm Làm mới để tiếp tục (phần đã so sánh được giữ).")
            )

    def _show_pairs(self, found: tuple[list, list]) -> None:
        pairs, self.decisions = found
        self._show_decisions()
        self.pairs = pairs
        self.table.setRowCount(len(pairs))
        for row, pair in enumerate(pairs):
            cells = (
                f"{pair.score:.0f}",
                self._side_text(pair.original),
                self._side_text(pair.later),
                ", ".join(pair.shared_authors),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        fit_sides(self.table)
        self.table.resizeRowsToContents()
        self.heading.setText(
            self.tr("%1 cặp sáng kiến có thể là một, giống nhất trước.").replace(
                "%1", str(len(pairs))
            )
            if pairs
            else self.tr("Không có cặp nào cần xem.")
        )
        if pairs:
            self.table.selectRow(0)
        else:
            self.original.clear()
            self.later.clear()
        self._update_buttons()

    def _show_decisions(self) -> None:
        verdicts = {"same": self.tr("Cùng một sáng kiến"), "different": self.tr("Khác nhau")}
        self.decisions_table.setRowCount(len(self.decisions))
        for row, decision in enumerate(self.decisions):
            cells = (
                verdicts.get(decision.verdict, decision.verdict),
                self._side_text(decision.original),
                self._side_text(decision.later),
                format_date(decision.decided_on),
            )
            for column, text in enumerate(cells):
                self.decisions_table.setItem(row, column, QTableWidgetItem(text))
        fit_sides(self.decisions_table)
        self.decisions_table.resizeRowsToContents()

    @staticmethod
    def _side_text(card) -> str:
        return f"{card.reg_no} ({card.unit_code}) {format_date(card.registered_on)}"

    # ---- one pair -----------------------------------------------------------------------------

    def selected(self):
        """The pair chosen on the tab shown (a pair to decide, or a decision)."""
        table, items = (
            (self.decisions_table, self.decisions)
            if self.tabs.currentIndex() == 1
            else (self.table, self.pairs)
        )
        rows = table.selectionModel().selectedRows()
        return items[rows[0].row()] if rows and rows[0].row() < len(items) else None

    def _show_selected(self) -> None:
        pair = self.selected()
        if pair is None:
            self.original.clear()
            self.later.clear()
        else:
            self.original.setHtml(self._card_html(self.tr("Nộp trước"), pair.original))
            self.later.setHtml(self._card_html(self.tr("Nộp sau"), pair.later))
        self._update_buttons()

    def _card_html(self, heading: str, card) -> str:
        language = self.context.language
        rows = [
            (self.tr("Số đăng ký"), card.reg_no),
            (self.tr("Đơn vị"), card.unit_code),
            (self.tr("Ngày đăng ký"), format_date(card.registered_on)),
            (self.tr("Ngày áp dụng lần đầu"), format_date(card.first_applied_on)),
            (self.tr("Trạng thái"), STATUS.label(card.status, language)),
            (self.tr("Tác giả"), ", ".join(card.authors)),
        ]
        body = "".join(
            f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v or '')}</td></tr>"
            for k, v in rows
        )
        essence = html.escape(card.essence or "").replace("\n", "<br>")
        return (
            f"<h3>{html.escape(heading)}</h3><p><b>{html.escape(card.title)}</b></p>"
            f"<table>{body}</table><p>{essence}</p>"
        )

    def _update_buttons(self) -> None:
        on_decisions = self.tabs.currentIndex() == 1
        chosen = self.selected() is not None
        self.same_button.setEnabled(chosen and not on_decisions)
        self.different_button.setEnabled(chosen and not on_decisions)
        self.undo_button.setEnabled(chosen if on_decisions else bool(self.decided))

    # ---- deciding -----------------------------------------------------------------------------

    def decide(self, verdict: str) -> None:
        from db.duplicates.decisions import decide_pair

        pair = self.selected()
        if pair is None or self.tabs.currentIndex() == 1:
            return
        ids = (pair.original.id, pair.later.id)
        if self._write(lambda s: decide_pair(s, *ids, verdict, self.context.actor)):
            self.decided.append(ids)
            self._update_buttons()

    def undo(self) -> None:
        from db.duplicates.decisions import undo_decision

        chosen = self.selected() if self.tabs.currentIndex() == 1 else None
        if chosen is not None:
            ids = (chosen.original.id, chosen.later.id)
        elif self.decided and self.tabs.currentIndex() == 0:
            ids = self.decided[-1]
        else:
            return
        if self._write(lambda s: undo_decision(s, *ids, self.context.actor)):
            if ids in self.decided:
                self.decided.remove(ids)
            self._update_buttons()

    def _write(self, action) -> bool:
        if not run_user_action(self.context, self, self.tr("Trùng lặp"), action):
            return False
        self._update_buttons()
        return True


SIDE_WIDTH = 260  # "Nộp trước" and "Nộp sau" at least this wide, and at most
SIDE_WIDTH_MOST = 420  # this: the shared authors keep the rest


def fit_sides(table: QTableWidget) -> None:
    """The two initiatives of a pair on one line each ("PVPOWER-HT-2023-0067 (PVPOWER-HT)
    31/08/2023"), not wrapped into rows of uneven height."""
    for column in (1, 2):
        needed = table.sizeHintForColumn(column) if table.rowCount() else 0
        table.setColumnWidth(column, min(max(SIDE_WIDTH, needed), SIDE_WIDTH_MOST))
