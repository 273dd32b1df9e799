"""Opening a database the way the application does: checked, guarded and with plain messages.

`open_safely` first examines the file without changing it (db.opening: missing, zero bytes, not
SQLite, another program's, from a newer SángKiến are each refused with one message; a read-only
medium opens read-only). PRAGMA quick_check reads the whole file, so it runs only when it is due
(after an unclean shutdown, a change while closed, weekly; see db.opening), and only where it is
cheap: as a small file opens; for a big one, in the window's background (`run_due_check`) and
before the first write of any program (`DatabaseGuard.ensure_can_write`), never before a read.
A damaged database opens (or switches to) read-only and its message names the latest good backup. One writer at a time: the GUI takes the writer lock when it opens
(a second window opens read-only, saying why); a command takes it at its first write, waiting a
few seconds. Every SQLite error a person could meet ("database is locked", disk full, read-only
medium, damage) arrives as a `db.session.DatabaseError` subclass with a message, never a traceback.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import event

from db.integrity import NotADatabase, quick_check_file
from db.lock import (
    DatabaseBusy,
    DatabaseReadOnly,
    DatabaseStorageError,
    WriterLock,
    program_name,
    writer_lock,
)
from db.messages import Message, message_of
from db.opening import check_due, check_now_at_open, due_message
from db.postgres import ServerAddress
from db.progress import IsCancelled, OnProgress
from db.session import Database, DatabaseError, keep_wal_on_close, open_database

CLI_WAIT_S = 3.0


class DatabaseDamaged(DatabaseReadOnly):
    """quick_check found damage: the database is open for reading only."""


class CheckRunning(DatabaseError):
    """The window's background check has not finished: nothing is written until it has."""


@dataclass
class DatabaseGuard:
    """What a safely opened database carries: its writer lock and why it is read-only (if so)."""

    database: Database
    lock: WriterLock
    wait_s: float
    program: str
    read_only_reason: Message | None = None
    damaged: bool = False
    holding: bool = False  # this database took the lock (and gives it back on close)
    check_due: str = ""  # why the full check is due and not yet run (deferred: a big file)
    check_progress: OnProgress | None = None  # how the check before a first write shows itself
    check_in_background: bool = False  # the window: its writes never wait (they run on its thread)
    _checking: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    def settle_check(
        self, progress: OnProgress | None = None, cancelled: IsCancelled | None = None
    ) -> list[str]:
        """Run the deferred full check now, or wait for the one already running (the window's
        background check); damage turns the database read-only. CheckCancelled if stopped."""
        with self._checking:
            if not self.check_due:
                return []
            problems = _check_file(self.database.path, progress, cancelled)
            self.check_due = ""
            if problems:
                self.read_only_reason = damaged_message(self.database.path, problems)
                self.damaged = True
                _make_read_only(self.database)
            else:
                _record_passed_check(self.lock)
            return problems

    def settled_by(self, problems: list[str]) -> None:
        """A stronger check made meanwhile (`sangkien check`'s integrity_check) with these
        problems of the file settles the due one when it found none."""
        with self._checking:
            if self.check_due and not problems:
                self.check_due = ""
                _record_passed_check(self.lock)

    def ensure_can_write(self) -> None:
        if self.check_due and not self.read_only_reason:  # no write lands on a damaged file
            if self.check_in_background:  # a frozen window for minutes would be worse
                why = due_message(self.database.path, self.check_due).params["why"]
                name = self.database.path.name
                raise CheckRunning(Message("open.check_running", name=name, why=why))
            self.settle_check(self.check_progress)
        if self.read_only_reason:
            error = DatabaseDamaged if self.damaged else DatabaseReadOnly
            raise error(self.read_only_reason)
        if not self.holding:
            self.lock.acquire(self.program, self.wait_s)
            self.holding = True

    def release(self) -> None:
        if self.holding:
            self.holding = False
            self.lock.release()


def damaged_message(path: Path, problems: list[str]) -> Message:
    from db.backup import latest_good_backup

    good = latest_good_backup(path)
    offer = (
        Message(
            "open.damaged_backup_offer",
            backup=good.path.name,
            made=good.created_at,
            count=good.initiatives or 0,
            path=good.path,
        )
        if good
        else Message("open.damaged_no_backup")
    )
    return Message("open.damaged_read_only", name=path.name, problem=problems[0], offer=offer)


def _sqlite_error_message(error: BaseException) -> DatabaseError | None:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return DatabaseBusy(Message("db.busy"))
    if "disk is full" in text or "database or disk is full" in text:
        return DatabaseStorageError(Message("db.disk_full"))
    if "readonly" in text or "read-only" in text:
        return DatabaseReadOnly(Message("db.read_only"))
    if "disk i/o error" in text:
        return DatabaseStorageError(Message("db.io_error"))
    if "malformed" in text or "not a database" in text:
        return DatabaseDamaged(Message("db.damaged"))
    return None


def _map_sqlite_errors(context) -> DatabaseError | None:
    original = context.original_exception
    if isinstance(original, sqlite3.OperationalError | sqlite3.DatabaseError):
        path = getattr(getattr(context.engine, "url", None), "database", None)
        return _wal_removed_message(original, path) or _sqlite_error_message(original)
    return None


def _wal_removed_message(error: BaseException, path: str | None) -> DatabaseError | None:
    """An I/O error because the write-ahead log was removed under the open database says so
    (issue 10, finding 5), instead of blaming the disk."""
    if "disk i/o error" not in str(error).lower() or not path:
        return None
    if Path(f"{path}-wal").exists() or not Path(path).exists():
        return None
    return DatabaseStorageError(Message("db.wal_removed", name=Path(path).name))


def _query_only(dbapi_connection, _record) -> None:
    dbapi_connection.execute("PRAGMA query_only = ON")


def _make_read_only(database: Database) -> None:
    """SQLite itself refuses every change (PRAGMA query_only), whatever code path tries."""
    event.listen(database.engine, "connect", _query_only)
    database.engine.dispose()


def _reader_keeps_wal(lock: WriterLock):
    """A connection closing while another program holds the writer lock must not checkpoint and
    remove the WAL under it (issue 10, finding 5): SQLite's own locks normally stop that, but they
    are POSIX locks that any stray close() in the writer's process drops."""

    def _before_close(dbapi_connection, _record) -> None:
        if lock.held_elsewhere():
            keep_wal_on_close(dbapi_connection)

    return _before_close


def install_guard(database: Database, guard: DatabaseGuard) -> None:
    # Database.transaction() announces a write with execution_options(begin_immediate=True)
    # before it begins: check there, so nothing is begun when the write is refused.
    def _before_write(_conn, options) -> None:
        if options.get("begin_immediate", False):
            guard.ensure_can_write()

    event.listen(database.engine, "set_connection_execution_options", _before_write)
    event.listen(database.engine, "handle_error", _map_sqlite_errors)
    event.listen(database.engine, "close", _reader_keeps_wal(guard.lock))
    if guard.read_only:
        _make_read_only(database)
    database.guard = guard  # type: ignore[attr-defined]


def _check_file(
    path: Path, progress: OnProgress | None = None, cancelled: IsCancelled | None = None
) -> list[str]:
    try:
        return quick_check_file(path, progress, cancelled)
    except NotADatabase:
        raise DatabaseError(Message("open.not_a_database", path=path)) from None


def _full_check_at_open(
    path: Path, lock: WriterLock, defer: bool, progress: OnProgress | None
) -> tuple[list[str], str]:
    """(problems, why the check is still due): the due check (db.opening.check_due) runs now
    on a small file, or before a migration; otherwise it is deferred (`defer`: the window's
    background; a big file: the first write, see DatabaseGuard.settle_check)."""
    import datetime as dt

    due = check_due(path, lock.holder(), lock.held_elsewhere(), dt.datetime.now())
    if not due or defer:
        return [], due
    problems = _check_file(path, progress)
    if not problems:
        _record_passed_check(lock)
    return problems, ""


def _record_passed_check(lock: WriterLock) -> None:
    """Remember the passed check in the lock file (taking the lock for a moment if it is free)."""
    lock.record_check()
    with contextlib.suppress(OSError):
        if lock.try_acquire("SángKiến (kiểm tra)"):
            lock.release()


def run_due_check(
    database: Database, progress: OnProgress | None = None, cancelled: IsCancelled | None = None
) -> list[str]:
    """The window's background check (safe off the GUI thread: its own read-only connection).
    Finding damage switches the database to read-only; the message is the guard's reason. A
    save meanwhile is refused (CheckRunning: the window's writes run on its own thread)."""
    guard: DatabaseGuard = database.guard  # type: ignore[attr-defined]
    return guard.settle_check(progress, cancelled)


def _refuse_unless_ours(path: Path, create: bool):
    from db.opening import examine_file, refusal

    state = examine_file(path)
    refused = refusal(path, state, create=create)
    if refused is not None:
        raise refused
    return state


def open_safely(
    path: Path | str | ServerAddress,
    *,
    create: bool = False,
    hold_lock: bool = False,
    wait_s: float = CLI_WAIT_S,
    program: str | None = None,
    check_progress: OnProgress | None = None,
) -> Database:
    """Open like the application: the file examined (db.opening: refused with one message, and
    unchanged, unless it is SángKiến's), the full check when it is due (now on a small file or
    before a migration; else deferred: the window's background, the first write, which shows
    it with `check_progress`), the writer lock (now with `hold_lock`, as the GUI does, else at
    the first write), read-only when damaged, on a read-only medium or when another program
    writes."""
    from db.migrate import head_revision
    from db.opening import read_only_medium_message
    from db.postgres import is_server_address

    if is_server_address(path):  # no file to examine, lock or check: the server's own way
        from db.postgres.opening import open_server

        return open_server(str(path), create=create)
    path = Path(path)
    program = program or program_name()
    state = _refuse_unless_ours(path, create)
    lock = writer_lock(path)
    existing = state.kind == "ours"
    needs_upgrade = existing and state.revision != head_revision()
    defer = not needs_upgrade and not check_now_at_open(path)
    problems, due = _full_check_at_open(path, lock, defer, check_progress) if existing else ([], "")
    reason = damaged_message(path, problems) if problems else None
    if reason is None and state.read_only_medium and state.kind != "missing":
        reason = read_only_medium_message(path)
    holding = False
    if reason is None and (hold_lock or needs_upgrade):
        holding, reason = _take_lock(lock, program, wait_s, hold_lock)
    if reason and needs_upgrade:
        if holding:
            lock.release()
        raise DatabaseError(Message("open.cannot_upgrade", reason=reason))
    try:
        database = open_database(
            path,
            create=create,
            migrate=reason is None,
            read_only=state.read_only_medium,
            immutable=state.immutable,
        )
    except BaseException:
        if holding:
            lock.release()
        raise
    guard = DatabaseGuard(database, lock, wait_s, program, reason, bool(problems), holding)
    guard.check_due, guard.check_progress = due, check_progress
    guard.check_in_background = hold_lock
    install_guard(database, guard)
    if holding and hold_lock:
        _sweep_leftovers(path)
    return database


def _sweep_leftovers(path: Path) -> None:
    """Temporary files of a program killed while writing (a package, a PDF, a backup) beside the
    database or among its backups go when the window next takes the database: only those an
    hour old, as a younger one may still be being written. Nothing is opened, only removed."""
    from db.backup import backups_folder
    from db.fileutil import remove_stale_temp_files

    for folder in (path.resolve().parent, backups_folder(path)):
        if folder.is_dir():
            remove_stale_temp_files(folder)


def _take_lock(
    lock: WriterLock, program: str, wait_s: float, read_only_if_busy: bool
) -> tuple[bool, Message | None]:
    """(holding, read-only reason): a GUI opens read-only when another program writes; a
    command that must upgrade the schema cannot, and says so."""
    from db.lock import DatabaseInUse

    try:
        lock.acquire(program, wait_s)
    except DatabaseInUse as error:
        if read_only_if_busy:
            in_use = message_of(error) or str(error)
            return False, Message("open.in_use_read_only", reason=in_use)
        raise
    except OSError:
        return False, Message("open.no_lock_file")
    return True, None


def close_safely(database: Database) -> None:
    guard: DatabaseGuard | None = getattr(database, "guard", None)
    try:
        database.close()
    finally:
        if guard is not None:
            guard.release()


def open_ready_database(path: Path):
    """The database at `path` with its node summary, or (None, None) if it is missing or not set up."""
    from db.queries.browse import node_summary

    if not path.exists():
        return None, None
    # examined, writer lock held while open; read-only if damaged, on a read-only medium or open
    # elsewhere; the full check, when due, runs in the background once the window shows
    database = open_safely(path, hold_lock=True, wait_s=0)
    with database.session() as session:
        summary = node_summary(session)
    if summary is None:
        close_safely(database)
        return None, None
    return database, summary
