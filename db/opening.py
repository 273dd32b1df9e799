"""What a file given as a database is, found without changing it (issue 11), and when it needs
the full integrity check (issue 13).

`examine_file` tells apart: missing; zero bytes (a failed copy: never turned into an empty
register); not SQLite; SQLite but another program's (refused, nothing changed: no tables are
added); SángKiến's from a newer schema ("update SángKiến to version X", nothing changed);
SángKiến's own; and whether it lies on a read-only medium. It reads the file only through a
read-only SQLite connection, which never checkpoints or removes a WAL.

The full check (PRAGMA quick_check) reads the whole file: 88% of a command's time at a million
initiatives. `check_due` says when it is worth it:
- after an unclean shutdown: the writer-lock file says a writer had it open, and nobody holds
  the lock now (the writer was killed or the power went);
- when the file changed while no SángKiến had it open (its size or modification time differ from
  what the last writer recorded when it closed it: copied over, restored by hand, bit rot);
- on a schedule: when the last passed check is older than CHECK_EVERY (or unknown);
- and always before a backup (the copy is checked) and a restore (the backup is checked).
Where it runs (docs/ARCHITECTURE.md, "The file"): a file up to CHECK_AT_OPEN_BYTES is checked
when it opens (a fraction of a second); a bigger one opens at once and its check is deferred: the
window runs it in the background (read-only with a message if it finds damage), a reading command
says in one line that it is due, and the first write of any program runs it first (with progress,
and a way to stop it that writes nothing), so no write lands on a damaged file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from db.fileutil import DatabaseError  # the same as db.session's, without SQLAlchemy
from db.messages import Message
from db.migrate import APPLICATION_ID, app_version
from db.paths import read_only_uri

CHECK_EVERY = dt.timedelta(days=7)
# quick_check reads ~75 MB/s cold, ~200 MB/s warm on a loaded 2-core machine: 32 MiB is at most
# ~0.4 s, so a file this small is still checked when it opens, within the 1 s to open anything.
CHECK_AT_OPEN_BYTES = 32 * 1024 * 1024


def version_text(number: int) -> str | None:
    if number <= 0:
        return None
    return f"{number // 1_000_000}.{number // 1_000 % 1_000}.{number % 1_000}"


@dataclass
class FileState:
    kind: str  # missing, empty, not_sqlite, unreadable, blank, foreign, newer, ours
    read_only_medium: bool = False
    immutable: bool = False  # SQLite must be told nothing can change it (no -shm possible)
    revision: str | None = None
    made_by: str | None = None  # the SángKiến version that last migrated it, when known
    detail: str = ""


def on_read_only_medium(path: Path) -> bool:
    """True when nothing can be written beside the database (write-protected stick, CD, share)."""
    folder = path.absolute().parent
    while not folder.exists() and folder != folder.parent:  # `init` makes the missing folders
        folder = folder.parent
    if hasattr(os, "statvfs"):
        try:
            if os.statvfs(folder).f_flag & os.ST_RDONLY:
                return True
        except OSError:
            pass
    writable_file = not path.exists() or os.access(path, os.W_OK)
    return not (writable_file and os.access(folder, os.W_OK))


def _connect(path: Path, immutable: bool) -> sqlite3.Connection:
    uri = read_only_uri(path) + ("&immutable=1" if immutable else "")
    return sqlite3.connect(uri, uri=True, timeout=5)


def _read_schema(path: Path, immutable: bool) -> tuple[set[str], int, int, str | None]:
    conn = _connect(path, immutable)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        user_version = conn.execute("PRAGMA user_version").fetchone()[0]
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    finally:
        conn.close()
    return tables, application_id, user_version, revision


def known_revisions() -> frozenset[str]:
    from db.migrate import known_revisions as revisions

    return revisions()


def examine_file(path: Path | str) -> FileState:
    """What is at `path`, without changing it (see the module's note)."""
    path = Path(path)
    if not path.exists():
        return FileState("missing", on_read_only_medium(path))
    read_only = on_read_only_medium(path)
    if path.stat().st_size == 0:
        return FileState("empty", read_only)
    wal = path.with_name(path.name + "-wal")
    no_wal = not (wal.exists() and wal.stat().st_size)
    immutable = read_only and no_wal
    try:
        # With no WAL everything is in the main file: read it as immutable, so that not even a
        # shared-memory file is made beside a file that may not be ours.
        tables, application_id, user_version, revision = _read_schema(path, no_wal)
    except sqlite3.DatabaseError as error:
        text = str(error)
        if "not a database" in text or "encrypted" in text:
            return FileState("not_sqlite", read_only, immutable, detail=text)
        return FileState("unreadable", read_only, immutable, detail=text)
    state = FileState("ours", read_only, immutable, revision, version_text(user_version))
    if not tables:
        state.kind = "blank"
    elif "alembic_version" not in tables or application_id not in (0, APPLICATION_ID):
        state.kind = "foreign"
    elif revision not in known_revisions():
        state.kind = "newer"
    return state


# ---- the messages --------------------------------------------------------------------------------


def _backup_offer(path: Path) -> Message:
    from db.backup import latest_good_backup

    try:
        good = latest_good_backup(path)
    except OSError:
        good = None
    if good is None:
        return Message("open.copy_again")
    return Message("open.backup_offer", backup=good.path.name, made=good.created_at, path=good.path)


def refusal(path: Path, state: FileState, *, create: bool = False) -> DatabaseError | None:
    """The one message for a file that must not be opened (None when it may be)."""
    name = path.name
    if state.kind == "missing" and not create:
        return DatabaseError(Message("open.not_found", path=path))
    if state.kind == "empty" and not create:
        return DatabaseError(Message("open.empty_file", path=path, offer=_backup_offer(path)))
    if state.kind == "blank" and not create:
        return DatabaseError(Message("open.blank_sqlite", path=path))
    if state.kind == "not_sqlite":
        return DatabaseError(Message("open.not_sqlite", path=path))
    if state.kind == "unreadable":
        offer = _backup_offer(path)
        return DatabaseError(
            Message("open.unreadable", name=name, detail=state.detail, offer=offer)
        )
    if state.kind == "foreign":
        return DatabaseError(Message("open.foreign", path=path))
    if state.kind == "newer":
        wanted = state.made_by or Message("open.newer_version")
        return DatabaseError(
            Message(
                "open.newer",
                name=name,
                wanted=wanted,
                revision=state.revision,
                running=app_version(),
            )
        )
    return None


def read_only_medium_message(path: Path) -> Message:
    return Message("open.read_only_medium", name=path.name)


# ---- when the full check is due ------------------------------------------------------------------


def file_stamp(path: Path) -> list[int]:
    """Size and modification time of the database: what a clean close records."""
    try:
        info = path.stat()
    except OSError:
        return []
    return [info.st_size, info.st_mtime_ns]


def check_due(path: Path, state: dict | None, held_elsewhere: bool, now: dt.datetime) -> str:
    """Why the full check must run now ("" when it need not), from the writer-lock file's record."""
    if held_elsewhere:
        return ""  # a live SángKiến has it open: it checked when it opened it
    if not state or "open" not in state:
        return "unknown"  # never recorded (an older SángKiến, a copied file)
    if state.get("open"):
        return "unclean shutdown"
    if state.get("file") != file_stamp(path):
        return "changed while closed"
    try:
        checked = dt.datetime.fromisoformat(str(state.get("checked")))
    except ValueError:
        return "schedule"
    return "schedule" if now - checked >= CHECK_EVERY else ""


def check_now_at_open(path: Path) -> bool:
    """True when the due check is cheap enough to run as the file opens (see CHECK_AT_OPEN_BYTES)."""
    size = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            size += Path(f"{path}{suffix}").stat().st_size
    return size <= CHECK_AT_OPEN_BYTES


_WHY = {
    "unclean shutdown": "open.check_why.unclean",
    "changed while closed": "open.check_why.changed",
    "schedule": "open.check_why.schedule",
}


def due_message(path: Path, due: str) -> Message:
    """The one line a reading command prints when the full check is due and deferred."""
    why = Message(_WHY.get(due, "open.check_why.unknown"))
    return Message("open.check_due", name=path.name, why=why)
