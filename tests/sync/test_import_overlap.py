"""Issue 13: on a file, the import's bulk writes run on a writer thread (db/sync/rows.py,
SqliteMergeRows) while the merge decides the next batch. It must change nothing but the time:
the database ends the same row for row as when the merge writes each batch itself, the
statements reach the connection in the same order, nothing of the merge's thread reaches the
connection while a write is pending, a write's error refuses the package and leaves the file as
it was, and Cancel leaves the file as it was with no thread left behind."""

from __future__ import annotations

import re
import sqlite3
import sys
import threading
import time
import types
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from bench_sync import build_site, copy_db, empty_hq, export_site
from sync_world import file_state

from db.session import open_database
from db.sync import apply
from db.sync.errors import PackageRefused, SyncCancelled
from db.sync.importer import import_package
from db.sync.rows import SqliteMergeRows

INITIATIVES = 3_000  # more than a batch of the big tables (apply.BATCH: 2,000)
WRITER = "sangkien-write"  # the writer thread's name
TIME = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d+)?")


def site_package(folder: Path, initiatives: int) -> tuple[Path, Path]:
    """A union's package of `initiatives` (the benchmark's: authors, reviews, many refused, most
    settled at headquarters) and an empty headquarters to import it into."""
    site, package, hq = folder / "site.db", folder / "site.skp", folder / "hq.db"
    build_site(site, initiatives, seed=7, reg_offset=0)
    export_site(site, package)
    empty_hq(hq)
    return package, hq


@pytest.fixture(scope="module")
def big_package(tmp_path_factory) -> tuple[Path, Path]:
    return site_package(tmp_path_factory.mktemp("big"), INITIATIVES)


@pytest.fixture(scope="module")
def small_package(tmp_path_factory) -> tuple[Path, Path]:
    return site_package(tmp_path_factory.mktemp("small"), 600)


@pytest.fixture
def stamps_frozen(monkeypatch) -> int:
    """The version stamps' wall clock stands still (their counter still moves), so two imports
    of the same package give the same stamps. Returns that time (ms)."""
    now = time.time_ns()
    monkeypatch.setattr("db.hlc.time", types.SimpleNamespace(time_ns=lambda: now))
    return now // 1_000_000


@pytest.fixture
def overlap(monkeypatch):
    def set_to(on: bool) -> None:
        monkeypatch.setattr(SqliteMergeRows, "overlap", on)

    return set_to


class Statements:
    """Every statement that reaches the import's connections, with the thread that ran it
    (sqlite3's trace callback); `slow_writer` makes the writer thread sleep before each of its
    statements starts, so that anything of the merge's thread not waiting for it comes first.
    Python 3.11 traces each firing of a trigger as the statement that fired it, again: a
    statement traced twice running is kept once; SQLite's and FTS5's own statements (`-- …`,
    `'main'.…`: FTS5 writes a segment per statement) are left out."""

    def __init__(self, database, slow_writer: float = 0.0, monkeypatch=None) -> None:
        from sqlalchemy import event

        self.seen: list[tuple[str, str]] = []
        self.slow = slow_writer
        self.early: list[str] = []  # statements of the merge's thread while a write was pending
        self.rows: list[SqliteMergeRows] = []
        event.listen(database.engine, "checkout", self._watch)
        if monkeypatch is not None:  # the merge's SqliteMergeRows, to tell when a write is pending
            made = apply.merge_rows

            def kept(session):
                rows = made(session)
                self.rows.append(rows)
                return rows

            monkeypatch.setattr(apply, "merge_rows", kept)

    def _watch(self, dbapi_connection, _record, _proxy) -> None:
        dbapi_connection.set_trace_callback(self._statement)

    def _statement(self, sql: str) -> None:
        thread = threading.current_thread().name
        if thread != WRITER and any(rows._writer is not None for rows in self.rows):
            self.early.append(sql[:300])
        if sql.startswith("--") or "'main'." in sql or (self.seen and self.seen[-1][1] == sql):
            return
        if thread == WRITER and self.slow:
            time.sleep(self.slow)
        self.seen.append((thread, sql))

    def in_one_order(self) -> list[str]:
        """The statements in order, the rows of consecutive INSERTs into one table put together
        (`INSERT … VALUES (a), (b)` as one statement or two gives one line), times masked."""
        out: list[list[str]] = []
        for _thread, sql in self.seen:
            head, _, values = sql.partition(" VALUES ")
            if sql.startswith("INSERT INTO ") and out and out[-1][0] == head + " VALUES ":
                out[-1].append(values)
            elif sql.startswith("INSERT INTO "):
                out.append([head + " VALUES ", values])
            else:
                out.append([sql])
        return [TIME.sub("<time>", parts[0] + ",".join(parts[1:])) for parts in out]


def first_difference(one: list[str], other: list[str]) -> tuple | None:
    """Where two lists of statements part (a short excerpt of each), or None."""
    for at, (a, b) in enumerate(zip(one, other, strict=False)):
        if a != b:
            return at, a[:300], b[:300]
    if len(one) != len(other):
        return min(len(one), len(other)), len(one), len(other)
    return None


def imported(package: Path, hq: Path, target: Path, watch=None, **options):
    copy_db(hq, target)
    database = open_database(target)
    try:
        statements = watch(database) if watch else None
        report = import_package(database, package, trust_new_node=True, backup=False, **options)
        return report, statements
    finally:
        database.close()


def every_row(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, in rowid order, with the times of day masked (the audit's and
    the package log's `at`). The search index as what it holds, every term at every place of
    every initiative (fts5vocab), after its own integrity check: its pages are not compared,
    since FTS5 writes a segment per statement (a statement of 500 new rows makes fewer, larger
    segments than 500 statements of one row; the same terms, found alike)."""
    conn = sqlite3.connect(path)
    try:
        indexes = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%fts5%'"
            )
        ]
        out = {}
        for (table,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
            "'CREATE VIRTUAL TABLE%' ORDER BY name"
        ).fetchall():
            if any(table.startswith(f"{index}_") for index in indexes):
                continue  # the index's own pages (below)
            try:
                rows = conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
            except sqlite3.OperationalError:  # WITHOUT ROWID: in key order
                rows = conn.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
            out[table] = [
                tuple(TIME.sub("<time>", v) if isinstance(v, str) else v for v in row)
                for row in rows
            ]
        for index in indexes:
            conn.execute(f"INSERT INTO {index} ({index}) VALUES ('integrity-check')")
            conn.execute(
                f"CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, {index}, instance)"
            )
            out[f"{index} terms"] = conn.execute(
                "SELECT term, doc, col, offset FROM temp.terms ORDER BY term, doc, col, offset"
            ).fetchall()
            conn.execute("DROP TABLE temp.terms")
        return out
    finally:
        conn.close()


def writer_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == WRITER]


def test_the_database_is_the_same_row_for_row_with_the_writer_thread(
    big_package, tmp_path, overlap, stamps_frozen
):
    package, hq = big_package
    overlap(False)
    before, _ = imported(package, hq, tmp_path / "in-line.db")
    overlap(True)
    after, _ = imported(package, hq, tmp_path / "overlapped.db")
    assert after.summary() == before.summary()
    assert after.tables["initiatives"].new == INITIATIVES
    assert after.summary()["refused"] > 0  # reviews above the union's level: refused
    in_line, overlapped = every_row(tmp_path / "in-line.db"), every_row(tmp_path / "overlapped.db")
    assert len(overlapped["initiatives"]) == INITIATIVES
    assert len(overlapped["audit_log"]) > 1_000  # settling's lines too
    assert len(overlapped["initiative_fts terms"]) > INITIATIVES * 10
    assert stamps_frozen in overlapped["node"][0]  # the clock's wall time: the same both ways
    for table, rows in in_line.items():
        assert overlapped[table] == rows, table
    assert overlapped.keys() == in_line.keys()


@pytest.mark.usefixtures("stamps_frozen")
def test_the_statements_reach_the_connection_in_the_same_order(
    small_package, tmp_path, overlap, monkeypatch
):
    """Smaller batches and statements than the app's, so that many meet: 600 initiatives in
    batches of 150, INSERTs of 40 rows (Python 3.11 traces each row's triggers as the whole
    statement, so a statement of 500 rows is expanded 500 times)."""
    monkeypatch.setattr(apply, "BATCH", 150)
    monkeypatch.setattr("db.sync.rows.ROWS_A_STATEMENT", 40)
    package, hq = small_package
    overlap(False)
    _, in_line = imported(package, hq, tmp_path / "in-line.db", Statements)
    overlap(True)
    _, slow = imported(
        package, hq, tmp_path / "overlapped.db", lambda db: Statements(db, 0.002, monkeypatch)
    )
    written_there = [sql for thread, sql in slow.seen if thread == WRITER]
    assert sum(sql.startswith("INSERT INTO ") for sql in written_there) >= 10  # new rows, there
    assert slow.early == []  # nothing of the merge's thread while a write was pending
    assert first_difference(slow.in_one_order(), in_line.in_one_order()) is None


def test_a_writers_error_refuses_the_package_and_leaves_the_file_as_it_was(
    big_package, tmp_path, overlap
):
    """A row the database refuses (here a trigger's, as a constraint would) while the writer
    thread inserts it: the merge's thread raises it, the import rolls back."""
    package, hq = big_package
    overlap(True)
    target = tmp_path / "hq.db"
    copy_db(hq, target)
    database = open_database(target)
    with database.engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE TRIGGER no_review BEFORE INSERT ON reviews "
            "BEGIN SELECT RAISE(ABORT, 'hội đồng đã khóa sổ'); END"
        )
    state = file_state(database)
    try:
        with pytest.raises(PackageRefused, match="hội đồng đã khóa sổ"):
            import_package(database, package, trust_new_node=True, backup=False)
        assert writer_threads() == []
    finally:
        database.close()
    assert file_state(target) == state


def test_the_writers_error_is_the_one_sqlite3_raised(tmp_path, overlap):
    """In the merge's thread, at the next statement: sqlite3's own IntegrityError, as the merge's
    `executemany` raised it before; what was handed over after it is not written."""
    overlap(True)
    database = open_database(tmp_path / "db.db", create=True)
    try:
        with database.transaction() as session:
            rows = SqliteMergeRows(session)
            rows.execute("CREATE TEMP TABLE t (id TEXT PRIMARY KEY, v INTEGER)")
            rows.insert_many("t", ["id", "v"], [["a", 1], ["b", 2], ["a", 3]])
            rows.insert_many("t", ["id", "v"], [["c", 4]])
            assert writer_threads()
            with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
                rows.execute("SELECT count(*) FROM t")
            assert writer_threads() == []
            assert rows.execute("SELECT id FROM t ORDER BY id").fetchall() == []
    finally:
        database.close()


def test_the_sessions_own_statements_wait_for_the_writes(tmp_path, overlap):
    overlap(True)
    database = open_database(tmp_path / "db.db", create=True)
    try:
        with database.transaction() as session:
            rows = SqliteMergeRows(session)
            rows.execute("CREATE TEMP TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
            rows.insert_many("t", ["id", "v"], [[n, f"dòng {n}"] for n in range(3_001)])
            assert writer_threads()
            count = session.connection().exec_driver_sql("SELECT count(*) FROM t").scalar()
            assert count == 3_001
            assert writer_threads() == []
    finally:
        database.close()


def test_cancel_mid_merge_leaves_the_file_as_it_was_and_no_thread(small_package, tmp_path, overlap):
    """Cancel is asked before each batch (db.sync.errors.check_cancelled); here the first time
    a write is still running then (the writer made slow): the import stops, waits for the
    write, rolls back."""
    package, hq = small_package
    overlap(True)
    target = tmp_path / "hq.db"
    copy_db(hq, target)
    state = file_state(target)
    database = open_database(target)
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(bool(writer_threads()))
        return asked[-1]

    slow = Statements(database, slow_writer=0.05)
    try:
        with pytest.raises(SyncCancelled):
            import_package(
                database, package, trust_new_node=True, backup=False, cancelled=cancelled
            )
        assert asked[-1] and not any(asked[:-1])
        assert any(thread == WRITER for thread, _sql in slow.seen)
        assert writer_threads() == []
    finally:
        database.close()
    assert file_state(target) == state
