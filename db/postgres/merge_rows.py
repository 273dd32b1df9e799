"""The package merge's reads and writes on a server (issue 18): the per-engine seam under
db/sync/apply.py, whose one merge (authority, clocks, per-field versions, settling, conflicts,
aliases, audit) runs unchanged on either engine.

apply.py speaks SQLite's dialect through a cursor (`?` parameters, values in SQLite's stored
form: ISO text dates, 0/1 booleans, JSON as text). `ServerMergeRows` offers the same cursor over
the session's own psycopg connection (so everything lands in the import's one transaction), and
the two bulk writes: new rows by `COPY … FROM STDIN` (PostgreSQL's fastest way in; its text
format reads SQLite's forms as they are, 0/1 included), handed to a thread that sends them
(db/postgres/row_stream.py: one COPY a table kept open across the merge's batches, the merge
deciding the next batch, or the next table, while the server takes the last), changed rows by
`executemany` (psycopg's pipeline), booleans turned back into booleans. Reads of a table that held no row before the import are answered from what it added
(`LocalRows`), so a batch into an empty table makes no round trip and the COPY stays open.
Rows read come back in SQLite's form (db.postgres.rows.sqlite_form), so the merge compares like
with like.

`lock_imports` serialises imports on one server database: a transaction-scoped advisory lock,
taken before the merge reads anything; whoever finds it taken is told and waits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Boolean, Date, String, Text, event, text
from sqlalchemy.orm import Session

from db.messages import Message
from db.postgres.row_stream import RowStream
from db.postgres.rows import sqlite_form

UPDATE_BY_ID = re.compile(r"UPDATE (\w+) SET ((?:\w+ = \?(?:, )?)+) WHERE id = \?")
BULK_FROM = 64  # rows from which one UPDATE … FROM a copied table beats one UPDATE per row
IMPORT_LOCK = 0x5A4E_1818  # pg_advisory_xact_lock key: "one package import at a time"
HELD = frozenset({"audit_log", "conflicts"})  # no references to or from them: may wait for a COPY
SIMPLE_READ = re.compile(
    r"SELECT ((?:(?:\w+|'\w+'), )*(?:\w+|'\w+')) FROM (\w+) "
    r"WHERE (NOT deleted AND )?(\w+) IN \((?:\?,)*\?\)"
)
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")  # a date as SQLite stores it, and as read back
WRITES = re.compile(r"(?:INSERT(?: OR \w+)? INTO|UPDATE|DELETE FROM) (\w+)")
STATEMENTS = {
    "PRAGMA defer_foreign_keys = ON": "SET CONSTRAINTS ALL DEFERRED",
}


def server_statement(sql: str) -> str:
    """SQLite's statement as psycopg takes it: `%s` parameters, PostgreSQL's spelling."""
    sql = STATEMENTS.get(sql, sql)
    if sql.startswith("INSERT OR IGNORE INTO "):
        sql = "INSERT INTO " + sql[len("INSERT OR IGNORE INTO ") :] + " ON CONFLICT DO NOTHING"
    return sql.replace("%", "%%").replace("?", "%s")


def boolean_positions(table: str, columns: Sequence[str]) -> list[int]:
    from db.models import Base

    model_table = Base.metadata.tables[table]
    return [
        i
        for i, name in enumerate(columns)
        if name in model_table.c and isinstance(model_table.c[name].type, Boolean)
    ]


class ServerMergeRows:
    """A sqlite3-like cursor over the session's server connection, plus the bulk writes.

    New rows stream (RowStream, a thread of its own): a table's COPY stays open from one batch
    to the next, so the server adds and indexes batch N while this process decides batch N+1,
    and the table's statement triggers (the words, the counts) run once; when the next table's
    rows come, the thread ends the COPY and waits for the server there, while this process
    goes on deciding. Every COPY has ended, answered, before anything else reaches the
    connection (`settle`): this cursor's own statements, and the session's (its
    `before_cursor_execute`, commit and rollback events; a rollback cancels the open COPY).
    Reads of a table that held no row when the import began are answered here (LocalRows),
    without a round trip, which is what lets the COPY stay open."""

    def __init__(self, session: Session) -> None:
        connection = session.connection()
        driver = connection.connection.driver_connection
        self.raw = driver.cursor()
        self._answer: list[tuple] | None = None
        self.stream = RowStream(driver.cursor())
        self._streaming: tuple[str, tuple[str, ...]] | None = None  # the table, its columns
        self._held: list[tuple[str, Sequence[str], Sequence[Sequence[Any]]]] = []
        self.local = LocalRows(self.raw)
        event.listen(connection, "before_cursor_execute", self._before_session_sql)
        event.listen(connection, "commit", self._before_end)
        event.listen(connection, "rollback", self._abandon)

    # ---- the cursor apply.py reads through -------------------------------------------------

    def execute(self, sql: str, params: Sequence[Any] = ()) -> ServerMergeRows:
        self._answer = self.local.answer(sql, params)
        if self._answer is not None:
            return self
        self.settle()
        self.local.written_by(sql)
        self.raw.execute(server_statement(sql), list(params))
        return self

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        self.settle()
        self.local.written_by(sql)
        update = UPDATE_BY_ID.fullmatch(sql)
        if update and len(rows) >= BULK_FROM:
            columns = [c.split("=")[0].strip() for c in update.group(2).split(",")]
            self.copy_update(update.group(1), columns, rows)
            return
        self.raw.executemany(server_statement(sql), rows)

    def fetchone(self) -> tuple | None:
        if self._answer is not None:
            return self._answer.pop(0) if self._answer else None
        row = self.raw.fetchone()
        return None if row is None else tuple(map(sqlite_form, row))

    def fetchall(self) -> list[tuple]:
        if self._answer is not None:
            rows, self._answer = self._answer, []
            return rows
        return [tuple(map(sqlite_form, row)) for row in self.raw.fetchall()]

    def fetchmany(self, size: int) -> list[tuple]:
        if self._answer is not None:
            rows, self._answer = self._answer[:size], self._answer[size:]
            return rows
        return [tuple(map(sqlite_form, row)) for row in self.raw.fetchmany(size)]

    def __iter__(self) -> Iterator[tuple]:
        if self._answer is not None:
            yield from self.fetchall()
            return
        for row in self.raw:
            yield tuple(map(sqlite_form, row))

    # ---- the bulk writes -------------------------------------------------------------------

    def insert_many(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]):
        """New rows, by COPY (text format: ISO dates, 0/1 booleans and JSON text as stored),
        handed to the row stream (the table's COPY stays open while its rows keep coming);
        audit and conflict rows wait while another table streams, so as not to end its COPY."""
        if not rows:
            return
        self.local.added(table, columns, rows)
        key = (table, tuple(columns))
        if self._streaming is not None and self._streaming != key:
            if table in HELD:
                self._held.append((table, columns, list(rows)))
                return
            self._send_held()
        self._streaming = key
        self.stream.send(table, columns, rows)

    def _send_held(self) -> None:
        """The audit and conflict rows held while another table streamed, in their order."""
        while self._held:
            self.stream.send(*self._held.pop(0))

    def settle(self) -> None:
        """Every row handed over is in the server's tables (its errors about them are raised
        here): before anything else reaches the connection."""
        self._send_held()
        self._streaming = None
        self.stream.drain()

    def _before_session_sql(self, _conn, _cursor, statement: str, *_args: Any) -> None:
        self.settle()
        self.local.written_by(statement.lstrip())  # the session's writes, as the merge's own

    def _before_end(self, _conn) -> None:
        self.settle()

    def _abandon(self, _conn) -> None:
        """A rollback: the open COPY is cancelled (its rows go with the transaction)."""
        self._held.clear()
        self._streaming = None
        self.stream.abandon()

    def update_many(self, table: str, columns: Sequence[str], rows: Sequence[list[Any]]) -> None:
        """`UPDATE table SET column = … WHERE id = …` for each row (its id last)."""
        if not rows:
            return
        self.settle()
        self.local.forget(table)
        if len(rows) >= BULK_FROM:
            self.copy_update(table, columns, rows)
            return
        for position in boolean_positions(table, columns):
            for row in rows:
                if row[position] is not None:
                    row[position] = bool(row[position])
        sets = ", ".join(f"{name} = %s" for name in columns)
        self.raw.executemany(f"UPDATE {table} SET {sets} WHERE id = %s", rows)

    def copy_update(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]):
        """Many rows changed at once: COPY the new values into a scratch table of the same
        column types, then one `UPDATE … FROM` (one statement instead of one per row)."""
        self.settle()
        self.local.forget(table)
        names = ", ".join(columns)
        self.raw.execute(
            f"CREATE TEMP TABLE merge_update ON COMMIT DROP AS "
            f"SELECT {names}, id FROM {table} WITH NO DATA"
        )
        with self.raw.copy(f"COPY merge_update ({names}, id) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        sets = ", ".join(f"{name} = u.{name}" for name in columns)
        self.raw.execute(f"UPDATE {table} t SET {sets} FROM merge_update u WHERE t.id = u.id")
        self.raw.execute("DROP TABLE merge_update")


class _AddedRows:
    """One table's rows added by this import: their short text columns, dates and `deleted`
    (a tuple a row, in `layout`'s order), indexed by a column once a read asks for it."""

    def __init__(self, columns: set[str], dates: set[str]) -> None:
        self.columns = columns | dates
        self.dates = dates
        self.layout: dict[str, int] = {}  # column: its place in the tuples kept
        self.rows: list[tuple] = []
        self.index: dict[str, dict[Any, list[tuple]]] = {}
        self._getter: tuple[tuple[str, ...], Callable[[Sequence[Any]], tuple]] | None = None

    def add(self, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        self.columns &= set(columns)  # a column left to its default: not known here
        self.index = {name: index for name, index in self.index.items() if name in self.columns}
        if not self.layout:
            self.layout = {
                name: at for at, name in enumerate(c for c in columns if c in self.columns)
            }
        added = list(map(self._kept(tuple(columns)), rows))
        self.rows += added
        for name, index in self.index.items():
            at = self.layout[name]
            for row in added:
                index.setdefault(row[at], []).append(row)

    def _kept(self, columns: tuple[str, ...]) -> Callable[[Sequence[Any]], tuple]:
        """row -> the tuple kept of it (the same columns every batch: made once)."""
        if self._getter is None or self._getter[0] != columns:
            places = {name: at for at, name in enumerate(columns)}
            wanted = [places.get(name) for name in self.layout]  # None: not known from now on
            if len(wanted) >= 2 and None not in wanted:
                getter = itemgetter(*wanted)
            else:

                def getter(row: Sequence[Any]) -> tuple:
                    return tuple(None if at is None else row[at] for at in wanted)

            self._getter = (columns, getter)
        return self._getter[1]

    def read_back_alike(self, rows: list[tuple], columns: list[str]) -> bool:
        """Whether the server would give these rows' dates as they were written (ISO text)."""
        dates = [self.layout[name] for name in columns if name in self.dates]
        return all(
            row[at] is None or (isinstance(row[at], str) and ISO_DATE.fullmatch(row[at]))
            for at in dates
            for row in rows
        )

    def having(self, column: str, values: Sequence[Any]) -> list[tuple]:
        if column not in self.layout:
            return []  # nothing added yet
        index = self.index.get(column)
        if index is None:
            index = self.index[column] = {}
            at = self.layout[column]
            for row in self.rows:
                index.setdefault(row[at], []).append(row)
        return [row for value in dict.fromkeys(values) for row in index.get(value, ())]

    def selected(self, rows: list[tuple], names: list[str]) -> list[tuple]:
        """The rows as `SELECT names` gives them (a name in quotes: that text)."""
        places = [self.layout.get(name) for name in names]
        return [
            tuple(
                name.strip("'") if at is None else row[at]
                for at, name in zip(places, names, strict=True)
            )
            for row in rows
        ]


class LocalRows:
    """Reads of the tables that held no row when the import began, answered from the rows the
    import added to them since (`SELECT a, b FROM t WHERE [NOT deleted AND] c IN (?, …)`, on
    short text columns and dates): into an empty headquarters, or for a table new to it, the
    per-batch reads of local rows, references, owners and unique keys, and settling's reads of
    the reviews, cost no round trip. A table the
    import changes any other way (an UPDATE, an INSERT … ON CONFLICT), or that the session
    writes to, is read on the server again from then on. (Rows a clerk adds to such a table
    during the import are not seen by its reads: they could not hold the package's ids, and a
    unique key taken meanwhile is still refused by the server's index.)"""

    def __init__(self, raw: Any) -> None:
        from db.models import SYNCED_MODELS

        names = [model.__tablename__ for model in SYNCED_MODELS]
        probe = " UNION ALL ".join(
            f"SELECT '{name}' WHERE NOT EXISTS (SELECT 1 FROM {name})" for name in names
        )
        raw.execute(probe)
        self.tables = {name: _AddedRows(*read_back_columns(name)) for (name,) in raw.fetchall()}

    def answer(self, sql: str, params: Sequence[Any]) -> list[tuple] | None:
        """The rows of a read, or None when the server must answer it."""
        read = SIMPLE_READ.fullmatch(sql)
        if read is None:
            return None
        selected, table, live, key = read.groups()
        added = self.tables.get(table)
        if added is None or key not in added.columns or (live and "deleted" not in added.columns):
            return None
        found = added.having(key, [value for value in params if value is not None])
        if found and live:
            deleted = added.layout["deleted"]
            if any(row[deleted] not in (0, 1) for row in found):  # 0/1 and False/True
                return None
            found = [row for row in found if not row[deleted]]
        if not found:
            return []
        names = selected.split(", ")
        columns = [name for name in names if not name.startswith("'")]
        if not set(columns) <= added.columns or not added.read_back_alike(found, columns):
            return None
        return added.selected(found, names)

    def added(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        if table in self.tables:
            self.tables[table].add(columns, rows)

    def written_by(self, sql: str) -> None:
        """A statement of the merge or the session: a table it writes is read on the server from
        now on (one it may write, unrecognised: every table)."""
        if sql.startswith(("SELECT ", "SET ", "PRAGMA ")):
            return
        written = WRITES.match(sql)
        if written is None:
            self.forget_all()
        else:
            self.forget(written.group(1))

    def forget(self, table: str) -> None:
        self.tables.pop(table, None)

    def forget_all(self) -> None:
        self.tables.clear()


def read_back_columns(table: str) -> tuple[set[str], set[str]]:
    """The columns read back exactly as written (short text, and `deleted`), and the dates
    (read back as written when written as ISO text)."""
    from db.models import Base

    columns = Base.metadata.tables[table].c
    short = {c.name for c in columns if isinstance(c.type, String) and not isinstance(c.type, Text)}
    dates = {c.name for c in columns if type(c.type) is Date}
    return short | ({"deleted"} if "deleted" in columns else set()), dates


def lock_imports(session: Session, waiting: Callable[[Message], None] | None) -> None:
    """One import at a time on this server database, until this transaction ends: whoever comes
    second is told, then waits for the first to commit or roll back."""
    lock = {"key": IMPORT_LOCK}
    if session.execute(text("SELECT pg_try_advisory_xact_lock(:key)"), lock).scalar():
        return
    if waiting is not None:
        waiting(Message("sync.import_waiting"))
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), lock)
