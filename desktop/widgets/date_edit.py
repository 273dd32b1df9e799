"""A date field shown as dd/MM/yyyy that may also be left empty."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

BLANK = QDate(1900, 1, 1)  # the minimum date stands for "no date" and shows as the blank text


class DateEdit(QDateEdit):
    def __init__(self, blank_text: str = "—", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        self.setMinimumDate(BLANK)
        self.setSpecialValueText(blank_text)
        self.setDate(BLANK)
        self.calendarWidget().setGridVisible(True)

    def value(self) -> dt.date | None:
        day = self.date()
        return None if day == BLANK else dt.date(day.year(), day.month(), day.day())

    def set_value(self, day: dt.date | None) -> None:
        self.setDate(QDate(day.year, day.month, day.day) if day else BLANK)

    def clear_value(self) -> None:
        self.setDate(BLANK)
