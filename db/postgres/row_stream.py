"""New rows on their way to a server, sent by a thread of their own (issue 18: an import at half
a COPY's speed or better).

The merge decides rows in Python while the server adds and indexes them; one after the other,
each waits for the other (the server idles while a batch is decided, the merge idles while the
server checks a table's references and runs its triggers at the end of its COPY). `RowStream`
takes each batch and returns at once: a thread writes the batches, in the order given, into
one COPY per table, kept open while the same table's rows keep coming, and ends a table's COPY
(waiting there for the server's answer) only when another table's rows come. The merge waits
only where it must: `drain()` before any other statement reaches the connection (every COPY
so far ended and answered; the first error the server gave, raised here), or when QUEUED
batches are already waiting to be sent. psycopg's send, and its wait for the server, hold no
GIL, so the two threads overlap.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Sequence
from typing import Any

QUEUED = 32  # batches waiting to be sent (the merge's batches: 2,000 rows each at most)
END, CANCEL = "end", "cancel"


class _OpenCopy:
    """One table's COPY, entered and left in the sending thread (psycopg's `cursor.copy()`)."""

    def __init__(self, cursor: Any, key: tuple[str, tuple[str, ...]]) -> None:
        table, columns = key
        self.key = key
        self.opening = cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN")
        self.copy = self.opening.__enter__()

    def write(self, rows: Sequence[Sequence[Any]]) -> None:
        for row in rows:
            self.copy.write_row(row)

    def end(self) -> None:
        """The end of the data; returns when the server has taken every row (or raises its
        error: a key already used, a reference to nothing)."""
        self.opening.__exit__(None, None, None)

    def cancel(self) -> None:
        """The rows sent are refused (the transaction rolls back after)."""
        stop = RuntimeError("import rolled back")
        with contextlib.suppress(Exception):
            self.opening.__exit__(RuntimeError, stop, None)


class RowStream:
    """Batches of new rows, sent in order by a thread (see the module docstring)."""

    def __init__(self, cursor: Any) -> None:
        self.cursor = cursor
        self.queue: queue.Queue = queue.Queue(maxsize=QUEUED)
        self.thread: threading.Thread | None = None
        self.error: BaseException | None = None

    def send(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Hand these rows over; returns at once (unless QUEUED batches wait already)."""
        self._raise_error()  # the server refused rows sent earlier: the merge stops here
        if self.thread is None:
            self.thread = threading.Thread(target=self._send_all, name="sangkien-copy", daemon=True)
            self.thread.start()
        self.queue.put(((table, tuple(columns)), rows))

    def drain(self) -> None:
        """Every batch sent and every COPY ended, with the server's answer: raises its error."""
        self._stop(END)
        self._raise_error()

    def abandon(self) -> None:
        """The import rolls back: the open COPY is cancelled, what still waits is dropped."""
        self._stop(CANCEL)
        self.error = None

    def _stop(self, how: str) -> None:
        if self.thread is not None:
            self.queue.put(how)
            self.thread.join()
            self.thread = None

    def _raise_error(self) -> None:
        if self.error is not None:
            error, self.error = self.error, None
            raise error

    def _send_all(self) -> None:
        """The thread: each batch into its table's COPY, until END or CANCEL."""
        current: _OpenCopy | None = None
        while (item := self.queue.get()) not in (END, CANCEL):
            if self.error is not None:
                continue  # refused already: the rest is dropped, the import will roll back
            key, rows = item
            try:
                if current is not None and current.key != key:
                    current, ended = None, current
                    ended.end()
                if current is None:
                    current = _OpenCopy(self.cursor, key)
                current.write(rows)
            except BaseException as error:  # given to the merge's thread, raised there
                self.error = error
                if current is not None:
                    current, failed = None, current
                    failed.cancel()
        if current is None:
            return
        if item == CANCEL or self.error is not None:
            current.cancel()
            return
        try:
            current.end()
        except BaseException as error:
            self.error = error
