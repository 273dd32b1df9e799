"""Opening a SángKiến database: SQLite with WAL, foreign keys and a busy timeout, at the newest schema.

`open_database` brings an older file up to date with the Alembic migrations; `Database.transaction`
gives the one session (and one transaction) a user action runs in.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError

from db.database import Database  # below db.postgres, whose server opener makes one too
from db.fileutil import DatabaseError  # defined below the file layer: backup.py raises it too
from db.messages import Message
from db.paths import read_only_uri

BUSY_TIMEOUT_MS = 5000
# SQLite's page cache, by role (issue 13): a writing action (an import, a batch) gets 128 MiB, the
# setting that matters most for bulk work; a reading session a modest 8 MiB, since every pooled
# connection keeps its own cache and the window's readers would otherwise hold 128 MiB each.
CACHE_KIB = 131072
READ_CACHE_KIB = 8192


# What saving can raise from the database layer: the errors with a message (DatabaseError) and
# any other SQLAlchemy failure. Pages catch this tuple, so they never import SQLAlchemy.
STORAGE_ERRORS: tuple[type[Exception], ...] = (DatabaseError, SQLAlchemyError)


def _set_pragmas(dbapi_connection: sqlite3.Connection, read_only: bool) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if not read_only:  # a read-only connection cannot change the journal mode
        cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA cache_size = -{READ_CACHE_KIB}")
    cursor.close()


SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE = 1006


def keep_wal_on_close(dbapi_connection: sqlite3.Connection) -> bool:
    """Tell SQLite not to checkpoint (and so not to remove the WAL) when this connection closes:
    for a reader while another program holds the writer lock. False where it cannot be set."""
    if hasattr(dbapi_connection, "setconfig"):  # Python 3.12+
        dbapi_connection.setconfig(SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, True)
        return True
    return _db_config_by_ctypes(dbapi_connection)


def _db_config_by_ctypes(dbapi_connection: sqlite3.Connection) -> bool:
    # Python 3.11 has no setconfig: call sqlite3_db_config on the connection's handle (the first
    # field after the object header), checked against the file name SQLite reports for it.
    import ctypes
    import ctypes.util

    try:
        library = ctypes.CDLL(ctypes.util.find_library("sqlite3") or "libsqlite3.so.0")
        handle = ctypes.c_void_p.from_address(id(dbapi_connection) + object.__basicsize__)
        library.sqlite3_db_filename.restype = ctypes.c_char_p
        name = library.sqlite3_db_filename(handle, b"main")
        (expected,) = [
            row[2] for row in dbapi_connection.execute("PRAGMA database_list") if row[1] == "main"
        ]
        if (name or b"").decode("utf-8", "replace") != expected:
            return False
        done = ctypes.c_int(-1)
        code = library.sqlite3_db_config(
            handle,
            ctypes.c_int(SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE),
            ctypes.c_int(1),
            ctypes.byref(done),
        )
    except (OSError, AttributeError, ValueError, sqlite3.Error):
        return False
    return code == 0 and done.value == 1


def connect_target(path: Path | str, *, read_only: bool = False, immutable: bool = False):
    """(what sqlite3.connect is given, whether it is a URI) for the database at `path`. A URI
    percent-encodes the path, so any letters, spaces and `%?#()` in folder names are safe."""
    if not (read_only or immutable):
        return str(path), False
    uri = read_only_uri(path)
    return (uri + "&immutable=1" if immutable else uri), True


def make_engine(path: Path | str, *, read_only: bool = False, immutable: bool = False) -> Engine:
    """The engine of one database file. `read_only` opens it with `mode=ro` (a read-only medium,
    or a file we must not change); `immutable` also tells SQLite nothing else can change it (a
    write-protected USB stick, where SQLite could not even make its shared-memory file)."""
    target, uri = connect_target(path, read_only=read_only, immutable=immutable)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(target, uri=uri, check_same_thread=False, timeout=5)

    # URL.create keeps the path as it is (a `?` or `#` in it is not parsed as part of a URL).
    url = URL.create("sqlite", database=str(path))
    engine = create_engine(url, creator=connect)
    event.listen(
        engine, "connect", lambda conn, _record: _set_pragmas(conn, read_only or immutable)
    )

    # pysqlite's own transaction handling defers BEGIN; take the write lock at the start instead
    # so that one user action is one transaction and two writers never deadlock half-way.
    @event.listens_for(engine, "connect")
    def _no_implicit_begin(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        # A writing action takes the write lock up front (waiting up to the busy timeout), so it
        # never fails half-way because another program started writing after it read.
        immediate = conn.get_execution_options().get("begin_immediate", False)
        cache = CACHE_KIB if immediate else READ_CACHE_KIB  # shrinking frees the pages at once
        conn.exec_driver_sql(f"PRAGMA cache_size = -{cache}")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def open_database(
    path: Path | str,
    *,
    create: bool = False,
    migrate: bool = True,
    read_only: bool = False,
    immutable: bool = False,
) -> Database:
    """Open (or with `create`, make) the database at `path`, migrated to the newest schema
    (`read_only`/`immutable`: as it is, see make_engine). A server address opens the server's
    database instead (issue 18, db.postgres)."""
    from db.engines import is_server_address

    if is_server_address(path):
        from db.postgres.opening import open_server

        return open_server(str(path), create=create)
    path = Path(path)
    if not create and not path.exists():
        raise DatabaseError(Message("open.not_found", path=path))
    if create:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path, read_only=read_only, immutable=immutable)
    if migrate and not (read_only or immutable):
        from db.migrate import upgrade_to_head

        upgrade_to_head(engine)
    return Database(path, engine)
