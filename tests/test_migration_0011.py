"""A database made before the stored duplicate pairs (at revision 0002, holding initiatives and
their authors) opens in this version: the two local tables are made empty, every record is still
there, and the first listing fills them; the downgrade drops the tables only."""

import sqlite3

from alembic import command
from initiative_world import build_world, initiative_data

from db.duplicates.candidates import pairs_to_decide
from db.migrate import alembic_config
from db.queries.initiatives import AuthorShare, register_initiative
from db.session import open_database

COUNTS = "SELECT (SELECT count(*) FROM initiatives), (SELECT count(*) FROM initiative_authors), "
COUNTS += "(SELECT count(*) FROM people)"
TABLES = "SELECT name FROM sqlite_master WHERE type = 'table'"
OURS = {"duplicate_authorships", "duplicate_candidates"}


def test_a_database_at_0002_with_records_is_upgraded_and_keeps_them(node_db):
    world = build_world(node_db)
    with node_db.transaction() as session:
        for title in ("Cải tiến van an toàn giàn khoan", "cai tien van an toan gian khoan"):
            register_initiative(
                session,
                initiative_data(world, title=title),
                [AuthorShare(world.an, 50), AuthorShare(world.binh, 50)],
            )
    path = node_db.path
    command.downgrade(alembic_config(node_db.engine), "0002")
    node_db.close()
    with sqlite3.connect(path) as connection:
        before = connection.execute(COUNTS).fetchone()
        assert not OURS & {name for (name,) in connection.execute(TABLES)}
    assert before == (2, 4, 2)

    database = open_database(path)  # upgrades to head
    try:
        with sqlite3.connect(path) as connection:
            assert connection.execute(COUNTS).fetchone() == before
            assert {name for (name,) in connection.execute(TABLES)} >= OURS
            assert connection.execute("SELECT count(*) FROM duplicate_candidates").fetchone() == (
                0,
            )
        [pair] = pairs_to_decide(database)
        assert set(pair.shared_authors) == {"Nguyễn Văn An", "Trần Thị Bình"}
        command.downgrade(alembic_config(database.engine), "0010")
        with sqlite3.connect(path) as connection:
            assert connection.execute(COUNTS).fetchone() == before
            assert not OURS & {name for (name,) in connection.execute(TABLES)}
    finally:
        database.close()
