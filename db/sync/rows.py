"""The merge's cursor and bulk writes, per engine (issue 18): db/sync/apply.py reads and writes
through `merge_rows(session)` in SQLite's dialect (`?` parameters, values in SQLite's stored
form); on a SQLite file that is the file's own sqlite3 cursor (plain `executemany`: no ORM
object per row, as db/sync/apply.py says), on a server db.postgres.merge_rows's equivalent (COPY for new
rows). Both run inside the session's transaction: the import stays one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from db.engines import on_server


class SqliteMergeRows:
    """The sqlite3 cursor under the session's transaction, and the two bulk writes."""

    def __init__(self, session: Session) -> None:
        self.cursor = session.connection().connection.driver_connection.cursor()
        self.execute = self.cursor.execute
        self.executemany = self.cursor.executemany

    def insert_many(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]):
        marks = ",".join("?" * len(columns))
        self.cursor.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows
        )

    def update_many(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]):
        """`UPDATE table SET column = … WHERE id = …` for each row (its id last)."""
        sets = ", ".join(f"{name} = ?" for name in columns)
        self.cursor.executemany(f"UPDATE {table} SET {sets} WHERE id = ?", rows)


def merge_rows(session: Session) -> Any:
    """The cursor and bulk writes of the session's engine."""
    if on_server(session):
        from db.postgres.merge_rows import ServerMergeRows

        return ServerMergeRows(session)
    return SqliteMergeRows(session)
