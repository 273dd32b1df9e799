"""A secretary reading the audit trail on the command line (`sangkien audit`) reads it as the
window's history shows it: the field's name ("Trạng thái", not status), the value's label ("Đã
nộp", not submitted), the unit's code and the initiative's number (not their ids), 01/02/2022
(not 2022-02-01) — and in English with --lang en."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from db.queries.initiatives import AuthorShare, register_initiative, update_initiative
from db.queries.people import add_person
from db.reference import init_node, reference_id
from db.session import open_database
from desktop.__main__ import main

RAW_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")


@pytest.fixture
def edited(tmp_path):
    """A headquarters where a clerk registered an initiative, then moved it on: submitted, the
    unit Vietsovpetro, first applied on 1 February 2022."""
    path = tmp_path / "hq.db"
    database = open_database(path, create=True)
    init_node(database, "CDDKVN")
    with database.transaction() as session:
        an = add_person(session, {"full_name": "Nguyễn Văn An", "birth_date": dt.date(1985, 3, 2),
                                  "unit_id": reference_id("unit", "VSP-TD03")}, "test")  # fmt: skip
        data = {"title": "Cải tiến van xả áp máy nén khí", "solution_type": "technical",
                "unit_id": reference_id("unit", "VSP-TD03"), "status": "draft",
                "registered_on": dt.date(2022, 3, 15)}  # fmt: skip
        first = register_initiative(session, data, [AuthorShare(an.id, 100)], actor="test")
        first_id, reg_no = first.id, first.reg_no
    with database.transaction() as session:
        values = {"status": "submitted", "unit_id": reference_id("unit", "VSP"),
                  "first_applied_on": dt.date(2022, 2, 1)}  # fmt: skip
        update_initiative(session, first_id, values, actor="Lê Thị Thu")
    database.close()
    return path, reg_no


@pytest.mark.parametrize(
    ("lang", "status", "field", "unit", "initiative", "empty"),
    [
        ("vi", "Nháp → Đã nộp", "Trạng thái", "Đơn vị", "sáng kiến", "(trống)"),
        ("en", "Draft → Submitted", "Status", "Unit", "initiative", "(empty)"),
    ],
)
def test_the_audit_trail_reads_as_the_history_window(
    capsys, edited, lang, status, field, unit, initiative, empty
):
    path, reg_no = edited
    assert main(["--lang", lang, "--db", str(path), "audit"]) == 0
    out = capsys.readouterr().out
    assert f"{field}: {status}" in out, out
    assert f"{unit}: VSP-TD03 → VSP" in out, out
    assert f": {empty} → 01/02/2022" in out, out
    assert "    Số đăng ký: " in out if lang == "vi" else "    Registration no.: " in out
    assert f"{initiative} {reg_no}" in out, out
    assert not RAW_ID.search(out), out
    assert not re.search(r"\b(status|unit_id|submitted|draft|load_reference)\b|rows:", out), out
    assert ("Nạp danh mục đơn vị: " if lang == "vi" else "Loaded the unit list: ") in out
    assert "2022-02-01" not in out

    assert main(["--lang", lang, "--db", str(path), "audit", "--record", reg_no]) == 0
    one = capsys.readouterr().out
    assert f"{field}: {status}" in one and not RAW_ID.search(one), one


def test_scripts_still_read_the_codes_with_json(capsys, edited):
    path, _reg_no = edited
    assert main(["--db", str(path), "audit", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"status": [' in out and '"submitted"' in out


def test_the_demo_and_the_lists_loaded_are_told_as_sentences(capsys, tmp_path):
    path = tmp_path / "demo.db"
    assert main(["--db", str(path), "demo", "--initiatives", "30"]) == 0
    capsys.readouterr()
    assert main(["--lang", "en", "--db", str(path), "audit"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"  demo  Demo data made: [\d,]+ initiatives\n", out), out
    assert "  demo  Loaded the field list: 18 rows" in out, out
    assert " * " not in out and not re.search(r"\b(load_reference|rows:)", out), out


def test_an_imported_change_names_the_package_it_came_in(capsys, tmp_path):
    """Headquarters reads which package (its file, the unit that sent it) a change came in."""
    hq, site = tmp_path / "hq.db", tmp_path / "site.db"
    setup, package, spec = (
        tmp_path / "setup.skp",
        tmp_path / "vsp-thang-12.skp",
        tmp_path / "i.json",
    )
    spec.write_text(
        '{"title": "Cải tiến van xả áp", "solution_type": "technical", "unit_id": "VSP",'
        ' "registered_on": "2022-07-01", "authors": [{"full_name": "Phạm Đức Thắng",'
        ' "birth_date": "1979-11-30", "share": 100}]}',
        encoding="utf-8",
    )
    for args in (
        ["--db", hq, "init", "--unit", "CDDKVN"],
        ["--db", hq, "enroll", "VSP", "-o", setup],
        ["--db", site, "init", "--from", setup],
        ["--db", site, "initiative", "add", spec],
        ["--db", site, "export", "--to", "CDDKVN", "-o", package],
        ["--db", hq, "import", package],
    ):
        assert main([str(a) for a in args]) == 0, args
    capsys.readouterr()
    assert main(["--db", str(hq), "audit"]) == 0
    out = capsys.readouterr().out
    assert "[gói vsp-thang-12.skp, VSP]" in out, out
    assert " * " not in out and "rows:" not in out, out
    assert not RAW_ID.search(out), out
