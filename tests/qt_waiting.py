"""Waiting in a GUI test for background work (desktop.tasks.run_op) and its results."""

from __future__ import annotations

import time

from desktop.tasks import wait_for_tasks


def settle(qtbot, rounds: int = 6) -> None:
    """Let background tasks finish and their results arrive on the GUI thread."""
    for _ in range(rounds):
        wait_for_tasks()
        qtbot.wait(20)


def wait_for(qtbot, condition, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        settle(qtbot, 1)
