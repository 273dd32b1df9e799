"""Progress and Cancel of long work, one type for every db/ function that takes them.

A long db/ function takes `progress: OnProgress | None = None` and `cancelled: IsCancelled | None
= None`: it calls progress(done, total) as often as it likes and stops, raising
`OperationCancelled` (or a subclass such as db.sync's SyncCancelled), once cancelled() is True,
leaving nothing written. `Progress` carries both in one object: the GUI's operations
(desktop/tasks.py) hand one to the work, the command line and tests make their own or pass None.
See docs/ARCHITECTURE.md, "Work off the GUI thread".
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from db.messages import Message

OnProgress = Callable[[int, int], None]  # progress(done, total)
IsCancelled = Callable[[], bool]  # cancelled() -> True once the person pressed Cancel


class OperationCancelled(Exception):
    """The person pressed Cancel: the work stopped and left nothing written."""

    def __init__(self, message: str | Message | None = None):
        message = message or Message("work.cancelled")
        super().__init__(message)
        self.message = str(message)


class Progress:
    """One piece of long work's progress and Cancel: call it as progress(done, total), pass
    `progress.cancelled` where a function wants a cancel check; `cancel()` may come from any thread."""

    def __init__(
        self, report: OnProgress | None = None, tell: Callable[[Message], None] | None = None
    ) -> None:
        self._report = report
        self._tell = tell
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int) -> None:
        if self._report is not None:
            self._report(done, total)

    def tell(self, message: Message) -> None:
        """Say what the work is doing now, in words (e.g. waiting for another import): a progress
        dialog shows it in place of its label."""
        if self._tell is not None:
            self._tell(message)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Stop here (OperationCancelled) if Cancel was pressed."""
        if self.cancelled():
            raise OperationCancelled()

    def stopping(self) -> OnProgress:
        """A progress callback that also stops the work once Cancel was pressed, for functions
        that take only a progress callback (a backup being written is then thrown away whole)."""

        def report(done: int, total: int) -> None:
            self.check()
            self(done, total)

        return report


def share(
    progress: OnProgress | None, index: int, count: int, steps: int = 1000
) -> OnProgress | None:
    """Part `index` of `count` (a package of several) as its share of one progress bar."""
    if progress is None:
        return None
    return lambda done, total: progress(
        index * steps + steps * done // max(total, 1), count * steps
    )
