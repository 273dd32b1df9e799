"""The merge's cursor and bulk writes, per engine (issue 18): db/sync/apply.py reads and writes
through `merge_rows(session)` in SQLite's dialect (`?` parameters, values in SQLite's stored
form); on a SQLite file that is the file's own sqlite3 cursor (plain `executemany`: no ORM
object per row, as db/sync/apply.py says), on a server db.postgres.merge_rows's equivalent (COPY for new
rows). Both run inside the session's transaction: the import stays one transaction.

On a file the bulk writes run on a second core (issue 13): Python's sqlite3 lets go of the GIL
inside `sqlite3_step`, so while one thread inserts a batch into a table and its indexes, the
merge's thread decides and builds the next batch. `SqliteMergeRows` hands each `insert_many` /
`update_many` to a writer thread and returns; everything else waits for that write first
(`settle`), so the connection sees the same statements in the same order as without the thread,
and the database ends the same row for row."""

from __future__ import annotations

import functools
import queue
import sqlite3
import threading
from collections.abc import Sequence
from itertools import chain
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from db.engines import on_server

# rows handed to the writer and not yet written: the merge runs at most this far ahead of the
# writer (a few of its batches: the writer catches up while the merge decides a table that costs
# it more than its writes, as the authors and reviews do after the initiatives)
IN_FLIGHT = 24_000
ROWS_A_STATEMENT = 500  # rows of one INSERT: BATCH (db/sync/apply.py) is a multiple of it


# one UPDATE for many rows (`UPDATE … FROM (VALUES …)`) from this version of SQLite on
UPDATE_FROM_SINCE = (3, 33, 0)


@functools.lru_cache(maxsize=64)
def update_values(table: str, columns: tuple[str, ...], rows: int) -> str:
    """`UPDATE table SET column = v.column1, … FROM (VALUES (?, …), …) AS v WHERE id = …`:
    `rows` rows (each its new values, then its id) changed by one statement."""
    row = "(" + ",".join("?" * (len(columns) + 1)) + ")"
    sets = ", ".join(f"{name} = v.column{at}" for at, name in enumerate(columns, 1))
    return (
        f"UPDATE {table} SET {sets} FROM (VALUES {','.join([row] * rows)}) AS v "
        f"WHERE {table}.id = v.column{len(columns) + 1}"
    )


@functools.lru_cache(maxsize=64)
def insert_values(table: str, columns: tuple[str, ...], rows: int) -> str:
    """`INSERT INTO table (columns) VALUES (?, …), (?, …), …`: `rows` rows in one statement."""
    row = "(" + ",".join("?" * len(columns)) + ")"
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES " + ",".join([row] * rows)


class SqliteMergeRows:
    """The sqlite3 cursor under the session's transaction, and the two bulk writes, written by
    a thread of their own while the merge goes on.

    Python's sqlite3 lets go of the GIL inside `sqlite3_step`, but `executemany` takes it back
    for every row, and a thread waiting for the GIL gets it only when the merge's thread lets go
    or after the switch interval (5 ms): a row every 5 ms while the merge decides. So new rows
    go in as one `INSERT … VALUES (…), (…), …` of up to ROWS_A_STATEMENT rows (the same rows,
    values and order, each row's triggers as before): one step, without the GIL, per 500 rows.
    Changed rows (`update_many`: settling's corrections, 97,000 rows of a 100,000-initiative
    package) likewise, as one `UPDATE … FROM (VALUES …)` of up to ROWS_A_STATEMENT rows, in
    either mode (the same rows changed in the same order, each row's triggers as before); a
    batch naming one id twice, or an SQLite before 3.33, one `UPDATE` a row.

    The writes are handed over in order and written in that order, one at a time; a batch of a
    table and its audit line go together, and a write handed over waits until the writer is
    within IN_FLIGHT rows of it (the writes before it, not all of them: the merge does not stop
    and start with every batch; memory stays a few batches). Everything else that reaches
    the connection waits for every write handed over (`settle`): this cursor's `execute` /
    `executemany`, and the session's own statements, commit and rollback (SQLAlchemy's
    connection events). So the merge's thread does nothing with the connection while a write
    runs, the statements reach the connection in the order the merge made them, and the
    database ends the same row for row. A write's error (a key already used, the disk full) is
    raised in the merge's thread at the next wait, the same exception sqlite3 raised, and the
    writes after it are dropped; the import's one transaction then rolls back. The thread is
    joined at every wait: none outlives the writes it was given.

    `overlap` False: the merge's thread writes each batch itself, by `executemany` (the way
    before; the benchmark compares the two)."""

    overlap = True

    def __init__(self, session: Session) -> None:
        connection = session.connection()
        driver = connection.connection.driver_connection
        self.cursor = driver.cursor()
        self.most_values = driver.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        self._writes: queue.SimpleQueue = queue.SimpleQueue()
        self._writer: threading.Thread | None = None
        self._in_flight = 0  # rows handed over and not yet written
        self._written = threading.Condition()  # the writer tells of each write done
        self._error: BaseException | None = None
        event.listen(connection, "before_cursor_execute", self._before_session_sql)
        event.listen(connection, "commit", self._before_end)
        event.listen(connection, "rollback", self._before_rollback)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        self.settle()
        return self.cursor.execute(sql, params)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> Any:
        self.settle()
        return self.cursor.executemany(sql, rows)

    def insert_many(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]):
        if not self.overlap:
            marks = ",".join("?" * len(columns))
            self.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
            return
        step = max(1, min(ROWS_A_STATEMENT, self.most_values // len(columns)))
        for start in range(0, len(rows), step):
            chunk = rows[start : start + step]
            self._hand_over(insert_values(table, tuple(columns), len(chunk)), chunk, False)

    def update_many(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]):
        """`UPDATE table SET column = … WHERE id = …` for each row (its id last)."""
        if not rows:
            return
        if sqlite3.sqlite_version_info < UPDATE_FROM_SINCE or len({r[-1] for r in rows}) < len(
            rows
        ):  # UPDATE … FROM takes one of two rows naming one id: one statement a row
            sets = ", ".join(f"{name} = ?" for name in columns)
            sql = f"UPDATE {table} SET {sets} WHERE id = ?"
            if not self.overlap:
                self.executemany(sql, rows)
            else:
                self._hand_over(sql, rows, True)
            return
        step = max(1, min(ROWS_A_STATEMENT, self.most_values // (len(columns) + 1)))
        for start in range(0, len(rows), step):
            chunk = rows[start : start + step]
            sql = update_values(table, tuple(columns), len(chunk))
            if not self.overlap:
                self.execute(sql, list(chain.from_iterable(chunk)))
            else:
                self._hand_over(sql, chunk, False)

    def _hand_over(self, sql: str, rows: Sequence[Sequence[Any]], many: bool) -> None:
        if self._error is not None:
            self.settle()  # refused already: raised now, nothing more handed over
        if self._writer is None:
            self._writer = threading.Thread(
                target=self._write_all, name="sangkien-write", daemon=True
            )
            self._writer.start()
        with self._written:  # the writer within IN_FLIGHT rows of this write
            while self._in_flight and self._in_flight + len(rows) > IN_FLIGHT:
                self._written.wait()
            self._in_flight += len(rows)
        self._writes.put((sql, rows, many))

    def _write_all(self) -> None:
        """The writer thread: each write in turn, until `settle` says there are no more."""
        while (write := self._writes.get()) is not None:
            sql, rows, many = write
            if self._error is None:  # else refused already: dropped, the import rolls back
                try:
                    if many:
                        self.cursor.executemany(sql, rows)
                    else:
                        self.cursor.execute(sql, list(chain.from_iterable(rows)))
                except BaseException as error:  # raised in the merge's thread (settle)
                    self._error = error
            with self._written:
                self._in_flight -= len(rows)
                self._written.notify()

    def settle(self) -> None:
        """Every write handed over is done (the first one's error raised here): before anything
        else uses the connection."""
        self._join()
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def _join(self) -> None:
        if self._writer is not None:
            self._writes.put(None)
            self._writer.join()
            self._writer, self._in_flight = None, 0

    def _before_session_sql(self, *_args: Any) -> None:
        self.settle()

    def _before_end(self, _conn: Any) -> None:
        self.settle()  # an error stops the commit: the transaction rolls back

    def _before_rollback(self, _conn: Any) -> None:
        """Rolling back: the writes end first (an error of theirs goes with the transaction)."""
        self._join()
        self._error = None


def merge_rows(session: Session) -> Any:
    """The cursor and bulk writes of the session's engine."""
    if on_server(session):
        from db.postgres.merge_rows import ServerMergeRows

        return ServerMergeRows(session)
    return SqliteMergeRows(session)
