"""A benefit value is kept exactly, cents included (issue 16): 2,500.50 USD is stored, shown in
the list, the Excel sheet, packages and printed papers as 2,500.50; an amount is read as the
interface language writes it; a database of an earlier version is upgraded with every amount
intact, and a package from an earlier version reads unchanged."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from decimal import Decimal

import pytest
from alembic import command
from initiative_world import build_world, initiative_data
from sqlalchemy import select

from db.migrate import alembic_config
from db.models import Initiative
from db.money import currency_named, money_from_record, money_record, read_amount
from db.queries.initiatives import AuthorShare, register_initiative
from db.session import open_database
from db.validation import ValidationFailed, initiative_problems

CENTS = Decimal("2500.5")

# (typed, decimal mark of the interface language, value)
READ = [
    ("1.250.000.000", ",", Decimal(1_250_000_000)),
    ("1,250,000,000", ",", Decimal(1_250_000_000)),
    ("1,5 tỷ", ",", Decimal(1_500_000_000)),
    ("1.5 billion", ".", Decimal(1_500_000_000)),
    ("500 triệu", ",", Decimal(500_000_000)),
    ("12.345,67", ",", Decimal("12345.67")),
    ("12,345.67 USD", ",", Decimal("12345.67")),
    ("12,345.67 USD", ".", Decimal("12345.67")),
    ("12.345,67", ".", Decimal("12345.67")),
    ("1.500", ",", Decimal(1500)),  # Vietnamese: the dot groups thousands
    ("1.500", ".", Decimal("1.5")),  # English: the dot is the decimal point
    ("1,500", ".", Decimal(1500)),
    ("1,500", ",", Decimal("1.5")),
    ("12,5", ",", Decimal("12.5")),
    ("2500.50", None, Decimal("2500.5")),  # a sheet: three digits after a mark group
    ("1,234,567 đ", None, Decimal(1234567)),
    ("1 234 567", None, Decimal(1234567)),
    ("-1,5", ",", Decimal("-1.5")),  # read with its sign: the caller refuses it in words
]
UNREADABLE = ["mười", "1.2.3", "12,34,567", "1.234,5.6", "1,5 tấn", "12..5"]


@pytest.mark.parametrize(("typed", "mark", "value"), READ)
def test_an_amount_is_read_as_the_interface_language_writes_it(typed, mark, value):
    assert read_amount(typed, mark) == value


@pytest.mark.parametrize("typed", UNREADABLE)
def test_what_is_no_amount_is_refused(typed):
    with pytest.raises(ValueError):
        read_amount(typed, ",")


def test_a_typed_currency_is_recognised():
    assert currency_named("12,345.67 USD") == "USD"
    assert currency_named("1.234.567 ₫") == "VND"
    assert currency_named("1.234.567") is None


def test_the_record_form_is_a_number_when_whole_and_a_decimal_string_with_cents():
    assert money_record(1_250_000_000) == 1_250_000_000
    assert money_record(Decimal("2500.50")) == "2500.5"
    assert money_record(Decimal("2500.00")) == 2500
    assert money_from_record("2500.5") == CENTS
    assert money_from_record(2500) == 2500
    for wrong in (2500.5, True, "2500.567", "1.234,5", "abc", None):
        with pytest.raises((TypeError, ValueError)):
            money_from_record(wrong)


def test_vnd_is_whole_and_usd_has_at_most_two_decimals():
    def codes(value, currency):
        values = {"benefit_value": value, "benefit_currency": currency}
        return [p.code for p in initiative_problems(values) if p.field == "benefit_value"]

    assert codes(CENTS, "USD") == []
    assert codes(Decimal("12.345"), "USD") == ["fraction"]
    assert codes(CENTS, "VND") == ["fraction"]
    assert codes(Decimal(-1), "USD") == ["negative"]


def test_a_usd_value_with_cents_is_stored_exactly_and_read_back(node_db):
    world = build_world(node_db)
    with node_db.transaction() as session:
        data = initiative_data(world, benefit_value=CENTS, benefit_currency="USD")
        made = register_initiative(session, data, [AuthorShare(world.an, 100)]).id
    with node_db.session() as session:
        assert session.get(Initiative, made).benefit_value == CENTS
        # sorted and summed in SQL as whole hundredths
        raw = session.execute(
            select(Initiative.__table__.c.benefit_value).where(Initiative.id == made)
        )
        assert raw.scalar() == CENTS
    with sqlite3.connect(node_db.path) as connection:
        stored = connection.execute("SELECT benefit_value FROM initiatives").fetchone()
    assert stored == (250050,)


def test_cents_in_vnd_are_refused_and_nothing_is_written(node_db):
    world = build_world(node_db)
    with pytest.raises(ValidationFailed) as refused, node_db.transaction() as session:
        data = initiative_data(world, benefit_value=CENTS, benefit_currency="VND")
        register_initiative(session, data, [AuthorShare(world.an, 100)])
    assert "không có phần lẻ" in refused.value.problems[0].vi
    with node_db.session() as session:
        assert session.scalar(select(Initiative.id)) is None


RAW = "SELECT title, benefit_value, benefit_currency FROM initiatives ORDER BY title"


@pytest.mark.parametrize("revision", ["0009", "0002"])
def test_a_database_of_an_earlier_version_keeps_every_amount(node_db, revision):
    world = build_world(node_db)
    with node_db.transaction() as session:
        for n, (value, currency) in enumerate(
            [(1_250_000_000, "VND"), (2500, "USD"), (None, "VND")]
        ):
            data = initiative_data(
                world, title=f"Cải tiến số {n}", benefit_value=value, benefit_currency=currency
            )
            register_initiative(session, data, [AuthorShare(world.an, 100)])
    path = node_db.path
    command.downgrade(alembic_config(node_db.engine), revision)
    node_db.close()
    with sqlite3.connect(path) as connection:
        before = connection.execute(RAW).fetchall()
    assert [row[1] for row in before] == [1_250_000_000, 2500, None]  # whole units before 0010

    database = open_database(path)  # upgrades to head
    try:
        with sqlite3.connect(path) as connection:
            after = connection.execute(RAW).fetchall()
        assert [row[1] for row in after] == [125_000_000_000, 250_000, None]
        with database.session() as session:
            read = session.execute(
                select(Initiative.title, Initiative.benefit_value).order_by(Initiative.title)
            ).all()
        assert [value for _title, value in read] == [1_250_000_000, 2500, None]
    finally:
        database.close()


def test_the_package_codec_reads_old_whole_amounts_and_new_cents(node_db):
    from db.sync.codec import codec_for

    codec = codec_for(Initiative)
    assert codec.to_db({"benefit_value": 2500})["benefit_value"] == 250_000  # a 0009 package
    assert codec.to_db({"benefit_value": "2500.5"})["benefit_value"] == 250_050
    assert codec.to_record_value("benefit_value", 250_050) == "2500.5"
    assert codec.to_record_value("benefit_value", 250_000) == 2500
    for wrong in (2500.5, "2500.555", -1, 10**16, "12,5"):
        with pytest.raises(ValueError):
            codec.to_db({"benefit_value": wrong})


def test_amounts_show_their_cents_in_both_languages():
    from desktop.formatting import format_money, format_number, set_language
    from desktop.printing.vietnamese import money

    try:
        set_language("vi")
        assert format_money(CENTS, "USD") == "2.500,50 USD"
        assert format_money(1_250_000_000) == "1.250.000.000 ₫"
        set_language("en")
        assert format_money(CENTS, "USD") == "USD 2,500.50"
        assert format_number(1_250_000_000) == "1,250,000,000"
    finally:
        set_language("vi")
    assert money(CENTS, "USD") == "2.500,50 USD"  # the certificate, the council's papers
    assert money(1_250_000_000) == "1.250.000.000 đồng"


def test_an_excel_cell_keeps_cents(tmp_path):
    from db.exchange.cells import CellError
    from db.exchange.cells import money as cell_money

    assert cell_money(2500.5) == (CENTS, None)
    assert cell_money("12,345.67 USD") == (Decimal("12345.67"), "USD")
    assert cell_money("1.234.567 đ") == (1234567, "VND")
    assert cell_money(1234567) == (1234567, None)
    for wrong in (2500.123, "mười", True):
        with pytest.raises(CellError):
            cell_money(wrong)


def test_cents_go_to_excel_and_come_back_on_another_node(tmp_path, capsys):
    from db.reference import init_node, reference_id
    from desktop.__main__ import main

    hq = open_database(tmp_path / "hq.db", create=True)
    init_node(hq, "CDDKVN")
    with hq.transaction() as session:
        data = {
            "title": "Bơm tăng áp giàn Bạch Hổ",
            "solution_type": "technical",
            "unit_id": reference_id("unit", "VSP"),
            "registered_on": dt.date(2024, 3, 15),
            "benefit_value": CENTS,
            "benefit_currency": "USD",
        }
        author = AuthorShare(full_name="Nguyễn Văn An", share=100, unit_id=data["unit_id"])
        register_initiative(session, data, [author], actor="clerk")
    hq.close()
    rig = open_database(tmp_path / "vsp.db", create=True)
    init_node(rig, "VSP")
    rig.close()
    sheet = tmp_path / "vsp.xlsx"

    assert main(["--db", str(tmp_path / "hq.db"), "initiative", "export", "-o", str(sheet)]) == 0
    from openpyxl import load_workbook

    cells = [c for row in load_workbook(sheet).worksheets[0].iter_rows() for c in row]
    [amount] = [c for c in cells if c.value == 2500.5]
    assert amount.number_format == "#,##0.00"  # the sheet shows 2,500.50
    assert main(["--db", str(tmp_path / "vsp.db"), "initiative", "import", str(sheet)]) == 0
    capsys.readouterr()
    assert main(["--db", str(tmp_path / "vsp.db"), "dump"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    [moved] = [r for r in records if r["table"] == "initiatives"]
    assert (moved["benefit_value"], moved["benefit_currency"]) == ("2500.5", "USD")


def test_the_command_line_takes_an_amount_as_a_clerk_writes_it(node_db, capsys):
    from desktop.__main__ import main

    world = build_world(node_db)
    with node_db.transaction() as session:
        data = initiative_data(world, benefit_currency="USD")
        reg_no = register_initiative(session, data, [AuthorShare(world.an, 100)]).reg_no
    path = str(node_db.path)
    node_db.close()

    assert main(["--db", path, "initiative", "set", reg_no, "benefit_value=12.345,67"]) == 0
    assert main(["--db", path, "initiative", "show", reg_no]) == 0
    assert "12.345,67 USD" in capsys.readouterr().out
    assert main(["--db", path, "initiative", "set", reg_no, "benefit_value=-1,5"]) == 1
    assert "không được âm" in capsys.readouterr().err
    assert main(["--db", path, "initiative", "set", reg_no, "benefit_currency=VND"]) == 1
    assert "không có phần lẻ" in capsys.readouterr().err


@pytest.mark.both_engines
def test_the_largest_amount_with_cents_is_kept_on_either_engine(node_db, engine):
    world = build_world(node_db)
    largest = Decimal("999999999999999.99")  # just under a million billion, to the cent
    with node_db.transaction() as session:
        data = initiative_data(world, benefit_value=largest, benefit_currency="USD")
        made = register_initiative(session, data, [AuthorShare(world.an, 100)]).id
    with node_db.session() as session:
        assert session.get(Initiative, made).benefit_value == largest
        order = select(Initiative.benefit_value).order_by(Initiative.benefit_value.desc())
        assert session.scalars(order).first() == largest
