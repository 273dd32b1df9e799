"""A migration's safety copy costs no more than the migration (issue 13): none when the
migrations change nothing in a SQLite file (0013 and 0016 are for a server), a copy of the state
before when they do, and a failed migration leaves the file exactly as it was."""

from __future__ import annotations

import functools
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from safety_helpers import add_initiatives, make_site

import db.migrate
from db.backup import list_backups
from db.migrate import alembic_config, head_revision
from db.restore import restore_backup
from db.safe_open import close_safely, open_safely

RECORDS = "SELECT reg_no, title, benefit_value FROM initiatives ORDER BY reg_no"


def site_at(tmp_path: Path, revision: str) -> Path:
    """A site database with three initiatives (one with a benefit), taken back to `revision`."""
    database = make_site(tmp_path / "site.db")
    add_initiatives(database, 3)
    with database.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE initiatives SET benefit_value = 15000000000")
    command.downgrade(alembic_config(database.engine), revision)
    close_safely(database)
    return database.path


def read(path: Path, query: str) -> list[tuple]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()


def revision_of(path: Path) -> str:
    return read(path, "SELECT version_num FROM alembic_version")[0][0]


def test_a_migration_that_changes_nothing_on_sqlite_makes_no_copy(tmp_path, monkeypatch):
    path = site_at(tmp_path, "0013")  # 0016 and 0017 are for a server only
    records = read(path, RECORDS)
    migrations_until("0017", tmp_path, monkeypatch)  # 0018 adds the sort keys: a real change
    close_safely(open_safely(path))
    assert revision_of(path) == "0017"
    assert read(path, RECORDS) == records and len(records) == 3
    assert list_backups(path) == []  # a 13 GB file is not copied for nothing


def test_a_real_migration_keeps_the_state_before_and_it_restores(tmp_path):
    path = site_at(tmp_path, "0011")  # 0012 adds the stats index
    records = read(path, RECORDS)
    close_safely(open_safely(path))
    assert read(path, "SELECT name FROM sqlite_master WHERE name = 'ix_initiatives_stats'")
    (copy,) = list_backups(path)
    assert copy.reason == "migrate" and copy.checked_ok
    assert revision_of(copy.path) == "0011" and read(copy.path, RECORDS) == records
    restore_backup(path, copy.path)
    assert read(path, RECORDS) == records


def migrations_until(last: str, tmp_path: Path, monkeypatch) -> Path:
    """This program's migrations up to revision `last` (numbered files), in their place."""
    scripts = tmp_path / "migrations"
    shutil.copytree(db.migrate.MIGRATIONS, scripts)
    for script in (scripts / "versions").glob("*.py"):
        if script.name[:4] > last:
            script.unlink()
    monkeypatch.setattr(db.migrate, "MIGRATIONS", scripts)
    graph = functools.lru_cache(maxsize=1)(db.migrate._revision_graph.__wrapped__)
    monkeypatch.setattr(db.migrate, "_revision_graph", graph)  # the real one's cache untouched
    return scripts


def failing_migrations(tmp_path: Path, monkeypatch) -> None:
    """This program's migrations and one more after them that changes rows, then fails."""
    scripts = tmp_path / "migrations"
    shutil.copytree(db.migrate.MIGRATIONS, scripts)
    (scripts / "versions" / "0099_fails.py").write_text(
        "from alembic import op\n"
        'revision = "0099"\n'
        f'down_revision = "{head_revision()}"\n'
        "branch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade():\n"
        '    op.execute("DELETE FROM initiatives")\n'
        '    raise RuntimeError("the disk went away")\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(db.migrate, "MIGRATIONS", scripts)
    graph = functools.lru_cache(maxsize=1)(db.migrate._revision_graph.__wrapped__)
    monkeypatch.setattr(db.migrate, "_revision_graph", graph)  # the real one's cache untouched


def test_a_failed_migration_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = site_at(tmp_path, "0009")  # 0010 multiplies every amount by 100, 0012 adds an index
    records, schema = read(path, RECORDS), read(path, "SELECT * FROM sqlite_master")
    failing_migrations(tmp_path, monkeypatch)
    with pytest.raises(RuntimeError, match="the disk went away"):
        open_safely(path)
    assert revision_of(path) == "0009"
    assert read(path, RECORDS) == records  # neither 0010's amounts nor the deletion landed
    assert read(path, "SELECT * FROM sqlite_master") == schema


def every_row(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table with its rowid (the audit trail apart: a restore adds to it)."""
    tables = read(path, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    return {
        name: read(path, f'SELECT rowid, * FROM "{name}" ORDER BY rowid')
        for (name,) in tables
        if name != "audit_log" and not name.startswith(("sqlite_", "initiative_fts"))
    }


def test_a_real_migration_of_a_large_file_keeps_an_undo_journal_that_restores_it_exactly(
    tmp_path, monkeypatch
):
    monkeypatch.setattr("db.undo_journal.JOURNAL_ABOVE_BYTES", 0)  # as if it were 13 GB
    path = site_at(tmp_path, "0009")  # 0010 multiplies amounts by 100, 0011 a table, 0012 an index
    rows, schema = every_row(path), read(path, "SELECT * FROM sqlite_master ORDER BY name")
    close_safely(open_safely(path))
    assert read(path, RECORDS)[0][2] == 15_000_000_000  # hundredths again
    (journal,) = list_backups(path)  # no copy of the whole file
    assert journal.reason == "migrate-undo" and journal.size < path.stat().st_size
    restore_backup(path, journal.path)
    assert revision_of(path) == "0009"
    assert read(path, "SELECT * FROM sqlite_master ORDER BY name") == schema
    assert every_row(path) == rows
    close_safely(open_safely(path))  # this version migrates it again, once
    assert read(path, RECORDS)[0][2] == 15_000_000_000  # hundredths again
