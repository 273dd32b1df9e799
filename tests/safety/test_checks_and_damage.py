"""`sangkien check` and the quick check on open: damage is found, said plainly, and contained."""

from __future__ import annotations

import sqlite3

import pytest

from db.backup import backup_before
from db.integrity import check_database, quick_check_file
from db.safe_open import DatabaseDamaged, close_safely, open_safely
from db.session import DatabaseError


def run_sql(database, *statements) -> None:
    conn = sqlite3.connect(database.path)
    with conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


def test_a_healthy_database_passes_every_check(site_db):
    report = check_database(site_db)
    assert report.ok, report.problems
    assert report.rows_checked == 5  # unit, person and three initiatives
    assert report.last_seq == 5


@pytest.mark.parametrize(
    ("statement", "area"),
    [
        ("UPDATE initiatives SET hlc = 'garbage' WHERE reg_no = 'VSP-2022-0001'", "versions"),
        ("UPDATE initiatives SET seq = 999 WHERE reg_no = 'VSP-2022-0001'", "sequence"),
        ("UPDATE initiatives SET seq = 2 WHERE reg_no = 'VSP-2022-0003'", "sequence"),
        ('UPDATE initiatives SET field_hlc = \'{"nonsense": "x"}\'', "versions"),
        ('UPDATE initiatives SET field_hlc = \'{"title": "0000"}\'', "versions"),
        ("UPDATE initiatives SET unit_id = 'no-such-unit'", "foreign_keys"),
        ("UPDATE alembic_version SET version_num = '0000'", "schema"),
    ],
)
def test_broken_sync_bookkeeping_is_reported(site_db, statement, area):
    run_sql(site_db, "PRAGMA foreign_keys = OFF", statement)
    report = check_database(site_db)
    assert area in {p.area for p in report.problems}, report.problems


def test_a_search_index_out_of_step_is_reported(site_db):
    run_sql(site_db, "INSERT INTO initiative_fts(rowid, search_text) VALUES (9999, 'ma')")
    assert "search" in {p.area for p in check_database(site_db).problems}


def test_a_problem_found_is_said_in_either_language(site_db):
    run_sql(site_db, "INSERT INTO initiative_fts(rowid, search_text) VALUES (9999, 'ma')")
    (problem,) = check_database(site_db).problems
    assert problem.message == "chỉ mục tìm kiếm không khớp dữ liệu (cần dựng lại)"
    assert (
        problem.said.text("en") == "the search index does not match the data (it needs rebuilding)"
    )


def damage(path) -> None:
    with open(path, "r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\x0d\xff" * 2048)


def damaged_site(site_db):
    """The site's database with a damaged page, and a good backup from before."""
    good = backup_before(site_db, "daily")
    path = site_db.path
    close_safely(site_db)
    damage(path)
    return path, good


def test_a_damaged_database_opens_read_only_and_names_the_latest_good_backup(site_db):
    path, good = damaged_site(site_db)
    assert quick_check_file(path)
    database = open_safely(path)
    try:
        assert database.guard.read_only and database.guard.damaged
        reason = database.guard.read_only_reason
        assert reason.code == "open.damaged_read_only" and good.name in str(reason)
        assert "sangkien restore" in str(reason) and "sangkien restore" in reason.text("en")
        assert "opened read-only" in reason.text("en")
        with pytest.raises(DatabaseDamaged, match="bị hỏng"), database.transaction():
            pass
    finally:
        close_safely(database)


def test_a_file_that_is_not_a_database_gets_one_message(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("Danh sách sáng kiến quý 1\n" * 300, encoding="utf-8")
    with pytest.raises(DatabaseError, match="không phải cơ sở dữ liệu SángKiến"):
        open_safely(path)


def test_the_check_command_reports_damage_with_exit_status_1(site_db, capsys):
    from desktop.cli import run

    path, _good = damaged_site(site_db)
    assert run(["--db", str(path), "check"]) == 1
    err = capsys.readouterr().err
    assert "bị hỏng" in err and "Traceback" not in err


def test_the_check_command_says_all_is_well(site_db, capsys):
    from desktop.cli import run

    path = site_db.path
    close_safely(site_db)
    assert run(["--db", str(path), "check"]) == 0
    assert "Cơ sở dữ liệu tốt" in capsys.readouterr().out
