"""The initiative form: every field of the official registration form (Thông tư 18/2013/TT-BKHCN,
Phụ lục I), grouped as on paper — authors, the initiative, its application and benefit,
confidentiality, recognition — plus the attached scans.

Rules come from db/ (db.validation via db.queries.initiatives): their messages appear beside the
fields they concern. Save writes the whole change (fields, authors, attachments) in one
transaction. The status moves only by the buttons STATUS_FLOW allows from the current status."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db import vocab
from db.messages import message_of
from db.money import currency_named, plain
from db.queries.attachments import attach_file, remove_attachment
from db.queries.browse import filter_choices
from db.queries.edit_check import seen_version
from db.queries.initiatives import (
    delete_initiative,
    initiative_detail,
    register_initiative,
    update_initiative,
)
from db.queries.programme_overrides import programmes_of
from db.session import STORAGE_ERRORS
from db.validation import (
    INITIAL_STATUSES,
    Problem,
    ValidationFailed,
    author_problems,
    fraction_problems,
    initiative_problems,
    shares_must_be_whole,
)
from db.vocab import (
    CURRENCY,
    GRADE,
    REVIEW_LEVEL,
    REVIEW_OUTCOME,
    STATUS,
    STATUS_FLOW,
)
from desktop.collation import sort_vi
from desktop.dialogs.attachments_widget import AttachmentsWidget
from desktop.dialogs.authors_editor import AuthorRow, AuthorsEditor
from desktop.dialogs.initiative_fields import (
    CHECK,
    CHOICE,
    DATE,
    FIELD_CHOICE,
    FIELDS,
    LINE,
    MONEY,
    TABS,
    TEXT,
    UNIT,
    WHOLE,
    FormField,
    Row,
    Tab,
    lines_of,
    tab_of_problems,
    typed_fields,
)
from desktop.dialogs.initiative_fields import (
    CURRENCY as CURRENCY_KIND,
)
from desktop.dialogs.paper_saving import add_form_button
from desktop.dialogs.similar_initiatives import SimilarInitiatives
from desktop.formatting import format_date, format_number, parse_amount, phase_name
from desktop.messages import arg
from desktop.page_context import PageContext
from desktop.widgets.date_edit import DateEdit, date_problems
from desktop.widgets.error_text import error_text
from desktop.widgets.screen_fit import fit_remembered, remember_geometry
from desktop.widgets.unit_combo import UnitTreeCombo
from desktop.widgets.whole_number import WholeNumberEdit

_T = "InitiativeForm"
LIVE_CHECK_MS = 300
ENTRY_WIDGETS = (QLineEdit, QComboBox, QAbstractSpinBox, QCheckBox)  # Enter moves on from these
GEOMETRY_KEY = "form/geometry"  # the form's size and place, as the clerk last left it
WATCHED = {  # the signal of each kind of widget that says the person changed it
    QLineEdit: "textChanged",
    QPlainTextEdit: "textChanged",
    QComboBox: "currentIndexChanged",
    UnitTreeCombo: "unit_changed",
    DateEdit: "dateChanged",
    QCheckBox: "toggled",
    WholeNumberEdit: "numberChanged",
}


def benefit_problem(code: str) -> Problem:
    """What is wrong with a benefit value as typed (the form's own reading of the text)."""
    texts = {
        "unreadable": (
            "Không đọc được giá trị làm lợi. Gõ số, ví dụ 1.250.000.000 hoặc 1,25 tỷ.",
            "The benefit value cannot be read. Type a number, e.g. 1,250,000,000 or 1.25 billion.",
        ),
        "negative": (
            "Giá trị làm lợi không được âm: hãy gõ số tiền làm lợi, không có dấu trừ.",
            "Benefit value cannot be negative: type the amount saved, without a minus sign.",
        ),
    }
    vi, en = texts[code]
    return Problem("benefit_value", code, vi, en)


class InitiativeForm(QDialog):
    saved = Signal(str)  # the initiative's id, after each successful save
    TABS = TABS  # the form is laid out, loaded, read and marked from these two lists
    FIELDS = FIELDS

    @classmethod
    def open_new(
        cls, context: PageContext, parent=None, unit_id: str | None = None
    ) -> InitiativeForm:
        form = cls(context, None, parent, unit_id=unit_id)
        form.open()
        return form

    @classmethod
    def open_existing(cls, context: PageContext, initiative_id: str, parent=None) -> InitiativeForm:
        form = cls(context, initiative_id, parent)
        form.open()
        return form

    def __init__(
        self, context: PageContext, initiative_id: str | None = None, parent=None, unit_id=None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.initiative_id = initiative_id
        self.seen: str | None = None  # the version loaded: a colleague's later change is refused
        self._saved_version: str | None = None
        self._loaded: dict = {}  # the fields as loaded: only those changed since are saved
        self.status = "draft"
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._dirty = False
        self._loading = True
        self._tried_save = False
        self._live_timer = QTimer(self, singleShot=True, interval=LIVE_CHECK_MS)
        self._live_timer.timeout.connect(self.check_live)
        self._load_choices()
        self._build()
        if initiative_id:
            self._load(initiative_id)
        else:
            self._start_new(unit_id or context.node.unit_id)
        self._loading = False
        self._update_buttons()

    # ---- building the form --------------------------------------------------------------------

    def _load_choices(self) -> None:
        with self.context.database.session() as session:
            self.choices = filter_choices(session)
        self.unit_names = {unit.id: unit.name for unit in self.choices.units}

    def _build(self) -> None:
        # the similar-initiatives list beside; fits 1366×728; then as the clerk left it
        fit_remembered(self, self.context.settings, GEOMETRY_KEY, 1280, 640)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        for tab in self.TABS:
            self.tabs.addTab(self._tab_page(tab), QCoreApplication.translate(_T, tab.title))
        self._tab_titles = [self.tabs.tabText(i) for i in range(self.tabs.count())]
        self._tab_of = tab_of_problems(self.TABS, self.FIELDS)
        row = QHBoxLayout()
        row.addWidget(self.tabs, 3)
        row.addWidget(self._similar_panel(), 1)
        layout.addLayout(row, 1)
        self.general_error = self._error_label("general")
        layout.addWidget(self.general_error)
        layout.addLayout(self._button_row())
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_and_close)
        QShortcut(QKeySequence.StandardKey.HelpContents, self, activated=self.show_help)

    def _tab_page(self, tab: Tab) -> QWidget:
        """A tab: its own widget (authors, attachments), or its fields and rows in list order."""
        if tab.page is not None:
            return {"authors": self._authors_tab, "attachments": self._attachments_tab}[tab.page]()
        page, form = self._form_page()
        for line in lines_of(tab, self.FIELDS):
            if isinstance(line, Row):
                self._row_makers()[line.name](form, QCoreApplication.translate(_T, line.label))
            else:
                self._field(form, line[0], line[1:])
        return page

    def _similar_panel(self) -> SimilarInitiatives:
        """Issue 14: initiatives like this one, as the title and essence are typed."""
        self.similar = SimilarInitiatives(self.context.database, self.initiative_id)
        self.similar.open_requested.connect(self._open_similar)
        self.fields["title"].textChanged.connect(self._look_for_similar)
        self.fields["essence"].textChanged.connect(self._look_for_similar)
        return self.similar

    def _look_for_similar(self, *_args) -> None:
        self.similar.lookup(self.fields["title"].text(), self.fields["essence"].toPlainText())

    def _open_similar(self, initiative_id: str) -> None:
        InitiativeForm.open_existing(self.context, initiative_id, self)

    def _error_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{name}")
        label.setWordWrap(True)
        label.setStyleSheet("color: #c62828;")
        label.hide()
        self.errors[name] = label
        return label

    def _field(self, form: QFormLayout, spec: FormField, beside: tuple[FormField, ...]) -> None:
        """A labelled field (with any declared beside it) and its message line underneath."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        widgets = [self._make(each) for each in (spec, *beside)]
        if beside:
            line = QHBoxLayout()
            line.setContentsMargins(0, 0, 0, 0)
            for place, widget in enumerate(widgets):
                line.addWidget(widget, 2 if place == 0 else 1)
            column.addLayout(line)
        else:
            column.addWidget(widgets[0])
        for each in (spec, *beside):
            column.addWidget(self._error_label(each.name))
        # as tall as its field and message, never more: a text box stays beside its label
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        label = QCoreApplication.translate(_T, spec.label) if spec.label else ""
        form.addRow(label, box)

    def _make(self, spec: FormField) -> QWidget:
        widget = self._widget_makers()[spec.kind](spec)
        self.fields[spec.name] = widget
        self._watch(widget)
        return widget

    def _watch(self, widget: QWidget) -> None:
        for kind, name in WATCHED.items():
            if type(widget) is kind:
                getattr(widget, name).connect(self._edited)

    # ---- the kinds of field: make, load, read -------------------------------------------------

    def _widget_makers(self) -> dict:
        """How each kind of field (initiative_fields.py) is made."""
        return {
            LINE: self._make_line,
            TEXT: self._make_text,
            DATE: self._make_date,
            UNIT: self._make_unit,
            CHOICE: self._make_choice,
            FIELD_CHOICE: self._make_field_choice,
            CHECK: self._make_check,
            MONEY: self._make_money,
            CURRENCY_KIND: self._make_currency,
            WHOLE: self._make_whole,
        }

    def _row_makers(self) -> dict:
        """The rows of the form that show something but are not typed (initiative_fields.Row)."""
        return {
            "phase": self._phase_row,
            "programmes": self._programmes_row,
            "secret_note": self._secret_note_row,
            "status": self._status_row,
            "reviews": self._reviews_row,
            "certificates": self._certificates_row,
        }

    def _make_line(self, spec: FormField) -> QLineEdit:
        edit = QLineEdit()
        if spec.hint:
            edit.setPlaceholderText(QCoreApplication.translate(_T, spec.hint))
        return edit

    def _make_text(self, spec: FormField) -> QPlainTextEdit:
        return self._text(spec.lines)

    def _make_date(self, spec: FormField) -> DateEdit:
        return DateEdit(QCoreApplication.translate(_T, spec.hint))

    def _make_unit(self, _spec: FormField) -> UnitTreeCombo:
        unit = UnitTreeCombo()
        unit.set_units(self.choices.units)
        return unit

    def _make_choice(self, spec: FormField) -> QComboBox:
        return self._vocab_combo(getattr(vocab, spec.vocabulary))

    def _make_field_choice(self, _spec: FormField) -> QComboBox:
        fields = QComboBox()
        fields.addItem(self.tr("(chưa chọn)"), None)
        for choice in sort_vi(self.choices.fields, lambda f: f.name):
            fields.addItem(choice.name, choice.id)
        return fields

    def _make_check(self, spec: FormField) -> QCheckBox:
        return QCheckBox(QCoreApplication.translate(_T, spec.hint))

    def _make_money(self, _spec: FormField) -> QLineEdit:
        value = QLineEdit()
        value.setPlaceholderText(self.tr("ví dụ 1.250.000.000"))
        value.setAlignment(Qt.AlignmentFlag.AlignRight)
        value.setToolTip(self.tr("Ví dụ: 1.250.000.000 hoặc 1,25 tỷ; 500 triệu; 12.345,67 USD"))
        value.editingFinished.connect(self._tidy_benefit)
        return value

    def _make_currency(self, _spec: FormField) -> QComboBox:
        currency = QComboBox()
        for term in CURRENCY:
            currency.addItem(f"{term.code} — {term.label(self.context.language)}", term.code)
        return currency

    def _make_whole(self, _spec: FormField) -> WholeNumberEdit:
        return WholeNumberEdit()

    def _load_field(self, spec: FormField, value) -> None:
        widget = self.fields[spec.name]
        if spec.kind in (LINE, TEXT):
            self._set_text(spec.name, value or "")
        elif spec.kind == DATE:
            widget.set_value(value)
        elif spec.kind == UNIT:
            widget.set_unit(value)
        elif spec.kind in (CHOICE, FIELD_CHOICE, CURRENCY_KIND):
            self._set_combo(spec.name, value or ("VND" if spec.kind == CURRENCY_KIND else None))
        elif spec.kind == CHECK:
            widget.setChecked(bool(value))
        elif spec.kind == MONEY:
            widget.setText(format_number(value))
        elif spec.kind == WHOLE:
            widget.set_number(value)

    def _read_field(self, spec: FormField):
        widget = self.fields[spec.name]
        if spec.kind in (LINE, TEXT):
            return self._text_of(spec.name)
        if spec.kind == DATE:
            return widget.value()
        if spec.kind == UNIT:
            return widget.unit_id()
        if spec.kind in (CHOICE, FIELD_CHOICE, CURRENCY_KIND):
            return widget.currentData()
        if spec.kind == CHECK:
            return widget.isChecked()
        if spec.kind == WHOLE:
            return widget.number()
        return self.benefit_amount()[0]  # MONEY

    def _text(self, lines: int = 4) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
        return edit

    def _form_page(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget()
        column = QVBoxLayout(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        column.addLayout(form)
        column.addStretch(1)  # rows at their own height from the top, the room left below
        return page, form

    def _authors_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Tác giả hoặc nhóm tác giả đề nghị công nhận sáng kiến (tổng tỷ lệ đóng góp 100%):"
            )
        )
        intro.setWordWrap(True)
        self.authors = AuthorsEditor(self.context.database, self.unit_names)
        self.authors.changed.connect(self._edited)
        layout.addWidget(intro)
        layout.addWidget(self.authors, 1)
        layout.addWidget(self._error_label("authors"))
        return page

    def _phase_row(self, form: QFormLayout, label: str) -> None:
        self.phase_label = QLabel()
        form.addRow(label, self.phase_label)

    def _programmes_row(self, form: QFormLayout, label: str) -> None:
        self.programmes_label = QLabel()  # read-only: `sangkien programme include|exclude`
        self.programmes_label.setWordWrap(True)
        self.programmes_label.setToolTip(
            self.tr(
                "Sáng kiến được tính cho mọi chương trình có thời gian và đơn vị bao gồm nó. "
                "Đơn vị sở hữu chương trình (hoặc cấp trên) có thể tính thêm hoặc bỏ ra."
            )
        )
        form.addRow(label, self.programmes_label)

    def _vocab_combo(self, vocabulary, empty: str | None = None) -> QComboBox:
        combo = QComboBox()
        if empty is not None:
            combo.addItem(empty, None)
        for term in vocabulary:
            combo.addItem(term.label(self.context.language), term.code)
        return combo

    def _secret_note_row(self, form: QFormLayout, label: str) -> None:
        note = QLabel(
            self.tr(
                "Khi đánh dấu, chỉ tên, tóm tắt và kết quả công nhận được gửi lên cấp trên; mô tả chi tiết ở lại đơn vị."
            )
        )
        note.setWordWrap(True)
        form.addRow(label, note)

    def _status_row(self, form: QFormLayout, label: str) -> None:
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setStyleSheet("font-weight: bold;")
        self.status_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        form.addRow(label, self.status_label)
        self.status_buttons = QHBoxLayout()
        self.status_buttons.setContentsMargins(0, 0, 0, 0)
        holder = QWidget()
        holder.setLayout(self.status_buttons)
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        form.addRow(self.tr("Chuyển sang:"), holder)
        form.addRow("", self._error_label("status"))

    def _reviews_row(self, form: QFormLayout, label: str) -> None:
        self.reviews = self._small_table(
            [
                self.tr("Cấp xét duyệt"),
                self.tr("Ngày họp xét"),
                self.tr("Tổng điểm"),
                self.tr("Xếp loại"),
                self.tr("Kết quả"),
                self.tr("Quyết định"),
            ]
        )
        form.addRow(label, self.reviews)

    def _certificates_row(self, form: QFormLayout, label: str) -> None:
        self.certificates = self._small_table(
            [self.tr("Số chứng nhận"), self.tr("Ngày cấp"), self.tr("Người ký")]
        )
        form.addRow(label, self.certificates)

    def _small_table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.setMaximumHeight(130)
        return table

    def _attachments_tab(self) -> QWidget:
        self.attachments = AttachmentsWidget(self.context.database, self.context.settings)
        self.attachments.changed.connect(self._edited)
        self.errors["file"] = self.errors["file_name"] = self.attachments.message
        return self.attachments

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("Xóa sáng kiến…"))
        self.delete_button.clicked.connect(self.delete)
        self.save_button = QPushButton(self.tr("Lưu"))
        self.save_button.setObjectName("save")
        self.save_button.setToolTip(self.tr("Lưu mọi thay đổi (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_and_close)
        self.close_button = QPushButton(self.tr("Đóng"))
        self.close_button.clicked.connect(self.reject)
        self.history_button = QPushButton(self.tr("Lịch sử thay đổi…"))
        self.history_button.setObjectName("history")
        self.history_button.setToolTip(self.tr("Ai đã sửa gì, khi nào (nhật ký thay đổi)"))
        self.history_button.clicked.connect(self.show_history)
        row.addWidget(self.delete_button)
        row.addWidget(self.history_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        self.print_button = add_form_button(self, row)
        return row

    # ---- filling it ---------------------------------------------------------------------------

    def _start_new(self, unit_id: str | None) -> None:
        self.setWindowTitle(self.tr("Sáng kiến mới"))
        self.fields["unit_id"].set_unit(unit_id)
        self.fields["registered_on"].set_value(dt.date.today())  # registered the day it is typed
        self.authors.default_unit_id = unit_id
        self.phase_label.setText(self.tr("xác định theo ngày đăng ký khi lưu"))
        self.programmes_label.setText(self.tr("xác định theo ngày đăng ký khi lưu"))
        self.delete_button.hide()
        self.history_button.hide()  # nothing to show before the first save
        self._show_status()

    def _load(self, initiative_id: str) -> None:
        self.delete_button.show()
        self.history_button.show()
        with self.context.database.session() as session:
            detail = initiative_detail(session, initiative_id)
            programmes = programmes_of(session, detail.initiative)
        initiative = detail.initiative
        self.seen = seen_version(initiative)
        self.status = initiative.status
        self.setWindowTitle(arg(self.tr("Sáng kiến %1"), initiative.reg_no))
        for spec in typed_fields(self.FIELDS):
            self._load_field(spec, getattr(initiative, spec.name))
        self.authors.default_unit_id = initiative.unit_id
        self.phase_label.setText(
            phase_name(detail.phase.code, detail.phase.name)
            if detail.phase
            else self.tr("(ngoài các giai đoạn)")
        )
        self._show_programmes(programmes)
        self.authors.set_authors(
            [
                AuthorRow.of_person(
                    a.person, a.share, self.unit_names.get(a.person.unit_id or "", "")
                )
                for a in detail.authors
            ]
        )
        self.attachments.set_attachments(detail.attachments)
        self._show_reviews(detail.reviews)
        self._show_certificates(detail.certificates)
        self._show_status()
        self._loaded = self.values()

    def _show_programmes(self, programmes) -> None:
        """The programmes the initiative counts toward; one an override counts in is marked."""
        exception = self.tr("(ngoại lệ)")
        names = [f"{p.code} {exception}" if p.overridden else p.code for p in programmes]
        self.programmes_label.setText(", ".join(names) or self.tr("(không chương trình nào)"))

    def _set_text(self, name: str, text: str) -> None:
        widget = self.fields[name]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)
            return
        widget.setText(text)
        widget.setCursorPosition(0)  # a long title opens at its start, not its last words

    def _set_combo(self, name: str, value) -> None:
        combo: QComboBox = self.fields[name]
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def _show_reviews(self, reviews) -> None:
        language = self.context.language
        self.reviews.setRowCount(0)
        for review in reviews:
            decision = " — ".join(
                x for x in (review.decision_no or "", format_date(review.decision_date)) if x
            )
            cells = (
                REVIEW_LEVEL.label(review.level, language),
                format_date(review.reviewed_on),
                "" if review.total is None else str(review.total),
                GRADE.label(review.grade, language) if review.grade else "",
                REVIEW_OUTCOME.label(review.outcome, language) if review.outcome else "",
                decision,
            )
            self._add_cells(self.reviews, cells)

    def _show_certificates(self, certificates) -> None:
        self.certificates.setRowCount(0)
        for certificate in certificates:
            self._add_cells(
                self.certificates,
                (
                    certificate.number,
                    format_date(certificate.issued_on),
                    certificate.signer_name or "",
                ),
            )

    @staticmethod
    def _add_cells(table: QTableWidget, cells) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))

    def _show_status(self) -> None:
        self.status_label.setText(STATUS.label(self.status, self.context.language))
        while self.status_buttons.count():
            item = self.status_buttons.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for status in self.allowed_statuses():
            button = QPushButton(self.action_name(status))
            button.setToolTip(
                self.tr("Chuyển sang trạng thái “%1”").replace(
                    "%1", STATUS.label(status, self.context.language)
                )
            )
            button.setObjectName(f"status_{status}")
            button.clicked.connect(lambda _checked=False, s=status: self.move_to(s))
            self.status_buttons.addWidget(button)
        if not self.allowed_statuses():
            self.status_buttons.addWidget(QLabel(self.tr("(không còn bước nào tiếp theo)")))
        self.status_buttons.addStretch(1)  # the buttons keep their size, on the left

    def action_name(self, status: str) -> str:
        """A status button says what it does ("Nộp"), not where it leads ("Đã nộp")."""
        actions = {
            "draft": self.tr("Trả về bản nháp"),
            "submitted": self.tr("Nộp"),
            "under_review": self.tr("Đưa ra xét"),
            "needs_more": self.tr("Yêu cầu bổ sung"),
            "recognised": self.tr("Công nhận sáng kiến"),
            "not_recognised": self.tr("Không công nhận"),
            "certified": self.tr("Ghi đã cấp chứng nhận"),
            "withdrawn": self.tr("Rút sáng kiến"),
            "duplicate": self.tr("Đánh dấu trùng lặp"),
        }
        return actions.get(status, STATUS.label(status, self.context.language))

    def allowed_statuses(self) -> tuple[str, ...]:
        """The statuses the flow allows from here (a new initiative: only draft or submitted)."""
        allowed = STATUS_FLOW.get(self.status, ())
        if self.initiative_id is None:
            allowed = tuple(s for s in allowed if s in INITIAL_STATUSES)
        return allowed

    # ---- what the person typed ----------------------------------------------------------------

    def values(self) -> dict:
        """The initiative's fields as db.queries.initiatives takes them."""
        return {spec.name: self._read_field(spec) for spec in typed_fields(self.FIELDS)}

    def benefit_amount(self) -> tuple[int | Decimal | None, list[Problem]]:
        """The benefit value typed ("1,5 tỷ", "12.345,67", "12,345.67 USD"), exact, or why it
        cannot be kept (negative; cents in VND; more than two decimals in USD)."""
        try:
            amount = parse_amount(self.fields["benefit_value"].text())
        except ValueError:
            return None, [benefit_problem("unreadable")]
        if amount is None:
            return None, []
        if amount < 0:
            return None, [benefit_problem("negative")]
        currency = self.fields["benefit_currency"].currentData() or "VND"
        problems = fraction_problems(amount, currency)
        return (None, problems) if problems else (plain(amount), [])

    def date_problems(self) -> list[Problem]:
        """A date field whose text is no date (15/4/23: the year's two digits) reads as no date:
        saved so, the date typed would be lost without a word. Each says what to write."""
        dates = {s.name: self.fields[s.name] for s in typed_fields(self.FIELDS) if s.kind == DATE}
        return date_problems(dates)

    def _tidy_benefit(self) -> None:
        """ "12,345.67 USD" picks USD; a readable amount is shown grouped ("12.345,67")."""
        named = currency_named(self.fields["benefit_value"].text())
        if named:
            self._set_combo("benefit_currency", named)
        amount, problems = self.benefit_amount()
        if amount is not None and not problems:
            self.fields["benefit_value"].setText(format_number(amount))

    def _text_of(self, name: str) -> str | None:
        widget = self.fields[name]
        text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
        return text.strip() or None

    def _edited(self, *_args) -> None:
        if self._loading:
            return
        self._dirty = True
        self._update_buttons()
        self._live_timer.start()

    def is_dirty(self) -> bool:
        return self._dirty

    def _update_buttons(self) -> None:
        # Shares that do not add up to 100 block Save (a draft's only on submission); the
        # editor says why, live.
        self.save_button.setEnabled(self._shares_allow(self.status))

    def authors_sum_problems(self, status: str) -> list[Problem]:
        rows = range(self.authors.table.rowCount())
        shares = [(str(row), self.authors.share_box(row).value()) for row in rows]
        return author_problems(shares, status)

    def _shares_allow(self, status: str) -> bool:
        return self.authors.shares_ok() or not shares_must_be_whole(status)

    # ---- messages beside the fields -----------------------------------------------------------

    def check_live(self) -> None:
        """The rules that need no database, as the person types; "required" only after a Save."""
        problems = initiative_problems(self.values()) + self.benefit_amount()[1]
        if not self._tried_save:
            problems = [p for p in problems if p.code != "required"]
        self.show_problems(problems)

    def show_problems(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[str]] = {}
        language = self.context.language
        for problem in problems:
            name = problem.field if problem.field in self.errors else "general"
            by_field.setdefault(name, []).append(problem.message(language))
        for name, label in self.errors.items():
            if name == "file_name":
                continue
            text = "\n".join(by_field.get(name, []))
            label.setText(text)
            label.setVisible(bool(text))
        self._mark_tabs(set(by_field))

    def _mark_tabs(self, names: set[str]) -> None:
        marked = {self._tab_of[n] for n in names if n in self._tab_of}
        for index, title in enumerate(self._tab_titles):
            self.tabs.setTabText(index, f"⚠ {title}" if index in marked else title)
        if marked and self.tabs.currentIndex() not in marked and self._tried_save:
            self.tabs.setCurrentIndex(min(marked))

    def problem_text(self, name: str) -> str:
        label = self.errors[name]
        return label.text() if label.isVisible() or label.text() else ""

    # ---- saving -------------------------------------------------------------------------------

    def save(self, status: str | None = None) -> bool:
        """Write everything in one transaction; False (with the messages shown) if refused."""
        self._tried_save = True
        if not self._shares_allow(status or self.status):
            self.show_problems(self.authors_sum_problems(status or self.status))
            self.tabs.setCurrentIndex(self._tab_of["authors"])
            return False
        if self.benefit_amount()[1]:
            self.show_problems(self.benefit_amount()[1])
            return False
        if self.date_problems():
            self.show_problems(self.date_problems())
            return False
        try:
            authors = self.authors.shares()
        except ValueError as error:
            said = message_of(error)
            problem = (
                Problem.said("authors", "birth_date", said)
                if said is not None
                else Problem("authors", "birth_date", str(error), str(error))
            )
            self.show_problems([problem])
            return False
        was_new = self.initiative_id is None
        try:
            with self.context.database.transaction() as session:
                self.initiative_id = self._write(session, authors, status)
        except ValidationFailed as failed:
            self.show_problems(failed.problems)
            return False
        except (OSError, *STORAGE_ERRORS) as error:
            QMessageBox.warning(self, self.tr("Không lưu được"), error_text(error))
            return False
        self.seen = self._saved_version
        self._loaded = self.values()
        if was_new:  # show the number it was given; a second save edits it
            self._loading = True
            self._load(self.initiative_id)
            self._loading = False
        self._saved()
        return True

    def _write(self, session, authors, status: str | None) -> str:
        actor = self.context.actor
        values = self.values()
        if self.initiative_id is not None:  # a colleague may have saved other fields meanwhile
            values = {
                k: v for k, v in values.items() if k not in self._loaded or self._loaded[k] != v
            }
        if status:
            values["status"] = status
        if self.initiative_id is None:
            initiative = register_initiative(session, values, authors, actor)
        else:
            initiative = update_initiative(
                session, self.initiative_id, values, authors, actor, seen=self.seen
            )
        for path in self.attachments.pending_files():
            attach_file(session, initiative.id, path, actor=actor)
        for attachment_id in self.attachments.removed:
            remove_attachment(session, attachment_id, actor)
        self._saved_version = seen_version(initiative)  # this clerk's own save is not a clash
        return initiative.id

    def _saved(self) -> None:
        self._dirty = False
        self.show_problems([])
        self.context.records_changed.emit()
        self.saved.emit(self.initiative_id)

    def save_and_close(self) -> None:
        if not self.save_button.isEnabled():
            self.save()  # shows why
            return
        if self.save():
            self.accept()

    def move_to(self, status: str) -> bool:
        """A status button: save everything with the new status, stay in the form."""
        label = STATUS.label(status, self.context.language)
        question = arg(self.tr("Chuyển sáng kiến sang trạng thái “%1”?"), label)
        if self.ask(question) != QMessageBox.StandardButton.Yes:
            return False
        if not self.save(status):
            return False
        self._loading = True
        self._load(self.initiative_id)
        self._loading = False
        return True

    def ask(self, question: str) -> QMessageBox.StandardButton:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        return QMessageBox.question(self, self.windowTitle(), question, buttons)

    def show_help(self) -> None:
        from desktop.dialogs.help_window import show_guide

        self.help_window = show_guide(self.context.language, "initiativespage", self)

    def show_history(self) -> None:
        from desktop.dialogs.audit_dialog import show_history

        if self.initiative_id:
            self.history_window = show_history(
                self.context, self.initiative_id, self.windowTitle(), self
            )

    def delete(self) -> None:
        question = self.tr("Xóa sáng kiến này? Dữ liệu vẫn được giữ lại và có thể khôi phục.")
        if self.initiative_id is None or self.ask(question) != QMessageBox.StandardButton.Yes:
            return
        with self.context.database.transaction() as session:
            delete_initiative(session, self.initiative_id, self.context.actor)
        self._dirty = False
        self.context.records_changed.emit()
        self.accept()

    # ---- closing ------------------------------------------------------------------------------

    def reject(self) -> None:
        if self._dirty and not self._may_close():
            return
        self._dirty = False
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a one-line field goes on to the next field, as on the paper form: it saved
        a half-typed draft and closed the form. Ctrl+S or Lưu saves."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and isinstance(self.focusWidget(), ENTRY_WIDGETS):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        remember_geometry(self, self.context.settings, GEOMETRY_KEY)
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty and not self._may_close():
            event.ignore()
            return
        self._dirty = False
        super().closeEvent(event)

    def _may_close(self) -> bool:
        """Unsaved changes: save them, throw them away, or stay."""
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        buttons = QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
        buttons |= QMessageBox.StandardButton.Cancel
        text = QCoreApplication.translate(
            "InitiativeForm", "Sáng kiến có thay đổi chưa lưu. Lưu lại trước khi đóng?"
        )
        return QMessageBox.question(
            self, self.windowTitle(), text, buttons, QMessageBox.StandardButton.Save
        )
