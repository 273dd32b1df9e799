"""Adding or editing an author: name, birth date, workplace, job, qualification, employee number,
union membership; a warning appears as soon as someone with the same name and birth date exists."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db.validation import ValidationFailed
from desktop.formatting import format_date
from desktop.messages import arg
from desktop.page_context import PageContext
from desktop.widgets.date_edit import DateEdit, date_problems
from desktop.widgets.field_messages import FieldMessages, error_label
from desktop.widgets.unit_combo import UnitTreeCombo

CHECK_DELAY_MS = 300
WARNING_STYLE = "color: #8a5300; background: #fff4e0; padding: 6px; border-radius: 4px;"


class PersonDialog(QDialog):
    """`person_id` None adds a new person; `saved_id` is the person's id after saving."""

    def __init__(
        self, context: PageContext, person_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent or context.window)
        self.context = context
        self.person_id = person_id
        self.saved_id: str | None = None
        self.setWindowTitle(
            self.tr("Sửa thông tin tác giả") if person_id else self.tr("Thêm tác giả")
        )
        self.setMinimumWidth(520)
        self.messages = FieldMessages(error_label(), context.language)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form())
        self.duplicates = QLabel()
        self.duplicates.setWordWrap(True)
        self.duplicates.setStyleSheet(WARNING_STYLE)
        self.duplicates.hide()
        layout.addWidget(self.duplicates)
        layout.addWidget(self.messages.general)
        layout.addWidget(self._buttons())
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_duplicates)
        self.full_name.textChanged.connect(self._check_timer.start)
        self.birth_date.dateChanged.connect(self._check_timer.start)
        self._load()

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        self.full_name = QLineEdit()
        self.full_name.setPlaceholderText(self.tr("Ví dụ: Nguyễn Văn An"))
        self.birth_date = DateEdit()
        self.unit = UnitTreeCombo(self.tr("(Chưa rõ đơn vị)"))
        self.job_title = QLineEdit()
        self.job_title.setPlaceholderText(self.tr("Ví dụ: Kỹ sư khoan"))
        self.qualification = QLineEdit()
        self.qualification.setPlaceholderText(self.tr("Ví dụ: Kỹ sư cơ khí"))
        self.employee_no = QLineEdit()
        self.union_member = QCheckBox(self.tr("Là đoàn viên công đoàn"))
        self.union_member.setChecked(True)
        rows = (
            (self.tr("Họ và tên:"), self.full_name, "full_name"),
            (self.tr("Ngày sinh:"), self.birth_date, "birth_date"),
            (self.tr("Nơi công tác:"), self.unit, "unit_id"),
            (self.tr("Chức danh:"), self.job_title, "job_title"),
            (self.tr("Trình độ chuyên môn:"), self.qualification, "qualification"),
            (self.tr("Mã nhân viên:"), self.employee_no, "employee_no"),
            ("", self.union_member, "union_member"),
        )
        for label, widget, field in rows:
            form.addRow(label, widget)
            form.addRow("", self.messages.label_for(field))
        return form

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Lưu"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button.setDefault(True)
        return buttons

    # ---- reading ------------------------------------------------------------------------------

    def _load(self) -> None:
        from db.queries.people_list import person_by_id
        from db.queries.unit_tree import unit_choices

        with self.context.database.session() as session:
            self.unit.set_units(unit_choices(session))
            person = person_by_id(session, self.person_id) if self.person_id else None
        if person is None:
            self.unit.set_unit(self.context.node.unit_id)
            return
        self.full_name.setText(person.full_name)
        self.birth_date.set_value(person.birth_date)
        self.unit.set_unit(person.unit_id)
        self.job_title.setText(person.job_title or "")
        self.qualification.setText(person.qualification or "")
        self.employee_no.setText(person.employee_no or "")
        self.union_member.setChecked(bool(person.union_member))

    # ---- the duplicate warning ----------------------------------------------------------------

    def check_duplicates(self) -> None:
        from db.queries.people_list import look_alikes

        name = self.full_name.text().strip()
        if not name:
            self.duplicates.hide()
            return
        with self.context.database.session() as session:
            found = look_alikes(session, name, self.birth_date.value(), self.person_id)
        self.duplicates.setVisible(bool(found))
        if found:
            lines = [
                ", ".join(p for p in (a.full_name, format_date(a.birth_date), a.unit_code) if p)
                for a in found
            ]
            text = self.tr("Có thể trùng với người đã có (cùng họ tên và ngày sinh): %1. "
                           "Hãy kiểm tra trước khi lưu.")  # fmt: skip
            self.duplicates.setText(arg(text, "; ".join(lines)))

    # ---- saving -------------------------------------------------------------------------------

    def person_data(self) -> dict:
        return {
            "full_name": self.full_name.text(),
            "birth_date": self.birth_date.value(),
            "unit_id": self.unit.unit_id(),
            "job_title": self.job_title.text(),
            "qualification": self.qualification.text(),
            "employee_no": self.employee_no.text(),
            "union_member": self.union_member.isChecked(),
        }

    def save(self) -> None:
        from db.queries.people import add_person, update_person

        actor = self.context.actor
        unreadable = date_problems({"birth_date": self.birth_date})
        if unreadable:  # 15/4/85 would be saved as no birth date
            self.messages.show(unreadable)
            return
        try:
            with self.context.database.transaction() as session:
                if self.person_id:
                    person = update_person(session, self.person_id, self.person_data(), actor)
                else:
                    person = add_person(session, self.person_data(), actor)
                saved_id = person.id
        except ValidationFailed as failed:
            self.messages.show(failed.problems)
            return
        self.saved_id = saved_id
        self.context.records_changed.emit()
        self.accept()
