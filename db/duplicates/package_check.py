"""The import preview's duplicates check in a process of its own (issue 14).

A site PC has two cores. Checking a package of 10,000 initiatives costs seconds of CPU; on a
thread of the window's process it shares one interpreter lock with the window and with the
package's verification, so the person waits for both in turn. In a process of its own it runs
on the other core: the Sync page starts it as soon as the packages are chosen, beside the
verification (`start_early`), and the preview takes it up when it opens (`package_check`). The
child opens the database read-only and loads the title index the window's process keeps on disk
(db.duplicates.index_cache), or builds it.

A server headquarters (no file to open) and a database without a file check on a thread, as
before. Nothing here imports Qt: the dialog waits for `result()` on its task thread.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Iterable
from multiprocessing.connection import Connection
from pathlib import Path

from db.session import Database

_EARLY: list[PackageCheck] = []  # the check started when packages were chosen (at most one)
_EARLY_LOCK = threading.Lock()


def check_packages(database_path: str, files: list[str], sender: Connection) -> None:
    """In the child: {file: the incoming initiatives like one here} sent back; {} when the
    database cannot be read (the preview then lists no look-alikes, as before on an error)."""
    try:
        found = _checked(database_path, files)
    except Exception:
        found = {}
    sender.send(found)
    sender.close()


def _checked(database_path: str, files: list[str]) -> dict[str, list]:
    """package_similar for each file; a package that cannot be read or checked is left out
    (its verification tells the person why)."""
    from db.duplicates.incoming import package_similar
    from db.session import open_database

    found: dict[str, list] = {}
    database = open_database(database_path, read_only=True)
    try:
        for file in files:
            try:
                found[file] = package_similar(database, file)
            except Exception:
                continue
    finally:
        database.close()
    return found


class PackageCheck:
    """package_similar for each file, in a child process (spawned: the window's threads and Qt
    are not forked)."""

    def __init__(self, database_path: Path, files: Iterable[str | Path]) -> None:
        self.database_path = str(database_path)
        self.files = [str(Path(f)) for f in files]
        context = multiprocessing.get_context("spawn")
        self._receiver, sender = context.Pipe(duplex=False)
        self._process = context.Process(
            target=check_packages,
            args=(self.database_path, self.files, sender),
            name="sangkien-duplicates-check",
            daemon=True,
        )
        self._process.start()
        sender.close()  # the child holds the only sending end: its end closing is an EOF here
        self._found: dict[str, list] | None = None

    def covers(self, database_path: str, files: list[str]) -> bool:
        return database_path == self.database_path and set(files) <= set(self.files)

    def result(self) -> dict[str, list]:
        """Waits for the child: {file: IncomingMatch list}; {} if it failed or was stopped."""
        if self._found is None:
            try:
                self._found = self._receiver.recv()
            except (EOFError, OSError):
                self._found = {}
            self._process.join()
        return self._found

    def stop(self) -> None:
        """The result is no longer wanted (the preview closed): the child ends now."""
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(5)


class ThreadCheck:
    """The same check on the caller's thread (a server headquarters)."""

    def __init__(self, database: Database, files: Iterable[str | Path]) -> None:
        self.database, self.files = database, [str(Path(f)) for f in files]

    def result(self) -> dict[str, list]:
        from db.duplicates.incoming import package_similar

        return {file: package_similar(self.database, file) for file in self.files}

    def stop(self) -> None:
        """Nothing to end: the thread's check finishes and its result is dropped."""


def _file_of(database: Database) -> Path | None:
    """The database's file, for a child to open; None for a server or a database in memory."""
    engine = getattr(database, "engine", None)
    if engine is None or engine.url.get_backend_name() != "sqlite":
        return None
    name = engine.url.database
    return Path(name).resolve() if name and name != ":memory:" else None


def start_early(database: Database, files: Iterable[str | Path]) -> None:
    """The packages were just chosen: their duplicates check starts beside their verification
    (a check started earlier and not taken up ends)."""
    path = _file_of(database)
    with _EARLY_LOCK:
        for older in _EARLY:
            older.stop()
        _EARLY[:] = [PackageCheck(path, files)] if path is not None else []


def package_check(
    database: Database, files: Iterable[str | Path]
) -> PackageCheck | ThreadCheck | None:
    """The check of these packages: the one started early if it covers them, else a new one
    (in a process for a database file, on a thread for a server); None for no packages."""
    wanted = [str(Path(f)) for f in files]
    path = _file_of(database)
    with _EARLY_LOCK:
        early, _EARLY[:] = _EARLY[:], []
    for check in early:
        if path is not None and check.covers(str(path), wanted):
            return check
        check.stop()
    if not wanted:
        return None
    if path is None:
        return ThreadCheck(database, wanted)
    return PackageCheck(path, wanted)
