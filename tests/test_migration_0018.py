"""A headquarters file made before 0018 (at 0017, holding initiatives with authors, a renamed
author and a deleted one) opens in this version: every initiative gets its title's and first
author's sort keys, every record is still there, and the table sorts by title in Vietnamese
order. A large file keeps an undo journal of it that holds no initiative's row (only the new
columns changed), and restoring it gives back the file as it was."""

import sqlite3

import pytest
from alembic import command
from initiative_world import initiative_data
from migration_support import upgrade_keeps_an_undo_journal_without_rows
from sqlalchemy import text
from test_table_vietnamese_order import BY_TITLE, keys_are_right, register_records, shown

from db.migrate import alembic_config
from db.models import Person
from db.queries.initiatives import AuthorShare, delete_initiative, register_initiative
from db.session import open_database

COUNTS = "SELECT (SELECT count(*) FROM initiatives), (SELECT count(*) FROM initiative_authors), "
COUNTS += "(SELECT count(*) FROM people), (SELECT count(*) FROM initiatives WHERE deleted = 1)"
RECORDS = "SELECT rowid, id, reg_no, title, search_text, deleted FROM initiatives ORDER BY rowid"


def at_0017(database) -> tuple:
    """The records (and a deleted one), the file taken back to 0017 and closed: its counts and
    initiatives as they are."""
    world = register_records(database)
    with database.transaction() as session:
        someone = session.query(Person).filter_by(full_name="Vũ Thị Ba").one().id
        data = initiative_data(world, title="Bơm đã xoá")
        gone = register_initiative(session, data, [AuthorShare(someone, 100)])
        delete_initiative(session, gone.id)
    command.downgrade(alembic_config(database.engine), "0017")
    database.close()
    with sqlite3.connect(database.path) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(initiatives)")]
        assert "title_key" not in columns
        return connection.execute(COUNTS).fetchone(), connection.execute(RECORDS).fetchall()


def test_a_file_at_0017_with_records_gets_every_key_and_keeps_them(node_db):
    counts, records = at_0017(node_db)
    assert counts == (11, 11, 11, 1)
    database = open_database(node_db.path)  # upgrades to head
    try:
        with sqlite3.connect(database.path) as connection:
            assert connection.execute(COUNTS).fetchone() == counts
            assert connection.execute(RECORDS).fetchall() == records
        with database.session() as session:
            assert keys_are_right(session)
            assert [row.title for row in shown(session, "title")] == BY_TITLE
    finally:
        database.close()


def test_a_large_file_keeps_an_undo_journal_without_the_initiatives_rows(node_db, monkeypatch):
    monkeypatch.setattr("db.undo_journal.JOURNAL_ABOVE_BYTES", 0)  # as if it were 13 GB
    at_0017(node_db)
    upgrade_keeps_an_undo_journal_without_rows(
        node_db.path,
        "initiatives",
        lambda connection: (
            connection.execute(RECORDS).fetchall(),
            connection.execute(COUNTS).fetchone(),
        ),
    )


@pytest.mark.both_engines
def test_the_keys_are_filled_on_either_engine(node_db):
    register_records(node_db)
    with node_db.engine.begin() as connection:  # as if written before 0018
        connection.execute(text("UPDATE initiatives SET title_key = NULL, author_key = NULL"))
    config = alembic_config(node_db.engine)
    command.downgrade(config, "0017")
    command.upgrade(config, "0018")
    with node_db.session() as session:
        assert keys_are_right(session)
        assert [row.title for row in shown(session, "title")] == BY_TITLE
