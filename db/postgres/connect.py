"""The engine on a server (below opening.py, which checks and migrates it, and backup.py, which
checks a database is empty before a restore). A server that will not let us in, at the start
or later (stopped while the window is open), is a DatabaseError that says why and what to do,
wherever the window or a command meets it."""

from __future__ import annotations

import getpass
import os
import time
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.pool import ConnectionPoolEntry

from db.engines import ServerAddress
from db.fileutil import DatabaseError
from db.messages import Message
from db.postgres.reads import begin_when_needed


def make_server_engine(address: ServerAddress) -> Engine:
    """psycopg 3; libpq finds the password (PGPASSWORD, ~/.pgpass, a service file) itself."""
    url = make_url(address.url).set(drivername="postgresql+psycopg")
    # no JIT: the window's and the commands' queries are short, and compiling them took longer
    # than running them (0.7 s of an 11 s search at 200,000 initiatives)
    # and every prepared statement planned with its values (db/postgres/reads.py)
    options = {
        "connect_timeout": 10,
        "options": "-c jit=off -c plan_cache_mode=force_custom_plan",
    }
    engine = create_engine(url, connect_args=options)
    event.listen(engine, "before_cursor_execute", begin_when_needed)
    event.listen(engine, "handle_error", lambda context: _said(address, context))
    event.listen(engine, "checkin", _rests)
    event.listen(engine, "checkout", lambda conn, entry, _proxy: _alive(engine, conn, entry))
    return engine


# A connection that rested this long in the pool is asked whether the server is still there
# before it is used (a server restarted meanwhile: a new connection, unseen). One used moments
# ago is not: the question is a round trip of its own, and the window's and the commands' short
# reads make several in a row (the table's first rows, then its count), each of which paid it
# (1 ms on a quiet server, 14 ms at load 9 on two shared cores, where the file pays nothing).
REST_BEFORE_ASKING_S = 5.0


def _rests(_conn, entry: ConnectionPoolEntry) -> None:
    entry.info["rested_since"] = time.monotonic()


def _alive(engine: Engine, conn, entry: ConnectionPoolEntry) -> None:
    since = entry.info.pop("rested_since", None)
    if since is None or time.monotonic() - since < REST_BEFORE_ASKING_S:
        return
    try:
        engine.dialect.do_ping(conn)
    except Exception as error:  # the pool drops it and connects again (said if that fails)
        raise DisconnectionError(str(error)) from None


def _said(address: ServerAddress, context: ExceptionContext) -> DatabaseError | None:
    """A connection refused or lost becomes the message; any other error stays as it is."""
    if context.connection is not None and not context.is_disconnect:
        return None
    return unreachable(address, context.original_exception)


def unreachable(address: ServerAddress, error: BaseException) -> DatabaseError:
    reason = str(getattr(error, "orig", error)).strip().splitlines()
    return DatabaseError(connection_refusal(address, reason[0] if reason else ""))


# what libpq says (psycopg gives no SQLSTATE before a connection is made) and the message
# that tells the person what to do; the first that matches wins
CAUSES = (
    ("no password supplied", "server.no_password"),
    ("password authentication failed", "server.wrong_password"),
    ("no pg_hba.conf entry", "server.not_allowed"),  # before: it names the database too
    ('database "', "server.no_such_database"),
    ('role "', "server.no_such_user"),
    ("failed to resolve host", "server.unknown_host"),
    ("could not translate host name", "server.unknown_host"),
    ("connection refused", "server.not_running"),
    ("timeout expired", "server.not_running"),
    ("no route to host", "server.not_running"),
    ("network is unreachable", "server.not_running"),
)


def connection_refusal(address: ServerAddress, reason: str) -> Message:
    """The one message for a server that would not let us in: why, and what to do."""
    lowered = reason.lower()
    url = make_url(address.url)
    parts = {
        "address": address,
        "host": url.host or "localhost",
        "port": url.port or 5432,
        "user": url.username or getpass.getuser(),
        "database": url.database,
    }
    for words, code in CAUSES:
        if words in lowered:
            if code == "server.no_password" and _pgpass_readable_by_others():
                return Message("server.pgpass_ignored", path=_pgpass_path())
            return Message(code, **parts)
    return Message("server.unreachable", address=address, reason=reason)


def _pgpass_path() -> Path:
    return Path(os.environ.get("PGPASSFILE") or Path.home() / ".pgpass")


def _pgpass_readable_by_others() -> bool:
    """libpq ignores a ~/.pgpass that others may read (on Windows it never checks)."""
    path = _pgpass_path()
    return os.name == "posix" and path.is_file() and bool(path.stat().st_mode & 0o077)
