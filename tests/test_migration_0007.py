"""A headquarters database made before 0007 (at revision 0002, holding initiatives, authors and
a deleted one) opens in this version: the browse and people-name indexes are built, every record
is still there, and the search finds the same initiatives, now by the new indexes."""

import sqlite3

from alembic import command
from initiative_world import build_world, initiative_data

from db.migrate import alembic_config
from db.queries.browse import initiative_rowids, matching_count
from db.queries.filters import InitiativeFilter
from db.queries.initiatives import AuthorShare, delete_initiative, register_initiative
from db.session import open_database

COUNTS = "SELECT (SELECT count(*) FROM initiatives), (SELECT count(*) FROM initiative_authors), "
COUNTS += "(SELECT count(*) FROM people), (SELECT count(*) FROM initiatives WHERE deleted = 1)"
INDEXES = "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_%'"


def test_a_database_at_0002_with_records_is_upgraded_and_keeps_them(node_db):
    world = build_world(node_db)
    with node_db.transaction() as session:
        for n in range(5):
            register_initiative(
                session,
                initiative_data(world, title=f"Cải tiến bơm dầu khí số {n}"),
                [AuthorShare(world.an, 60), AuthorShare(world.binh, 40)],
            )
        gone = register_initiative(
            session, initiative_data(world, title="Bơm đã xoá"), [AuthorShare(world.an, 100)]
        )
        delete_initiative(session, gone.id)
    path = node_db.path
    command.downgrade(alembic_config(node_db.engine), "0002")
    node_db.close()
    with sqlite3.connect(path) as connection:
        before = connection.execute(COUNTS).fetchone()
        old_indexes = {name for (name,) in connection.execute(INDEXES)}
    assert before == (6, 11, 2, 1)
    assert "ix_initiatives_browse" not in old_indexes
    assert "ix_initiatives_live_registered" in old_indexes

    database = open_database(path)  # upgrades to head
    try:
        with sqlite3.connect(path) as connection:
            assert connection.execute(COUNTS).fetchone() == before
            indexes = {name for (name,) in connection.execute(INDEXES)}
        assert {"ix_initiatives_browse", "ix_people_search_text"} <= indexes
        assert "ix_initiatives_live_registered" not in indexes
        with database.session() as session:
            found = InitiativeFilter(search="nguyen van an bom")
            assert matching_count(session, found) == 5
            assert len(initiative_rowids(session, found)) == 5
            assert len(initiative_rowids(session, InitiativeFilter())) == 5
    finally:
        database.close()
