"""A new file gets the head revision's schema in one step (db/head_schema.py, issue 13): the
same tables, indexes, triggers, search index and Alembic version as a file made by running
every migration, without importing Alembic or running one migration."""

import sqlite3

import pytest
from alembic import command

from db import head_schema
from db.migrate import alembic_config, head_revision, head_schema_statements, mark_as_ours
from db.session import make_engine, open_database

WRITE_AGAIN = "run `python -m db.migrate --write-head-schema` after adding a migration"


def migrated_file(path) -> None:
    """A new file made the old way: every migration from the first, then SángKiến's header."""
    engine = make_engine(path)
    try:
        command.upgrade(alembic_config(engine), "head")
        mark_as_ours(engine)
    finally:
        engine.dispose()


def everything_in(path) -> dict[str, object]:
    """sqlite_master in SQLite's order (tables, indexes, triggers, the search index and its
    shadow tables), every table's rows (the search index's own included), the header."""
    with sqlite3.connect(path) as raw:
        listed = raw.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid"
        ).fetchall()
        tables = [name for kind, name, _table, sql in listed if kind == "table"]
        virtual = {name for kind, name, _t, sql in listed if "VIRTUAL" in (sql or "").upper()}
        rows = {
            name: sorted(raw.execute(f'SELECT * FROM "{name}"').fetchall())
            for name in tables
            if name not in virtual
        }
        header = [
            raw.execute(f"PRAGMA {p}").fetchone()[0] for p in ("application_id", "user_version")
        ]
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return {"schema": listed, "rows": rows, "header": header}


def test_a_new_file_holds_what_every_migration_makes(tmp_path, monkeypatch):
    migrated_file(tmp_path / "migrated.db")

    def no_migrations(*_args, **_kwargs):
        raise AssertionError("a new file was made by running the migrations")

    monkeypatch.setattr(command, "upgrade", no_migrations)
    open_database(tmp_path / "new.db", create=True).close()

    new, migrated = everything_in(tmp_path / "new.db"), everything_in(tmp_path / "migrated.db")
    assert [row[:3] for row in new["schema"]] == [row[:3] for row in migrated["schema"]]
    assert new == migrated
    assert new["rows"]["alembic_version"] == [(head_revision(),)]
    assert {"initiative_fts", "initiative_fts_data", "initiatives_fts_insert"} <= {
        name for _kind, name, _table, _sql in new["schema"]
    }


def test_the_kept_schema_is_the_head_revisions_as_the_migrations_make_it(tmp_path):
    migrated_file(tmp_path / "migrated.db")
    with sqlite3.connect(tmp_path / "migrated.db") as raw:
        statements = head_schema_statements(raw)
    assert head_revision() == head_schema.REVISION, WRITE_AGAIN
    assert list(head_schema.STATEMENTS) == statements, WRITE_AGAIN


def test_a_kept_schema_behind_the_head_leaves_a_new_file_to_the_migrations(tmp_path, monkeypatch):
    """After a new migration and before the kept schema is written again, a new file is still
    right: the migrations make it, as before."""
    monkeypatch.setattr(head_schema, "REVISION", "0001")
    monkeypatch.setattr(head_schema, "STATEMENTS", ("CREATE TABLE wrong (x)",))
    open_database(tmp_path / "new.db", create=True).close()
    migrated_file(tmp_path / "migrated.db")
    assert everything_in(tmp_path / "new.db") == everything_in(tmp_path / "migrated.db")


def test_a_file_holding_other_tables_is_not_given_the_kept_schema(tmp_path):
    """Only an empty file is laid out in one step; one with tables of its own goes the
    migrations' way (where its clash shows), and keeps what it held."""
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE units (x)")
    with pytest.raises(Exception, match="units"):
        open_database(path)
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT name FROM sqlite_master").fetchall() == [("units",)]
