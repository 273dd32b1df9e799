"""A server read through the SQLite-shaped code of the package export (issue 18).

The export reads rows with a sqlite3 cursor, in SQLite's stored form (dates as ISO text,
booleans as 0/1, JSON as text) and its SQL (json_each, `?` parameters). `ServerCursor` offers the
same to that code over a server session, so the records, and the package, are the same bytes
whichever engine the headquarters runs on."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

import orjson
from sqlalchemy import text
from sqlalchemy.orm import Session

SQLITE_TREE = "IN (SELECT value FROM json_each(:tree))"
SERVER_TREE = "IN (SELECT json_array_elements_text(CAST(:tree AS json)))"
QUESTION = re.compile(r"\?")


def server_sql(sql: str) -> str:
    return sql.replace(SQLITE_TREE, SERVER_TREE)


def sqlite_form(value: Any) -> Any:
    """A server value as SQLite stores it (SQLAlchemy's storage formats)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict | list):
        return orjson.dumps(value).decode()
    if isinstance(value, memoryview):
        return bytes(value)
    return value


class ServerCursor:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._result: Any = None

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> ServerCursor:
        if not isinstance(params, dict):
            names = iter(range(len(params)))
            sql = QUESTION.sub(lambda _m: f":p{next(names)}", sql)
            params = {f"p{n}": value for n, value in enumerate(params)}
        self._result = self.session.execute(text(server_sql(sql)), params)
        return self

    def fetchone(self) -> tuple | None:
        row = self._result.fetchone()
        return None if row is None else tuple(sqlite_form(v) for v in row)

    def fetchmany(self, size: int) -> list[tuple]:
        return [tuple(sqlite_form(v) for v in row) for row in self._result.fetchmany(size)]

    def fetchall(self) -> list[tuple]:
        return [tuple(sqlite_form(v) for v in row) for row in self._result.fetchall()]
