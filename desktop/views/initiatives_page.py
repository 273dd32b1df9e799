"""The initiatives page: every initiative in a table that never loads the whole table, the filters
beside it, a search box that ignores case and diacritics, and the form on double-click or Enter."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.queries.browse import filter_choices
from db.queries.filters import InitiativeFilter
from db.vocab import SOLUTION_TYPE, STATUS
from desktop.collation import sort_vi
from desktop.formatting import phase_name
from desktop.i18n import counted
from desktop.messages import arg
from desktop.models.initiative_table import COLUMN_INDEX, COLUMNS, InitiativeTableModel
from desktop.tasks import show_error
from desktop.views.initiatives_excel import add_excel_buttons
from desktop.views.registry import Page, PageContext
from desktop.widgets.date_edit import DateEdit
from desktop.widgets.icons import icon
from desktop.widgets.unit_combo import UnitTreeCombo

SEARCH_DELAY_MS = 300  # wait for the person to stop typing before searching
SETTINGS = "pages/initiatives/"


class InitiativesPage(Page):
    title = QT_TRANSLATE_NOOP("Pages", "Sáng kiến")
    icon = "initiatives"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = InitiativeTableModel(context.database, context.language, self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_top_bar())
        layout.addWidget(self._build_filter_hint())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.filter_panel = self._build_filters()
        self.splitter.addWidget(self.filter_panel)
        self.splitter.addWidget(self._build_table())
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 930])
        layout.addWidget(self.splitter, 1)
        self.model.loading.connect(self._show_searching)
        self.model.loaded.connect(self._show_count)
        self.model.failed.connect(self._search_failed)
        self._failure_told = False  # this search's failure was said (its rows and count fail)
        self._to_top = False  # a new filter or order: show its rows from the top
        self.model.modelReset.connect(self._show_from_the_top)
        context.records_changed.connect(self.refresh)
        self._restore_state()

    # ---- layout -------------------------------------------------------------------------------

    def _build_top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(
            self.tr("Tìm theo tên, số đăng ký, tác giả, đơn vị… (gõ không dấu cũng được)")
        )
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        self.count_label = QLabel()
        self.count_label.setObjectName("matchCount")
        self.new_button = QPushButton(icon("add"), self.tr("Sáng kiến mới"))
        self.new_button.setToolTip(self.tr("Đăng ký một sáng kiến mới (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_initiative)
        self.filter_toggle = QToolButton()
        self.filter_toggle.setObjectName("filterToggle")
        self.filter_toggle.setText(self.tr("Bộ lọc"))
        self.filter_toggle.setToolTip(self.tr("Hiện hoặc ẩn bảng bộ lọc bên trái"))
        self.filter_toggle.setCheckable(True)
        self.filter_toggle.setChecked(True)
        self.filter_toggle.toggled.connect(self.show_filter_panel)
        bar.addWidget(self.filter_toggle)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        bar.addSpacing(12)
        bar.addWidget(self.new_button)
        add_excel_buttons(self, bar)
        return bar

    def _build_filter_hint(self) -> QWidget:
        """A line that says a filter is active (the list shows fewer than all), with a clear
        button: visible even when the filter panel is folded away."""
        self.filter_hint = QWidget()
        row = QHBoxLayout(self.filter_hint)
        row.setContentsMargins(0, 0, 0, 0)
        self.filter_hint_label = QLabel()
        self.filter_hint_label.setObjectName("filterHint")
        self.filter_hint_label.setStyleSheet("color: #8a5a00;")
        clear = QPushButton(self.tr("Xóa bộ lọc"))
        clear.setObjectName("clearFilterHint")
        clear.clicked.connect(self.clear_filters)
        row.addWidget(self.filter_hint_label)
        row.addWidget(clear)
        row.addStretch(1)
        self.filter_hint.hide()
        return self.filter_hint

    def show_filter_panel(self, shown: bool) -> None:
        was_shown, freed = self.filter_panel.isVisible(), self.filter_panel.width()
        self.filter_panel.setVisible(shown)
        if self.isVisible() and was_shown != shown:
            # the room the panel leaves (or takes back) goes to the titles
            header = self.table.horizontalHeader()
            title = COLUMN_INDEX["title"]
            change = -freed if shown else freed
            header.resizeSection(title, max(200, header.sectionSize(title) + change))
        if self.filter_toggle.isChecked() != shown:
            self.filter_toggle.setChecked(shown)

    def active_filter_names(self) -> list[str]:
        """The panel's filters that narrow the list (the search box shows itself)."""
        names = []
        checks = (
            (self.unit_filter.unit_id(), self.tr("đơn vị")),
            (self.phase_filter.currentData(), self.tr("giai đoạn")),
            (self.status_filter.currentData(), self.tr("trạng thái")),
            (self.field_filter.currentData(), self.tr("lĩnh vực")),
            (self.type_filter.currentData(), self.tr("loại giải pháp")),
            (self.from_filter.value() or self.to_filter.value(), self.tr("ngày đăng ký")),
        )
        for value, name in checks:
            if value:
                names.append(name)
        return names

    def _update_filter_hint(self) -> None:
        names = self.active_filter_names()
        self.filter_hint.setVisible(bool(names))
        self.filter_hint_label.setText(
            arg(
                self.tr("Đang lọc theo %1: danh sách chỉ hiện các sáng kiến khớp."),
                ", ".join(names),
            )
        )

    def _build_filters(self) -> QWidget:
        panel = QWidget()
        form = QFormLayout(panel)
        form.setContentsMargins(0, 0, 6, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.unit_filter = UnitTreeCombo(self.tr("Tất cả đơn vị"))
        self.phase_filter = QComboBox()
        self.status_filter = QComboBox()
        self.field_filter = QComboBox()
        self.type_filter = QComboBox()
        self.from_filter = DateEdit(self.tr("(không giới hạn)"))
        self.to_filter = DateEdit(self.tr("(không giới hạn)"))
        self._fill_choices()
        form.addRow(self.tr("Đơn vị (gồm cả đơn vị trực thuộc):"), self.unit_filter)
        form.addRow(self.tr("Giai đoạn:"), self.phase_filter)
        form.addRow(self.tr("Trạng thái:"), self.status_filter)
        form.addRow(self.tr("Lĩnh vực:"), self.field_filter)
        form.addRow(self.tr("Loại giải pháp:"), self.type_filter)
        form.addRow(self.tr("Ngày đăng ký từ:"), self.from_filter)
        form.addRow(self.tr("đến:"), self.to_filter)
        self.clear_button = QPushButton(self.tr("Xóa bộ lọc"))
        self.clear_button.clicked.connect(self.clear_filters)
        form.addRow(self.clear_button)
        self._connect_filters()
        return panel

    def _fill_choices(self) -> None:
        with self.context.database.session() as session:
            choices = filter_choices(session)
        language = self.context.language
        self.unit_filter.set_units(choices.units)
        self._fill(
            self.phase_filter,
            self.tr("Tất cả giai đoạn"),
            [(p.id, phase_name(p.code, p.name)) for p in choices.phases],
        )
        self._fill(
            self.status_filter,
            self.tr("Mọi trạng thái"),
            [(s.code, s.label(language)) for s in STATUS],
        )
        self._fill(
            self.field_filter,
            self.tr("Mọi lĩnh vực"),
            [(f.id, f.name) for f in sort_vi(choices.fields, lambda f: f.name)],
        )
        self._fill(
            self.type_filter,
            self.tr("Mọi loại giải pháp"),
            [(t.code, t.label(language)) for t in SOLUTION_TYPE],
        )

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        combo.addItem(everything, None)
        for value, text in items:
            combo.addItem(text, value)

    def _connect_filters(self) -> None:
        self.unit_filter.unit_changed.connect(self.apply_filters)
        for combo in (self.phase_filter, self.status_filter, self.field_filter, self.type_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        for edit in (self.from_filter, self.to_filter):
            edit.dateChanged.connect(self.apply_filters)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("initiatives")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        table.doubleClicked.connect(self._open_index)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(
                QKeySequence(key), table, context=Qt.ShortcutContext.WidgetShortcut
            )
            shortcut.activated.connect(lambda: self._open_index(table.currentIndex()))
        self.table = table
        return table

    # ---- filters ------------------------------------------------------------------------------

    def current_filter(self) -> InitiativeFilter:
        return InitiativeFilter(
            unit_id=self.unit_filter.unit_id(),
            phase_id=self.phase_filter.currentData(),
            status=self.status_filter.currentData(),
            field_id=self.field_filter.currentData(),
            solution_type=self.type_filter.currentData(),
            registered_from=self.from_filter.value(),
            registered_to=self.to_filter.value(),
            search=self.search.text().strip(),
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self._update_filter_hint()
        self._to_top = True
        self.model.load(self.current_filter())

    def _new_order(self) -> None:
        self._to_top = True

    def _show_from_the_top(self) -> None:
        """New rows (another filter or order) show from their first, the page read with them;
        where a person had scrolled to in the old rows, the view would read another page on the
        GUI thread first (the end of a rare word's 2,131 rows: 60-160 ms at 3.2M)."""
        if self._to_top:
            self._to_top = False
            self.table.scrollToTop()

    def clear_filters(self) -> None:
        self._set_filter_widgets(InitiativeFilter())
        self.apply_filters()

    def _set_filter_widgets(self, f: InitiativeFilter) -> None:
        widgets = [self.unit_filter, self.phase_filter, self.status_filter, self.field_filter]
        widgets += [self.type_filter, self.from_filter, self.to_filter, self.search]
        for widget in widgets:
            widget.blockSignals(True)
        self.unit_filter.set_unit(f.unit_id)
        for combo, value in (
            (self.phase_filter, f.phase_id),
            (self.status_filter, f.status),
            (self.field_filter, f.field_id),
            (self.type_filter, f.solution_type),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.from_filter.set_value(f.registered_from)
        self.to_filter.set_value(f.registered_to)
        self.search.setText(f.search)
        for widget in widgets:
            widget.blockSignals(False)

    def _show_searching(self) -> None:
        self._failure_told = False
        self.count_label.setText(self.tr("Đang tìm…"))

    def _search_failed(self, error: BaseException) -> None:
        """No more "Đang tìm…": the search failed, said once (the server gone, the file gone)."""
        self.count_label.setText(self.tr("Tìm kiếm không thành công"))
        if not self._failure_told:
            self._failure_told = True
            show_error(self.window(), error)

    def _show_count(self, count: int) -> None:
        self.count_label.setText(counted(self.tr("%Ln sáng kiến", "", count), count))
        if count == 0:  # an empty table says why and what to do
            self.count_label.setText(self._nothing_shown_text())
        self._reselect()

    def _nothing_shown_text(self) -> str:
        if self.current_filter() == InitiativeFilter():
            return self.tr("Chưa có sáng kiến nào: bấm «Sáng kiến mới» (Ctrl+N)")
        return self.tr("Không có sáng kiến nào khớp: bấm «Xóa bộ lọc»")

    # ---- records ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Records changed somewhere: query again, keeping the filter, sort and selected row."""
        self._remember_selection()
        self.model.load()

    def _remember_selection(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        self._selected_rowid = row.rowid if row is not None else None

    def _reselect(self) -> None:
        rowid = getattr(self, "_selected_rowid", None)
        self._selected_rowid = None
        if rowid is None:
            return
        row = self.model.row_of(rowid)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def selected_initiative(self):
        """The row selected in the table (a BrowseRow: id, reg_no, title...), or None."""
        return self.model.row_at(self.table.currentIndex().row())

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_initiative(self.model.data(index, InitiativeTableModel.ID_ROLE))

    def open_initiative(self, initiative_id: str | None) -> None:
        from desktop.dialogs.initiative_form import InitiativeForm

        if initiative_id:
            self._remember_selection()
            InitiativeForm.open_existing(self.context, initiative_id, self)

    def new_initiative(self) -> None:
        from desktop.dialogs.initiative_form import InitiativeForm

        form = InitiativeForm.open_new(self.context, self, unit_id=self.unit_filter.unit_id())
        form.saved.connect(self.show_saved)

    def show_saved(self, initiative_id: str) -> None:
        """A new initiative was saved: say its registration number and select its row."""
        from db.queries.initiative_lookup import saved_initiative

        with self.context.database.session() as session:
            saved = saved_initiative(session, initiative_id)
        if saved is None:
            return
        self._selected_rowid = saved.rowid  # selected when the refreshed list arrives
        self.saved_message = arg(self.tr("Đã lưu sáng kiến số %1."), saved.reg_no)
        window = self.context.window
        if window is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.saved_message, 15000)
        self.count_label.setToolTip(self.saved_message)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ---- column chooser -----------------------------------------------------------------------

    def _column_menu(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.addSection(self.tr("Hiện các cột"))
        for index in range(len(COLUMNS)):
            action = QAction(self.model.headerData(index, Qt.Orientation.Horizontal), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(index))
            action.toggled.connect(lambda shown, i=index: self.show_column(i, shown))
            menu.addAction(action)
        menu.exec(header.mapToGlobal(position))

    def show_column(self, index: int, shown: bool) -> None:
        header = self.table.horizontalHeader()
        visible = [i for i in range(len(COLUMNS)) if not header.isSectionHidden(i)]
        if not shown and visible == [index]:
            return  # keep at least one column
        header.setSectionHidden(index, not shown)

    # ---- remembered between runs --------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = self.context.settings
        splitter = settings.value(SETTINGS + "splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = self.table.horizontalHeader()
        columns = settings.value(SETTINGS + "columns")
        if columns is None or not header.restoreState(columns):
            self._default_columns()
        self._set_filter_widgets(self._saved_filter())
        shown = str(settings.value(SETTINGS + "filters_shown", "true")).lower() != "false"
        self.show_filter_panel(shown)
        self._update_filter_hint()
        self.model.filter = self.current_filter()
        self.model.sort_key = COLUMNS[header.sortIndicatorSection()].key
        self.model.descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        self.table.setSortingEnabled(True)  # sorts by the header's indicator: the first query
        header.sortIndicatorChanged.connect(self._new_order)

    def _default_columns(self) -> None:
        header = self.table.horizontalHeader()
        for index, column in enumerate(COLUMNS):
            header.setSectionHidden(index, not column.shown)
        # status and field right after the title: seen without scrolling sideways on a laptop
        order = ["reg_no", "title", "status", "field", "registered_on", "unit", "authors"]
        for position, key in enumerate(order):
            header.moveSection(header.visualIndex(COLUMN_INDEX[key]), position)
        defaults = {"reg_no": 175, "title": 320, "unit": 90, "authors": 180, "field": 150}
        defaults |= {"registered_on": 95, "status": 135, "benefit": 120}
        widths = dict(defaults)
        header.setSortIndicator(COLUMN_INDEX["registered_on"], Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)  # measured with its arrow, as sorting shows it
        # a heading is read whole beside its sort arrow, and a status whole ("Needs more
        # information"), in either language; what they take more is taken from the title
        padding = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 8
        metrics = self.table.fontMetrics()
        widest_status = max(
            metrics.horizontalAdvance(s.label(self.context.language)) for s in STATUS
        )
        widths["status"] = max(widths["status"], widest_status + padding)
        for key in widths:
            heading = header.sectionSizeFromContents(COLUMN_INDEX[key]).width()
            widths[key] = max(widths[key], heading)
        shown = [key for key in widths if not header.isSectionHidden(COLUMN_INDEX[key])]
        grown = sum(widths[key] - defaults[key] for key in shown)
        widths["title"] = max(200, widths["title"] - grown)
        for key, width in widths.items():
            header.resizeSection(COLUMN_INDEX[key], width)

    def _saved_filter(self) -> InitiativeFilter:
        try:
            saved = json.loads(str(self.context.settings.value(SETTINGS + "filter", "{}")))
            for key in ("registered_from", "registered_to"):
                saved[key] = dt.date.fromisoformat(saved[key]) if saved.get(key) else None
            saved.pop("search", None)  # a search is for today: the list never opens narrowed by it
            return InitiativeFilter(**saved)
        except (TypeError, ValueError):
            return InitiativeFilter()

    def save_state(self) -> None:
        settings = self.context.settings
        settings.setValue(SETTINGS + "splitter", self.splitter.saveState())
        settings.setValue(SETTINGS + "columns", self.table.horizontalHeader().saveState())
        settings.setValue(SETTINGS + "filters_shown", self.filter_toggle.isChecked())
        f = self.current_filter()
        saved = {k: v for k, v in vars(f).items() if k != "include_deleted"}
        for key in ("registered_from", "registered_to"):
            saved[key] = saved[key].isoformat() if saved[key] else None
        settings.setValue(SETTINGS + "filter", json.dumps(saved))
