"""Restoring a backup: only a sound SángKiến database is accepted, the current one is backed up
first, and the copy goes in with SQLite's backup API, so it is all-or-nothing even if the power
fails half-way and other connections of this program see the restored data at once.

The node's sequence counter and clock never go backwards across a restore: changes made after the
restore get numbers above everything already exported, so no receipt can hide them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.backup import (
    _NAME,
    STEP_PAGES,
    BackupError,
    BackupInfo,
    BoundedSteps,
    _has_table,
    _new_backup_path,
    backup_before,
    connect_read_only,
    database_path,
    describe_file,
    make_backup,
)
from db.lock import program_name, writer_lock
from db.messages import Message, message_of
from db.progress import OnProgress
from db.undo_journal import JournalError, is_journal, undo

SQLITE_HEADER = b"SQLite format 3\x00"
REQUIRED_TABLES = ("alembic_version", "node", "initiatives", "audit_log")


@dataclass
class NodeCounters:
    node_id: str | None
    last_seq: int
    hlc_wall: int
    hlc_counter: int


@dataclass
class RestoreResult:
    restored: BackupInfo
    safety_backup: Path | None


def _refuse(path: Path, why: Message) -> BackupError:
    return BackupError(Message("restore.refused", name=path.name, why=why))


def _check_header(path: Path) -> bool:
    """True when the file is in WAL mode (needs a private copy to be read without writing)."""
    if not path.is_file():
        raise BackupError(Message("restore.not_found", path=path))
    with open(path, "rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_HEADER):
        raise _refuse(path, Message("restore.not_a_database"))
    return len(header) >= 20 and header[18] == 2


@contextlib.contextmanager
def readable_backup(path: Path) -> Iterator[Path]:
    """The backup as a file that can be read without writing to it (a WAL-mode file, such as a
    database copied by hand, is copied to a private temporary file first)."""
    if not _check_header(path):
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="sangkien-restore-") as folder:
        copy = Path(folder) / "backup.db"
        shutil.copyfile(path, copy)
        wal = path.with_name(path.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, copy.with_name("backup.db-wal"))
        conn = sqlite3.connect(copy)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
        except sqlite3.DatabaseError as error:
            raise _refuse(path, Message("restore.damaged", error=error)) from None
        finally:
            conn.close()
        yield copy


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from db.migrate import alembic_config

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _check_content(conn: sqlite3.Connection, path: Path) -> None:
    missing = [t for t in REQUIRED_TABLES if not _has_table(conn, t)]
    if missing:
        raise _refuse(path, Message("restore.not_sangkien"))
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    if problems != ["ok"]:
        raise _refuse(path, Message("restore.backup_damaged", problem=problems[0]))
    revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision is None or revision[0] not in known_revisions():
        raise _refuse(path, Message("restore.newer"))


def inspect_backup_file(path: Path | str) -> BackupInfo:
    """A backup file's description if it is a sound SángKiến database; BackupError saying what is
    wrong otherwise (not found, not a database, not SángKiến's, damaged, from a newer version)."""
    path = Path(path)
    with readable_backup(path) as readable:
        try:
            conn = connect_read_only(readable)
            try:
                _check_content(conn, path)
            finally:
                conn.close()
            created, reason = _when_and_why(path)
            info = describe_file(readable, reason, created)
        except sqlite3.DatabaseError as error:
            raise _refuse(path, Message("restore.unreadable", error=error)) from None
    info.path = path
    return info


def _when_and_why(path: Path) -> tuple[dt.datetime, str]:
    """From a backup's name when it follows the pattern, else the file's time and "manual"."""
    match = _NAME.match(path.name)
    if match:
        with contextlib.suppress(ValueError):
            when = dt.datetime.strptime(match["date"] + match["time"], "%Y%m%d%H%M%S")
            return when, match["reason"]
    return dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0), "manual"


def read_counters(db_path: Path) -> NodeCounters | None:
    """The node's id, sequence and clock in `db_path` (None if unreadable or not set up)."""
    if not db_path.exists():
        return None
    try:
        conn = sqlite3.connect(db_path, timeout=5)
        try:
            row = conn.execute(
                "SELECT node_id, last_seq, hlc_wall, hlc_counter FROM node"
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return NodeCounters(*row) if row else None


def _backup_current(target: Path) -> Path | None:
    """Back up the database about to be replaced; a damaged one is kept as it is, too."""
    if not target.exists():
        return None
    try:
        return backup_before(target, "restore")
    except BackupError:
        copy = _new_backup_path(target, "damaged", dt.datetime.now())
        try:
            return make_backup(target, copy, "damaged", allow_damaged=True).path
        except (BackupError, sqlite3.Error):
            return _raw_copy(target, copy)


def _raw_copy(target: Path, copy: Path) -> Path:
    """Last resort for a database too damaged for the backup API (we hold the writer lock)."""
    for suffix in ("", "-wal"):
        source = target.with_name(target.name + suffix)
        if source.exists():
            shutil.copyfile(source, copy.with_name(copy.name + suffix))
    return copy


def _copy_into(source: Path, target: Path, progress: OnProgress | None) -> None:
    src = connect_read_only(source)
    dst = sqlite3.connect(target, timeout=5)
    try:
        src.backup(dst, pages=STEP_PAGES, progress=BoundedSteps(progress))
    finally:
        dst.close()
        src.close()


def _replace_file(source: Path, target: Path) -> None:
    """For a target the backup API cannot write into (damaged beyond reading): swap the file."""
    from db.fileutil import atomic_path

    with atomic_path(target) as temp:
        shutil.copyfile(source, temp)
        for suffix in ("-wal", "-shm"):
            target.with_name(target.name + suffix).unlink(missing_ok=True)


def _record_restore(target: Path, info: BackupInfo, actor: str, safety: Path | None) -> None:
    """The audit trail says who restored which backup and where the replaced data went."""
    import json

    from db.node import utcnow

    details = {
        "backup": [None, info.path.name],
        "backup_made": [None, info.created_at.isoformat(timespec="seconds")],
        "previous_data_saved_as": [None, safety.name if safety else None],
    }
    conn = sqlite3.connect(target, timeout=5)
    try:
        with conn:
            conn.execute(
                "INSERT INTO audit_log (at, actor, action, table_name, row_id, changes) "
                "VALUES (?, ?, 'restore', 'database', ?, ?)",
                (
                    utcnow().strftime("%Y-%m-%d %H:%M:%S.%f"),
                    actor or "?",
                    info.path.name[:64],
                    json.dumps(details, ensure_ascii=False),
                ),
            )
    finally:
        conn.close()


def _keep_counters_forward(target: Path, before: NodeCounters | None) -> None:
    if before is None:
        return
    conn = sqlite3.connect(target, timeout=5)
    try:
        with conn:
            conn.execute(
                "UPDATE node SET last_seq = max(last_seq, ?), "
                "hlc_counter = CASE WHEN hlc_wall < ? OR (hlc_wall = ? AND hlc_counter < ?) "
                "THEN ? ELSE hlc_counter END, hlc_wall = max(hlc_wall, ?)",
                (
                    before.last_seq,
                    before.hlc_wall,
                    before.hlc_wall,
                    before.hlc_counter,
                    before.hlc_counter,
                    before.hlc_wall,
                ),
            )
    finally:
        conn.close()


def _check_same_node(info: BackupInfo, before: NodeCounters | None, allow_other: bool) -> None:
    if allow_other or before is None or not before.node_id or not info.node_id:
        return
    if before.node_id != info.node_id:
        raise _refuse(info.path, Message("restore.other_node", unit=info.unit_code))


def restore_backup(
    database_or_path: Any,
    backup_file: Path | str,
    *,
    progress: OnProgress | None = None,
    allow_other_node: bool = False,
    lock_wait_s: float = 3.0,
    actor: str = "",
) -> RestoreResult:
    """Replace the database's content with the backup's, after checking the backup and backing
    up the current content. Other connections of this program see the restored data at once."""
    target = database_path(database_or_path)
    backup_file = Path(backup_file)
    if is_journal(backup_file):
        return _undo(target, backup_file, actor, lock_wait_s)
    info = inspect_backup_file(backup_file)
    lock = writer_lock(target)
    lock.acquire(program_name(), lock_wait_s)
    try:
        before = read_counters(target)
        _check_same_node(info, before, allow_other_node)
        safety = _backup_current(target)
        _restore_file(backup_file, target, progress)
        _keep_counters_forward(target, before)
        _upgrade_schema(target)
        _record_restore(target, info, actor, safety)
    finally:
        lock.release()
    return RestoreResult(info, safety)


def _undo(target: Path, journal: Path, actor: str, lock_wait_s: float) -> RestoreResult:
    """The safety copy of an import into a large database is an undo journal: it is put back in
    one transaction, and the undo is journalled in turn (db/undo_journal.py)."""
    when, reason = _when_and_why(journal)
    lock = writer_lock(target)
    lock.acquire(program_name(), lock_wait_s)
    try:
        again = _undo_journal(target, journal, actor)
    except JournalError as error:
        raise _refuse(journal, message_of(error) or Message("restore.other", error=error)) from None
    finally:
        lock.release()
    return RestoreResult(BackupInfo(journal, when, reason), again)


def _undo_journal(target: Path, journal: Path, actor: str) -> Path | None:
    """An import's journal is undone and the undo journalled in turn; a migration's journal
    (db/migrate_undo.py) gives back the schema and rows before it: the next opening migrates."""
    from db.migrate_undo import is_migration_journal, undo_migration

    if is_migration_journal(journal):
        undo_migration(target, journal, actor=actor)
        return None
    return undo(target, journal, actor=actor)


def _restore_file(backup_file: Path, target: Path, progress: OnProgress | None) -> None:
    with readable_backup(backup_file) as readable:
        try:
            _copy_into(readable, target, progress)
        except sqlite3.DatabaseError as error:
            if not _is_damage(error):
                raise BackupError(Message("restore.failed", error=error)) from None
            _replace_file(readable, target)


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    text = str(error).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


def _upgrade_schema(target: Path) -> None:
    """A backup from an older version is brought to the current schema (backed up first)."""
    from db.migrate import upgrade_to_head
    from db.session import make_engine

    engine = make_engine(target)
    try:
        upgrade_to_head(engine)
    finally:
        engine.dispose()
