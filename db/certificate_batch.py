"""One batch of certificates at a time on a database, refused at once, before anything is drawn.

A batch plans its certificate numbers in a dry run, draws the PDFs outside the write transaction
(minutes for thousands), then issues what it drew. Two batches side by side would plan the same
next numbers, and the second would learn so only after drawing every page ("the register
changed"). So a batch first takes the database's batch lock, without waiting: on a server a
PostgreSQL advisory lock held by its own connection for the whole batch (another clerk's PC
sees it; it goes with the connection if the program dies), on a file a lock in this program (a
second program cannot write the file at all: db.lock). A batch that cannot take it is refused
with who is busy, and nothing is drawn or issued.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text

from db.certificates import CertificateError
from db.engines import on_server
from db.messages import Message
from db.session import Database

BATCH_LOCK = 0x5A4E_CE27  # pg_advisory_lock key: "one certificate batch at a time"
_FILE_LOCKS: dict[str, threading.Lock] = {}
_FILE_LOCKS_GUARD = threading.Lock()


@contextmanager
def one_batch_at_a_time(database: Database) -> Iterator[None]:
    """Hold the batch lock while the block runs; CertificateError at once if a batch holds it."""
    if on_server(database.engine):
        with _server_lock(database):
            yield
        return
    lock = _file_lock(database)
    if not lock.acquire(blocking=False):
        raise CertificateError(Message("print.batch_running"))
    try:
        yield
    finally:
        lock.release()


def _file_lock(database: Database) -> threading.Lock:
    key = str(database.path.resolve())
    with _FILE_LOCKS_GUARD:
        return _FILE_LOCKS.setdefault(key, threading.Lock())


@contextmanager
def _server_lock(database: Database) -> Iterator[None]:
    with database.engine.connect() as connection:
        taken = connection.execute(
            text("SELECT pg_try_advisory_lock(:key)"), {"key": BATCH_LOCK}
        ).scalar()
        connection.commit()  # the lock is the session's: it outlives this short transaction
        if not taken:
            raise CertificateError(Message("print.batch_running"))
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": BATCH_LOCK})
            connection.commit()
