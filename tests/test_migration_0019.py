"""A file made before 0019 (at 0018, holding people with and without a birth date, a renamed
one, a deleted one and initiatives they authored) opens in this version: every person gets their
name key, every record is still there, and the authors list comes in Vietnamese order. A large
file keeps an undo journal that holds no person's row (only the new column changed), and
restoring it gives back the file as it was."""

import sqlite3

import pytest
from alembic import command
from migration_support import upgrade_keeps_an_undo_journal_without_rows
from sqlalchemy import text
from test_people_names_keys_written import name_keys_are_right
from test_table_vietnamese_order import register_records

from db.collation import person_order
from db.migrate import alembic_config
from db.models import Person
from db.queries.people import add_person, update_person
from db.queries.people_list import people_list
from db.session import open_database

COUNTS = "SELECT (SELECT count(*) FROM people), (SELECT count(*) FROM initiative_authors), "
COUNTS += "(SELECT count(*) FROM initiatives), (SELECT count(*) FROM people WHERE deleted = 1)"
PEOPLE = "SELECT rowid, id, full_name, birth_date, search_text, unit_id, deleted FROM people "
PEOPLE += "ORDER BY rowid"


def with_people(database) -> None:
    register_records(database)  # ten initiatives by their authors, with birth dates
    with database.transaction() as session:
        add_person(session, {"full_name": "Ứng Văn Không Ngày"})
        renamed = add_person(session, {"full_name": "Tên Cũ"}).id
        update_person(session, renamed, {"full_name": "Âu Thị Mới"})
        gone = add_person(session, {"full_name": "Đỗ Đã Xoá"})
        gone.deleted = True


def at_0018(database) -> tuple:
    """The records, the file taken back to 0018 and closed: its counts and people as they are."""
    with_people(database)
    command.downgrade(alembic_config(database.engine), "0018")
    database.close()
    with sqlite3.connect(database.path) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(people)")]
        assert "name_key" not in columns
        return connection.execute(COUNTS).fetchone(), connection.execute(PEOPLE).fetchall()


def test_a_file_at_0018_with_people_gets_every_key_and_keeps_them(node_db):
    counts, people = at_0018(node_db)
    assert counts == (14, 10, 10, 1)
    database = open_database(node_db.path)  # upgrades to head
    try:
        with sqlite3.connect(database.path) as connection:
            assert connection.execute(COUNTS).fetchone() == counts
            assert connection.execute(PEOPLE).fetchall() == people
            indexes = {row[1] for row in connection.execute("PRAGMA index_list(people)")}
            assert {"ix_people_name_key", "ix_people_unit_live"} <= indexes
        with database.session() as session:
            assert name_keys_are_right(session)
            live = session.query(Person).filter(Person.deleted.is_(False)).all()
            live.sort(key=lambda p: person_order(p.id, p.full_name, p.birth_date))
            listed = [row.full_name for row in people_list(session).rows]
            assert listed == [p.full_name for p in live]
            assert listed[:3] == ["an Văn Bình", "Âu Minh Đức", "Âu Thị Mới"]  # the renamed
    finally:
        database.close()


def test_a_large_file_keeps_an_undo_journal_without_the_peoples_rows(node_db, monkeypatch):
    monkeypatch.setattr("db.undo_journal.JOURNAL_ABOVE_BYTES", 0)  # as if it were 13 GB
    at_0018(node_db)
    upgrade_keeps_an_undo_journal_without_rows(
        node_db.path,
        "people",
        lambda connection: (
            connection.execute(PEOPLE).fetchall(),
            connection.execute(COUNTS).fetchone(),
        ),
    )


@pytest.mark.both_engines
def test_the_keys_are_filled_on_either_engine(node_db):
    with_people(node_db)
    with node_db.engine.begin() as connection:  # as if written before 0019
        connection.execute(text("UPDATE people SET name_key = NULL"))
    config = alembic_config(node_db.engine)
    command.downgrade(config, "0018")
    command.upgrade(config, "0019")
    with node_db.session() as session:
        assert name_keys_are_right(session)
        names = [row.full_name for row in people_list(session).rows]
        assert names[:3] == ["an Văn Bình", "Âu Minh Đức", "Âu Thị Mới"]
