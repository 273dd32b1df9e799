"""Migration 0013 (issue 18): a SQLite file at revision 0002 holding records is upgraded and keeps
them, untouched by the server-only steps; a server database at 0009 holding records is upgraded,
keeps them, gets its search index (trigrams, then words) and 64-bit clock and sequence columns."""

import pytest
from alembic import command
from initiative_world import build_world, initiative_data
from sqlalchemy import inspect, text

from db.migrate import alembic_config, head_revision
from db.queries.initiatives import AuthorShare, register_initiative
from db.session import open_database

pytestmark = pytest.mark.both_engines

COUNTS = text(
    "SELECT (SELECT count(*) FROM initiatives), (SELECT count(*) FROM initiative_authors), "
    "(SELECT count(*) FROM people)"
)
STARTS_AT = {"sqlite": "0002", "postgresql": "0009"}  # 0005's downgrade is SQLite's own


def register_three(database):
    world = build_world(database)
    with database.transaction() as session:
        for n in range(3):
            register_initiative(
                session,
                initiative_data(world, title=f"Cải tiến van an toàn số {n}"),
                [AuthorShare(world.an, 50), AuthorShare(world.binh, 50)],
            )


def test_an_older_database_with_records_is_upgraded_and_keeps_them(node_db, engine):
    register_three(node_db)
    target = node_db.path
    command.downgrade(alembic_config(node_db.engine), STARTS_AT[engine])
    with node_db.engine.connect() as conn:
        before = conn.execute(COUNTS).one()
    node_db.close()
    assert tuple(before) == (3, 6, 2)

    database = open_database(target)  # upgrades to head
    try:
        with database.engine.connect() as conn:
            assert conn.execute(COUNTS).one() == before
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            assert revision == head_revision()
            indexes = {i["name"] for i in inspect(conn).get_indexes("initiatives")}
            columns = {c["name"]: c["type"] for c in inspect(conn).get_columns("node")}
        on_server = engine == "postgresql"
        assert (
            "ix_initiatives_words" in indexes
        ) is on_server  # 0013's trigrams, then 0017's words
        assert ("BIGINT" in str(columns["hlc_wall"])) is on_server
    finally:
        database.close()


def test_the_models_and_migrations_agree_on_the_server(pg, capsys):
    from db.check_schema import main

    assert main([pg.new_database("schema", migrated=False)]) == 0
    assert "Schema (postgresql): models and migrations agree" in capsys.readouterr().out
