"""The import preview's duplicates check in a process of its own (issue 14).

A site PC has two cores. Checking a package of 10,000 initiatives costs seconds of CPU; on a
thread of the window's process it shares one interpreter lock with the window and with the
package's verification, so the person waits for both in turn. In a process of its own it runs
on the other core: the Sync page starts it as soon as the packages are chosen, beside the
verification (`start_early`), and the preview takes it up when it opens (`package_check`). The
child opens the database read-only and loads the title index the window's process keeps on disk
(db.duplicates.index_cache), or builds it: already while the person is choosing the files
(`warm_up`, when the file dialog opens), so that choosing starts the check itself.

A server headquarters (no file to open), a database without a file and a register under
PROCESS_FROM initiatives (whose whole check is quicker than a process's start) check on a
thread, as before. No wait here is without an end (ANSWER_WITHIN, STOP_WITHIN). Nothing here
imports Qt: the dialog waits for `result()` on its task thread.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import threading
from collections.abc import Iterable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

if TYPE_CHECKING:
    from db.session import Database

WAIT_FOR_FILES = 120.0  # seconds a warmed-up check waits for its packages before it ends
ANSWER_WITHIN = 600.0  # seconds the preview waits for the check's answer at most
POLL_EVERY = 0.5  # seconds between looks at whether the child still lives
STOP_WITHIN = 5.0  # seconds a child is given to end when asked, then again when killed
# Initiatives from which the check gets a process of its own. Below, the whole check takes a
# fraction of a second on a thread, less than a new process's start (Python, SQLAlchemy, numpy:
# 1-2 s of CPU); from here the title index is also kept on disk for the child to load
# (db.duplicates.index_cache.PERSIST_MIN).
PROCESS_FROM = 50_000
_EARLY: list[PackageCheck] = []  # the check warmed up or started from the Sync page (at most one)
_EARLY_LOCK = threading.Lock()


def serve_check(database_path: str, requests: Connection, replies: Connection) -> None:
    """In the child: {file: the incoming initiatives like one here} sent back once the files
    come; {} when the database cannot be read, or no files came (the preview then lists no
    look-alikes, as before on an error)."""
    try:
        found = _checked_when_asked(database_path, requests)
    except Exception:
        found = {}
    with contextlib.suppress(OSError):
        replies.send(found)
        replies.close()


def _checked_when_asked(database_path: str, requests: Connection) -> dict[str, list]:
    """Open the database and load its title index while the person is still choosing, then
    check each file asked."""
    from db.duplicates.distinct_titles import DistinctTitles
    from db.duplicates.index_cache import title_index
    from db.session import open_database
    from db.sync.reader import known_revisions

    database = open_database(database_path, read_only=True)
    try:
        with database.session() as session:
            DistinctTitles.of(title_index(session))
        known_revisions()  # what opening the first package reads: the migrations (half a second)
        if not requests.poll(WAIT_FOR_FILES):
            return {}
        return each_checked(database, requests.recv())
    finally:
        database.close()


def each_checked(database: Database, files: list[str]) -> dict[str, list]:
    """package_similar for each file; a package that cannot be read or checked is left out
    (its verification tells the person why)."""
    from db.duplicates.incoming import package_similar

    found: dict[str, list] = {}
    for file in files:
        try:
            found[file] = package_similar(database, file)
        except Exception:
            continue
    return found


class PackageCheck:
    """package_similar in a child process (spawned: the window's threads and Qt are not
    forked), warmed up at once and told its files by `check`."""

    def __init__(self, database_path: Path) -> None:
        self.database_path = str(database_path)
        self.files: list[str] | None = None  # None: warmed up, not yet asked
        context = multiprocessing.get_context("spawn")
        requests, self._requests = context.Pipe(duplex=False)
        self._replies, replies = context.Pipe(duplex=False)
        self._process = context.Process(
            target=serve_check,
            args=(self.database_path, requests, replies),
            name="sangkien-duplicates-check",
            daemon=True,
        )
        self._process.start()
        requests.close()  # the child holds the other ends: its ending is an EOF here
        replies.close()
        self._found: dict[str, list] | None = None

    def check(self, files: Iterable[str | Path]) -> PackageCheck:
        self.files = [str(Path(f)) for f in files]
        with contextlib.suppress(OSError):  # a child already ended answers {}
            self._requests.send(self.files)
        return self

    def covers(self, database_path: str, files: list[str]) -> bool:
        return (
            database_path == self.database_path
            and self.files is not None
            and set(files) <= set(self.files)
        )

    def result(self) -> dict[str, list]:
        """Waits for the child: {file: IncomingMatch list}; {} if it failed, was stopped, or
        gave no answer within ANSWER_WITHIN seconds (then it is ended: never a wait for ever)."""
        if self._found is None:
            self._found = self._answer()
            self.stop()
        return self._found

    def _answer(self) -> dict[str, list]:
        waited = 0.0
        try:
            while not self._replies.poll(POLL_EVERY):
                waited += POLL_EVERY
                if not self._process.is_alive() or waited >= ANSWER_WITHIN:
                    # ended without a word (killed, crashed), or stuck: the preview goes on
                    return self._replies.recv() if self._replies.poll(0) else {}
            return self._replies.recv()
        except (EOFError, OSError):
            return {}

    def stop(self) -> None:
        """The result is no longer wanted (the preview closed): the child ends now, killed if
        it does not end on being asked to."""
        process = self._process
        if process.is_alive():
            process.terminate()
            process.join(STOP_WITHIN)
        if process.is_alive():
            process.kill()
            process.join(STOP_WITHIN)


class ThreadCheck:
    """The same check on the caller's thread (a server headquarters, a small register)."""

    def __init__(self, database: Database, files: Iterable[str | Path]) -> None:
        self.database, self.files = database, [str(Path(f)) for f in files]

    def result(self) -> dict[str, list]:
        return each_checked(self.database, self.files)

    def stop(self) -> None:
        """Nothing to end: the thread's check finishes and its result is dropped."""


def _file_of(database: Database) -> Path | None:
    """The database's file, for a child to open; None for a server, a database in memory, or
    a register too small for a process to pay off (PROCESS_FROM)."""
    engine = getattr(database, "engine", None)
    if engine is None or engine.url.get_backend_name() != "sqlite":
        return None
    name = engine.url.database
    if not name or name == ":memory:":
        return None
    with database.session() as session:  # the highest rowid: one step down the table's b-tree
        size = session.execute(text("SELECT coalesce(max(rowid), 0) FROM initiatives")).scalar()
    return Path(name).resolve() if size >= PROCESS_FROM else None


def _taken() -> list[PackageCheck]:
    with _EARLY_LOCK:
        early, _EARLY[:] = _EARLY[:], []
    return early


def warm_up(database: Database) -> None:
    """The person is about to choose packages: a check process opens the database and loads
    its title index meanwhile (it ends by itself if no packages come: WAIT_FOR_FILES)."""
    for older in _taken():
        older.stop()
    path = _file_of(database)
    if path is not None:
        with _EARLY_LOCK:
            _EARLY[:] = [PackageCheck(path)]


def start_early(database: Database, files: Iterable[str | Path]) -> None:
    """The packages were just chosen: their duplicates check starts beside their verification,
    in the process warmed up for it if there is one."""
    path = _file_of(database)
    ready = None
    for check in _taken():
        if ready is None and check.files is None and check.database_path == str(path):
            ready = check  # warmed up for this database, not yet asked
        else:
            check.stop()
    if path is not None:
        with _EARLY_LOCK:
            _EARLY[:] = [(ready or PackageCheck(path)).check(files)]


def package_check(
    database: Database, files: Iterable[str | Path]
) -> PackageCheck | ThreadCheck | None:
    """The check of these packages: the one started early if it covers them, else a new one
    (in a process for a large register's file, on a thread for a server or a small register);
    None for no packages."""
    wanted = [str(Path(f)) for f in files]
    path = _file_of(database)
    for check in _taken():
        if path is not None and check.covers(str(path), wanted):
            return check
        check.stop()
    if not wanted:
        return None
    if path is None:
        return ThreadCheck(database, wanted)
    return PackageCheck(path).check(wanted)
