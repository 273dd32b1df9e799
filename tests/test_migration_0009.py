"""A database made before programme overrides (at revision 0002, holding initiatives and their
authors) opens in this version: the overrides table is made empty and every record is still
there; the downgrade drops the table only."""

import sqlite3

from alembic import command
from initiative_world import build_world, initiative_data

from db.migrate import alembic_config
from db.queries.initiatives import AuthorShare, register_initiative
from db.session import open_database

COUNTS = "SELECT (SELECT count(*) FROM initiatives), (SELECT count(*) FROM initiative_authors), "
COUNTS += "(SELECT count(*) FROM people)"
TABLES = "SELECT name FROM sqlite_master WHERE type = 'table'"


def test_a_database_at_0002_with_records_is_upgraded_and_keeps_them(node_db):
    world = build_world(node_db)
    with node_db.transaction() as session:
        for n in range(3):
            register_initiative(
                session,
                initiative_data(world, title=f"Cải tiến van an toàn số {n}"),
                [AuthorShare(world.an, 50), AuthorShare(world.binh, 50)],
            )
    path = node_db.path
    command.downgrade(alembic_config(node_db.engine), "0002")
    node_db.close()
    with sqlite3.connect(path) as connection:
        before = connection.execute(COUNTS).fetchone()
        assert "programme_overrides" not in {name for (name,) in connection.execute(TABLES)}
    assert before == (3, 6, 2)

    database = open_database(path)  # upgrades to head
    try:
        with sqlite3.connect(path) as connection:
            assert connection.execute(COUNTS).fetchone() == before
            assert "programme_overrides" in {name for (name,) in connection.execute(TABLES)}
            assert connection.execute("SELECT count(*) FROM programme_overrides").fetchone() == (0,)
    finally:
        database.close()
