"""Backups of a server node with the tools PostgreSQL users expect: `pg_dump --format=custom`,
restored with `pg_restore` into an empty database. The file node keeps its own copies
(db.backup); `backup_before` picks the one that fits the engine (the seam, db.engines)."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
from pathlib import Path
from typing import Any

from db.engines import on_server
from db.fileutil import DatabaseError
from db.messages import Message
from db.postgres.trial_server import server_bin

DUMP_SUFFIX = ".dump"
DUMP_NAME = re.compile(r"-(\d{8}-\d{6}-\d{6})-(.+)\.dump$")  # dump_server's names


def backup_before(database_or_path: Any, reason: str, **options: Any) -> Path:
    """A backup before an import or a migration, whichever engine the database is on."""
    engine = getattr(database_or_path, "engine", database_or_path)
    if hasattr(engine, "dialect") and on_server(engine):
        return dump_server(engine.url.render_as_string(hide_password=True), reason)
    from db.backup import backup_before as copy_file

    return copy_file(database_or_path, reason, **options)


def list_backups_of(database: Any) -> list:
    """The Backups page's list (db.backup.BackupInfo, newest first), whichever the engine."""
    from db.backup import list_backups

    if on_server(database.engine):
        return [_server_backup_info(path) for path in server_backups(str(database.engine.url))]
    return list_backups(database)


def backups_folder_of(database: Any) -> Path:
    from db.backup import backups_folder, database_path

    if on_server(database.engine):
        return server_backups_folder()
    return backups_folder(database_path(database))


def _server_backup_info(path: Path):
    """A dump's date and reason, from its name (`NAME-YYYYmmdd-HHMMSS-ffffff-REASON.dump`)."""
    from db.backup import BackupInfo

    named = DUMP_NAME.search(path.name)
    if named is None:  # a dump named by hand (`backup -o`)
        created, reason = dt.datetime.fromtimestamp(path.stat().st_mtime), "manual"
    else:
        created = dt.datetime.strptime(named.group(1), "%Y%m%d-%H%M%S-%f")
        reason = named.group(2)
    return BackupInfo(path, created, reason, size=path.stat().st_size)


def server_backups_folder() -> Path:
    """SANGKIEN_SERVER_BACKUPS, else `server-backups` in the user's data folder."""
    from db.paths import user_data_folder

    chosen = os.environ.get("SANGKIEN_SERVER_BACKUPS")
    return Path(chosen) if chosen else user_data_folder() / "server-backups"


def libpq_address(url: str) -> str:
    """A libpq connection URI (no SQLAlchemy driver name): what pg_dump and psql take."""
    scheme, rest = url.split("://", 1)
    return "postgresql://" + rest if "+" in scheme or scheme == "postgres" else url


def _dump_prefix(url: str) -> str:
    """`NAME@HOST_PORT-`: a trial server and the real one may both hold a database `sangkien`,
    and each Backups page lists only its own server's dumps."""
    from sqlalchemy.engine import make_url

    here = make_url(libpq_address(url))
    host = (here.host or "localhost").replace(":", "_")  # an IPv6 host; ':' is no file name
    return f"{here.database}@{host}_{here.port or 5432}-"


def dump_server(url: str, reason: str, target: Path | None = None) -> Path:
    """pg_dump in custom format into `target` (default: a new file in server_backups_folder)."""
    if target is None:
        folder = server_backups_folder()
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"{_dump_prefix(url)}{stamp}-{reason}{DUMP_SUFFIX}"
    target.parent.mkdir(parents=True, exist_ok=True)
    _tool("pg_dump", "--format=custom", "--no-owner", f"--file={target}", libpq_address(url))
    return target


def server_backups(url: str) -> list[Path]:
    """The dumps of this server database in server_backups_folder, newest first."""
    folder = server_backups_folder()
    if not folder.is_dir():
        return []
    prefix = _dump_prefix(url)
    name = prefix.split("@", 1)[0]
    older = re.compile(re.escape(name) + r"-\d{8}-\d{6}-\d{6}-")  # named before the server was
    found = [
        p
        for p in folder.glob(f"*{DUMP_SUFFIX}")
        if p.name.startswith(prefix) or older.match(p.name)
    ]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def createdb_command(address: str, name: str) -> tuple[str, str]:
    """What an administrator types to make an empty database `name` on the server of `address`,
    and the address to give --db then (no password: libpq reads it from PGPASSWORD/.pgpass)."""
    from sqlalchemy.engine import make_url

    here = make_url(libpq_address(address))
    where = f"-h {here.host or 'localhost'} -p {here.port or 5432}"
    user = f" -U {here.username}" if here.username else ""
    target = here.set(database=name).render_as_string(hide_password=True)
    return f"createdb {where}{user} {name}", target


def restore_commands(url: str, dump: Path) -> tuple[str, str]:
    """What an administrator types to restore `dump` beside the database at `url`: createdb
    of an empty database (the same name, `_restored`), then `server-restore` into it."""
    from sqlalchemy.engine import make_url

    name = f"{make_url(libpq_address(url)).database}_restored"
    create, target = createdb_command(url, name)
    return create, f'sangkien --db {target} server-restore "{dump}"'


def restore_server(dump: Path, url: str) -> None:
    """pg_restore the dump into the database at URL, which must be empty, in one transaction."""
    _refuse_unless_a_dump(dump)
    _refuse_unless_empty(url)
    _tool(
        "pg_restore",
        "--no-owner",
        "--single-transaction",
        "--exit-on-error",
        f"--dbname={libpq_address(url)}",
        str(dump),
    )


def _refuse_unless_a_dump(path: Path) -> None:
    """A custom-format pg_dump starts with PGDMP; a SángKiến file (SQLite) is moved with
    migrate-to; anything else is said so before the server is touched."""
    with path.open("rb") as file:
        start = file.read(16)
    if start.startswith(b"PGDMP"):
        return
    if start.startswith(b"SQLite format 3\0"):
        raise DatabaseError(Message("server.restore_a_file", path=path))
    raise DatabaseError(Message("server.restore_not_a_dump", path=path))


def _refuse_unless_empty(url: str) -> None:
    from sqlalchemy import inspect

    from db.engines import ServerAddress
    from db.postgres.connect import make_server_engine

    engine = make_server_engine(ServerAddress(libpq_address(url)))
    try:
        with engine.connect() as conn:
            tables = inspect(conn).get_table_names()
    finally:
        engine.dispose()
    if tables:
        raise DatabaseError(Message("server.restore_not_empty"))


def _tool(name: str, *args: str) -> None:
    program = server_bin(name)
    if program is None:
        raise DatabaseError(Message("server.tool_missing", program=name))
    done = subprocess.run(
        [program, *args], capture_output=True, text=True, check=False, env=os.environ.copy()
    )
    if done.returncode != 0:
        raise DatabaseError(
            Message("server.tool_failed", program=name, error=done.stderr.strip()[-300:])
        )
