"""One writer per database: a lock file beside it, held with the operating system's file lock.

The GUI takes the lock when it opens a database and keeps it while open; a second window or
program then opens the database read-only, with a message. A command-line program takes it at its
first write (waiting briefly) and keeps it until it ends. The lock is the system's (fcntl on
Linux/macOS, msvcrt on Windows): it disappears with the process, so a crash or a power cut never
leaves a stale lock behind. The lock file itself stays; its text says who holds it.

On Linux and macOS it is an `flock` lock, which belongs to the one open file description that
took it: unlike classic POSIX `fcntl` locks, closing some other descriptor of the lock file (a
file dialog, a reader of the holder's text) can never drop it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import sys
import threading
import time
from pathlib import Path
from typing import IO

from db.fileutil import DatabaseError  # (db.session's, without SQLAlchemy)
from db.messages import Message

if os.name == "nt":  # pragma: no cover - exercised on Windows builds
    import msvcrt
else:
    import fcntl

POLL_S = 0.1


class DatabaseInUse(DatabaseError):
    """Another program holds the database's writer lock."""


class DatabaseBusy(DatabaseError):
    """SQLite stayed locked by another connection for longer than the busy timeout."""


class DatabaseReadOnly(DatabaseError):
    """The database was opened read-only (damaged, in use elsewhere, or on a read-only medium)."""


class DatabaseStorageError(DatabaseError):
    """The disk under the database is full or failing; the transaction was rolled back."""


def lock_path_for(db_path: Path | str) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


def _os_lock(handle: IO[str]) -> bool:
    """Try to take the system lock on the lock file's first byte without waiting."""
    try:
        if os.name == "nt":  # pragma: no cover
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _os_unlock(handle: IO[str]) -> None:
    with contextlib.suppress(OSError):
        if os.name == "nt":  # pragma: no cover
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _holder_info(program: str, **state) -> str:
    info = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "program": program,
        "since": dt.datetime.now().isoformat(timespec="seconds"),
        **state,
    }
    return json.dumps(info, ensure_ascii=False)


def _parse_state(text: str) -> dict | None:
    try:
        state = json.loads(text[1:].strip()) if text[1:].strip() else None
    except ValueError:
        return None
    return state if isinstance(state, dict) else None


def in_use_message(db_path: Path | str, holder: dict | None) -> Message:
    who: Message | str = ""
    if holder:
        since = str(holder.get("since", ""))[11:16]
        program, host = holder.get("program", "SángKiến"), holder.get("host", "?")
        who = Message("lock.holder_since" if since else "lock.holder", program=program, host=host)
        if since:
            who.params["since"] = since
    return Message("lock.in_use", name=Path(db_path).name, who=who)


class WriterLock:
    """The writer lock of one database file, held at most once per process (counted)."""

    def __init__(self, db_path: Path | str) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path_for(db_path)
        self._handle: IO[str] | None = None
        self._count = 0
        self._program = ""
        self.checked: str | None = None  # when the full check last passed (carried over)
        self.previous: dict | None = None  # what the lock file said when this process took it

    @property
    def held(self) -> bool:
        return self._handle is not None

    def try_acquire(self, program: str) -> bool:
        if self._handle is not None:
            self._count += 1
            return True
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - kept open while held
        if not _os_lock(handle):
            handle.close()
            return False
        self.previous = self._read_previous(handle)
        self.checked = self.checked or (self.previous or {}).get("checked")
        self._program = program
        self._write_holder(handle, open=True)
        self._handle, self._count = handle, 1
        return True

    def _read_previous(self, handle: IO[str]) -> dict | None:
        if os.name == "nt":  # pragma: no cover - byte 0 is locked there; read after it
            return self.holder()
        with contextlib.suppress(OSError, ValueError):
            handle.seek(0)
            return _parse_state(handle.read())
        return None

    def _write_holder(self, handle: IO[str], **state) -> None:
        # Byte 0 is the locked byte (Windows forbids reading it); the holder's text follows it.
        # `open` says whether a writer has the database open: still true when the next program
        # reads it means the last writer did not close cleanly (killed, power cut).
        with contextlib.suppress(OSError):
            handle.seek(0)
            handle.truncate()
            state = {"checked": self.checked, **state}
            handle.write(" " + _holder_info(self._program, **state) + "\n")
            handle.flush()

    def record_check(self, when: dt.datetime | None = None) -> None:
        """The full check just passed: remembered in the lock file (now if held, else at the
        next acquire)."""
        self.checked = (when or dt.datetime.now()).isoformat(timespec="seconds")
        if self._handle is not None:
            self._write_holder(self._handle, open=True)

    def acquire(self, program: str, wait_s: float = 0.0) -> None:
        """Take the lock, waiting up to `wait_s`; DatabaseInUse with who holds it otherwise."""
        deadline = time.monotonic() + wait_s
        while not self.try_acquire(program):
            if time.monotonic() >= deadline:
                raise DatabaseInUse(in_use_message(self.db_path, self.holder()))
            time.sleep(POLL_S)

    def release(self) -> None:
        if self._handle is None:
            return
        self._count -= 1
        if self._count <= 0:
            handle, self._handle, self._count = self._handle, None, 0
            self._write_holder(handle, open=False, file=_file_stamp(self.db_path))
            _os_unlock(handle)
            handle.close()

    def held_elsewhere(self) -> bool:
        """True when another process holds the lock now (never opens the database itself)."""
        if self._handle is not None or os.name == "nt" or not self.path.exists():
            return False
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        finally:
            os.close(fd)  # an flock belongs to this descriptor alone and goes with it
        return False

    def holder(self) -> dict | None:
        """Who holds the lock (or last held it), as its holder wrote it (None if unknown)."""
        try:
            return _parse_state(self.path.read_text(encoding="utf-8"))
        except OSError:
            return None


def _file_stamp(path: Path) -> list[int]:
    from db.opening import file_stamp

    return file_stamp(path)


_LOCKS: dict[str, WriterLock] = {}
_LOCKS_GUARD = threading.Lock()


def writer_lock(db_path: Path | str) -> WriterLock:
    """The process's one WriterLock object for this database file."""
    key = os.path.normcase(os.path.realpath(db_path))
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(key, WriterLock(db_path))


def program_name(argv: list[str] | None = None) -> str:
    """ "SángKiến" and the command it runs ("SángKiến import"), for the lock holder's text."""
    words, argv = [], list(sys.argv[1:] if argv is None else argv)
    while argv:
        word = argv.pop(0)
        if word in ("--db", "--lang"):
            argv[:1] = []
        elif not word.startswith("-"):
            words.append(word)
    return " ".join(["SángKiến", *words[:2]])
