"""Headquarters reads the history of an initiative that a rig registered and sent in a package:
`sangkien audit --record` and the window's history begin with the import that brought it (the
package named by its file and the unit that sent it), and `sangkien audit -o FILE.csv` names the
package the same way, never by its raw id."""

from __future__ import annotations

import csv
import json
import re

import pytest
from sqlalchemy import select

from db.audit import find_record_id, history_of
from db.models import Initiative, Person
from db.session import open_database
from desktop.__main__ import main

RAW_ID = re.compile(r"\b[0-9a-f]{32}\b|[0-9a-f]{8}-[0-9a-f]{4}-")
REG_NO = "VSP-TD03-2022-0001"


@pytest.fixture
def headquarters(tmp_path, capsys):
    """A headquarters that imported a rig's package (vsp-td03-thang-11.skp) holding one
    initiative with its author, and never changed it."""
    hq, site = tmp_path / "hq.db", tmp_path / "site.db"
    spec = tmp_path / "sk.json"
    spec.write_text(
        json.dumps(
            {
                "title": "Bơm ép vỉa cải tiến trên giàn Tam Đảo 03",
                "solution_type": "technical",
                "unit_id": "VSP-TD03",
                "registered_on": "2022-10-15",
                "authors": [
                    {"full_name": "Nguyễn Văn An", "birth_date": "1985-03-02", "share": 100}
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    package = tmp_path / "vsp-td03-thang-11.skp"
    for args in (
        ["--db", hq, "init", "--unit", "CDDKVN"],
        ["--db", hq, "enroll", "VSP-TD03", "-o", tmp_path / "setup.skp"],
        ["--db", site, "init", "--from", tmp_path / "setup.skp"],
        ["--db", site, "initiative", "add", spec],
        ["--db", site, "export", "--to", "CDDKVN", "-o", package],
        ["--db", hq, "import", package],
    ):
        assert main([str(a) for a in args]) == 0, args
    capsys.readouterr()
    return hq


def test_the_history_of_a_record_that_came_in_a_package_shows_its_import(headquarters, capsys):
    assert main(["--lang", "en", "--db", str(headquarters), "audit", "--record", REG_NO]) == 0
    out = capsys.readouterr().out
    assert "The log is empty" not in out
    assert f"Imported initiative {REG_NO} [package vsp-td03-thang-11.skp, VSP-TD03]" in out, out
    assert f"Imported author {REG_NO} [package vsp-td03-thang-11.skp, VSP-TD03]" in out, out

    database = open_database(headquarters)  # the window's history reads the same entries
    try:
        with database.session() as session:
            entries = history_of(session, find_record_id(session, REG_NO))
    finally:
        database.close()
    assert [(e.action, e.table_name) for e in entries] == [
        ("import", "initiatives"),
        ("import", "initiative_authors"),
    ]


def test_the_audit_csv_names_the_package_an_import_came_in(headquarters, tmp_path, capsys):
    out = tmp_path / "nhat-ky.csv"
    assert main(["--db", str(headquarters), "audit", "-o", str(out)]) == 0
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    packages = {row["goi"] for row in rows if row["goi"]}
    assert packages == {"vsp-td03-thang-11.skp, VSP-TD03"}, packages
    assert not any(RAW_ID.search(row["goi"]) for row in rows)


def test_a_person_who_only_came_in_a_package_has_a_history_too(headquarters, capsys):
    database = open_database(headquarters)
    try:
        with database.session() as session:
            person = session.scalar(select(Person.id))
    finally:
        database.close()
    assert main(["--lang", "en", "--db", str(headquarters), "audit", "--record", person]) == 0
    out = capsys.readouterr().out
    assert "[package vsp-td03-thang-11.skp, VSP-TD03]" in out, out


def test_a_record_made_here_is_never_said_to_have_come_in_a_package(tmp_path, capsys):
    """The demo's headquarters (its records have no audit line each) imports a rig's package:
    the rig's initiatives the demo made at headquarters did not come in it."""
    from db.demo import build_demo
    from db.models import Unit

    hq = tmp_path / "hq.db"
    build_demo(hq, initiatives=300)
    database = open_database(hq)
    try:
        with database.session() as session:
            made_here = session.scalar(
                select(Initiative.reg_no)
                .join(Unit, Unit.id == Initiative.unit_id)
                .where(Unit.code == "VSP-TD03")
            )
    finally:
        database.close()
    spec = tmp_path / "sk.json"
    spec.write_text(
        '{"title": "Cải tiến van xả áp", "solution_type": "technical", "unit_id": "VSP-TD03",'
        ' "registered_on": "2026-10-15", "authors": [{"full_name": "Phạm Đức Thắng",'
        ' "birth_date": "1979-11-30", "share": 100}]}',
        encoding="utf-8",
    )
    site = tmp_path / "site.db"
    for args in (
        ["--db", hq, "enroll", "VSP-TD03", "-o", tmp_path / "setup.skp"],
        ["--db", site, "init", "--from", tmp_path / "setup.skp"],
        ["--db", site, "initiative", "add", spec],
        ["--db", site, "export", "--to", "CDDKVN", "-o", tmp_path / "td03.skp"],
        ["--db", hq, "import", tmp_path / "td03.skp"],
    ):
        assert main([str(a) for a in args]) == 0, args
    capsys.readouterr()
    assert made_here
    assert main(["--lang", "en", "--db", str(hq), "audit", "--record", made_here]) == 0
    assert "td03.skp" not in capsys.readouterr().out
