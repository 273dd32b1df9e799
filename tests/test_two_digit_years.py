"""A clerk types 14/4/23, as Excel lets her. The register holds authors born in 1923-1999 and
initiatives of 2021-2026, so a two-digit year is not guessed (Excel would read 15/08/29 as 2029
and 15/08/30 as 1930): it is refused, and every place a date is typed — the command line, a
field set on the command line, the form's date field, a sheet's cell — says to write the year's
four digits and which date that would be."""

from __future__ import annotations

import pytest

from db.dates import DateUnreadable, read_date
from db.exchange.cells import CellError, date
from db.messages import message_of
from desktop.__main__ import main


def test_the_message_asks_for_the_four_digits_and_names_the_date():
    with pytest.raises(DateUnreadable) as refused:
        read_date("15/4/23")
    assert "15/04/2023" in refused.value.vi and "bốn chữ số" in refused.value.vi
    assert "four digits" in refused.value.en and "15/04/2023" in refused.value.en
    with pytest.raises(DateUnreadable) as refused:
        read_date("31/2/23")  # no such day whatever the century: the form to write
    assert "15/08/2023" in refused.value.vi


def test_the_command_line_says_the_four_digit_form(tmp_path, capsys):
    db = str(tmp_path / "hq.db")
    assert main(["--db", db, "init", "--unit", "CDDKVN"]) == 0
    capsys.readouterr()
    assert main(["--lang", "en", "--db", db, "stats", "--as-of", "14/4/23"]) != 0
    err = capsys.readouterr().err
    assert "four digits" in err and "14/04/2023" in err, err


def test_a_sheet_cell_with_a_two_digit_year_says_the_four_digit_form():
    with pytest.raises(CellError) as refused:
        date("15/4/23")
    assert "15/04/2023" in message_of(refused.value).text("vi")


def test_the_form_date_field_says_why_it_is_red(qtbot):
    from desktop.widgets.date_edit import DateEdit

    field = DateEdit("Ngày áp dụng lần đầu")
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "15/4/23")
    assert field.value() is None and field.property("invalid")
    assert "15/04/2023" in field.toolTip() and "bốn chữ số" in field.toolTip()
    field.clear()
    qtbot.keyClicks(field, "15/04/2023")
    assert not field.property("invalid") and field.toolTip() == "Ngày áp dụng lần đầu"
