"""One reading of a typed date (db.dates), used by the form's date fields, the authors' birth
dates, the command line and the Excel import: what it accepts, what it refuses, and that each
caller still reads what a clerk types there."""

from __future__ import annotations

import argparse
import datetime as dt

import pytest

from db.dates import DateUnreadable, parse_date, read_date, sheet_date

AUGUST_15 = dt.date(2023, 8, 15)

ACCEPTED = [
    ("15/08/2023", AUGUST_15),
    ("15/8/2023", AUGUST_15),
    ("5/8/2023", dt.date(2023, 8, 5)),
    ("15-8-2023", AUGUST_15),
    ("15-08-2023", AUGUST_15),
    ("15.08.2023", AUGUST_15),
    ("15 / 08 / 2023", AUGUST_15),
    ("  15/08/2023  ", AUGUST_15),
    ("15082023", AUGUST_15),
    ("2023-08-15", AUGUST_15),
    ("2023-8-5", dt.date(2023, 8, 5)),
    ("29/02/2024", dt.date(2024, 2, 29)),
    ("01/01/1990", dt.date(1990, 1, 1)),
]

REFUSED = [
    "",
    "15/08/23",  # a two-digit year: 1923 or 2023?
    "31/02/2023",  # no such day
    "29/02/2023",
    "32/01/2023",
    "15/13/2023",  # month first is not ours: 08/15/2023 is refused
    "08/15/2023",
    "1508202",  # seven digits
    "150820231",
    "2023/08/15",
    "15 tháng 8 2023",
    "hôm nay",
    "15/08/2023 10:00",
    "(chưa nhập)15082023",
]


@pytest.mark.parametrize(("typed", "day"), ACCEPTED)
def test_a_typed_date_is_read_day_first_or_iso(typed, day):
    assert parse_date(typed) == day
    assert read_date(typed) == day


@pytest.mark.parametrize("typed", REFUSED)
def test_what_is_not_a_whole_real_date_is_refused(typed):
    assert parse_date(typed) is None


def test_nothing_typed_is_no_date_and_anything_else_says_how_to_write_it():
    assert read_date("   ") is None
    with pytest.raises(DateUnreadable) as refused:
        read_date("15/08/23")
    assert "15/08/2023" in refused.value.vi and "15/08/2023" in refused.value.en


@pytest.mark.parametrize(
    ("cell", "day"),
    [
        (dt.datetime(2023, 8, 15, 0, 0), AUGUST_15),
        (AUGUST_15, AUGUST_15),
        (45153, AUGUST_15),  # Excel's day number for 15/08/2023
        (45153.0, AUGUST_15),
        ("15/08/2023", AUGUST_15),
        (None, None),
    ],
)
def test_a_sheet_gives_dates_excel_day_numbers_or_typed_text(cell, day):
    assert sheet_date(cell) == day


@pytest.mark.parametrize("cell", [0, -3, 3_000_000, True, "15/08/23"])
def test_a_sheet_cell_that_is_no_date_is_refused(cell):
    with pytest.raises(DateUnreadable):
        sheet_date(cell)


def test_the_command_line_reads_dates_as_the_form_does():
    from desktop.cli.common import date_argument

    for typed, day in ACCEPTED:
        assert date_argument(typed) == day
    for typed in ("10/13/2023", "15/08/23", "hôm qua"):
        with pytest.raises(argparse.ArgumentTypeError, match="ngày không hợp lệ"):
            date_argument(typed)


def test_an_excel_cell_reads_dates_as_the_form_does_and_says_what_to_type():
    from db.exchange.cells import CellError, date

    assert date("15082023") == AUGUST_15
    assert date("2023-08-15") == AUGUST_15
    assert date(45153) == AUGUST_15
    assert date("  ") is None
    with pytest.raises(CellError) as refused:
        date("31/02/2023")
    assert "15/08/2023" in refused.value.en


def test_the_date_field_reads_what_a_clerk_types(qapp):
    from desktop.widgets.date_edit import DateEdit

    for typed, day in ACCEPTED:
        edit = DateEdit()
        edit.setText(typed)
        edit.textEdited.emit(typed)
        assert edit.value() == day, typed
    edit = DateEdit()
    edit.textEdited.emit("15082023")
    assert edit.text() == "15/08/2023"
