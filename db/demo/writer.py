"""Where the demo's rows go: SQLite's executemany, in this process or in a second one.

Inserting the rows (executemany, then the indexes) is most of a build; composing them (bulk.py,
a chunk at a time) about a sixth. A second process inserts while this one composes the next
chunk: the rows cross as `marshal` bytes (a fifth of executemany's cost; pickle costs as much as
the insert it spares). That pays only where a core is free: on a busy machine, and in a frozen
program (where starting Python again is not a given), the rows are inserted here. The same rows
go in the same order either way, so the file's records are the same.

Both writers hold their own transaction on the new file (nobody else has it open; a failed build
deletes it), drop the plain indexes and search-index triggers of the demo's tables first and make
them again from the same SQL once the rows are in (`build_indexes`), as the fair baseline does.
"""

from __future__ import annotations

import marshal
import multiprocessing
import os
import queue
import sqlite3
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

Batches = list[tuple[str, list[tuple[Any, ...]]]]  # (INSERT statement, its rows)
SAVED_SQL = list[tuple[str, str, str, str]]  # (type, name, table, sql) of those dropped
BULK_CACHE_KIB = 1_048_576  # 1 GiB of page cache while building
BULK_PRAGMAS = (
    "journal_mode = MEMORY",
    "synchronous = OFF",
    "foreign_keys = OFF",  # the generator writes parents first; tests check the keys
    f"cache_size = -{BULK_CACHE_KIB}",
    "temp_store = MEMORY",
)


def set_bulk_pragmas(raw: sqlite3.Connection) -> None:
    for pragma in BULK_PRAGMAS:
        raw.execute(f"PRAGMA {pragma}")


def drop_indexes(raw: sqlite3.Connection, tables: tuple[str, ...]) -> SAVED_SQL:
    """Drop the plain indexes and the search-index triggers of `tables`; their SQL, to make them
    again: building an index once is far faster than keeping it up to date row by row. The
    unique indexes stay, so uniqueness is still checked."""
    names = ", ".join(f"'{table}'" for table in tables)
    saved = raw.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL "
        f"AND type IN ('index', 'trigger') AND tbl_name IN ({names})"
    ).fetchall()
    for kind, name, _table, _sql in saved:
        raw.execute(f'DROP {kind.upper()} "{name}"')
    return saved


def make_indexes_again(
    raw: sqlite3.Connection, saved: SAVED_SQL, tables: tuple[str, ...] | None = None
) -> None:
    """The indexes and triggers of `tables` (None: all) made again; the search index rebuilt
    with the initiatives'."""
    for _kind, _name, table, sql in saved:
        if tables is None or table in tables:
            raw.execute(sql)
    if tables is None or "initiatives" in tables:
        raw.execute("INSERT INTO initiative_fts(initiative_fts) VALUES ('rebuild')")


@contextmanager
def indexes_built_at_the_end(raw: sqlite3.Connection, tables: tuple[str, ...]) -> Iterator[None]:
    saved = drop_indexes(raw, tables)
    yield
    make_indexes_again(raw, saved)


def insert_batches(raw: sqlite3.Connection, batches: Batches) -> None:
    for sql, rows in batches:
        raw.executemany(sql, rows)


class RowWriter:
    """Inserts the demo's rows into the file, in this process."""

    def __init__(self, raw: sqlite3.Connection, tables: tuple[str, ...]) -> None:
        self.raw, self.tables = raw, tables
        self.saved: SAVED_SQL = []

    def begin(self) -> None:
        self.raw.execute("BEGIN IMMEDIATE")
        self.saved = drop_indexes(self.raw, self.tables)

    def insert(self, batches: Batches) -> None:
        insert_batches(self.raw, batches)

    def build_indexes(self, tables: tuple[str, ...] | None = None) -> None:
        """Those of `tables` (None: all). SQLite builds them without holding Python's lock: the
        certificates are signed meanwhile."""
        make_indexes_again(self.raw, self.saved, tables)

    def commit(self) -> None:
        self.raw.execute("COMMIT")

    def abandon(self) -> None:
        if self.raw.in_transaction:
            self.raw.execute("ROLLBACK")


class ChildRowWriter:
    """Inserts the demo's rows into the file from a second process. A thread here hands the
    batches to the pipe, so that composing goes on while the second process reads one (two
    batches wait at most)."""

    def __init__(self, path: str, tables: tuple[str, ...]) -> None:
        context = multiprocessing.get_context("spawn")  # no fork: the window has threads
        self.pipe, child_end = context.Pipe()
        self.child = context.Process(
            target=serve, args=(path, tables, child_end), name="demo-writer", daemon=True
        )
        self.child.start()
        child_end.close()
        self.outbox: queue.Queue[bytes | None] = queue.Queue(maxsize=2)
        self.broken = False
        self.sender = threading.Thread(target=self._hand_over, name="demo-rows", daemon=True)
        self.sender.start()

    def begin(self) -> None:
        self._send(("begin", None))

    def insert(self, batches: Batches) -> None:
        self._send(("insert", batches))

    def build_indexes(self, tables: tuple[str, ...] | None = None) -> None:
        self._send(("indexes", tables))

    def commit(self) -> None:
        self._send(("commit", None))
        self.outbox.put(None)
        self.sender.join()
        answer = self.pipe.recv() if self.pipe.poll(None) else "no answer"
        self.child.join()
        if answer != "committed":
            raise RuntimeError(f"The demo's writer failed:\n{answer}")

    def abandon(self) -> None:
        if self.child.is_alive():
            self.child.kill()
        self.child.join()
        self.broken = True
        with suppress(queue.Full):
            self.outbox.put_nowait(None)
        self.pipe.close()

    def _send(self, message: tuple[str, Any]) -> None:
        data = marshal.dumps(message)
        while not self.broken:
            with suppress(queue.Full):
                self.outbox.put(data, timeout=0.5)
                return
        why = self.pipe.recv() if self.pipe.poll(5) else "no answer"
        raise RuntimeError(f"The demo's writer failed:\n{why}")

    def _hand_over(self) -> None:
        while (data := self.outbox.get()) is not None:
            try:
                self.pipe.send_bytes(data)
            except OSError:  # the writer stopped: it says why, and _send tells
                self.broken = True
                return


def serve(path: str, tables: tuple[str, ...], pipe: Any) -> None:
    """The second process: a RowWriter on its own connection, fed by the pipe until 'commit'."""
    try:
        raw = sqlite3.connect(path, isolation_level=None, timeout=60)
        set_bulk_pragmas(raw)
        writer = RowWriter(raw, tables)
        while True:
            kind, payload = marshal.loads(pipe.recv_bytes())
            if kind == "begin":
                writer.begin()
            elif kind == "insert":
                writer.insert(payload)
            elif kind == "indexes":
                writer.build_indexes(payload)
            else:
                writer.commit()
                raw.close()
                pipe.send("committed")
                return
    except BaseException:  # told to the building process, which deletes the file
        import traceback

        pipe.send(traceback.format_exc())


def open_row_writer(
    raw: sqlite3.Connection, path: str, tables: tuple[str, ...], in_this_process: bool | None
) -> RowWriter | ChildRowWriter:
    """A second process when a core is free for it (`in_this_process` None), or as told."""
    if in_this_process is None:
        in_this_process = not a_core_is_free()
    if in_this_process or getattr(sys, "frozen", False):
        return RowWriter(raw, tables)
    return ChildRowWriter(path, tables)


def a_core_is_free() -> bool:
    """True on a machine with a core nobody is using (by the last minute's load, where the
    system tells it): there the second process inserts while this one composes. On a busy
    machine it would only add the cost of handing the rows over (a tenth of the build)."""
    cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # Windows has no load average
        load = 0.0
    return cores >= 2 and load <= cores - 1
