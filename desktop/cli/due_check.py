"""The full integrity check, when it is due, as the command line shows it (issue 13; the rule is
in docs/ARCHITECTURE.md, "The file"): a command opens at once and says in one line that the check
is due; its first write runs the check first, printing how far it is, and Ctrl+C stops it with
nothing written."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.words import said

if TYPE_CHECKING:
    from db.session import Database

EVERY_S = 5.0  # one line of progress per 5 s: readable in a terminal and in a log


class CheckProgress:
    """progress(done, total) of the check before a write, as a line on stderr every EVERY_S."""

    def __init__(self, path: Path | Any) -> None:
        self.name = getattr(path, "name", str(path))
        self.started: float | None = None
        self.shown = 0.0

    def __call__(self, done: int, total: int) -> None:
        from db.messages import Message

        now = time.monotonic()
        if self.started is None:
            self.started, self.shown = now, now - EVERY_S  # the first line at once
        if now - self.shown < EVERY_S:
            return
        self.shown = now
        amount = f"{done * 100 // total}%" if total else "…"
        seconds = int(now - self.started)
        line = Message("open.checking", name=self.name, done=amount, seconds=seconds)
        print(said(line), file=sys.stderr, flush=True)


def say_if_check_due(database: Database) -> None:
    """One line on stderr when the full check is due and deferred (a big file)."""
    from db.opening import due_message

    guard = getattr(database, "guard", None)
    if guard is not None and guard.check_due and not guard.read_only:
        print(said(due_message(Path(database.path), guard.check_due)), file=sys.stderr)
