"""Reading a server database (issue 18: the table, the search and `stats` within 1.5x of the
file). A session for reading (`Database.session()`) runs its reads each on its own, in
autocommit: no BEGIN before its first statement and no ROLLBACK after its last, two round trips
of the three a short read made (the table's count at 1,000,000 initiatives on a loaded machine:
18.8 ms with them, 1.7 ms without). The same data is seen: at READ COMMITTED, PostgreSQL's
default and ours, every statement takes its own snapshot inside a transaction too. Writing is
done in `Database.transaction()`, unchanged.

What a transaction gave a reading session is kept where it is used (`begin_when_needed`):
- anything but a plain read (a dry run's writes, rolled back when the session ends: the
  certificates' pages as they will be; a SAVEPOINT; SET LOCAL; a row locked) begins the
  transaction first, as before, and the session's end rolls it back;
- a server-side cursor (`yield_per`: dump, export, the audit list) lives only in a
  transaction: one is begun for it too.
psycopg forgets its prepared statements at every ROLLBACK; with none, a statement run five times
is prepared, and the server still plans it with each run's values
(`plan_cache_mode=force_custom_plan`, db/postgres/connect.py), as the search needs: a rare word
and a common one take different ways."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import sessionmaker

from db.database import Database

IDLE = 0  # psycopg.pq.TransactionStatus.IDLE
READING = "sangkien_reading"  # the execution option of a reading session's connections
READ = re.compile(r"\s*(SELECT|WITH|SHOW|EXPLAIN|VALUES|TABLE)\b", re.IGNORECASE)
# a read that needs its transaction (a lock held, a sequence moved), or a WITH that writes
NOT_ONLY_READ = re.compile(
    r"\b(INSERT|UPDATE|DELETE|MERGE|FOR\s+(NO\s+KEY\s+)?UPDATE|FOR\s+(KEY\s+)?SHARE"
    r"|\w*advisory\w*|nextval|setval|set_config)\b",
    re.IGNORECASE,
)


class ServerDatabase(Database):
    """A server database whose reading sessions run in autocommit (module docstring)."""

    def __init__(self, path: Path, engine: Engine) -> None:
        super().__init__(path, engine)
        reading = engine.execution_options(isolation_level="AUTOCOMMIT", **{READING: True})
        self._sessions = sessionmaker(reading, expire_on_commit=False)


def only_reads(statement: str) -> bool:
    return bool(READ.match(statement)) and NOT_ONLY_READ.search(statement) is None


def begin_when_needed(conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
    """Before a statement of a reading session that needs a transaction (module docstring):
    BEGIN, as a session did before its first statement; the session's end rolls it back."""
    if not conn.get_execution_options().get(READING):
        return  # a transaction, or a connection in autocommit on purpose (VACUUM, CREATE DATABASE)
    raw = conn.connection.driver_connection
    if raw.info.transaction_status != IDLE:
        return
    from psycopg import ServerCursor

    if isinstance(cursor, ServerCursor) or not only_reads(statement):
        raw.execute("BEGIN")
