"""Importing a package into headquarters on a server (issue 18, at least half a COPY's speed):
each table's new rows stream to the server in one COPY while the next batch is decided, and the
reads of a table that held nothing before the import are answered from the rows it added, so
the server is not asked once per batch. The records that land are those a file headquarters
gets from the same package; a cancelled import leaves the server as it was, even with a COPY
under way."""

from __future__ import annotations

import sys
from pathlib import Path

import psycopg
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))

from sync_world import World, dump, file_state, register

from db.postgres.copy import copy_node
from db.postgres.merge_rows import ServerMergeRows
from db.progress import OperationCancelled
from db.session import open_database
from db.sync.importer import import_package

TITLES = [f"Cải tiến bơm số {n} của tổ Ánh" for n in range(7)]


@pytest.fixture
def small_batches(monkeypatch) -> int:
    """Batches of 3 records: a few initiatives take several batches of every table."""
    monkeypatch.setattr("db.sync.apply.BATCH", 3)
    return 3


@pytest.fixture
def server_reads(monkeypatch):
    """The statements the merge sends to the server, as psycopg receives them."""
    sent: list[str] = []
    execute = psycopg.Cursor.execute

    def spy(self, query, *args, **kwargs):
        sent.append(str(query))
        return execute(self, query, *args, **kwargs)

    monkeypatch.setattr(psycopg.Cursor, "execute", spy)
    return sent


def a_site_with_initiatives(world: World, hq) -> Path:
    site = world.enrol(hq, "VSP-TD03")
    for title in TITLES:
        register(site, title)
    return world.export(site, "CDDKVN")


def test_a_new_server_headquarters_gets_a_package_without_a_read_per_batch(
    tmp_path, pg, small_batches, server_reads
):
    world = World(tmp_path)
    file_hq = world.headquarters()
    package = a_site_with_initiatives(world, file_hq)
    assert len(TITLES) > 2 * small_batches  # the initiatives come in three batches
    server_hq = open_database(pg.new_database("hq"), create=True)
    copy_node(file_hq, server_hq)  # the same node, moved to a server before the package came
    server_reads.clear()

    report = import_package(server_hq, package, trust_new_node=True, backup=False)

    assert report.tables["initiatives"].new == len(TITLES)
    new_here = ("FROM initiatives ", "FROM initiative_authors ", "FROM people ", "FROM reviews ")
    lookups = [sql for sql in server_reads if " IN (" in sql and sql.startswith("SELECT")]
    assert lookups  # the units the records name are looked up on the server …
    # … but not a batch's local rows, references and unique keys in tables that held nothing
    assert [sql for sql in lookups if any(table in sql for table in new_here)] == []
    import_package(file_hq, package, trust_new_node=True, backup=False)
    assert dump(server_hq) == dump(file_hq)  # the same records, field for field
    server_hq.close()
    world.close()


def test_an_import_cancelled_while_a_table_streams_leaves_the_server_as_it_was(
    tmp_path, pg, small_batches, monkeypatch
):
    world = World(tmp_path, server=pg.new_database)
    hq = world.headquarters()
    package = a_site_with_initiatives(world, hq)
    assert len(TITLES) > 2 * small_batches  # a COPY is open when Cancel comes
    before = file_state(hq)
    streamed: list[int] = []
    insert_many = ServerMergeRows.insert_many

    def counted(self, table, columns, rows):
        insert_many(self, table, columns, rows)
        if table == "initiatives":
            streamed.append(len(rows))

    monkeypatch.setattr(ServerMergeRows, "insert_many", counted)

    with pytest.raises(OperationCancelled):  # Cancel pressed after two batches of initiatives
        import_package(
            hq, package, trust_new_node=True, backup=False, cancelled=lambda: len(streamed) >= 2
        )

    assert file_state(hq) == before
    report = import_package(hq, package, trust_new_node=True, backup=False)  # and it still works
    assert report.tables["initiatives"].new == len(TITLES)
    world.close()
