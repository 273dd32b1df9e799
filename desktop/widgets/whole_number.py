"""A whole number typed from the keyboard (a count, hours, people): a spin box that may also be
left empty, so "not typed" is not mistaken for 0. value() is an int or None."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

EMPTY = -1  # the spin box's lowest step, shown as nothing: not typed
LARGEST = 2**31 - 1  # what a QSpinBox holds; far above any count a form asks for


class WholeNumberEdit(QSpinBox):
    """Digits only, no negative numbers; empty stands for None."""

    numberChanged = Signal(object)  # the new value(): an int, or None when emptied

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(EMPTY, LARGEST)
        self.setSpecialValueText(" ")  # Qt shows the special text at EMPTY; " " reads as empty
        self.setGroupSeparatorShown(True)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.setValue(EMPTY)
        self.valueChanged.connect(lambda _v: self.numberChanged.emit(self.number()))

    def validate(self, text: str, pos: int) -> object:
        if not text.strip():  # emptied by the clerk: a value (nothing), not a half-typed number
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> int:
        return EMPTY if not text.strip() else super().valueFromText(text)

    def number(self) -> int | None:
        return None if super().value() == EMPTY else super().value()

    def set_number(self, number: int | None) -> None:
        self.setValue(EMPTY if number is None else number)
