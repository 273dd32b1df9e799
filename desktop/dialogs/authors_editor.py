"""The authors of an initiative, as on the paper form: name, birth date, workplace, job title,
qualification and contribution in percent. Pick a person already in the register (found by a
folded search: "nguyen van an" finds "Nguyễn Văn An") or type a new one; the shares' total is
shown live and must be 100."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.dates import read_date
from db.queries.initiatives import AuthorShare
from db.queries.people import find_people
from db.session import Database
from desktop.formatting import format_date
from desktop.messages import arg
from desktop.widgets.screen_fit import fit_to_screen
from desktop.widgets.tables import set_column_widths


@dataclass(frozen=True)
class AuthorRow:
    """One line of the editor: an existing person (person_id) or a new one (person_id None)."""

    person_id: str | None
    full_name: str = ""
    birth_date: dt.date | None = None
    unit_id: str | None = None
    unit_name: str = ""
    job_title: str = ""
    qualification: str = ""
    share: int = 0

    @classmethod
    def of_person(cls, person, share: int, unit_name: str = "") -> AuthorRow:
        return cls(
            person.id,
            person.full_name,
            person.birth_date,
            person.unit_id,
            unit_name,
            person.job_title or "",
            person.qualification or "",
            share,
        )


_T = "AuthorsEditor"
HEADERS = (
    QT_TRANSLATE_NOOP("AuthorsEditor", "Họ và tên"),
    QT_TRANSLATE_NOOP("AuthorsEditor", "Ngày sinh"),
    QT_TRANSLATE_NOOP("AuthorsEditor", "Nơi công tác"),
    QT_TRANSLATE_NOOP("AuthorsEditor", "Chức danh"),
    QT_TRANSLATE_NOOP("AuthorsEditor", "Trình độ chuyên môn"),
    QT_TRANSLATE_NOOP("AuthorsEditor", "Tỷ lệ đóng góp"),
)
NAME, BIRTH, UNIT, JOB, QUALIFICATION, SHARE = range(6)
# at least these widths (wider when the heading needs it); the workplace stretches
COLUMN_WIDTHS = {NAME: 160, BIRTH: 90, JOB: 150, QUALIFICATION: 160, SHARE: 110}
CELL_MARGINS = 12  # what the style keeps either side of a cell's text, and a little to spare


class AuthorsEditor(QWidget):
    changed = Signal()

    def __init__(self, database: Database, unit_names: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.database = database
        self.unit_names = unit_names
        self.default_unit_id: str | None = None  # a new person works at the initiative's unit
        self._person_ids: list[str | None] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_table(), 1)
        layout.addLayout(self._build_buttons())
        self.total_label = QLabel()
        self.total_label.setObjectName("sharesTotal")
        layout.addWidget(self.total_label)
        self._show_total()

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(0, len(HEADERS))
        table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
        header = table.horizontalHeader()
        # The workplace takes the room left (a union's name is long); the job title and the
        # qualification wrap onto a second line rather than being cut, each row as tall as
        # its longest cell needs (issue: cut short on a 1366×768 laptop).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(UNIT, QHeaderView.ResizeMode.Stretch)
        set_column_widths(table, COLUMN_WIDTHS, {BIRTH: [format_date(dt.date(2000, 12, 28))]})
        table.setWordWrap(True)
        # a column that narrows or widens (the form resized) changes how many lines a cell needs
        header.sectionResized.connect(lambda *_args: self._fit_rows())
        table.itemChanged.connect(lambda _item: self.changed.emit())
        table.itemChanged.connect(lambda _item: self._fit_rows())
        self.table = table
        return table

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # the workplace's column stretches once the table has its new width: fit after that
        QTimer.singleShot(0, self, self._fit_rows)

    def _fit_rows(self) -> None:
        """Each row as tall as its longest cell needs, wrapped at its column's width."""
        table, metrics = self.table, self.table.fontMetrics()
        one_line = metrics.height() + 14
        for row in range(table.rowCount()):
            height = one_line
            for column in range(SHARE):
                item = table.item(row, column)
                if item is None or not item.text():
                    continue
                room = QRect(0, 0, max(1, table.columnWidth(column) - CELL_MARGINS), 10_000)
                lines = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, item.text())
                height = max(height, lines.height() + 14)
            if table.rowHeight(row) != height:
                table.setRowHeight(row, height)

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.pick_button = QPushButton(self.tr("Chọn người đã có…"))
        self.pick_button.clicked.connect(self.pick_person)
        self.new_button = QPushButton(self.tr("Thêm tác giả mới"))
        self.new_button.clicked.connect(
            lambda: self.add_author(AuthorRow(None, unit_id=self.default_unit_id))
        )
        self.remove_button = QPushButton(self.tr("Bỏ tác giả đã chọn"))
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.pick_button, self.new_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    # ---- rows ---------------------------------------------------------------------------------

    def set_authors(self, rows: list[AuthorRow]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self._person_ids = []
        for row in rows:
            self._append(row)
        self.table.blockSignals(False)
        self._show_total()

    def add_author(self, row: AuthorRow) -> None:
        if row.person_id and row.person_id in self._person_ids:
            return  # already an author
        if not row.share:
            row = replace(row, share=max(0, 100 - self.total()))
        self.table.blockSignals(True)
        self._append(row)
        self.table.blockSignals(False)
        self.table.setCurrentCell(self.table.rowCount() - 1, NAME)
        if row.person_id is None:
            self.table.editItem(self.table.item(self.table.rowCount() - 1, NAME))
        self._show_total()
        self.changed.emit()

    def _append(self, row: AuthorRow) -> None:
        index = self.table.rowCount()
        self.table.insertRow(index)
        self._person_ids.append(row.person_id)
        existing = row.person_id is not None
        unit_name = row.unit_name or self.unit_names.get(row.unit_id or "", "")
        texts = (
            row.full_name,
            format_date(row.birth_date),
            unit_name,
            row.job_title,
            row.qualification,
        )
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if column == UNIT:
                item.setToolTip(text)  # not editable here: the whole name, should it be cut
            if existing or column == UNIT:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setData(Qt.ItemDataRole.UserRole, row.unit_id if column == UNIT else None)
            self.table.setItem(index, column, item)
        self.table.setCellWidget(index, SHARE, self._share_box(row.share))
        self._fit_rows()

    def _share_box(self, share: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 100)
        box.setSuffix(" %")
        box.setValue(share)
        box.setAlignment(Qt.AlignmentFlag.AlignRight)
        box.valueChanged.connect(self._share_changed)
        return box

    def _share_changed(self) -> None:
        self._show_total()
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        del self._person_ids[row]
        self._show_total()
        self.changed.emit()

    def share_box(self, row: int) -> QSpinBox:
        return self.table.cellWidget(row, SHARE)

    def set_share(self, row: int, share: int) -> None:
        self.share_box(row).setValue(share)

    def set_cell(self, row: int, column: int, text: str) -> None:
        self.table.item(row, column).setText(text)

    # ---- what the form saves ------------------------------------------------------------------

    def total(self) -> int:
        return sum(self.share_box(row).value() for row in range(self.table.rowCount()))

    def shares_ok(self) -> bool:
        return self.table.rowCount() > 0 and self.total() == 100

    def _show_total(self) -> None:
        total = self.total()
        if self.table.rowCount() == 0:
            text, ok = (
                self.tr("Chưa có tác giả nào — cần ít nhất một tác giả trước khi nộp."),
                False,
            )
        elif total == 100:
            text, ok = self.tr("Tổng: 100% ✓"), True
        else:
            text = self.tr("Tổng: %1% — cần đủ 100% trước khi nộp (bản nháp vẫn lưu được)").replace(
                "%1", str(total)
            )
            ok = False
        self.total_label.setText(text)
        self.total_label.setStyleSheet(
            "color: #2e7d32;" if ok else "color: #c62828; font-weight: bold;"
        )

    def shares(self) -> list[AuthorShare]:
        """The authors as db.queries.initiatives wants them (ValueError for a bad birth date)."""
        return [self._share(row) for row in range(self.table.rowCount())]

    def _share(self, row: int) -> AuthorShare:
        share = self.share_box(row).value()
        person_id = self._person_ids[row]
        if person_id:
            return AuthorShare(person_id=person_id, share=share)
        text = lambda column: self.table.item(row, column).text().strip() or None  # noqa: E731
        try:
            birth = read_date(self.table.item(row, BIRTH).text())
        except ValueError:
            message = QCoreApplication.translate(
                "AuthorsEditor",
                "Ngày sinh của tác giả thứ %1 phải theo dạng ngày/tháng/năm, ví dụ 25/03/1985.",
            )
            raise ValueError(arg(message, row + 1)) from None
        unit_id = self.table.item(row, UNIT).data(Qt.ItemDataRole.UserRole) or self.default_unit_id
        return AuthorShare(
            share=share,
            full_name=text(NAME),
            birth_date=birth,
            unit_id=unit_id,
            job_title=text(JOB),
            qualification=text(QUALIFICATION),
        )

    # ---- picking an existing person -----------------------------------------------------------

    def pick_person(self) -> None:
        picker = PersonPicker(self.database, self.unit_names, self)
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen is not None:
            self.add_author(picker.chosen)


LIST_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class PersonPicker(QDialog):
    """Find a person already in the register by name (folded) or employee number."""

    def __init__(self, database: Database, unit_names: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.database = database
        self.unit_names = unit_names
        self.chosen: AuthorRow | None = None
        self.setWindowTitle(self.tr("Chọn tác giả đã có"))
        fit_to_screen(self, 820, 440)  # a name, a birth date and a long unit name on one line
        self.search = QLineEdit()
        self.search.installEventFilter(self)
        self.search.setPlaceholderText(self.tr("Gõ họ tên hoặc mã nhân viên (không dấu cũng được)"))
        self.results = QListWidget()
        self.hint = QLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._choose_current)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.search, self.results, self.hint, buttons):
            layout.addWidget(widget)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.find)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._choose_current)
        self.results.itemActivated.connect(lambda _item: self._choose_current())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search box move through the people found, as in a completer."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() in LIST_KEYS
        ):
            if self._timer.isActive():
                self._timer.stop()
                self.find()
            QCoreApplication.sendEvent(self.results, event)
            return True
        return super().eventFilter(watched, event)

    def find(self) -> None:
        self.results.clear()
        text = self.search.text().strip()
        if not text:
            self.hint.setText("")
            return
        with self.database.session() as session:
            people = find_people(session, text, limit=50)
        for person in people:
            self.results.addItem(self._item(person))
        if people:
            self.results.setCurrentRow(0)
        self.hint.setText(
            self.tr("Không tìm thấy ai — hãy thêm tác giả mới.") if not people else ""
        )

    def _item(self, person) -> QListWidgetItem:
        details = [format_date(person.birth_date), self.unit_names.get(person.unit_id or "", "")]
        details = [d for d in details if d]
        text = person.full_name + (f"  ({', '.join(details)})" if details else "")
        item = QListWidgetItem(text)
        item.setToolTip(text)
        unit_name = self.unit_names.get(person.unit_id or "", "")
        item.setData(Qt.ItemDataRole.UserRole, AuthorRow.of_person(person, 0, unit_name))
        return item

    def _choose_current(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.find()
        item = self.results.currentItem()
        if item is not None:
            self.chosen = item.data(Qt.ItemDataRole.UserRole)
            self.accept()
