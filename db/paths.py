"""Where SángKiến's files are: what ships with the program, and what belongs to the user.

The program folder (the source tree, or the PyInstaller folder a site copies from a USB stick)
holds only what ships: code, Alembic migrations, resources. It may be read-only. Everything the
user makes — the database, its backups, settings — lives in the platform's user data folder
(Windows: %LOCALAPPDATA%\\SangKien, Linux: ~/.local/share/SangKien, macOS:
~/Library/Application Support/SangKien), never inside the program folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "SangKien"
DATABASE_NAME = "sangkien.db"


def frozen_root() -> Path | None:
    """The folder PyInstaller unpacked the program into (its `_internal`), or None from source."""
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) if root else None


def program_root() -> Path:
    """The folder holding the `db`, `desktop` and `resources` packages, frozen or not."""
    return frozen_root() or Path(__file__).resolve().parent.parent


def bundled_path(*parts: str) -> Path:
    """A file shipped with the program, e.g. bundled_path("db", "migrations")."""
    return program_root().joinpath(*parts)


def user_data_folder() -> Path:
    """The user's own folder for SángKiến's database and backups (not created here)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    return user_data_folder() / DATABASE_NAME


def is_inside(path: Path | str, folder: Path | str) -> bool:
    """True if `path` is `folder` or lies below it (both resolved, so '..' cannot hide it)."""
    return Path(path).resolve().is_relative_to(Path(folder).resolve())


DATABASE_SUFFIXES = (".db", ".sqlite", ".sqlite3")
COMPANION_ENDINGS = ("-wal", "-shm", "-journal", ".lock")


def is_database_file(name: str) -> bool:
    """A file name that looks like a database (SángKiến's or another SQLite program's)."""
    return name.lower().endswith(DATABASE_SUFFIXES)


def is_database_companion(name: str) -> bool:
    """A database's write-ahead log, shared memory, rollback journal or writer-lock file."""
    lower = name.lower()
    return any(
        lower.endswith(suffix + ending)
        for suffix in DATABASE_SUFFIXES
        for ending in COMPANION_ENDINGS
    )


def read_only_uri(path: Path | str) -> str:
    """A `mode=ro` URI for sqlite3.connect(uri=True): any letters, spaces, `%`, `?` or `#` in
    the path are percent-encoded. A read-only connection never checkpoints the WAL or removes it
    when it closes, whoever else has the database open."""
    return Path(path).absolute().as_uri() + "?mode=ro"
