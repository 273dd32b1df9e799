"""Date fields as on the paper forms (dd/MM/yyyy, with a calendar), optionally left empty."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QWidget

DATE_FORMAT = "dd/MM/yyyy"
EMPTY = QDate(1900, 1, 1)  # shown as blank: "no date"


class DateEdit(QDateEdit):
    """A required date: `date_value()` is a datetime.date."""

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.set_date_value(value or dt.date.today())

    def date_value(self) -> dt.date | None:
        return self.date().toPython()

    def set_date_value(self, value: dt.date | None) -> None:
        self.setDate(QDate(value) if value else QDate.currentDate())


class OptionalDateEdit(DateEdit):
    """A date a person may leave blank; Delete or Backspace empties it again."""

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
        self.setMinimumDate(EMPTY)
        self.setSpecialValueText(" ")
        self.set_date_value(value)

    def date_value(self) -> dt.date | None:
        return None if self.date() == EMPTY else self.date().toPython()

    def set_date_value(self, value: dt.date | None) -> None:
        self.setDate(QDate(value) if value else EMPTY)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.date() == EMPTY or self.lineEdit().selectedText() == self.text()
        ):
            self.setDate(EMPTY)
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        if self.date() == EMPTY and self.calendarWidget() is not None:
            today = QDate.currentDate()  # an empty date opens the calendar at today, not 1900
            self.calendarWidget().setCurrentPage(today.year(), today.month())
