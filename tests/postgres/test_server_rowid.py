"""Initiatives have a rowid on a server too (issue 18, migration 0016): the table, the search and
the duplicates' title index keep integer row keys, and on a server they mean what they mean in a
file. A server database at 0013 holding records is upgraded and numbers them in the order they
were stamped; `migrate-to` keeps the file's own rowids (and `dump` the same bytes); a new
initiative gets the next one."""

from alembic import command
from initiative_world import build_world, initiative_data
from sqlalchemy import text

from db.migrate import alembic_config
from db.queries.browse import initiative_rowids, initiative_rows
from db.queries.filters import InitiativeFilter
from db.queries.initiatives import AuthorShare, register_initiative
from db.session import open_database
from desktop.__main__ import main

ROWIDS = text("SELECT reg_no, rowid FROM initiatives ORDER BY rowid")


def register(database, world, titles):
    with database.transaction() as session:
        for title in titles:
            register_initiative(
                session, initiative_data(world, title=title), [AuthorShare(world.an, 100)]
            )


def rowids(database):
    with database.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(ROWIDS)]


def test_a_server_at_0013_with_records_numbers_them_in_the_order_they_were_stamped(pg):
    from db.node import create_node

    address = pg.new_database("at13")
    database = open_database(address)
    with database.transaction() as session:
        create_node(session, "CDDKVN")
    world = build_world(database)
    register(database, world, [f"Cải tiến bơm số {n}" for n in range(3)])
    command.downgrade(alembic_config(database.engine), "0013")
    with database.engine.connect() as conn:
        stamped = [r for (r,) in conn.execute(text("SELECT reg_no FROM initiatives ORDER BY hlc"))]
    database.close()

    database = open_database(address)  # upgrades to head
    try:
        assert rowids(database) == [(reg_no, n) for n, reg_no in enumerate(stamped, 1)]
        register(database, world, ["Van an toàn mới"])
        assert rowids(database)[-1][1] == 4  # the next one, after the numbered rows
    finally:
        database.close()


def test_moving_to_a_server_keeps_the_files_rowids_and_the_table_reads_by_them(
    pg, tmp_path, capsys
):
    from db.node import create_node

    path = tmp_path / "hq.db"
    database = open_database(path, create=True)
    with database.transaction() as session:
        create_node(session, "CDDKVN")
    world = build_world(database)
    register(database, world, [f"Máy nén khí số {n}" for n in range(5)])
    in_file = rowids(database)
    with database.session() as session:
        file_rows = initiative_rows(session, initiative_rowids(session, InitiativeFilter()))
    database.close()

    address = pg.new_database("moved", migrated=False)
    assert main(["--db", str(path), "migrate-to", address]) == 0
    capsys.readouterr()
    server = open_database(address)
    try:
        assert rowids(server) == in_file
        with server.session() as session:
            ids = initiative_rowids(session, InitiativeFilter())
            assert initiative_rows(session, ids) == file_rows  # the same rows, by the same keys
        register(server, world, ["Bơm mới trên máy chủ"])
        assert rowids(server)[-1][1] == in_file[-1][1] + 1
    finally:
        server.close()
