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
import importlib
import multiprocessing
import os
import threading
import time
from collections.abc import Iterable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

if TYPE_CHECKING:
    from multiprocessing.sharedctypes import Synchronized

    from sqlalchemy.orm import Session

    from db.duplicates.incoming import PackageRead
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
# Check processes sharing a package's initiatives, and how many each takes at a time: two, one
# per core of a site PC (the window's verification takes its share of the cores too; one on a
# PC of one core); a share of ~0.1 s of work, so that neither waits long for the other at the end.
WORKERS = min(2, os.cpu_count() or 1)
SHARE = 250
# A child's answer for one file: how many shares the file has, and the look-alikes of those it
# checked, by share number.
Shares = tuple[int, dict[int, list]]
_CHECK_MODULES = ("db.duplicates.candidates", "db.duplicates.incoming", "db.sync.importer")
_EARLY: list[PackageCheck] = []  # the check warmed up or started from the Sync page (at most one)
_EARLY_LOCK = threading.Lock()


def serve_check(
    database_path: str,
    requests: Connection,
    replies: Connection,
    claimed: Synchronized,
    share: int = SHARE,
) -> None:
    """In the child: {file: {share number: the incoming initiatives like one here}} for the
    shares of each file it took (`claimed` counts the shares taken by all the children), sent
    back once the files come; {} when the database cannot be read, or no files came (the
    preview then lists no look-alikes, as before on an error)."""
    try:
        found = _checked_when_asked(database_path, requests, claimed, share)
    except Exception:
        found = {}
    with contextlib.suppress(OSError):
        replies.send(found)
        replies.close()


def _checked_when_asked(
    database_path: str, requests: Connection, claimed: Synchronized, share: int
) -> dict[str, Shares | None]:
    """Open the database and load its title index while the person is still choosing, then
    check the shares of the files asked that no other child took."""
    from db.duplicates.distinct_titles import DistinctTitles
    from db.duplicates.index_cache import title_index
    from db.session import open_database
    from db.sync.reader import known_revisions

    database = open_database(database_path, read_only=True)
    try:
        with database.session() as session:
            DistinctTitles.of(title_index(session))
        known_revisions()  # what opening the first package reads: the migrations (half a second)
        for module in _CHECK_MODULES:  # and what checking it runs (0.1-0.2 s of imports)
            importlib.import_module(module)
        if not requests.poll(WAIT_FOR_FILES):
            return {}
        return shares_checked(database, requests.recv(), claimed, share)
    finally:
        database.close()


def shares_checked(
    database: Database, files: list[str], claimed: Synchronized, share: int = SHARE
) -> dict[str, Shares | None]:
    """Every child reads the lines of every package (in the same order: the shares are numbered
    alike), then takes the next share no one took until none is left, parsing only its lines. A
    file that cannot be read or checked is None (its verification tells the person why)."""
    from db.sync.importer import collector_paused

    with collector_paused():  # as package_similar (db.duplicates.incoming) says why
        read = {file: _package_of(database, file) for file in files}
        counts = {file: _shares_of(r.lines if r else [], share) for file, r in read.items()}
        shares = [(file, n) for file in files for n in range(counts[file])]
        alike: dict[str, dict[int, list] | None] = {
            file: None if r is None else {} for file, r in read.items()
        }
        with database.session() as session:
            while (taken := _next_share(claimed)) < len(shares):
                file, number = shares[taken]
                alike[file] = _share_checked(session, read[file], number, share, alike[file])
            return _shown(session, alike, counts)


def _package_of(database: Database, file: str) -> PackageRead | None:
    """The package's lines of initiatives; None if it cannot be read."""
    from db.duplicates.incoming import package_read

    try:
        return package_read(database, file)
    except Exception:
        return None


def _share_checked(
    session: Session,
    read: PackageRead | None,
    number: int,
    share: int,
    checked: dict[int, list] | None,
) -> dict[int, list] | None:
    """`checked` with share `number` of the package's lines added (parsed here: each process
    parses only the lines it takes); None once a share failed."""
    from db.duplicates.candidates import incoming_alike

    if checked is not None and read is not None:
        try:
            part = read.incoming(session, number * share, (number + 1) * share)
            checked[number] = incoming_alike(session, part)
        except Exception:
            return None
    return checked


def _shown(
    session: Session, alike: dict[str, dict[int, list] | None], counts: dict[str, int]
) -> dict[str, Shares | None]:
    """The look-alikes with the cards of those here, read once for all the shares (a popular
    title is alike to titles of many shares)."""
    from db.duplicates.candidates import cards, matches_of

    found = [h for checked in alike.values() for a in (checked or {}).values() for _, h, _ in a]
    here = cards(session, found)
    return {
        file: None
        if checked is None
        else (counts[file], {n: matches_of(a, here) for n, a in checked.items()})
        for file, checked in alike.items()
    }


def each_checked(database: Database, files: list[str]) -> dict[str, list]:
    """package_similar for each file, in this process; a package that cannot be read or checked
    is left out (its verification tells the person why)."""
    from db.duplicates.incoming import package_similar

    found: dict[str, list] = {}
    for file in files:
        try:
            found[file] = package_similar(database, file)
        except Exception:
            continue
    return found


def _shares_of(incoming: list, share: int) -> int:
    return max(1, -(-len(incoming) // share))  # an empty package is one share: it is checked


def _next_share(claimed: Synchronized) -> int:
    with claimed.get_lock():
        taken = claimed.value
        claimed.value += 1
    return taken


def merged(answers: list[dict[str, Shares | None]]) -> dict[str, list]:
    """{file: IncomingMatch list, best first} from the children's shares; a file that failed in
    a child, or a share of which no child gave (a child ended without a word), is left out."""
    found: dict[str, list] = {}
    for file in dict.fromkeys(file for answer in answers for file in answer):
        parts = [answer[file] for answer in answers if file in answer]
        if any(part is None for part in parts):
            continue
        done: dict[int, list] = {}
        for _count, checked in parts:
            done.update(checked)
        if not all(n in done for n in range(parts[0][0])):
            continue
        matches = [m for n in range(parts[0][0]) for m in done[n]]
        found[file] = sorted(matches, key=lambda m: (-m.score, m.incoming.reg_no))
    return found


class PackageCheck:
    """package_similar in WORKERS child processes (spawned: the window's threads and Qt are not
    forked) sharing out the initiatives of the packages, warmed up at once and told their files
    by `check`."""

    def __init__(self, database_path: Path, workers: int = WORKERS, share: int = SHARE) -> None:
        self.database_path = str(database_path)
        self.files: list[str] | None = None  # None: warmed up, not yet asked
        context = multiprocessing.get_context("spawn")
        # the shares taken so far, by all the children (kept here: its lock must outlive the
        # children's start, which unpickles it)
        self._claimed = context.Value("i", 0)
        self._requests: list[Connection] = []
        self._replies: list[Connection] = []
        self._processes: list[multiprocessing.process.BaseProcess] = []
        for _ in range(max(1, workers)):
            requests, asking = context.Pipe(duplex=False)
            answers, replies = context.Pipe(duplex=False)
            process = context.Process(
                target=serve_check,
                args=(self.database_path, requests, replies, self._claimed, share),
                name="sangkien-duplicates-check",
                daemon=True,
            )
            process.start()
            requests.close()  # the child holds the other ends: its ending is an EOF here
            replies.close()
            self._requests.append(asking)
            self._replies.append(answers)
            self._processes.append(process)
        self._found: dict[str, list] | None = None

    def check(self, files: Iterable[str | Path]) -> PackageCheck:
        self.files = [str(Path(f)) for f in files]
        for requests in self._requests:
            with contextlib.suppress(OSError):  # a child already ended answers {}
                requests.send(self.files)
        return self

    def covers(self, database_path: str, files: list[str]) -> bool:
        return (
            database_path == self.database_path
            and self.files is not None
            and set(files) <= set(self.files)
        )

    def result(self) -> dict[str, list]:
        """Waits for the children: {file: IncomingMatch list}; {} if they failed, were stopped,
        or gave no answer within ANSWER_WITHIN seconds (then they are ended: never a wait for
        ever)."""
        if self._found is None:
            deadline = time.monotonic() + ANSWER_WITHIN
            answers = [self._answer(n, deadline) for n in range(len(self._processes))]
            self._found = merged(answers)
            self.stop()
        return self._found

    def _answer(self, n: int, deadline: float) -> dict:
        replies, process = self._replies[n], self._processes[n]
        try:
            while not replies.poll(POLL_EVERY):
                if not process.is_alive() or time.monotonic() >= deadline:
                    # ended without a word (killed, crashed), or stuck: the preview goes on
                    return replies.recv() if replies.poll(0) else {}
            return replies.recv()
        except (EOFError, OSError):
            return {}

    def stop(self) -> None:
        """The result is no longer wanted (the preview closed): the children end now, killed
        if they do not end on being asked to."""
        running = [p for p in self._processes if p.is_alive()]
        for process in running:
            process.terminate()
        for process in running:
            process.join(STOP_WITHIN)
        for process in running:
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
