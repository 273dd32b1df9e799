"""The safety copy before a migration of a large database: an undo journal of what the
migration changes, instead of a copy of the whole file (docs/ARCHITECTURE.md, "The file").

It is db/undo_journal.py's journal (the previous rows of everything the migration's transaction
changes, by temporary triggers, alembic_version included) plus the schema objects the migration
added (indexes, tables, triggers, views), which the undo drops. A migration that changes or drops
an object that was there before cannot be undone this way (the journal has no copy of a dropped
table), so it keeps the whole copy (`can_journal`); columns added to a table (0018's sort keys)
are dropped again, and the journal keeps no row whose only change is in them. The undo is one
transaction, refused unless the database is still exactly as the migration left it (the
journal's fingerprint).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from db.undo_journal import (
    JournalError,
    UndoRecorder,
    is_journal,
    journalled_tables,
    new_journal_path,
    put_back,
    read_meta,
    undoing,
)

REASON = "migrate"
KINDS = ("trigger", "view", "index", "column", "table")  # the order they are dropped in


def schema_of(conn: sqlite3.Connection) -> dict[tuple[str, str], str | None]:
    rows = conn.execute("SELECT type, name, sql FROM main.sqlite_master").fetchall()
    return {(kind, name): sql for kind, name, sql in rows}


def can_journal(before: dict, after: dict) -> bool:
    """True when the migration only added objects (every earlier one is there, unchanged, or a
    table with columns added: its SQL with one piece inserted, as SQLite's ADD COLUMN does)."""
    return all(
        after.get(key) == sql or (key[0] == "table" and _inserted_into(sql, after.get(key)))
        for key, sql in before.items()
    )


def _inserted_into(before: str | None, after: str | None) -> bool:
    if before is None or after is None or len(after) <= len(before):
        return False
    same = next(
        (n for n, (a, b) in enumerate(zip(before, after, strict=False)) if a != b), len(before)
    )
    return after.endswith(before[same:])


def added_columns(recorder: UndoRecorder) -> list[tuple[str, str]]:
    """("column", "table.column") for each column added since the recording started."""
    now = journalled_tables(recorder.conn)
    return [
        ("column", f"{table}.{column}")
        for table, columns in recorder.tables.items()
        for column in now.get(table, columns)
        if column not in columns
    ]


def start(conn: sqlite3.Connection) -> UndoRecorder | None:
    """Start recording in the migration's open transaction (None: a table without rowid)."""
    from db.backup import record_counts

    try:
        recorder = UndoRecorder(conn)
    except JournalError:
        return None
    recorder.counts = record_counts(conn)
    recorder.start()
    return recorder


def rows_changed(recorder: UndoRecorder) -> int:
    """Rows the migration inserted, updated or deleted, beyond alembic_version's."""
    run = recorder.conn.execute
    count = run("SELECT count(*) FROM temp.undo_new WHERE tbl != 'alembic_version'").fetchone()[0]
    for number, table in enumerate(recorder.tables):
        if table != "alembic_version":
            count += run(f"SELECT count(*) FROM temp.undo_rows_{number}").fetchone()[0]
    return count


def save(recorder: UndoRecorder, db_path: Path, added: list[tuple[str, str]]) -> Path:
    """Write the journal (still before the migration commits) with its note among the backups."""
    import datetime as dt

    from db.backup import BackupInfo, _write_note

    conn = recorder.conn
    node = conn.execute("SELECT node_id, unit_code FROM node").fetchone() or (None, None)
    now = dt.datetime.now().replace(microsecond=0)
    added = [*added, *added_columns(recorder)]
    meta = {"reason": REASON, "package_id": "", "node_id": node[0], "added": json.dumps(added)}
    path = recorder.save(new_journal_path(db_path, REASON, now), meta)
    info = BackupInfo(path, now, f"{REASON}-undo", recorder.counts, True, path.stat().st_size)
    info.node_id, info.unit_code = node
    info.revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    _write_note(info, db_path)
    return path


def is_migration_journal(path: Path) -> bool:
    return is_journal(path) and read_meta(path).get("reason") == REASON


def undo_migration(db_path: Path, journal: Path, *, actor: str = "") -> None:
    """Put the database back as it was before the migration, in one transaction: the objects it
    added dropped, its rows (and alembic_version) put back. Raises JournalError."""
    meta = read_meta(journal)
    added = [tuple(item) for item in json.loads(meta.get("added") or "[]")]
    with undoing(db_path, journal, meta) as conn:
        for kind in KINDS:
            for name in (n for k, n in added if k == kind):
                if kind == "column":
                    table, column = name.split(".", 1)
                    conn.execute(f'ALTER TABLE main."{table}" DROP COLUMN "{column}"')
                else:
                    conn.execute(f'DROP {kind.upper()} IF EXISTS main."{name}"')
        put_back(conn, journal, actor)
