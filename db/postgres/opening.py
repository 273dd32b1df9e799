"""Opening a headquarters database on a PostgreSQL server (issue 18).

What replaces the file's safety on a server: no file is examined, locked, quick-checked or
copied; the server itself keeps one transaction per action and many clerks at once. A database
that is not SángKiến's (tables but no alembic_version) or from a newer SángKiến is refused as a
file would be; an empty one is set up only by `init`, `demo` or `migrate-to`.
"""

from __future__ import annotations

import getpass

from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, ProgrammingError

from db.database import Database
from db.engines import SCHEMES, ServerAddress
from db.fileutil import DatabaseError
from db.messages import Message
from db.postgres.connect import make_server_engine, unreachable
from db.postgres.reads import ServerDatabase


def server_address(text_: str) -> ServerAddress:
    """The address as typed, refused with a message if it carries a password."""
    try:
        url = make_url(text_)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise DatabaseError(Message("server.bad_address", address=text_)) from None
    if not text_.startswith(SCHEMES):  # postgressql://, file://
        raise DatabaseError(Message("server.bad_address", address=text_))
    if _carries_password(url):
        raise DatabaseError(Message("server.password_in_address"))
    if not url.database:
        raise DatabaseError(Message("server.no_database_name", address=text_))
    return ServerAddress(text_)


def server_parts(address: str) -> dict[str, str]:
    """Host (with its port), database and user of a server's address, as Settings shows them;
    never a password (an address holds none)."""
    url = make_url(address)
    return {
        "host": f"{url.host or 'localhost'}:{url.port or 5432}",
        "database": url.database or "",
        "user": url.username or getpass.getuser(),
    }


def _carries_password(url: URL) -> bool:
    """`user:secret@` or `?password=secret`: either would be kept in settings in clear."""
    return url.password is not None or "password" in url.query


def _state(engine: Engine) -> tuple[bool, str | None]:
    """(whether the database holds any table, its schema revision)."""
    with engine.connect() as conn:
        names = inspect(conn).get_table_names()
        if "alembic_version" not in names:
            return bool(names), None
        return True, conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def open_server(text_: str | ServerAddress, *, create: bool = False) -> Database:
    """The server database at the address, migrated to the newest schema."""
    from db.migrate import upgrade_to_head
    from db.postgres.backup import backup_before

    address = text_ if isinstance(text_, ServerAddress) else server_address(text_)
    engine = _checked_engine(address, create)
    upgrade_to_head(engine, backup=backup_before)  # a pg_dump first
    return ServerDatabase(address, engine)  # type: ignore[arg-type]


def check_server(text_: str) -> None:
    """Raise the DatabaseError `open_server` would (a wrong address, a server that refuses, a
    database empty or another program's), changing nothing: what the window's "open on a
    server" dialog asks before it closes, so that the address stays there to be corrected."""
    _checked_engine(server_address(text_), create=False).dispose()


def _checked_engine(address: ServerAddress, create: bool) -> Engine:
    engine = make_server_engine(address)
    try:
        has_tables, revision = _state(engine)
    except OperationalError as error:
        engine.dispose()
        raise unreachable(address, error) from None
    except ProgrammingError as error:  # in, but not allowed to read SángKiến's tables
        engine.dispose()
        if getattr(error.orig, "sqlstate", None) != "42501":
            raise
        user = make_url(address.url).username or getpass.getuser()
        raise DatabaseError(Message("server.no_privilege", address=address, user=user)) from None
    refused = _refusal(address, has_tables, revision, create)
    if refused is not None:
        engine.dispose()
        raise refused
    return engine


def address_problem(text_: str) -> str | None:
    """What is wrong with an address typed in the window, as a word the window words in its
    language: "scheme", "password", "database", "form"; None when it is a server's address."""

    if not text_.strip().startswith(SCHEMES):
        return "scheme"
    try:
        url = make_url(text_.strip())
    except (ArgumentError, ValueError):
        return "form"
    if _carries_password(url):
        return "password"
    return None if url.database else "database"


def _refusal(
    address: ServerAddress, has_tables: bool, revision: str | None, create: bool
) -> DatabaseError | None:
    from db.migrate import known_revisions

    if has_tables and revision is None:
        return DatabaseError(Message("server.foreign_database", address=address))
    if revision is not None and revision not in known_revisions():
        return DatabaseError(Message("server.newer_schema", address=address, revision=revision))
    if revision is None and not create:
        return DatabaseError(Message("server.empty", address=address))
    return None
