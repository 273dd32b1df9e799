"""What every migration that adds and fills columns must keep: on a large file its safety copy is
an undo journal, not a copy of the file, and putting it back gives the file as it was."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from db.backup import list_backups
from db.restore import restore_backup
from db.session import open_database

SCHEMA = "SELECT * FROM sqlite_master ORDER BY name"


def upgrade_keeps_an_undo_journal_without_rows(
    path: Path, table: str, read: Callable[[sqlite3.Connection], object]
) -> None:
    """Upgrade the file at `path` (JOURNAL_ABOVE_BYTES set low by the caller): the journal holds
    none of `table`'s rows (only new columns changed), and restoring it gives back the schema and
    what `read` reads."""
    with sqlite3.connect(path) as connection:
        schema, before = connection.execute(SCHEMA).fetchall(), read(connection)
    open_database(path).close()
    (journal,) = list_backups(path)  # no copy of the whole file
    assert journal.reason == "migrate-undo"
    with sqlite3.connect(journal.path) as kept:
        tables = dict(kept.execute("SELECT name, number FROM undo_tables").fetchall())
        held = kept.execute(f"SELECT count(*) FROM undo_rows_{tables[table]}").fetchone()
        assert held == (0,)  # only the new columns changed: nothing of the rows to keep
    restore_backup(path, journal.path)
    with sqlite3.connect(path) as connection:
        assert connection.execute(SCHEMA).fetchall() == schema
        assert read(connection) == before
