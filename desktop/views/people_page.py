"""Tác giả: find authors by name without diacritics, see their unit and how many initiatives they
authored, add or edit one, see one person's initiatives; possible duplicates are flagged."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from db.vocab import STATUS
from desktop.formatting import format_date, format_number
from desktop.i18n import counted
from desktop.messages import arg
from desktop.models.people_model import AuthoredModel, PeopleModel
from desktop.models.row_table import ROW_ROLE
from desktop.tasks import run_op
from desktop.views.registry import Page, PageContext
from desktop.widgets.field_messages import ERROR_STYLE
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


class PeoplePage(RefreshOnChange, Page):
    title = QT_TRANSLATE_NOOP("Pages", "Tác giả")
    icon = "people"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = PeopleModel(self)
        self.authored = AuthoredModel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_row())
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self._people_table())
        self.splitter.addWidget(self._person_panel())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        self._restore_state()
        self._load_units()
        self.watch_records()

    # ---- layout -------------------------------------------------------------------------------

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo họ tên hoặc mã nhân viên (gõ không dấu)"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        self.unit = UnitTreeCombo()
        self.unit.unit_changed.connect(self.refresh)
        self.duplicates_only = QCheckBox(self.tr("Chỉ người có thể trùng lặp"))
        self.duplicates_only.toggled.connect(self.refresh)
        self.add_button = QPushButton(self.tr("Thêm tác giả…"))
        self.add_button.clicked.connect(self.add_person)
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(self.edit_selected)
        row.addWidget(self.search, 2)
        row.addWidget(self.unit)  # as wide as the top unit's line (UnitTreeCombo.sizeHint)
        row.addWidget(self.duplicates_only)
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        self.merge_button = QPushButton(self.tr("Gộp tác giả trùng…"))  # issue 14
        self.merge_button.clicked.connect(self.merge_duplicates)
        row.addWidget(self.merge_button)
        return row

    def merge_duplicates(self) -> None:
        from desktop.dialogs.merge_people_dialog import MergePeopleDialog

        MergePeopleDialog(self.context, self).exec()

    def _people_table(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        self.table = record_table(self.model, stretch_column=3)
        set_column_widths(self.table, {0: 240, 1: 100, 2: 140, 4: 140, 5: 100})
        self.table.activated.connect(self.edit_selected)
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        return box

    def _person_panel(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.person_label = QLabel()
        self.duplicate_label = QLabel()
        self.duplicate_label.setStyleSheet(ERROR_STYLE)
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.hide()
        self.authored_table = record_table(
            self.authored, stretch_column=1, sort_column=4, sort_order=Qt.SortOrder.DescendingOrder
        )
        statuses = [term.label(self.context.language) for term in STATUS]
        widths = {0: 150, 2: 110, 3: 120, 4: 100, 5: 110}
        set_column_widths(self.authored_table, widths, {3: statuses})
        layout.addWidget(self.person_label)
        layout.addWidget(self.duplicate_label)
        layout.addWidget(self.authored_table, 1)
        return box

    # ---- loading ------------------------------------------------------------------------------

    def _load_units(self) -> None:
        from db.queries.unit_tree import unit_choices

        with self.context.database.session() as session:
            self.unit.set_units(unit_choices(session, self.context.node.unit_id))

    def refresh(self) -> None:
        from db.queries.people_list import people_list

        database = self.context.database
        search, unit_id = self.search.text(), self.unit.unit_id() or self.context.node.unit_id
        duplicates_only = self.duplicates_only.isChecked()

        def load(_progress):
            with database.session() as session:
                return people_list(session, search, unit_id, duplicates_only)

        run_op(self, load, self._show_people, key="people")

    def _show_people(self, found) -> None:
        chosen = self.selected()
        self.model.set_rows(found.rows)
        header = self.table.horizontalHeader()
        section, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        if section > 0 or (section == 0 and order == Qt.SortOrder.DescendingOrder):
            self.model.sort(section, order)  # by name A-Z the rows come so (people.name_key)
        self._show_count(len(found.rows), found.total)
        self._reselect(chosen.id if chosen else None)

    def _show_count(self, shown: int, total: int) -> None:
        if total == 0 and self.duplicates_only.isChecked() and not self.search.text().strip():
            text = self.tr("Không có tác giả nào có thể trùng.")
        elif total == 0 and not self.search.text().strip():
            # an empty list says how a person gets into it
            text = self.tr(
                "Chưa có tác giả nào. Bấm «Thêm tác giả…», hoặc thêm tác giả ngay trong mẫu "
                "sáng kiến."
            )
        elif total == 0:
            text = self.tr("Không tìm thấy tác giả nào.")
        elif shown < total:
            text = self.tr("%1 tác giả (hiện %2 người đầu; hãy tìm để thu hẹp).")
            text = arg(text, format_number(total), format_number(shown))
        else:
            text = counted(self.tr("%Ln tác giả.", "", total), total)
        self.count_label.setText(text)

    def _reselect(self, person_id: str | None) -> None:
        for row, person in enumerate(self.model.rows):
            if person.id == person_id:
                self.table.selectRow(row)
                return
        self._selection_changed()

    # ---- the selected person ------------------------------------------------------------------

    def selected(self):
        return selected_row_object(self.table, ROW_ROLE)

    def _selection_changed(self, *_args) -> None:
        person = self.selected()
        self.edit_button.setEnabled(person is not None)
        if person is None:
            self.person_label.setText(
                self.tr("Chọn một tác giả để xem các sáng kiến của người đó.")
            )
            self.duplicate_label.hide()
            self.authored.set_rows([])
            return
        self._show_person(person)

    def _show_person(self, person) -> None:
        from db.queries.people_list import initiatives_of_person, look_alikes

        with self.context.database.session() as session:
            rows = initiatives_of_person(session, person.id)
            alikes = look_alikes(session, person.full_name, person.birth_date, person.id)
        text = self.tr("Sáng kiến của %1 (%2)")
        self.person_label.setText(arg(text, person.full_name, format_number(len(rows))))
        self.authored.set_rows(rows)
        self.duplicate_label.setVisible(bool(alikes))
        if alikes:
            others = "; ".join(
                ", ".join(p for p in (a.full_name, format_date(a.birth_date), a.unit_code) if p)
                for a in alikes
            )
            text = self.tr("Có thể trùng với: %1 (cùng họ tên và ngày sinh).")
            self.duplicate_label.setText(arg(text, others))

    # ---- actions ------------------------------------------------------------------------------

    def add_person(self) -> None:
        from desktop.dialogs.person_dialog import PersonDialog

        PersonDialog(self.context, None, self).exec()

    def edit_selected(self, *_args) -> None:
        from desktop.dialogs.person_dialog import PersonDialog

        person = self.selected()
        if person is not None:
            PersonDialog(self.context, person.id, self).exec()

    # ---- remembered ---------------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = self.context.settings
        restore_header(self.table, settings, "pages/people/header")
        splitter = settings.value("pages/people/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        save_header(self.table, self.context.settings, "pages/people/header")
        self.context.settings.setValue("pages/people/splitter", self.splitter.saveState())
