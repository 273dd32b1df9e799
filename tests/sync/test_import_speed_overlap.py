"""Issue 13: the merge runs ahead of its writer thread (db/sync/rows.py SqliteMergeRows) by up
to IN_FLIGHT rows, not one batch: a write handed over waits only until the writer is within
IN_FLIGHT rows of it, never for every write before it, so the writer catches up while the merge
decides a table that costs it more than its writes. And a headquarters holding no merged person
does not look its authorships up among the aliases (which waited for every write each batch)."""

from __future__ import annotations

import threading

import pytest
from test_import_overlap import (  # noqa: F401 (stamps_frozen: a fixture)
    WRITER,
    Statements,
    every_row,
    imported,
    site_package,
    stamps_frozen,
)

from db.sync import apply, rows
from db.sync.rows import SqliteMergeRows


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    return site_package(tmp_path_factory.mktemp("ahead"), 600)


class Watched:
    """Each hand-over's waits, the backlog after it, and every full wait for the writer."""

    def __init__(self, monkeypatch) -> None:
        self.backlog_after_wait: list[int] = []
        self.most = 0
        self.joined_in_hand_over = 0
        self.handing = False
        watched = self
        hand_over, join = SqliteMergeRows._hand_over, SqliteMergeRows._join

        class Counted(threading.Condition):
            def wait(self, timeout=None):
                done = super().wait(timeout)
                watched.after_wait()
                return done

        def handing_over(merge_rows, sql, batch, many):
            self.handing, self.current = True, merge_rows
            try:
                hand_over(merge_rows, sql, batch, many)
            finally:
                self.handing = False
                self.most = max(self.most, merge_rows._in_flight)

        def joining(merge_rows):
            if self.handing and merge_rows._writer is not None:
                self.joined_in_hand_over += 1
            join(merge_rows)

        monkeypatch.setattr(rows.threading, "Condition", Counted)
        monkeypatch.setattr(SqliteMergeRows, "_hand_over", handing_over)
        monkeypatch.setattr(SqliteMergeRows, "_join", joining)

    def after_wait(self) -> None:
        if self.handing:
            self.backlog_after_wait.append(self.current._in_flight)


def test_the_merge_runs_ahead_of_a_slow_writer_within_in_flight_rows(
    package, tmp_path, monkeypatch
):
    monkeypatch.setattr(apply, "BATCH", 150)
    monkeypatch.setattr(rows, "ROWS_A_STATEMENT", 40)
    monkeypatch.setattr(rows, "IN_FLIGHT", 400)
    watched = Watched(monkeypatch)
    package_path, hq = package
    report, _ = imported(package_path, hq, tmp_path / "hq.db", lambda db: Statements(db, 0.003))
    assert report.tables["initiatives"].new == 600
    assert watched.most <= 400  # the backlog never beyond IN_FLIGHT rows
    assert watched.backlog_after_wait  # the slow writer did hold the merge back
    # ... only until it was within IN_FLIGHT rows: still busy when the merge went on
    assert max(watched.backlog_after_wait) > 0
    assert watched.joined_in_hand_over == 0  # never a wait for every write handed over


def test_no_alias_lookups_when_no_person_was_merged_here(package, tmp_path, monkeypatch):
    looked = []
    repoint = apply.repoint_merged_people
    monkeypatch.setattr(
        apply, "repoint_merged_people", lambda *args: looked.append(args[1]) or repoint(*args)
    )
    package_path, hq = package
    report, _ = imported(package_path, hq, tmp_path / "hq.db")
    assert report.tables["initiative_authors"].new > 600
    assert looked == []


SETTLING = "UPDATE initiatives SET status = v.column1"  # settling's corrections, many a statement


def unpredicted(monkeypatch) -> None:
    """As a package too big to keep (verify.KEEP_BYTES): no prediction of its recognitions,
    every initiative sent as decided settled after the reviews; fifty ids a chunk."""
    monkeypatch.setattr(apply.Merger, "package_rulings", lambda self: None)
    monkeypatch.setattr(apply, "SETTLE_CHUNK", 50)


def test_settling_is_written_by_the_writer_while_the_next_ids_are_settled(
    package, tmp_path, monkeypatch
):
    """Issue 13: settling's UPDATE (97,000 rows of a 100,000-initiative package, nothing to
    overlap it before) runs on the writer thread, a chunk at a time, while the merge's thread
    settles the next chunk: the merge's thread hands a chunk over with the one before still
    being written, and never touches the connection meanwhile."""
    unpredicted(monkeypatch)
    pending_at_hand_over: list[int] = []
    write_settled = apply.Merger.write_settled

    def watched(self, updates, audit):
        pending_at_hand_over.append(self.cursor._in_flight)
        return write_settled(self, updates, audit)

    monkeypatch.setattr(apply.Merger, "write_settled", watched)
    package_path, hq = package
    report, statements = imported(
        package_path, hq, tmp_path / "hq.db", lambda db: Statements(db, 0.003, monkeypatch)
    )
    assert report.tables["initiatives"].new == 600
    settling = [thread for thread, sql in statements.seen if sql.startswith(SETTLING)]
    assert len(settling) > 5
    assert set(settling) == {WRITER}
    assert len(pending_at_hand_over) > 5
    assert max(pending_at_hand_over[1:]) > 0  # the chunk before still being written
    assert statements.early == []


@pytest.mark.usefixtures("stamps_frozen")
def test_settling_in_chunks_on_the_writer_leaves_the_same_database(package, tmp_path, monkeypatch):
    """The same rows, versions, sequence numbers and audit lines as settling every id in one
    chunk by the merge's own thread (the writer thread off)."""
    unpredicted(monkeypatch)
    package_path, hq = package
    imported(package_path, hq, tmp_path / "chunks.db")
    monkeypatch.setattr(apply, "SETTLE_CHUNK", 10**9)
    monkeypatch.setattr(SqliteMergeRows, "overlap", False)
    imported(package_path, hq, tmp_path / "whole.db")
    chunks, whole = every_row(tmp_path / "chunks.db"), every_row(tmp_path / "whole.db")
    assert len(chunks["audit_log"]) > 300  # settling's lines
    assert chunks == whole
