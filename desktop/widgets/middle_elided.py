"""A combo box whose closed text is cut in the middle when too wide (a unit's code and the end
of its name stay readable): the Sync page's destinations and the unit pickers alike."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter


def edit_field_width(combo: QComboBox) -> int:
    """The width the closed box leaves for its text (its arrow and frame taken off)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width()


def cut_in_the_middle(combo: QComboBox, text: str) -> str:
    return combo.fontMetrics().elidedText(
        text, Qt.TextElideMode.ElideMiddle, edit_field_width(combo) - 4
    )


def paint_cut_in_the_middle(combo: QComboBox, text: str | None = None) -> None:
    """A paintEvent's work: the box as the style draws it, its text (`text`, or the current
    one) cut in the middle to fit."""
    painter = QStylePainter(combo)
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
    option.currentText = cut_in_the_middle(combo, text or option.currentText)
    painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
