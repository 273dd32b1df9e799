"""Importing into headquarters on a server while the server is still busy (issue 18): the merge
hands each table's new rows over and goes on deciding the next table while the server finishes
the last one (its references checked, its triggers run), and a row the server refuses at the
end of a table's COPY still refuses the whole package with one clear message, leaving the
server as it was."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))

from sync_world import World, dump, file_state, register

from db.postgres.copy import copy_node
from db.postgres.merge_rows import ServerMergeRows
from db.session import open_database
from db.sync.errors import PackageRefused
from db.sync.importer import import_package

TITLES = [f"Cải tiến van số {n} của tổ Bình" for n in range(5)]
SLOW_END = 3.0  # seconds the server takes at the end of each COPY into initiatives


def a_site_with_initiatives(world: World, hq) -> Path:
    site = world.enrol(hq, "VSP-TD03")
    for title in TITLES:
        register(site, title)
    return world.export(site, "CDDKVN")


def server_sql(database, statement: str) -> None:
    with database.engine.begin() as conn:
        conn.exec_driver_sql(statement)


def slow_end_of_initiatives(database) -> None:
    """A server that takes SLOW_END seconds at the end of every COPY into initiatives, and
    notes when it was done (as a statement trigger of 0017 would, only slower)."""
    server_sql(database, "CREATE TABLE copy_ends (at timestamptz)")
    server_sql(
        database,
        "CREATE FUNCTION slow_end() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"PERFORM pg_sleep({SLOW_END}); INSERT INTO copy_ends VALUES (clock_timestamp()); "
        "RETURN NULL; END $$",
    )
    server_sql(
        database,
        "CREATE TRIGGER slow_end AFTER INSERT ON initiatives "
        "FOR EACH STATEMENT EXECUTE FUNCTION slow_end()",
    )


def test_the_merge_decides_the_next_table_while_the_server_finishes_the_initiatives(
    tmp_path, pg, monkeypatch
):
    world = World(tmp_path)
    file_hq = world.headquarters()
    package = a_site_with_initiatives(world, file_hq)
    hq = open_database(pg.new_database("hq"), create=True)
    copy_node(file_hq, hq)  # the same node, moved to a server before the package came
    slow_end_of_initiatives(hq)
    handed_over: dict[str, float] = {}
    insert_many = ServerMergeRows.insert_many

    def noted(self, table, columns, rows):
        insert_many(self, table, columns, rows)
        handed_over.setdefault(table, time.time())

    monkeypatch.setattr(ServerMergeRows, "insert_many", noted)

    report = import_package(hq, package, trust_new_node=True, backup=False)

    assert report.tables["initiatives"].new == len(TITLES)
    with hq.engine.connect() as conn:
        (ended,) = conn.exec_driver_sql("SELECT extract(epoch FROM max(at)) FROM copy_ends").one()
    # the authors' shares were decided and handed over before the server had finished the
    # initiatives' COPY (one after the other, they came SLOW_END seconds after it)
    assert handed_over["initiative_authors"] < float(ended) - SLOW_END / 2
    import_package(file_hq, package, trust_new_node=True, backup=False)
    assert dump(hq) == dump(file_hq)  # the same records as a file headquarters gets
    hq.close()
    world.close()


def test_a_row_the_server_refuses_at_the_end_of_a_copy_refuses_the_package(tmp_path, pg):
    world = World(tmp_path, server=pg.new_database)
    hq = world.headquarters()
    package = a_site_with_initiatives(world, hq)
    # a rule the merge does not know, checked by the server only (as a key taken meanwhile)
    server_sql(
        hq, f"ALTER TABLE initiatives ADD CONSTRAINT no_valve CHECK (title <> '{TITLES[3]}')"
    )
    before = file_state(hq)

    with pytest.raises(PackageRefused) as refused:
        import_package(hq, package, trust_new_node=True, backup=False)

    assert "no_valve" in str(refused.value)
    assert file_state(hq) == before  # nothing of the package, and the next import may come
    server_sql(hq, "ALTER TABLE initiatives DROP CONSTRAINT no_valve")
    report = import_package(hq, package, trust_new_node=True, backup=False)
    assert report.tables["initiatives"].new == len(TITLES)
    world.close()
