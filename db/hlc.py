"""Hybrid logical clock: the version stamp of every synced change.

A stamp is (wall milliseconds, counter, node id). Stamps compare as tuples, so a later wall time
wins, then a higher counter, then the greater node id: every node orders any two stamps alike.
Encoded as a fixed-width hex string, the string order is the stamp order.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

WALL_DIGITS = 12
COUNTER_DIGITS = 4
MAX_COUNTER = 16**COUNTER_DIGITS - 1
# A received stamp further ahead of our wall clock than this is a sender with a wrong clock:
# the clock does not follow it, so one bad PC cannot make its records "newest" for ever.
MAX_DRIFT_MS = 24 * 3600 * 1000
# Below every real stamp: the version of a placeholder value that any real write replaces
# (a field a record did not carry, or a status assumed for a decision nobody here backs).
ZERO_STAMP = "0" * 16 + "0" * 32


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, order=True, slots=True)
class Stamp:
    wall_ms: int
    counter: int
    node: str

    def encode(self) -> str:
        return f"{self.wall_ms:0{WALL_DIGITS}x}{self.counter:0{COUNTER_DIGITS}x}{self.node}"

    @classmethod
    def decode(cls, text: str) -> Stamp:
        head = WALL_DIGITS + COUNTER_DIGITS
        if len(text) <= head:
            raise ValueError(f"not a version stamp: {text!r}")
        return cls(int(text[:WALL_DIGITS], 16), int(text[WALL_DIGITS:head], 16), text[head:])


def stamp_wall_ms(encoded: str) -> int:
    return int(encoded[:WALL_DIGITS], 16)


class Clock:
    """A node's hybrid logical clock. Never goes backwards, whatever the wall clock does."""

    def __init__(
        self,
        node: str,
        wall_ms: int = 0,
        counter: int = 0,
        now: Callable[[], int] = wall_clock_ms,
    ) -> None:
        self.node = node
        self.wall_ms = wall_ms
        self.counter = counter
        self._now = now

    def tick(self) -> Stamp:
        """A stamp for a local change, greater than every stamp this clock has seen."""
        now = self._now()
        if now > self.wall_ms:
            self.wall_ms, self.counter = now, 0
        else:
            self._bump_counter()
        return Stamp(self.wall_ms, self.counter, self.node)

    def observe(self, stamp: Stamp) -> bool:
        """Move past a received stamp; False (and no move) if it is too far in the future."""
        if stamp.wall_ms > self._now() + MAX_DRIFT_MS:
            return False
        if stamp.wall_ms > self.wall_ms:
            self.wall_ms, self.counter = stamp.wall_ms, stamp.counter
        elif stamp.wall_ms == self.wall_ms and stamp.counter > self.counter:
            self.counter = stamp.counter
        return True

    def _bump_counter(self) -> None:
        if self.counter >= MAX_COUNTER:
            # Counter exhausted within one millisecond: borrow the next millisecond.
            self.wall_ms, self.counter = self.wall_ms + 1, 0
        else:
            self.counter += 1
