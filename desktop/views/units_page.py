"""Đơn vị & chỉ tiêu: the unit tree with level, the per-phase targets of the programme chosen at
the top (the current one first), registered and progress (site type and members through the
header's menu), fitting 1366×768 without scrolling sideways; the selected unit's details and
name history; its targets and name changed only where this node has authority (headquarters: the
whole tree; a union: its own subtree). A root or a union defines a new programme from here."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.vocab import SITE_TYPE, UNIT_LEVEL
from desktop.formatting import format_date, format_number, format_percent, phase_name
from desktop.messages import arg
from desktop.models.units_model import HEADERS, UNIT_ROLE, UnitsModel, rolled_up_targets
from desktop.tasks import run_op
from desktop.views.registry import Page, PageContext
from desktop.widgets.page_refresh import RefreshOnChange
from desktop.widgets.progress_delegate import ProgressBarDelegate

# At 1366×768 the tree shows every column a unit's progress needs without scrolling sideways:
# the unit's name up to UNIT_COLUMN_MAX (longer ones elided, whole in the panel beside), level,
# targets, registered and the bar; the site type and members, which the panel shows for the
# chosen unit, are hidden until the header's menu shows them. The panel keeps DETAILS_MIN.
UNIT_COLUMN_MAX = 260
PROGRESS_COLUMN = 120
DETAILS_MIN = 340
SITE_TYPE_COLUMN, MEMBERS_COLUMN = 2, 3
SPLITTER_KEY = "pages/units/splitter2"  # not the old key: its sizes made the tree scroll


class UnitsPage(RefreshOnChange, Page):
    title = QT_TRANSLATE_NOOP("Pages", "Đơn vị & chỉ tiêu")
    icon = "units"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = UnitsModel(self)
        self.units = []
        self.programmes = []
        self.phases = []
        self.registered: dict[str, int] = {}
        self.editable: set[str] = set()
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_row())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self._tree())
        self.splitter.addWidget(self._details())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self._placed_by_hand = False
        self.splitter.splitterMoved.connect(self._splitter_moved)
        layout.addWidget(self.splitter, 1)
        self._restore_state()
        self.watch_records()

    # ---- layout -------------------------------------------------------------------------------

    def _top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("Tìm đơn vị theo mã hoặc tên (gõ không dấu)"))
        self.find.setClearButtonEnabled(True)
        self.find.textChanged.connect(self._find_unit)
        self.scope_label = QLabel()
        row.addWidget(self.find, 1)
        row.addWidget(self.scope_label)
        row.addWidget(QLabel(self.tr("Chương trình:")))
        self.programme_combo = QComboBox()
        self.programme_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.programme_combo.currentIndexChanged.connect(self._programme_changed)
        row.addWidget(self.programme_combo)
        self.new_programme_button = QPushButton(self.tr("Chương trình mới…"))
        self.new_programme_button.clicked.connect(self.new_programme)
        row.addWidget(self.new_programme_button)
        return row

    def _load_programmes(self) -> None:
        from db.queries.programmes import pick_default, programme_choices
        from desktop.views.dashboard_page import programme_label

        chosen = self.programme_combo.currentData()
        with self.context.database.session() as session:
            self.programmes = programme_choices(session)
        self.programme_combo.blockSignals(True)
        self.programme_combo.clear()
        for choice in self.programmes:
            self.programme_combo.addItem(programme_label(choice), choice.code)
        default = pick_default(self.programmes, dt.date.today())
        wanted = chosen or (default.code if default else None)
        self.programme_combo.setCurrentIndex(max(self.programme_combo.findData(wanted), 0))
        self.programme_combo.blockSignals(False)
        self.new_programme_button.setVisible(self._may_define_programmes())

    def _may_define_programmes(self) -> bool:
        """The root and the unions run programmes; a site or a base union does not."""
        own = next((u for u in self.units if u.id == self.context.node.unit_id), None)
        return own is not None and own.level in ("industry", "subordinate")

    def programme_code(self) -> str | None:
        return self.programme_combo.currentData()

    def _programme_changed(self) -> None:
        self.refresh()

    def _tree(self) -> QTreeView:
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.progress_delegate = ProgressBarDelegate(self.tree)
        self.tree.activated.connect(self.edit_targets)
        self.tree.selectionModel().currentRowChanged.connect(self._show_selected)
        header = self.tree.header()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.column_actions = {}
        for column in (SITE_TYPE_COLUMN, MEMBERS_COLUMN):
            action = QAction(QCoreApplication.translate("UnitsModel", HEADERS[column]), header)
            action.setCheckable(True)
            action.toggled.connect(lambda shown, c=column: self._show_column(c, shown))
            header.addAction(action)
            self.column_actions[column] = action
        return self.tree

    def _show_column(self, column: int, shown: bool) -> None:
        self.tree.setColumnHidden(column, not shown)
        if shown:
            self.tree.resizeColumnToContents(column)
        self._fit_splitter()

    def _details(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 0, 0, 0)
        self.name_label = QLabel()
        bold = QFont(self.name_label.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() + 2)
        self.name_label.setFont(bold)
        self.name_label.setWordWrap(True)
        layout.addWidget(self.name_label)
        layout.addWidget(self._facts_box())
        layout.addWidget(self._targets_box())
        layout.addWidget(self._history_box(), 1)
        return panel

    def _facts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Thông tin đơn vị"))
        form = QFormLayout(box)
        self.facts: dict[str, QLabel] = {}
        for key, label in (
            ("code", self.tr("Mã:")),
            ("short_name", self.tr("Tên viết tắt:")),
            ("level", self.tr("Cấp:")),
            ("site_type", self.tr("Loại cơ sở:")),
            ("cluster", self.tr("Cụm thi đua:")),
            ("members", self.tr("Số đoàn viên:")),
        ):
            self.facts[key] = QLabel()
            self.facts[key].setWordWrap(True)
            form.addRow(label, self.facts[key])
        buttons = QGridLayout()  # two by two: the panel stays narrow beside the tree
        self.add_unit_button = QPushButton(self.tr("Thêm đơn vị cấp dưới…"))
        self.add_unit_button.clicked.connect(self.add_unit)
        self.edit_unit_button = QPushButton(self.tr("Sửa thông tin…"))
        self.edit_unit_button.clicked.connect(self.edit_unit)
        self.active_button = QPushButton(self.tr("Ngừng hoạt động"))
        self.active_button.clicked.connect(self.toggle_active)
        self.setup_button = QPushButton(self.tr("Tạo gói khởi tạo…"))
        self.setup_button.setToolTip(
            self.tr(
                "Gói để cài máy mới của đơn vị này (mang theo USB, chạy 'Cài đặt từ gói khởi tạo...')"
            )
        )
        self.setup_button.clicked.connect(self.make_setup_package)
        for n, button in enumerate(
            (self.add_unit_button, self.edit_unit_button, self.active_button, self.setup_button)
        ):
            buttons.addWidget(button, n // 2, n % 2)
        buttons.setColumnStretch(2, 1)
        form.addRow(buttons)
        return box

    def _targets_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Chỉ tiêu và tiến độ (đến hôm nay)"))
        layout = QVBoxLayout(box)
        self.progress_form = QFormLayout()
        layout.addLayout(self.progress_form)
        self.authority_label = QLabel()
        self.authority_label.setWordWrap(True)
        layout.addWidget(self.authority_label)
        buttons = QHBoxLayout()
        self.targets_button = QPushButton(self.tr("Sửa chỉ tiêu…"))
        self.targets_button.clicked.connect(self.edit_targets)
        self.rename_button = QPushButton(self.tr("Đổi tên…"))
        self.rename_button.clicked.connect(self.rename_unit)
        buttons.addWidget(self.targets_button)
        buttons.addWidget(self.rename_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    def _history_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Lịch sử tên"))
        layout = QVBoxLayout(box)
        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels(
            [self.tr("Tên"), self.tr("Viết tắt"), self.tr("Từ ngày"), self.tr("Đến ngày")]
        )
        header = self.history.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.history)
        return box

    # ---- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        from db.queries.unit_tree import editable_unit_ids, live_phases, unit_tree

        chosen = self.selected()
        with self.context.database.session() as session:
            self.units = unit_tree(session)
            self.editable = editable_unit_ids(session)
        self._load_programmes()
        with self.context.database.session() as session:
            self.phases = live_phases(session, self.programme_code())
        shown = {phase.id for phase in self.phases}
        for unit in self.units:  # the chosen programme's targets only
            unit.targets = {pid: n for pid, n in unit.targets.items() if pid in shown}
        self.registered = self._registered_counts()
        self.model.show_units(self.units, self.phases, self.registered, self.editable)
        self.tree.setItemDelegateForColumn(self.model.progress_column(), self.progress_delegate)
        self.tree.expandToDepth(0)
        self._expand_to(self.context.node.unit_id)
        self._size_columns()  # once the units below show: Qt sizes a column by the rows it shows
        self.scope_label.setText(self._scope_text())
        self.select_unit(chosen.id if chosen else self.context.node.unit_id)

    def _registered_counts(self) -> dict[str, int]:
        """Each unit's registered initiatives up to today, rolled up the tree (as `stats`)."""
        from db.queries.stats import progress_stats

        with self.context.database.session() as session:
            stats = progress_stats(
                session, dt.date.today(), self.context.node.unit_code, self.programme_code()
            )
        return {row.unit_id: row.registered for row in stats.units}

    def _size_columns(self) -> None:
        tree = self.tree
        for column, action in self.column_actions.items():  # the model's reset showed them
            tree.setColumnHidden(column, not action.isChecked())
        for column in range(self.model.columnCount()):
            if not tree.isColumnHidden(column):
                tree.resizeColumnToContents(column)
        tree.setColumnWidth(0, min(tree.columnWidth(0), UNIT_COLUMN_MAX))
        tree.setColumnWidth(self.model.progress_column(), PROGRESS_COLUMN)
        self._fit_splitter()

    def _fit_splitter(self) -> None:
        """The tree as wide as its shown columns (the panel keeps DETAILS_MIN), unless the
        person has moved the divider."""
        total = sum(self.splitter.sizes())
        if self._placed_by_hand or total <= 0:
            return
        tree = self.tree
        needed = tree.header().length() + 2 * tree.frameWidth()
        needed += tree.verticalScrollBar().sizeHint().width()
        wide = max(min(needed, total - DETAILS_MIN), total // 2)
        self.splitter.setSizes([wide, total - wide])

    def _splitter_moved(self, _position: int, _index: int) -> None:
        self._placed_by_hand = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_splitter()  # the splitter's width is known once shown

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_splitter()  # a window made larger or smaller: the tree keeps what it needs

    def _scope_text(self) -> str:
        node = self.context.node
        return arg(
            self.tr("Máy này thuộc %1: sửa được đơn vị này và các đơn vị cấp dưới."), node.unit_code
        )

    # ---- the selected unit --------------------------------------------------------------------

    def selected(self):
        index = self.tree.currentIndex()
        return index.data(UNIT_ROLE) if index.isValid() else None

    def _expand_to(self, unit_id: str | None) -> None:
        item = self.model.items.get(unit_id or "")
        while item is not None:
            self.tree.expand(item.index())
            item = item.parent()

    def select_unit(self, unit_id: str | None) -> None:
        item = self.model.items.get(unit_id or "")
        if item is None and self.model.rowCount():
            item = self.model.item(0)
        if item is not None:
            self.tree.setCurrentIndex(item.index())
            self.tree.scrollTo(item.index())
        self._show_selected()

    def _show_selected(self, *_args) -> None:
        unit = self.selected()
        allowed = unit is not None and unit.id in self.editable
        below = allowed and unit.id != self.context.node.unit_id  # not this node's own unit
        self.targets_button.setEnabled(allowed)
        self.rename_button.setEnabled(allowed)
        self.add_unit_button.setEnabled(allowed)
        self.edit_unit_button.setEnabled(allowed)
        self.active_button.setEnabled(below)
        self.setup_button.setEnabled(below and bool(unit.active))
        if unit is not None:
            self.active_button.setText(
                self.tr("Ngừng hoạt động") if unit.active else self.tr("Hoạt động trở lại")
            )
        if unit is None:
            self.name_label.setText(self.tr("Chưa có đơn vị nào."))
            return
        self.name_label.setText(unit.name)
        self._show_facts(unit)
        self._show_progress(unit)
        self._show_history(unit)
        self.authority_label.setText(
            ""
            if allowed
            else arg(
                self.tr("Chỉ xem: đơn vị này không thuộc quyền quản lý của %1."),
                self.context.node.unit_code,
            )
        )

    def _show_facts(self, unit) -> None:
        lang = self.context.language
        self.facts["code"].setText(unit.code)
        self.facts["short_name"].setText(unit.short_name or "—")
        self.facts["level"].setText(UNIT_LEVEL.label(unit.level, lang))
        self.facts["site_type"].setText(SITE_TYPE.label(unit.site_type, lang) or "—")
        self.facts["cluster"].setText(unit.cluster or "—")
        self.facts["members"].setText(format_number(unit.member_count))

    def _show_progress(self, unit) -> None:
        while self.progress_form.rowCount():
            self.progress_form.removeRow(0)
        targets = rolled_up_targets(self.units).get(unit.id, {})
        for phase in self.phases:
            self.progress_form.addRow(
                phase_name(phase.code, phase.name) + ":",
                QLabel(arg(self.tr("chỉ tiêu %1"), format_number(targets.get(phase.id, 0)))),
            )
        total = sum(targets.values())
        registered = self.registered.get(unit.id)
        if registered is not None:
            text = arg(
                self.tr("%1 / %2 — %3"),
                format_number(registered),
                format_number(total),
                format_percent(registered, total),
            )
            self.progress_form.addRow(self.tr("Đã đăng ký / chỉ tiêu:"), QLabel(text))

    def _show_history(self, unit) -> None:
        from db.queries.unit_tree import names_over_time

        self.history.clear()
        with self.context.database.session() as session:
            spans = names_over_time(session, unit.id)
        for span in spans:
            since = format_date(span.valid_from) if span.valid_from else self.tr("(từ đầu)")
            until = format_date(span.valid_to) if span.valid_to else self.tr("nay")
            self.history.addTopLevelItem(
                QTreeWidgetItem([span.name, span.short_name, since, until])
            )

    def _find_unit(self, text: str) -> None:
        from db.search import fold

        wanted = fold(text).strip()
        if not wanted:
            return
        for unit in self.units:
            if wanted in fold(f"{unit.code} {unit.short_name} {unit.name}"):
                self.select_unit(unit.id)
                return

    # ---- actions ------------------------------------------------------------------------------

    def edit_targets(self, *_args) -> None:
        from desktop.dialogs.unit_dialog import TargetsDialog

        unit = self.selected()
        if unit is None or unit.id not in self.editable:
            return
        rolled = rolled_up_targets(self.units).get(unit.id, {})
        below = {p.id: rolled.get(p.id, 0) - unit.targets.get(p.id, 0) for p in self.phases}
        TargetsDialog(self.context, unit, self.phases, below, self).exec()

    def add_unit(self) -> None:
        from desktop.dialogs.unit_dialog import AddUnitDialog

        unit = self.selected()
        if unit is None or unit.id not in self.editable:
            return
        dialog = AddUnitDialog(self.context, unit, self)
        if dialog.exec() and dialog.created:
            self.refresh()
            self.select_unit(next((u.id for u in self.units if u.code == dialog.created), None))

    def edit_unit(self) -> None:
        from desktop.dialogs.unit_dialog import EditUnitDialog

        unit = self.selected()
        if unit is not None and unit.id in self.editable:
            EditUnitDialog(self.context, unit, self).exec()

    def toggle_active(self) -> None:
        from db.queries.unit_changes import set_unit_active
        from db.validation import ValidationFailed

        unit = self.selected()
        if unit is None or unit.id not in self.editable:
            return
        if unit.active:
            question = arg(
                self.tr(
                    "Ngừng hoạt động đơn vị %1? Đơn vị và các sáng kiến của nó vẫn được giữ; có thể "
                    "cho hoạt động trở lại."
                ),
                f"{unit.code} — {unit.name}",
            )
            answer = QMessageBox.question(self, self.tr("Ngừng hoạt động"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            with self.context.database.transaction() as session:
                set_unit_active(session, unit.id, not unit.active, self.context.actor)
        except ValidationFailed as failed:
            QMessageBox.warning(
                self, self.tr("Không sửa được"), "\n".join(failed.messages(self.context.language))
            )
            return
        self.context.records_changed.emit()

    def make_setup_package(self) -> None:
        """The setup package for a new PC of the selected unit (db.sync.enrolment.enroll)."""
        from pathlib import Path

        from db.sync.enrolment import enroll
        from desktop.dialogs import file_dialogs

        unit = self.selected()
        if unit is None or unit.id not in self.editable:
            return
        folder = Path(
            str(self.context.settings.value("pages/units/setup_folder", "") or Path.home())
        )
        path, _ = file_dialogs.save_file_name(
            self,
            self.tr("Lưu gói khởi tạo"),
            str(folder / f"khoi-tao-{unit.code}.skp"),
            self.tr("Gói SángKiến (*.skp)"),
        )
        if not path:
            return
        out = Path(path if path.lower().endswith(".skp") else path + ".skp")
        self.context.settings.setValue("pages/units/setup_folder", str(out.parent))
        database = self.context.database

        def write(progress):
            return enroll(database, unit.code, out, progress=progress, cancelled=progress.cancelled)

        run_op(
            self,
            write,
            lambda _result: self._setup_saved(unit, out),
            label=self.tr("Đang tạo gói khởi tạo…"),
        )

    def _setup_saved(self, unit, out) -> None:
        text = self.tr(
            "Đã lưu gói khởi tạo cho %1 vào:\n%2\n\nMang tệp này theo USB đến máy mới, chọn "
            "'Cài đặt từ gói khởi tạo...' ở màn hình đầu tiên và đối chiếu dấu vân tay khóa qua điện "
            "thoại."
        )
        text = arg(text, unit.code, str(out))
        QMessageBox.information(self, self.tr("Đã tạo gói khởi tạo"), text)

    def new_programme(self) -> None:
        from desktop.dialogs.programme_wizard import ProgrammeWizard

        wizard = ProgrammeWizard(self.context, self)
        if wizard.exec() and wizard.created_code:
            self.programme_combo.blockSignals(True)
            self.programme_combo.addItem(wizard.created_code, wizard.created_code)
            self.programme_combo.setCurrentIndex(self.programme_combo.count() - 1)
            self.programme_combo.blockSignals(False)
            self.refresh()

    def rename_unit(self) -> None:
        from desktop.dialogs.unit_dialog import RenameUnitDialog

        unit = self.selected()
        if unit is not None and unit.id in self.editable:
            RenameUnitDialog(self.context, unit, self).exec()

    # ---- remembered ---------------------------------------------------------------------------

    def _restore_state(self) -> None:
        splitter = self.context.settings.value(SPLITTER_KEY)
        if splitter is not None:
            self._placed_by_hand = self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        if self._placed_by_hand:
            self.context.settings.setValue(SPLITTER_KEY, self.splitter.saveState())
