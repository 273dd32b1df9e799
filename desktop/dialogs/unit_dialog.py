"""Changing a unit: its targets per phase, its name (the old name stays in its history), its
details; adding a unit below it.

Both refuse, with the rule's message, a unit outside this node's authority (db.queries.targets).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db.queries.unit_tree import PhaseInfo, UnitEntry
from db.validation import ValidationFailed
from db.vocab import SITE_TYPE, UNIT_LEVEL
from desktop.formatting import format_date, format_number, phase_name
from desktop.messages import arg
from desktop.page_context import PageContext
from desktop.widgets.date_edit import DateEdit, date_problems
from desktop.widgets.field_messages import FieldMessages, error_label

MAX_TARGET = 1_000_000


class _UnitDialog(QDialog):
    """What both dialogs share: the unit's name on top, messages, Save and Cancel."""

    def __init__(self, context: PageContext, unit: UnitEntry, parent: QWidget | None) -> None:
        super().__init__(parent or context.window)
        self.context = context
        self.unit = unit
        self.saved = False
        self.dates: dict = {}  # db field -> its DateEdit: one that cannot be read stops the save
        self.messages = FieldMessages(error_label(), context.language)
        self.layout_ = QVBoxLayout(self)
        heading = QLabel(f"<b>{unit.code}</b> — {unit.name}")
        heading.setWordWrap(True)
        self.layout_.addWidget(heading)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.messages.general)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Lưu"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button.setDefault(True)
        self.layout_.addWidget(buttons)

    def save(self) -> None:
        if date_problems(self.dates):
            self.messages.show(date_problems(self.dates))
            return
        try:
            with self.context.database.transaction() as session:
                self.write(session)
        except ValidationFailed as failed:
            self.messages.show(failed.problems)
            return
        self.saved = True
        self.context.records_changed.emit()
        self.accept()

    def write(self, session) -> None:
        raise NotImplementedError


class TargetsDialog(_UnitDialog):
    """The unit's own target for each phase; its sub-units' targets are shown beside."""

    def __init__(
        self,
        context: PageContext,
        unit: UnitEntry,
        phases: list[PhaseInfo],
        below: dict[str, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, unit, parent)
        self.setWindowTitle(self.tr("Sửa chỉ tiêu"))
        self.phases = phases
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout()
        for phase in phases:
            form.addRow(self._phase_label(phase), self._spin(phase, below.get(phase.id, 0)))
        form.addRow("", self.messages.label_for("target", "phase_id", "unit_id"))
        self.layout_.addLayout(form)
        self.finish_layout()

    def _phase_label(self, phase: PhaseInfo) -> str:
        text = self.tr("%1 (%2 – %3):")
        name = phase_name(phase.code, phase.name)
        return arg(text, name, format_date(phase.starts_on), format_date(phase.ends_on))

    def _spin(self, phase: PhaseInfo, below: int) -> QWidget:
        spin = QSpinBox()
        spin.setRange(0, MAX_TARGET)
        spin.setGroupSeparatorShown(True)
        spin.setValue(self.unit.targets.get(phase.id, 0))
        spin.setSuffix(self.tr(" sáng kiến"))
        self.spins[phase.id] = spin
        if not below:
            return spin
        box = QWidget()
        row = QVBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(spin)
        note = self.tr("cộng chỉ tiêu của các đơn vị cấp dưới: %1")
        row.addWidget(QLabel(arg(note, format_number(below))))
        return box

    def write(self, session) -> None:
        from db.queries.targets import set_target

        for phase in self.phases:
            value = self.spins[phase.id].value()
            if value != self.unit.targets.get(phase.id, 0):
                set_target(session, self.unit.id, phase.id, value, self.context.actor)


class RenameUnitDialog(_UnitDialog):
    """A new name from a date; the old one is kept in the unit's name history."""

    def __init__(self, context: PageContext, unit: UnitEntry, parent: QWidget | None = None):
        super().__init__(context, unit, parent)
        self.setWindowTitle(self.tr("Đổi tên đơn vị"))
        self.setMinimumWidth(560)
        form = QFormLayout()
        self.name = QLineEdit(unit.name)
        self.short_name = QLineEdit(unit.short_name)
        self.valid_from = DateEdit()
        self.valid_from.set_value(dt.date.today())
        self.dates = {"valid_from": self.valid_from}
        form.addRow(self.tr("Tên mới:"), self.name)
        form.addRow("", self.messages.label_for("name"))
        form.addRow(self.tr("Tên viết tắt mới:"), self.short_name)
        form.addRow(self.tr("Dùng tên mới từ ngày:"), self.valid_from)
        form.addRow("", self.messages.label_for("valid_from", "unit_id"))
        note = QLabel(self.tr("Tên cũ được giữ trong lịch sử tên của đơn vị; giấy chứng nhận "
                              "in tên đơn vị đúng vào ngày cấp."))  # fmt: skip
        note.setWordWrap(True)
        self.layout_.addLayout(form)
        self.layout_.addWidget(note)
        self.finish_layout()

    def write(self, session) -> None:
        from db.queries.targets import rename_unit

        unchanged = (self.name.text().strip(), self.short_name.text().strip()) == (
            self.unit.name,
            self.unit.short_name,
        )
        if unchanged:  # nothing to keep in the history
            return
        rename_unit(
            session,
            self.unit.id,
            self.name.text(),
            self.short_name.text(),
            self.valid_from.value(),
            self.context.actor,
        )


def _combo(vocabulary, value: str | None, language: str, blank: bool = False) -> QComboBox:
    combo = QComboBox()
    if blank:
        combo.addItem("—", None)
    for code in vocabulary.codes():
        combo.addItem(vocabulary.label(code, language), code)
    combo.setCurrentIndex(max(combo.findData(value), 0))
    return combo


class AddUnitDialog(_UnitDialog):
    """A new unit below the selected one (a new rig, a new base union): its code, name, level,
    site type and members. `created` holds the new unit's code once saved."""

    def __init__(self, context: PageContext, parent_unit: UnitEntry, parent: QWidget | None = None):
        super().__init__(context, parent_unit, parent)
        self.setWindowTitle(self.tr("Thêm đơn vị cấp dưới"))
        self.setMinimumWidth(560)
        self.created: str | None = None
        language = context.language
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText(f"{parent_unit.code}-…")
        self.name = QLineEdit()
        self.short_name = QLineEdit()
        default_level = "site" if parent_unit.level in ("subordinate", "base") else "subordinate"
        self.level = _combo(UNIT_LEVEL, default_level, language)
        self.site_type = _combo(SITE_TYPE, None, language, blank=True)
        self.members = QSpinBox()
        self.members.setRange(0, 1_000_000)
        self.members.setGroupSeparatorShown(True)
        form.addRow(self.tr("Mã đơn vị:"), self.code)
        form.addRow("", self.messages.label_for("code"))
        form.addRow(self.tr("Tên đầy đủ:"), self.name)
        form.addRow("", self.messages.label_for("name"))
        form.addRow(self.tr("Tên viết tắt:"), self.short_name)
        form.addRow(self.tr("Cấp:"), self.level)
        form.addRow(self.tr("Loại cơ sở:"), self.site_type)
        form.addRow(self.tr("Số đoàn viên:"), self.members)
        form.addRow("", self.messages.label_for("parent_id", "level", "site_type", "member_count"))
        note = QLabel(arg(self.tr("Đơn vị mới thuộc %1. Sau khi lưu, tạo gói khởi tạo cho máy của "
                              "đơn vị đó ở trang này."), parent_unit.code))  # fmt: skip
        note.setWordWrap(True)
        self.layout_.addLayout(form)
        self.layout_.addWidget(note)
        self.finish_layout()

    def write(self, session) -> None:
        from db.queries.unit_changes import add_unit

        unit = add_unit(
            session,
            self.unit.id,
            {
                "code": self.code.text(),
                "name": self.name.text(),
                "short_name": self.short_name.text(),
                "level": self.level.currentData(),
                "site_type": self.site_type.currentData(),
                "member_count": self.members.value(),
            },
            self.context.actor,
        )
        self.created = unit.code


class EditUnitDialog(_UnitDialog):
    """The unit's details: short name, site type, competition cluster, members. (The name is
    changed with "Đổi tên…", which keeps the old one in the history.)"""

    def __init__(self, context: PageContext, unit: UnitEntry, parent: QWidget | None = None):
        super().__init__(context, unit, parent)
        self.setWindowTitle(self.tr("Sửa thông tin đơn vị"))
        self.setMinimumWidth(560)
        form = QFormLayout()
        self.short_name = QLineEdit(unit.short_name)
        self.site_type = _combo(SITE_TYPE, unit.site_type, context.language, blank=True)
        self.cluster = QLineEdit(unit.cluster)
        self.members = QSpinBox()
        self.members.setRange(0, 1_000_000)
        self.members.setGroupSeparatorShown(True)
        self.members.setValue(unit.member_count)
        form.addRow(self.tr("Tên viết tắt:"), self.short_name)
        form.addRow(self.tr("Loại cơ sở:"), self.site_type)
        form.addRow(self.tr("Cụm thi đua:"), self.cluster)
        form.addRow(self.tr("Số đoàn viên:"), self.members)
        form.addRow("", self.messages.label_for("parent_id", "site_type", "member_count"))
        self.layout_.addLayout(form)
        self.finish_layout()

    def write(self, session) -> None:
        from db.queries.unit_changes import edit_unit

        edit_unit(
            session,
            self.unit.id,
            {
                "short_name": self.short_name.text(),
                "site_type": self.site_type.currentData(),
                "cluster": self.cluster.text(),
                "member_count": self.members.value(),
            },
            self.context.actor,
        )
