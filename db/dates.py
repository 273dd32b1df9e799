"""A date as people type it, read one way everywhere: the form's date fields, the authors'
birth dates, the command line's arguments and the cells of an Excel or CSV sheet.

Accepted: day first as on the paper forms — 15/08/2023, 15-8-2023, 15.08.2023 (one or two
digits for day and month, spaces around the separator allowed) and 15082023 (eight digits,
ddmmyyyy) — or ISO 2023-08-15; and, from a sheet, Excel's day numbers (45153). Refused:
two-digit years (15/08/23 could be 1923 or 2023: the register spans both, and an author's birth
date read as Excel reads 15/08/85 or 15/08/29 would be a century out half the time; the message
asks for the four digits and names 15/08/2023), month first, days that do not exist
(31/02/2023), and anything else. No Qt, no openpyxl at import (the command
line starts fast)."""

from __future__ import annotations

import datetime as dt
import re

from db.messages import Message

DAY_FIRST = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})$")
DIGITS_ONLY = re.compile(r"^(\d{2})(\d{2})(\d{4})$")
ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
TWO_DIGIT_YEAR = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2})$")
# Excel's day numbers: 1 is 01/01/1900, 2958465 is 31/12/9999
EXCEL_FIRST, EXCEL_LAST = 1, 2958465
EXAMPLE = "15/08/2023"


class DateUnreadable(ValueError):
    """The text is not a date; str() says so in Vietnamese, .en in English."""

    def __init__(self, typed: str) -> None:
        self.typed = typed
        message = unreadable_message(typed)
        self.vi, self.en = message.text("vi"), message.text("en")
        super().__init__(message)


def unreadable_message(typed: str) -> Message:
    """What to say of a text that is not a date: for 15/4/23, that the year takes four digits
    and the likelier date as an example (15/04/2023; 15/4/85: 15/04/1985, no year ahead of
    this one); otherwise the form to write."""
    short = TWO_DIGIT_YEAR.match(typed.strip())
    if short:
        day, month, year = (int(part) for part in short.groups())
        year += 2000 if 2000 + year <= dt.date.today().year else 1900  # 15/4/85: 1985
        example = _real_date(day, month, year)
        if example is not None:
            said = example.strftime("%d/%m/%Y")
            return Message("date.two_digit_year", typed=typed, example=said, short=short.group(3))
    return Message("date.unreadable", typed=typed, example=EXAMPLE)


def parse_date(text: str) -> dt.date | None:
    """A typed date -> the date; None if it is not a whole, real date in an accepted form."""
    typed = " ".join(str(text).split())
    for pattern, order in ((DIGITS_ONLY, (0, 1, 2)), (ISO, (2, 1, 0))):
        match = pattern.match(typed)
        if match:
            return _real_date(*(int(match.group(i + 1)) for i in order))
    match = DAY_FIRST.match(typed)
    if match:
        return _real_date(*(int(part) for part in match.groups()))
    return None


def read_date(text: str) -> dt.date | None:
    """A typed date; None for nothing typed; DateUnreadable for anything that is not a date."""
    typed = " ".join(str(text).split())
    if not typed:
        return None
    day = parse_date(typed)
    if day is None:
        raise DateUnreadable(typed)
    return day


def is_whole_typed_date(text: str) -> bool:
    """Eight digits typed without separators (the date field writes the slashes in for them)."""
    return bool(DIGITS_ONLY.match(text.strip()))


def excel_serial_date(serial: int | float) -> dt.date:
    """Excel's day number (what a date cell holds when the sheet did not format it) -> the date."""
    if isinstance(serial, bool) or not EXCEL_FIRST <= serial <= EXCEL_LAST:
        raise DateUnreadable(str(serial))
    from openpyxl.utils.datetime import from_excel  # Excel's 1900 leap-year quirk included

    return from_excel(serial).date()


def sheet_date(value: object) -> dt.date | None:
    """A sheet's cell: a date, a datetime, Excel's day number or typed text (read_date)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return excel_serial_date(value)
    return read_date(str(value))


def _real_date(day: int, month: int, year: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
