"""Xét duyệt: the initiatives awaiting a council in this node's scope, the reviews already
recorded for the selected one, and the dialog that records a new review."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.vocab import GRADE, REVIEW_LEVEL, REVIEW_OUTCOME, STATUS
from desktop.formatting import format_date, format_number
from desktop.i18n import counted
from desktop.messages import arg
from desktop.models.reviews_model import ReviewQueueModel
from desktop.models.row_table import ROW_ROLE
from desktop.tasks import run_op
from desktop.views.paper_buttons import add_council_button
from desktop.views.registry import Page, PageContext
from desktop.widgets.page_refresh import RefreshOnChange
from desktop.widgets.tables import (
    record_table,
    restore_header,
    save_header,
    selected_row_object,
    set_column_widths,
)
from desktop.widgets.unit_combo import UnitTreeCombo

SEARCH_DELAY_MS = 250
QUEUE_STATUSES = ("submitted", "under_review", "needs_more")  # what the council's queue holds


class ReviewsPage(RefreshOnChange, Page):
    title = QT_TRANSLATE_NOOP("Pages", "Xét duyệt")
    icon = "reviews"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = ReviewQueueModel(self)
        self.recorded_message = ""  # what the last review recorded here, as the status bar said
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_row())
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self._queue_table())
        self.splitter.addWidget(self._history_panel())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        self._restore_state()
        self._load_units()
        self.watch_records()

    # ---- layout -------------------------------------------------------------------------------

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm số đăng ký, tên, tác giả… (gõ không dấu)"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        self.status = QComboBox()
        self.status.addItem(self.tr("Mọi trạng thái chờ xét"), None)
        for code in QUEUE_STATUSES:
            self.status.addItem(STATUS.label(code, self.context.language), code)
        self.status.currentIndexChanged.connect(self.refresh)
        self.unit = UnitTreeCombo()
        self.unit.unit_changed.connect(self.refresh)
        self.review_button = QPushButton(self.tr("Ghi kết quả xét duyệt…"))
        self.review_button.setEnabled(False)
        self.review_button.clicked.connect(self.review_selected)
        row.addWidget(self.search, 2)
        row.addWidget(self.status)
        row.addWidget(self.unit)  # as wide as the top unit's line (UnitTreeCombo.sizeHint)
        row.addWidget(self.review_button)
        self.papers_button = add_council_button(self, row)
        return row

    def _queue_table(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        self.table = record_table(self.model, stretch_column=1, sort_column=4)
        statuses = [STATUS.label(code, self.context.language) for code in QUEUE_STATUSES]
        widths = {0: 150, 2: 100, 3: 220, 4: 100, 5: 110, 6: 65}
        set_column_widths(self.table, widths, {5: statuses})
        self.table.doubleClicked.connect(self.review_selected)
        self.table.activated.connect(self.review_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        return box

    def _history_panel(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.history_label = QLabel(self.tr("Các lần xét duyệt trước"))
        layout.addWidget(self.history_label)
        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels(
            [
                self.tr("Cấp"),
                self.tr("Ngày họp"),
                self.tr("Hội đồng"),
                self.tr("Điểm"),
                self.tr("Xếp loại"),
                self.tr("Kết quả"),
                self.tr("Quyết định"),
                self.tr("Lý do, nhận xét"),
            ]
        )
        layout.addWidget(self.history, 1)
        return box

    # ---- loading ------------------------------------------------------------------------------

    def _load_units(self) -> None:
        from db.queries.unit_tree import unit_choices

        with self.context.database.session() as session:
            self.unit.set_units(unit_choices(session, self.context.node.unit_id))

    def refresh(self) -> None:
        """Reload the queue off the GUI thread; an older answer arriving late is dropped."""
        from db.queries.review_queue import review_queue

        database = self.context.database
        unit_id, search, status = self.unit.unit_id(), self.search.text(), self.status.currentData()

        def load(_progress):
            with database.session() as session:
                return review_queue(session, unit_id or self.context.node.unit_id, search, status)

        run_op(self, load, self._show_queue, key="queue")

    def _show_queue(self, queue) -> None:
        chosen = selected_row_object(self.table, ROW_ROLE)
        self.model.set_rows(queue.rows)
        header = self.table.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._show_count(len(queue.rows), queue.total)
        self._reselect(chosen.id if chosen else None)

    def _show_count(self, shown: int, total: int) -> None:
        if total == 0:
            text = self.tr("Không có sáng kiến nào đang chờ xét duyệt.")
        elif shown < total:
            text = self.tr(
                "%1 sáng kiến đang chờ xét duyệt (hiện %2 sáng kiến đầu; hãy tìm để thu hẹp)."
            )
            text = arg(text, format_number(total), format_number(shown))
        else:
            text = counted(self.tr("%Ln sáng kiến đang chờ xét duyệt.", "", total), total)
        self.count_label.setText(text)

    def _reselect(self, initiative_id: str | None) -> None:
        for row, item in enumerate(self.model.rows):
            if item.id == initiative_id:
                self.table.selectRow(row)
                return
        if self.model.rows:  # the first one waiting: its button works at once
            self.table.selectRow(0)
            return
        self._selection_changed()

    # ---- the selected initiative ----------------------------------------------------------------

    def selected(self):
        return selected_row_object(self.table, ROW_ROLE)

    def _selection_changed(self, *_args) -> None:
        row = self.selected()
        self.review_button.setEnabled(row is not None)
        self.history.clear()
        if row is None:
            self.history_label.setText(self.tr("Các lần xét duyệt trước"))
            return
        self.history_label.setText(arg(self.tr("Các lần xét duyệt của %1"), row.reg_no))
        self._show_history(row.id)

    def _show_history(self, initiative_id: str) -> None:
        from db.queries.review_queue import reviews_of

        with self.context.database.session() as session:
            reviews = reviews_of(session, initiative_id)
        lang = self.context.language
        for review in reviews:
            decision = " ".join(
                p for p in (review.decision_no or "", format_date(review.decision_date)) if p
            )
            total = "" if review.total is None else str(review.total)
            item = QTreeWidgetItem(
                [
                    REVIEW_LEVEL.label(review.level, lang),
                    format_date(review.reviewed_on),
                    review.council or "",
                    total,
                    GRADE.label(review.grade, lang) if review.grade else "",
                    REVIEW_OUTCOME.label(review.outcome, lang) if review.outcome else "",
                    decision,
                    review.reason or "",
                ]
            )
            self.history.addTopLevelItem(item)
        for column in range(self.history.columnCount() - 1):  # the last one takes the rest
            self.history.resizeColumnToContents(column)  # "Cấp công đoàn trực thuộc" in full
        if not reviews:
            item = QTreeWidgetItem([self.tr("Chưa xét lần nào")])
            self.history.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)  # the whole width, not cut to the first column

    def review_selected(self, *_args) -> None:
        from desktop.dialogs.review_dialog import ReviewDialog

        row = self.selected()
        if row is None:
            return
        dialog = ReviewDialog(self.context, row.id, self)
        dialog.exec()
        if dialog.saved:
            self.show_recorded(row.reg_no)

    def show_recorded(self, reg_no: str) -> None:
        """Say what was recorded: a decided initiative leaves the queue, which alone looks as if
        it was lost."""
        self.recorded_message = arg(self.tr("Đã ghi kết quả xét duyệt của %1."), reg_no)
        window = self.context.window
        if window is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.recorded_message, 15000)

    # ---- remembered ---------------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = self.context.settings
        restore_header(self.table, settings, "pages/reviews/header")
        splitter = settings.value("pages/reviews/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        save_header(self.table, self.context.settings, "pages/reviews/header")
        self.context.settings.setValue("pages/reviews/splitter", self.splitter.saveState())
