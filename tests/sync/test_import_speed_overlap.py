"""Issue 13: the merge runs ahead of its writer thread (db/sync/rows.py SqliteMergeRows) by up
to IN_FLIGHT rows, not one batch: a write handed over waits only until the writer is within
IN_FLIGHT rows of it, never for every write before it, so the writer catches up while the merge
decides a table that costs it more than its writes. And a headquarters holding no merged person
does not look its authorships up among the aliases (which waited for every write each batch)."""

from __future__ import annotations

import threading

import pytest
from test_import_overlap import Statements, imported, site_package

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
