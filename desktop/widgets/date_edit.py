"""A date typed as dd/mm/yyyy with the keyboard, or picked from a calendar; it may be empty.

An empty date shows empty (a grey hint says the format). "15082023", "15/08/2023", "15-8-2023",
"15.08.2023" and "2023-08-15" all read as 15 August 2023 (db.dates, the one reading of a typed
date) and show as "15/08/2023". Anything else is framed in red, its tooltip saying what to write
(15/4/23: the year's four digits, 15/04/2023). The calendar button opens
on the date shown, or on today when there is none."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from db.dates import is_whole_typed_date, parse_date, unreadable_message
from db.validation import Problem
from desktop.messages import say
from resources import resource_path


def date_problems(fields: dict[str, DateEdit]) -> list[Problem]:
    """A problem for each field (by the db field it stands for) whose text is no date: it reads
    as no date, and saved so the date typed would be lost without a word (15/4/23)."""
    return [
        Problem.said(name, "unreadable_date", unreadable_message(field.text().strip()))
        for name, field in fields.items()
        if not field.is_valid()
    ]


class DateEdit(QLineEdit):
    """A date field: value() is a datetime.date or None; dateChanged(value) when it changes."""

    dateChanged = Signal(object)

    def __init__(self, blank_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: dt.date | None = None
        self._hint = blank_text
        self.setPlaceholderText(self.tr("ngày/tháng/năm"))
        if blank_text:
            self.setToolTip(blank_text)
        self.setMaxLength(12)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 40)
        self.setMaximumWidth(self.minimumWidth() + 60)  # a date, not a line of text
        icon = QIcon(str(resource_path("icons") / "calendar.svg"))
        self.calendar_action = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(self.tr("Chọn ngày trên lịch"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.calendar: QCalendarWidget | None = None
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._tidy)

    # ---- value --------------------------------------------------------------------------------

    def value(self) -> dt.date | None:
        return self._value

    def set_value(self, day: dt.date | None) -> None:
        self.setText(day.strftime("%d/%m/%Y") if day else "")
        self._change(day)

    def is_valid(self) -> bool:
        """Empty, or a real date: anything else is shown in red and read as no date."""
        return not self.text().strip() or parse_date(self.text()) is not None

    # QDateEdit's names, for code written against it
    def date(self) -> QDate:
        day = self._value
        return QDate(day.year, day.month, day.day) if day else QDate()

    def setDate(self, day: QDate) -> None:
        self.set_value(dt.date(day.year(), day.month(), day.day()) if day.isValid() else None)

    # ---- typing -------------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        day = parse_date(text)
        if day is not None and is_whole_typed_date(text):
            self.setText(day.strftime("%d/%m/%Y"))  # 15082023 -> 15/08/2023 as it is typed
        self._show_validity()
        self._change(day)

    def _tidy(self) -> None:
        day = parse_date(self.text())
        if day is not None:
            self.setText(day.strftime("%d/%m/%Y"))
        self._show_validity()

    def _show_validity(self) -> None:
        valid = self.is_valid()
        self.setStyleSheet("" if valid else "QLineEdit { border: 1px solid #c62828; }")
        self.setProperty("invalid", not valid)
        # what is wrong, on the field itself: 15/4/23 is asked for its year's four digits
        self.setToolTip(self._hint if valid else say(unreadable_message(self.text())))

    def _change(self, day: dt.date | None) -> None:
        if day != self._value:
            self._value = day
            self.dateChanged.emit(day)

    # ---- calendar -----------------------------------------------------------------------------

    def show_calendar(self) -> None:
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        today = dt.date.today()
        day = self._value or today
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.set_value(dt.date(day.year(), day.month(), day.day()))
        self._show_validity()
        if self.calendar is not None:
            self.calendar.hide()
