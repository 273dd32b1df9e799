"""Changing a unit: its targets per phase, or its name (the old name stays in its history).

Both refuse, with the rule's message, a unit outside this node's authority (db.queries.targets).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
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
from desktop.formatting import format_date, format_number
from desktop.views.registry import PageContext
from desktop.widgets.date_edit import DateEdit
from desktop.widgets.field_messages import FieldMessages, error_label

MAX_TARGET = 1_000_000


class _UnitDialog(QDialog):
    """What both dialogs share: the unit's name on top, messages, Save and Cancel."""

    def __init__(self, context: PageContext, unit: UnitEntry, parent: QWidget | None) -> None:
        super().__init__(parent or context.window)
        self.context = context
        self.unit = unit
        self.saved = False
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
        text = self.tr("%1 (%2 – %3):").replace("%1", phase.name)
        return text.replace("%2", format_date(phase.starts_on)).replace(
            "%3", format_date(phase.ends_on)
        )

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
        row.addWidget(QLabel(note.replace("%1", format_number(below))))
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
