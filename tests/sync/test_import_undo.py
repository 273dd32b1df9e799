"""Headquarters imports a site's package into a large database: the safety copy is an undo journal
of what the import changes (not a copy of the whole file), and restoring it gives back exactly
the state before the import."""

from __future__ import annotations

import sqlite3

import pytest
from sync_world import edit, register

from db import undo_journal
from db.backup import list_backups
from db.restore import restore_backup
from db.sync.importer import import_package


def state(database) -> dict[str, list[tuple]]:
    """Every row of every table with its rowid, and what the search index finds."""
    conn = sqlite3.connect(database.path)
    try:
        tables = undo_journal.journalled_tables(conn)
        rows = {
            t: conn.execute(f'SELECT rowid, * FROM "{t}" ORDER BY rowid').fetchall() for t in tables
        }
        rows["search"] = [
            conn.execute(
                "SELECT rowid FROM initiative_fts WHERE initiative_fts MATCH ? ORDER BY rowid",
                (word,),
            ).fetchall()
            for word in ("bom", "van", "khi", "nguyen", "vsp")
        ]
        conn.execute("INSERT INTO initiative_fts(initiative_fts) VALUES ('integrity-check')")
    finally:
        conn.close()
    return rows


def without_restore_marks(rows: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """The audit lines a restore adds, and the node's counters, which never go back."""
    kept = dict(rows)
    kept["audit_log"] = [r for r in rows["audit_log"] if r[4] != "restore"]
    kept["node"] = [
        r[:1] + tuple(v for k, v in enumerate(r) if k not in COUNTER_COLUMNS) for r in rows["node"]
    ]
    return kept


COUNTER_COLUMNS: set[int] = set()


@pytest.fixture(autouse=True)
def every_database_counts_as_large(monkeypatch):
    """Every database counts as large: the undo journal instead of a full copy."""
    monkeypatch.setattr(undo_journal, "JOURNAL_ABOVE_BYTES", 0)


@pytest.fixture
def hq_and_package(world):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP")
    first = register(site, "Cải tiến bơm ly tâm giàn MSP1")
    register(site, "Van an toàn khí nén")
    world.carry(site, hq)
    edit(site, first, title="Cải tiến bơm ly tâm và van xả giàn MSP1")
    for n in range(5):
        register(site, f"Giải pháp tiết kiệm khí số {n}")
    return hq, world.export(site, "CDDKVN")


def node_counter_columns(database) -> set[int]:
    conn = sqlite3.connect(database.path)
    try:
        names = [c[1] for c in conn.execute("PRAGMA table_info(node)")]
    finally:
        conn.close()
    return {names.index(n) + 1 for n in ("last_seq", "hlc_wall", "hlc_counter")}  # +1: rowid


def test_an_import_into_a_large_database_is_undone_exactly(hq_and_package):
    hq, package = hq_and_package
    COUNTER_COLUMNS.update(node_counter_columns(hq))
    before = state(hq)

    report = import_package(hq, package, trust_new_node=True)
    assert report.status == "imported"
    assert report.backup.endswith("-import-undo.db")
    assert not [p for p in (hq.path.parent / "backups").glob("*.db") if "undo" not in p.name]
    [listed] = list_backups(hq)
    assert listed.reason == "import-undo" and listed.counts["initiatives"] == 2
    imported = state(hq)
    assert imported != before

    result = restore_backup(hq, report.backup, actor="clerk")
    after = state(hq)
    assert without_restore_marks(after) == without_restore_marks(before)
    assert [r[4] for r in after["audit_log"]][-1] == "restore"
    seq = min(COUNTER_COLUMNS)
    assert after["node"][0][seq] >= imported["node"][0][seq]  # never back

    # The undo was journalled too: it can be undone, back to the imported records.
    restore_backup(hq, result.safety_backup, actor="clerk")
    assert without_restore_marks(state(hq)) == without_restore_marks(imported)


def test_a_journal_is_refused_once_the_database_has_moved_on(hq_and_package):
    hq, package = hq_and_package
    report = import_package(hq, package, trust_new_node=True)
    register(hq, "Sửa đổi sau khi nhập", code="CDDKVN")
    changed = state(hq)
    with pytest.raises(Exception, match="đã thay đổi sau lần nhập"):
        restore_backup(hq, report.backup)
    assert state(hq) == changed


def test_an_import_that_fails_leaves_no_journal_and_no_triggers(hq_and_package, monkeypatch):
    hq, package = hq_and_package
    before = state(hq)

    def broken(*_args, **_kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr("db.sync.importer.log_import", broken)
    with pytest.raises(RuntimeError):
        import_package(hq, package, trust_new_node=True)
    assert state(hq) == before
    assert not list((hq.path.parent / "backups").glob("*"))
    monkeypatch.undo()
    monkeypatch.setattr(undo_journal, "JOURNAL_ABOVE_BYTES", 0)
    report = import_package(hq, package, trust_new_node=True)  # the pool's connection is clean
    assert report.status == "imported"
    with hq.session() as session:
        conn = session.connection().connection.driver_connection
        assert not conn.execute("SELECT name FROM temp.sqlite_master").fetchall()
