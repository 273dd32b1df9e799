"""A database made before 0012 (at revision 0002, holding initiatives, authors and a deleted one)
opens in this version: the stats index is built, every record is still there, and `stats` counts
the same initiatives as before, now from the new index."""

import datetime as dt
import sqlite3

from alembic import command
from initiative_world import build_world, initiative_data

from db.migrate import alembic_config
from db.queries.initiatives import AuthorShare, delete_initiative, register_initiative
from db.queries.stats import progress_stats
from db.session import open_database

COUNTS = "SELECT (SELECT count(*) FROM initiatives), (SELECT count(*) FROM initiative_authors), "
COUNTS += "(SELECT count(*) FROM people), (SELECT count(*) FROM initiatives WHERE deleted = 1)"
INDEXES = "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_initiatives_%'"


def test_a_database_at_0002_with_records_gets_the_stats_index_and_keeps_them(node_db):
    world = build_world(node_db)
    with node_db.transaction() as session:
        for n in range(4):
            register_initiative(
                session,
                initiative_data(world, title=f"Cải tiến máy nén khí số {n}", status="submitted"),
                [AuthorShare(world.an, 100)],
            )
        gone = register_initiative(
            session, initiative_data(world, title="Máy đã xoá"), [AuthorShare(world.binh, 100)]
        )
        delete_initiative(session, gone.id)
    with node_db.session() as session:
        registered = progress_stats(session, dt.date(2023, 4, 14)).total.registered
    assert registered >= 4  # the four live ones count (the deleted one does not)
    path = node_db.path
    command.downgrade(alembic_config(node_db.engine), "0002")
    node_db.close()
    with sqlite3.connect(path) as connection:
        before = connection.execute(COUNTS).fetchone()
        assert "ix_initiatives_stats" not in {n for (n,) in connection.execute(INDEXES)}
    assert before == (5, 5, 2, 1)

    database = open_database(path)  # upgrades to head
    try:
        with sqlite3.connect(path) as connection:
            assert connection.execute(COUNTS).fetchone() == before
            assert "ix_initiatives_stats" in {n for (n,) in connection.execute(INDEXES)}
        with database.session() as session:
            assert progress_stats(session, dt.date(2023, 4, 14)).total.registered == registered
    finally:
        database.close()
