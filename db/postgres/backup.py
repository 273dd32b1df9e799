"""Backups of a server node with the tools PostgreSQL users expect: `pg_dump --format=custom`,
restored with `pg_restore` into an empty database. The file node keeps its own copies
(db.backup); `backup_before` picks the one that fits the engine (the seam, db.postgres)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path
from typing import Any

from db.postgres import on_server
from db.postgres.trial_server import server_bin
from db.session import DatabaseError

DUMP_SUFFIX = ".dump"


def backup_before(database_or_path: Any, reason: str, **options: Any) -> Path:
    """A backup before an import or a migration, whichever engine the database is on."""
    engine = getattr(database_or_path, "engine", database_or_path)
    if hasattr(engine, "dialect") and on_server(engine):
        return dump_server(engine.url.render_as_string(hide_password=True), reason)
    from db.backup import backup_before as copy_file

    return copy_file(database_or_path, reason, **options)


def server_backups_folder() -> Path:
    from db.paths import user_data_folder

    return user_data_folder() / "server-backups"


def libpq_address(url: str) -> str:
    """A libpq connection URI (no SQLAlchemy driver name): what pg_dump and psql take."""
    scheme, rest = url.split("://", 1)
    return "postgresql://" + rest if "+" in scheme or scheme == "postgres" else url


def dump_server(url: str, reason: str, folder: Path | None = None) -> Path:
    """pg_dump in custom format into FOLDER (default: the user's server-backups folder)."""
    folder = folder or server_backups_folder()
    folder.mkdir(parents=True, exist_ok=True)
    name = libpq_address(url).rsplit("/", 1)[-1].split("?", 1)[0]
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{name}-{stamp}-{reason}{DUMP_SUFFIX}"
    _tool("pg_dump", "--format=custom", "--no-owner", f"--file={target}", libpq_address(url))
    return target


def _tool(name: str, *args: str) -> None:
    program = server_bin(name)
    if program is None:
        raise DatabaseError(
            f"Không tìm thấy {name} (công cụ của PostgreSQL) để sao lưu máy chủ. Hãy cài gói "
            f"postgresql-client. ({name} is not installed.)"
        )
    done = subprocess.run(
        [program, *args], capture_output=True, text=True, check=False, env=os.environ.copy()
    )
    if done.returncode != 0:
        raise DatabaseError(
            f"{name} không chạy được: {done.stderr.strip()[-300:]} ({name} failed.)"
        )
