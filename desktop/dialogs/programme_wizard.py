"""A new programme (phong trào thi đua) in three steps, at the root or at a union: its name and
window, its phases, and the targets of the units below (typed, copied from an earlier programme
scaled by a factor, or pasted as a column from Excel). Finish writes it all in one transaction
(db.queries.programmes.add_programme); a mistake is shown and nothing is written. The next
package down carries it to every site.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from db.queries.programmes import PhaseDraft, ProgrammeDraft
from db.validation import ValidationFailed
from desktop.formatting import format_number
from desktop.messages import arg
from desktop.page_context import PageContext
from desktop.widgets.date_edit import DateEdit
from desktop.widgets.error_text import error_text

PHASE_COLUMNS = 4  # code, name, from, to


def _message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.hide()
    return label


def _parse_day(text: str) -> dt.date | None:
    for form in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text.strip(), form).date()
        except ValueError:
            continue
    return None


class IdentityPage(QWizardPage):
    """Code, name, window, what it counts and the certificate's wording."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Chương trình mới: tên và thời gian"))
        self.setSubTitle(
            self.tr("Sáng kiến đăng ký trong thời gian này, của các đơn vị thuộc %1, được tính.")
        )
        form = QFormLayout(self)
        self.code = QLineEdit()
        self.code.setPlaceholderText("NLD-2025")
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Sáng kiến vì người lao động 2025–2027"))
        self.starts = DateEdit()
        self.ends = DateEdit()
        today = dt.date.today()
        self.starts.set_value(dt.date(today.year + 1, 1, 1))
        self.ends.set_value(dt.date(today.year + 3, 12, 31))
        self.counts = QComboBox()
        self.counts.addItem(self.tr("Sáng kiến đã đăng ký"), "registered")
        self.counts.addItem(self.tr("Sáng kiến được công nhận"), "recognised")
        self.wording = QLineEdit()
        self.wording.setPlaceholderText(self.tr("(như tên chương trình)"))
        form.addRow(self.tr("Mã chương trình:"), self.code)
        form.addRow(self.tr("Tên:"), self.name)
        form.addRow(self.tr("Từ ngày:"), self.starts)
        form.addRow(self.tr("Đến ngày:"), self.ends)
        form.addRow(self.tr("Tính:"), self.counts)
        form.addRow(self.tr("Giấy chứng nhận ghi:"), self.wording)
        self.message = _message_label()
        form.addRow(self.message)

    def validatePage(self) -> bool:
        problems = []
        if not self.code.text().strip() or not self.name.text().strip():
            problems.append(self.tr("Hãy nhập mã và tên chương trình."))
        starts, ends = self.starts.value(), self.ends.value()
        if starts is None or ends is None or ends < starts:
            problems.append(self.tr("Ngày kết thúc phải sau ngày bắt đầu."))
        self.message.setText(" ".join(problems))
        self.message.setVisible(bool(problems))
        return not problems


class PhasesPage(QWizardPage):
    """The phases: code, name and dates, one a row (one phase for the whole window to start)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Các giai đoạn"))
        self.setSubTitle(
            self.tr("Các giai đoạn nằm trong thời gian của chương trình và không chồng lên nhau.")
        )
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, PHASE_COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Mã"), self.tr("Tên"), self.tr("Từ ngày"), self.tr("Đến ngày")]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Thêm giai đoạn"))
        add.clicked.connect(lambda: self.add_phase())
        by_year = QPushButton(self.tr("Mỗi năm một giai đoạn"))
        by_year.clicked.connect(self.phase_per_year)
        remove = QPushButton(self.tr("Xóa giai đoạn"))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        for button in (add, by_year, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = _message_label()
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        if self.table.rowCount() == 0:
            identity = self.wizard().identity
            self.add_phase(identity.starts.value(), identity.ends.value())

    def add_phase(self, starts: dt.date | None = None, ends: dt.date | None = None) -> None:
        code = self.wizard().identity.code.text().strip().upper()
        number = self.table.rowCount() + 1
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = (
            f"{code}-{number}"[:16],
            arg(self.tr("Giai đoạn %1"), str(number)),
            starts.strftime("%d/%m/%Y") if starts else "",
            ends.strftime("%d/%m/%Y") if ends else "",
        )
        for column, value in enumerate(values):
            self.table.setItem(row, column, QTableWidgetItem(value))

    def phase_per_year(self) -> None:
        identity = self.wizard().identity
        starts, ends = identity.starts.value(), identity.ends.value()
        if starts is None or ends is None:
            return
        self.table.setRowCount(0)
        for year in range(starts.year, ends.year + 1):
            self.add_phase(max(starts, dt.date(year, 1, 1)), min(ends, dt.date(year, 12, 31)))

    def phases(self) -> list[PhaseDraft]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text().strip() if item else ""

        return [
            PhaseDraft(
                text(row, 0).upper(),
                text(row, 1),
                _parse_day(text(row, 2)),
                _parse_day(text(row, 3)),
            )
            for row in range(self.table.rowCount())
        ]

    def validatePage(self) -> bool:
        phases = self.phases()
        bad = not phases or any(p.starts_on is None or p.ends_on is None for p in phases)
        self.message.setText(
            self.tr("Mỗi giai đoạn cần ngày bắt đầu và kết thúc dạng dd/mm/yyyy.") if bad else ""
        )
        self.message.setVisible(bad)
        return not bad


class TargetsPage(QWizardPage):
    """A target per unit below and per phase: typed, copied and scaled, or pasted from Excel."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setTitle(self.tr("Chỉ tiêu của các đơn vị"))
        self.setSubTitle(
            self.tr(
                "Gõ chỉ tiêu, sao chép từ chương trình trước nhân với một hệ số, hoặc dán một "
                "cột từ Excel vào cột đang chọn."
            )
        )
        layout = QVBoxLayout(self)
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Sao chép từ:")))
        self.source = QComboBox()
        tools.addWidget(self.source)
        tools.addWidget(QLabel(self.tr("× hệ số")))
        self.factor = QDoubleSpinBox()
        self.factor.setRange(0.0, 100.0)
        self.factor.setDecimals(2)
        self.factor.setSingleStep(0.1)
        self.factor.setValue(1.0)
        tools.addWidget(self.factor)
        copy = QPushButton(self.tr("Sao chép"))
        copy.clicked.connect(self.copy_scaled)
        tools.addWidget(copy)
        paste = QPushButton(self.tr("Dán cột từ Excel"))
        paste.clicked.connect(lambda: self.paste_column(QGuiApplication.clipboard().text()))
        tools.addWidget(paste)
        tools.addStretch(1)
        layout.addLayout(tools)
        self.table = QTableWidget()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemChanged.connect(self._show_total)
        layout.addWidget(self.table, 1)
        self.total = QLabel()
        layout.addWidget(self.total)
        self.message = _message_label()
        layout.addWidget(self.message)
        self.units: list[tuple[str, str]] = []
        self.phases: list[PhaseDraft] = []

    def initializePage(self) -> None:
        from db.queries.programmes import live_programmes, target_units

        with self.context.database.session() as session:
            self.units = target_units(session, self.context.node.unit_id)
            sources = [(p.code, p.name) for p in live_programmes(session)]
        self.source.clear()
        for code, name in reversed(sources):
            self.source.addItem(f"{code} — {name.split(' – ')[0]}", code)
        self.phases = self.wizard().phases_page.phases()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.units))
        self.table.setColumnCount(1 + len(self.phases))
        self.table.setHorizontalHeaderLabels([self.tr("Đơn vị")] + [p.code for p in self.phases])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, (code, name) in enumerate(self.units):
            label = QTableWidgetItem(f"{code} — {name}")
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, label)
            for column in range(1, 1 + len(self.phases)):
                if self.table.item(row, column) is None:
                    cell = QTableWidgetItem("")
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                    self.table.setItem(row, column, cell)
        self.table.blockSignals(False)
        self._show_total()

    def copy_scaled(self) -> None:
        """Each unit's whole target in the chosen programme × the factor, over the phases in
        proportion to their length."""
        from db.queries.programmes import scaled_targets, split_over_phases

        code = self.source.currentData()
        if not code or not self.phases:
            return
        with self.context.database.session() as session:
            totals = scaled_targets(session, code, self.factor.value())
        for row, (unit_code, _name) in enumerate(self.units):
            parts = split_over_phases(totals.get(unit_code, 0), self.phases)
            for column, phase in enumerate(self.phases, start=1):
                self.table.item(row, column).setText(str(parts[phase.code]))

    def paste_column(self, text: str) -> None:
        """A column copied from Excel, into the current column from the current row down."""
        from db.queries.programmes import parse_pasted_column

        column = max(self.table.currentColumn(), 1)
        first = max(self.table.currentRow(), 0)
        try:
            values = parse_pasted_column(text)
        except ValueError as error:
            self._show_message(error_text(error))
            return
        for offset, value in enumerate(values):
            row = first + offset
            if row < self.table.rowCount() and value is not None:
                self.table.item(row, column).setText(str(value))
        self._show_message("")

    def targets(self) -> dict[str, dict[str, object]]:
        """unit code -> phase code -> the typed value (a number, or the text when it is not)."""
        targets: dict[str, dict[str, object]] = {}
        for row, (unit_code, _name) in enumerate(self.units):
            for column, phase in enumerate(self.phases, start=1):
                item = self.table.item(row, column)
                text = (item.text() if item else "").strip().replace(".", "").replace(",", "")
                if not text:
                    continue
                value: object = int(text) if text.lstrip("-").isdigit() else item.text()
                targets.setdefault(unit_code, {})[phase.code] = value
        return targets

    def _show_total(self, *_args) -> None:
        total = sum(
            v
            for by_phase in self.targets().values()
            for v in by_phase.values()
            if isinstance(v, int)
        )
        self.total.setText(arg(self.tr("Tổng chỉ tiêu: %1"), format_number(total)))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


class ProgrammeWizard(QWizard):
    """`created_code` holds the new programme's code once Finish has written it."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent or context.window)
        self.context = context
        self.created_code: str | None = None
        self.setWindowTitle(self.tr("Chương trình thi đua mới"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Tiếp >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Quay lại"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Tạo chương trình"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Hủy"))
        self.identity = IdentityPage()
        self.identity.setSubTitle(arg(self.identity.subTitle(), context.node.unit_code))
        self.phases_page = PhasesPage()
        self.targets_page = TargetsPage(context)
        for page in (self.identity, self.phases_page, self.targets_page):
            self.addPage(page)
        self.resize(860, 560)

    def draft(self) -> ProgrammeDraft:
        identity = self.identity
        return ProgrammeDraft(
            code=identity.code.text().strip().upper(),
            name=identity.name.text().strip(),
            starts_on=identity.starts.value(),
            ends_on=identity.ends.value(),
            counts=identity.counts.currentData(),
            certificate_wording=identity.wording.text().strip() or None,
            phases=self.phases_page.phases(),
            targets=self.targets_page.targets(),
        )

    def accept(self) -> None:
        """Write the programme; on a mistake say what is wrong and stay open."""
        from db.queries.programmes import add_programme

        draft = self.draft()
        try:
            with self.context.database.transaction() as session:
                add_programme(session, draft, self.context.actor)
        except ValidationFailed as failed:
            lines = failed.messages(self.context.language)
            self.targets_page._show_message("\n".join(lines))
            return
        self.created_code = draft.code
        self.context.records_changed.emit()
        super().accept()
