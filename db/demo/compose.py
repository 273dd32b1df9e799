"""The weights the demo draws its words and figures with (surnames, kinds of solution, authors'
shares), and which solutions describe a title: what records.py and bulk.py compose from.
"""

from __future__ import annotations

from bisect import bisect
from collections.abc import Sequence
from itertools import accumulate
from typing import Generic, TypeVar

from db.demo import text as words

T = TypeVar("T")


class Weighted(Generic[T]):
    """A weighted choice drawn as `random.choices` draws it, without rebuilding the weights."""

    def __init__(self, values: Sequence[T], weights: Sequence[float]) -> None:
        self.values = tuple(values)
        self.cumulative = list(accumulate(weights))
        self.total = self.cumulative[-1]
        self.hi = len(self.values) - 1

    def pick(self, draw: float) -> T:
        """The value a draw in [0, 1) picks."""
        return self.values[bisect(self.cumulative, draw * self.total, 0, self.hi)]


SURNAMES = Weighted(*zip(*words.SURNAMES, strict=True))
SOLUTION_TYPES = Weighted(
    ("technical", "management", "operational", "tech_advance", "research"), (55, 15, 15, 12, 3)
)
# Contribution % of 1–5 authors: the usual splits on the paper forms (largest first).
SHARE_SPLITS = {
    1: ((100,),),
    2: ((50, 50), (60, 40), (70, 30), (80, 20)),
    3: ((40, 30, 30), (50, 30, 20), (60, 20, 20), (50, 25, 25), (40, 40, 20)),
    4: ((40, 20, 20, 20), (30, 30, 20, 20), (25, 25, 25, 25), (40, 30, 20, 10)),
    5: ((20, 20, 20, 20, 20), (30, 20, 20, 15, 15), (40, 15, 15, 15, 15), (30, 25, 15, 15, 15)),
}


def solution_kind(title_template: str) -> str:
    """Which solutions describe an initiative of this title: making a tool, applying a technique,
    or the general ones."""
    if "{tool}" in title_template:
        return "tool_solutions"
    if "{tech}" in title_template:
        return "tech_solutions"
    return "solutions"
