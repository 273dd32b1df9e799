"""Backups a clerk with no IT support can rely on: made by SQLite's online backup API (a consistent
copy even while the database is in use, never a file copy of a live database), before every
import, every schema upgrade and every restore, and once a day when SángKiến is used.

They live in `backups/` beside the database, named `<db name>-<YYYYMMDD>-<HHMMSS>-<reason>.db`,
each with a small `.json` note (reason, time, record counts, whether it passed a check). Rotation
keeps the last 10 and the newest of every month. A backup is a normal SángKiến database in
rollback-journal mode: one self-contained file that can be copied to a USB stick.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import re
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db.fileutil import (
    DatabaseError,
    StorageError,
    atomic_path,
    storage_error,
    write_text_atomic,
)
from db.messages import Label, Message
from db.paths import read_only_uri
from db.progress import OnProgress

KEEP_LAST = 10
STEP_PAGES = 2048
BUSY_GIVE_UP = 60.0  # seconds a backup waits for a database busy elsewhere, then gives up
REASONS = {  # import-undo: db/undo_journal.py, only what changed; migrate-undo: db/migrate_undo.py
    reason: Label(f"backup.reason.{reason}")
    for reason in (
        "manual",
        "daily",
        "import",
        "import-undo",
        "restore-undo",
        "migrate-undo",
        "migrate",
        "restore",
        "damaged",  # the damaged file itself, kept by a restore (db/restore.py)
    )
}
COUNT_QUERIES = {
    "initiatives": "SELECT count(*) FROM initiatives WHERE deleted = 0",
    "people": "SELECT count(*) FROM people WHERE deleted = 0",
    "certificates": "SELECT count(*) FROM certificates WHERE deleted = 0",
    "units": "SELECT count(*) FROM units WHERE deleted = 0",
}
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<date>\d{8})-(?P<time>\d{6})(?:-\d+)?-(?P<reason>[a-z]+(?:-undo)?)\.db$"
)


class BackupError(DatabaseError):
    """A backup that cannot be made, read or restored, with what to do about it."""


@dataclass
class BackupInfo:
    path: Path
    created_at: dt.datetime
    reason: str
    counts: dict[str, int] = field(default_factory=dict)
    checked_ok: bool | None = None
    size: int = 0
    node_id: str | None = None
    unit_code: str | None = None
    revision: str | None = None

    @property
    def reason_label(self) -> str:
        return REASONS.get(self.reason, self.reason)

    @property
    def initiatives(self) -> int | None:
        return self.counts.get("initiatives")

    def as_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "reason": self.reason,
            "reason_label": self.reason_label,
            "counts": self.counts,
            "checked_ok": self.checked_ok,
            "size": self.size,
            "node_id": self.node_id,
            "unit_code": self.unit_code,
            "revision": self.revision,
        }


# ---- where backups live ------------------------------------------------------------------------


def database_path(database_or_path: Any) -> Path:
    """The file of a `db.session.Database`, an Engine or a path."""
    if isinstance(database_or_path, str | Path):
        return Path(database_or_path)
    engine = getattr(database_or_path, "engine", database_or_path)
    return Path(engine.url.database)


def backups_folder(db_path: Path | str) -> Path:
    return Path(db_path).resolve().parent / "backups"


def _new_backup_path(db_path: Path, reason: str, now: dt.datetime) -> Path:
    folder = backups_folder(db_path)
    base = f"{db_path.stem}-{now:%Y%m%d-%H%M%S}"
    candidate, number = folder / f"{base}-{reason}.db", 2
    while candidate.exists():
        candidate, number = folder / f"{base}-{number}-{reason}.db", number + 1
    return candidate


def _note_path(backup: Path) -> Path:
    return backup.with_name(backup.name + ".json")


# ---- reading a database file without touching it -----------------------------------------------


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes: safe on a backup, a damaged file or a read-only medium."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)


def quick_check_connection(conn: sqlite3.Connection) -> list[str]:
    """PRAGMA quick_check's complaints (empty when the file is sound)."""
    rows = [row[0] for row in conn.execute("PRAGMA quick_check")]
    return [] if rows == ["ok"] else rows


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    query = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
    return conn.execute(query, (name,)).fetchone() is not None


def record_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {
        table: conn.execute(query).fetchone()[0]
        for table, query in COUNT_QUERIES.items()
        if _has_table(conn, table)
    }


def _node_of(conn: sqlite3.Connection) -> tuple[str | None, str | None]:
    if not _has_table(conn, "node"):
        return None, None
    row = conn.execute("SELECT node_id, unit_code FROM node").fetchone()
    return (row[0], row[1]) if row else (None, None)


def _revision_of(conn: sqlite3.Connection) -> str | None:
    if not _has_table(conn, "alembic_version"):
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def describe_file(path: Path, reason: str, created_at: dt.datetime) -> BackupInfo:
    """Read a backup's counts, node and schema revision, and quick-check it."""
    conn = connect_read_only(path)
    try:
        problems = quick_check_connection(conn)
        node_id, unit_code = _node_of(conn)
        info = BackupInfo(path, created_at, reason, record_counts(conn), not problems)
        info.node_id, info.unit_code, info.revision = node_id, unit_code, _revision_of(conn)
    finally:
        conn.close()
    info.size = path.stat().st_size
    return info


# ---- making a backup -----------------------------------------------------------------------------


def _sqlite_storage_error(error: sqlite3.Error, path: Path, source: Path) -> OSError:
    text = str(error).lower()
    if "full" in text:
        return storage_error(OSError(errno.ENOSPC, "disk full"), path)
    if "readonly" in text or "read-only" in text:
        return storage_error(OSError(errno.EROFS, "read-only"), path)
    # Say what SQLite said, and about which file: an I/O error reading the database is not a
    # broken USB stick (issue 10, finding 5: it was a WAL removed under the open window).
    return StorageError(
        errno.EIO, Message("backup.sqlite_failed", source=source.name, path=path, error=error)
    )


class BoundedSteps:
    """The backup's progress, and its bound: Python's sqlite3 retries a step the database is
    too busy for every 250 ms for ever; after BUSY_GIVE_UP seconds without a page copied the
    backup stops with SQLite's own words ("database is locked"), said as backup.sqlite_failed."""

    def __init__(self, progress: OnProgress | None) -> None:
        self.progress = progress
        self.busy_since: float | None = None

    def __call__(self, status: int, left: int, total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            now = time.monotonic()
            self.busy_since = self.busy_since or now
            if now - self.busy_since > BUSY_GIVE_UP:
                raise sqlite3.OperationalError("database is locked")
            return
        self.busy_since = None
        if self.progress is not None:
            self.progress(total - left, total)


def online_copy(source: Path, target: Path, progress: OnProgress | None = None) -> None:
    """Copy the database `source` into the new file `target` with SQLite's backup API, as one
    self-contained file (rollback journal, not WAL)."""
    src = sqlite3.connect(read_only_uri(source), uri=True, timeout=5)  # never checkpoints
    dst = sqlite3.connect(target)
    try:
        src.execute("PRAGMA busy_timeout = 5000")
        src.backup(dst, pages=STEP_PAGES, progress=BoundedSteps(progress))
        dst.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.OperationalError as error:
        raise _sqlite_storage_error(error, target, source) from error
    finally:
        dst.close()
        src.close()


def _write_note(info: BackupInfo, source: Path) -> None:
    note = {**info.as_json(), "source": str(source)}
    del note["path"]
    with contextlib.suppress(OSError):  # the note only speeds up listing; the backup is what counts
        write_text_atomic(_note_path(info.path), json.dumps(note, ensure_ascii=False, indent=1))


def make_backup(
    database_or_path: Any,
    target: Path,
    reason: str,
    *,
    progress: OnProgress | None = None,
    allow_damaged: bool = False,
) -> BackupInfo:
    """A checked backup of the database at `target` (written atomically). A damaged database is
    refused unless `allow_damaged` (a damaged copy must never push good backups out of rotation)."""
    source = database_path(database_or_path)
    if not source.exists():
        raise BackupError(Message("backup.no_database", path=source))
    target.parent.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now().replace(microsecond=0)
    with atomic_path(target) as temp:
        online_copy(source, temp, progress)
        info = describe_file(temp, reason, now)
        if not info.checked_ok and not allow_damaged:
            raise BackupError(damaged_source_message(source))
    info.path = target
    _write_note(info, source)
    return info


def damaged_source_message(source: Path) -> Message:
    return Message("backup.damaged_source", name=source.name)


def backup_before(
    database_or_path: Any, reason: str, *, progress: OnProgress | None = None
) -> Path:
    """Back up the database into its backups folder before `reason` ("import", "migrate",
    "restore", "daily", "manual"), then rotate. Returns the backup's path."""
    source = database_path(database_or_path)
    target = _new_backup_path(source, reason, dt.datetime.now())
    info = make_backup(source, target, reason, progress=progress)
    rotate_backups(source)
    return info.path


# ---- listing and rotation ------------------------------------------------------------------------


def _from_note(path: Path, reason: str, created_at: dt.datetime) -> BackupInfo | None:
    try:
        note = json.loads(_note_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    info = BackupInfo(path, created_at, reason, dict(note.get("counts") or {}))
    info.checked_ok, info.size = note.get("checked_ok"), path.stat().st_size
    info.node_id, info.unit_code = note.get("node_id"), note.get("unit_code")
    info.revision = note.get("revision")
    return info


def _parse_name(path: Path, stem: str) -> tuple[dt.datetime, str] | None:
    match = _NAME.match(path.name)
    if not match or match["stem"] != stem:
        return None
    try:
        created = dt.datetime.strptime(match["date"] + match["time"], "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return created, match["reason"]


def _backup_files(db_path: Path) -> list[tuple[Path, dt.datetime, str]]:
    folder = backups_folder(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{glob_escape(db_path.stem)}-*.db"):
        parsed = _parse_name(path, db_path.stem)
        if parsed:
            found.append((path, *parsed))
    return sorted(found, key=lambda item: (item[1], item[0].name), reverse=True)


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def list_backups(database_or_path: Any) -> list[BackupInfo]:
    """This database's backups, newest first, with their reasons and record counts."""
    result = []
    for path, created, reason in _backup_files(database_path(database_or_path)):
        info = _from_note(path, reason, created)
        if info is None:
            info = _describe_quietly(path, reason, created)
        result.append(info)
    return result


def _describe_quietly(path: Path, reason: str, created: dt.datetime) -> BackupInfo:
    try:
        return describe_file(path, reason, created)
    except sqlite3.Error:
        return BackupInfo(path, created, reason, checked_ok=False, size=path.stat().st_size)


def backups_to_remove(backups: list[BackupInfo], keep_last: int = KEEP_LAST) -> list[BackupInfo]:
    """Rotation: keep the `keep_last` newest and the newest of every calendar month."""
    ordered = sorted(backups, key=lambda b: b.created_at, reverse=True)
    keep = {id(b) for b in ordered[:keep_last]}
    months: set[tuple[int, int]] = set()
    for backup in ordered:
        month = (backup.created_at.year, backup.created_at.month)
        if month not in months:
            months.add(month)
            keep.add(id(backup))
    return [b for b in ordered if id(b) not in keep]


def rotate_backups(database_or_path: Any, keep_last: int = KEEP_LAST) -> list[Path]:
    removed = []
    for backup in backups_to_remove(list_backups(database_or_path), keep_last):
        with contextlib.suppress(OSError):
            backup.path.unlink()
            _note_path(backup.path).unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def daily_backup_if_due(database_or_path: Any, today: dt.date | None = None) -> Path | None:
    """Once a day when SángKiến is used: back up if no backup was made today. Returns it or None."""
    today = today or dt.date.today()
    files = _backup_files(database_path(database_or_path))
    if any(created.date() == today for _path, created, _reason in files):
        return None
    return backup_before(database_or_path, "daily")


def latest_good_backup(database_or_path: Any) -> BackupInfo | None:
    """The newest backup that passes a check now (looked at newest first)."""
    for path, created, reason in _backup_files(database_path(database_or_path)):
        info = _describe_quietly(path, reason, created)
        if info.checked_ok:
            return info
    return None
