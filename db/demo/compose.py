"""Composing the demo's Vietnamese: people's names and jobs one by one (a `Composer` draws from
the word lists of text.py with the demo's seeded generator), and what bulk.py needs to compose the
initiatives' titles and texts a chunk at a time (the weights, the share splits, money in words).
"""

from __future__ import annotations

import random
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

    def pick(self, rng: random.Random) -> T:
        return self.values[bisect(self.cumulative, rng.random() * self.total, 0, self.hi)]


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


class Composer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.random = rng.random

    # -- draws made from random() alone: a third of the time of choice() and randrange() --

    def one(self, options: Sequence[T]) -> T:
        return options[int(self.random() * len(options))]

    def between(self, low: int, high: int) -> int:
        """low <= n < high."""
        return low + int(self.random() * (high - low))

    # -- people --

    def full_name(self) -> str:
        rng = self.rng
        surname = SURNAMES.pick(rng)
        if rng.random() < 0.78:
            return f"{surname} {self.one(words.MALE_MIDDLE)} {self.one(words.MALE_GIVEN)}"
        return f"{surname} {self.one(words.FEMALE_MIDDLE)} {self.one(words.FEMALE_GIVEN)}"

    def job_title(self, field_code: str) -> str:
        jobs = words.FIELD_JOBS.get(field_code, words.GENERIC_JOBS)
        return self.one(jobs if self.rng.random() < 0.75 else words.GENERIC_JOBS)

    def qualification(self, field_code: str) -> str:
        options = words.FIELD_QUALIFICATIONS.get(field_code, words.GENERIC_QUALIFICATIONS)
        pool = options if self.rng.random() < 0.75 else words.GENERIC_QUALIFICATIONS
        return self.one(pool)

    def union_field(self, union_code: str) -> str:
        return self.one(words.UNION_FIELDS.get(union_code, words.DEFAULT_FIELDS))


def solution_kind(title_template: str) -> str:
    """Which solutions describe an initiative of this title: making a tool, applying a technique,
    or the general ones."""
    if "{tool}" in title_template:
        return "tool_solutions"
    if "{tech}" in title_template:
        return "tech_solutions"
    return "solutions"
