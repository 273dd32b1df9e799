"""The package merge's reads and writes on a server (issue 18): the per-engine seam under
db/sync/apply.py, whose one merge (authority, clocks, per-field versions, settling, conflicts,
aliases, audit) runs unchanged on either engine.

apply.py speaks SQLite's dialect through a cursor (`?` parameters, values in SQLite's stored
form: ISO text dates, 0/1 booleans, JSON as text). `ServerMergeRows` offers the same cursor over
the session's own psycopg connection (so everything lands in the import's one transaction), and
the two bulk writes: new rows by `COPY … FROM STDIN` (PostgreSQL's fastest way in; its text
format reads SQLite's forms as they are, 0/1 included), changed rows by `executemany` (psycopg's
pipeline), booleans turned back into booleans. Rows read come back in SQLite's form
(db.postgres.rows.sqlite_form), so the merge compares like with like.

`lock_imports` serialises imports on one server database: a transaction-scoped advisory lock,
taken before the merge reads anything; whoever finds it taken is told and waits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import Boolean, text
from sqlalchemy.orm import Session

from db.messages import Message
from db.postgres.rows import sqlite_form

UPDATE_BY_ID = re.compile(r"UPDATE (\w+) SET ((?:\w+ = \?(?:, )?)+) WHERE id = \?")
BULK_FROM = 64  # rows from which one UPDATE … FROM a copied table beats one UPDATE per row
IMPORT_LOCK = 0x5A4E_1818  # pg_advisory_xact_lock key: "one package import at a time"
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
    """A sqlite3-like cursor over the session's server connection, plus the bulk writes."""

    def __init__(self, session: Session) -> None:
        self.raw = session.connection().connection.driver_connection.cursor()

    # ---- the cursor apply.py reads through -------------------------------------------------

    def execute(self, sql: str, params: Sequence[Any] = ()) -> ServerMergeRows:
        self.raw.execute(server_statement(sql), list(params))
        return self

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        update = UPDATE_BY_ID.fullmatch(sql)
        if update and len(rows) >= BULK_FROM:
            columns = [c.split("=")[0].strip() for c in update.group(2).split(",")]
            self.copy_update(update.group(1), columns, rows)
            return
        self.raw.executemany(server_statement(sql), rows)

    def fetchone(self) -> tuple | None:
        row = self.raw.fetchone()
        return None if row is None else tuple(map(sqlite_form, row))

    def fetchall(self) -> list[tuple]:
        return [tuple(map(sqlite_form, row)) for row in self.raw.fetchall()]

    def fetchmany(self, size: int) -> list[tuple]:
        return [tuple(map(sqlite_form, row)) for row in self.raw.fetchmany(size)]

    def __iter__(self) -> Iterator[tuple]:
        for row in self.raw:
            yield tuple(map(sqlite_form, row))

    # ---- the bulk writes -------------------------------------------------------------------

    def insert_many(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]):
        """New rows, by COPY (text format: ISO dates, 0/1 booleans and JSON text as stored)."""
        if not rows:
            return
        with self.raw.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def update_many(self, table: str, columns: Sequence[str], rows: Sequence[list[Any]]) -> None:
        """`UPDATE table SET column = … WHERE id = …` for each row (its id last)."""
        if not rows:
            return
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


def lock_imports(session: Session, waiting: Callable[[Message], None] | None) -> None:
    """One import at a time on this server database, until this transaction ends: whoever comes
    second is told, then waits for the first to commit or roll back."""
    lock = {"key": IMPORT_LOCK}
    if session.execute(text("SELECT pg_try_advisory_xact_lock(:key)"), lock).scalar():
        return
    if waiting is not None:
        waiting(Message("sync.import_waiting"))
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), lock)
