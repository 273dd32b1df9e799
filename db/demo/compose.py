"""Composing the demo's Vietnamese: people's names and jobs, initiatives' titles and texts.

A `Composer` draws from the word lists of text.py with the demo's seeded generator, so
the same seed writes the same words. Weighted choices use precomputed cumulative weights (a
million initiatives make tens of millions of choices).
"""

from __future__ import annotations

import math
import random
from bisect import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any, Generic, TypeVar

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


@dataclass(frozen=True)
class Topic:
    """What one initiative is about, and the title it was given."""

    texts: dict[str, Any]  # text.EQUIPMENT_TEXTS or OFFICE_TEXTS
    words: dict[str, str]  # obj, tool, task, goal, tech, fault, place
    template: str

    @property
    def title(self) -> str:
        return self.template.format(**self.words)


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

    def shares(self, authors: int) -> tuple[int, ...]:
        return self.one(SHARE_SPLITS[authors])

    # -- initiatives --

    def solution_type(self) -> str:
        return SOLUTION_TYPES.pick(self.rng)

    def topic(self, field_code: str, unit_code: str) -> Topic:
        texts = words.OFFICE_TEXTS if field_code in words.OFFICE_FIELDS else words.EQUIPMENT_TEXTS
        topics = words.TOPICS[field_code]
        chosen = {
            "obj": self.one(topics["objects"]),
            "tool": self.one(topics["tools"]),
            "task": self.one(topics["tasks"]),
            "goal": self.one(texts["goals"]),
            "tech": self.one(words.TECHS),
            "fault": self.one(words.FAULTS),
            "place": words.SITE_PLACES.get(unit_code, ""),
        }
        return Topic(texts, chosen, self.one(texts["titles"]))

    def essence(self, topic: Topic, authors: int) -> str:
        """Before, what was done, and what came of it: the description of the essence."""
        who = "Tác giả" if authors == 1 else "Nhóm tác giả"
        hours = self.between(6, 25)
        figures = {
            "pct": self.between(15, 61),
            "months": self.between(6, 19),
            "h1": hours,
            "h2": max(1, hours // self.between(2, 5)),
        }
        about = "obj_problems" if "{obj}" in topic.template else "task_problems"
        problem = self.one(topic.texts[about]).format(**topic.words)
        solution = self.one(topic.texts[solution_kind(topic.template)]).format(**topic.words)
        result = self.one(topic.texts["results"]).format(**figures)
        return f"Trước đây, {problem}. {who} đã {solution}. Sau khi áp dụng, {result}."

    def conditions(self, topic: Topic) -> str:
        days = self.between(1, 6)
        return self.one(topic.texts["conditions"]).format(obj=topic.words["obj"], days=days)

    def benefit(self, usd_union: bool) -> tuple[int | None, str]:
        """(value, currency): VND mostly, USD for some of the joint ventures' initiatives."""
        rng = self.rng
        if rng.random() < 0.15:
            return None, "VND"
        if usd_union and rng.random() < 0.4:
            return round_to(math.exp(rng.uniform(math.log(5e3), math.log(1.5e6))), 100), "USD"
        return round_to(math.exp(rng.uniform(math.log(2e7), math.log(2e10))), 1_000_000), "VND"

    def benefit_author(self, topic: Topic, value: int | None, currency: str) -> str:
        if value is None:
            return f"Không tính được thành tiền; giải pháp {self.one(words.INTANGIBLE)}."
        saving = self.one(topic.texts["savings"])
        return f"Làm lợi ước tính {money_words(value, currency)} mỗi năm nhờ {saving}."

    def benefit_unit(self, month: int, year: int) -> str:
        return self.one(words.UNIT_BENEFITS).format(month=f"{month}/{year}")

    def first_appliers(self, topic: Topic, names: list[str], unit_name: str) -> str:
        return f"{', '.join(names)}; {self.one(topic.texts['appliers'])}, {unit_name}"

    def scope(self, union_name: str) -> str:
        return self.one(words.SCOPES).format(union=union_name)

    def confidential(self) -> str:
        return self.one(words.CONFIDENTIAL)

    def reason(self, outcome: str | None) -> str | None:
        if outcome == "not_recognised":
            return self.one(words.NOT_RECOGNISED_REASONS)
        if outcome == "needs_more":
            return self.one(words.NEEDS_MORE_REASONS)
        return None


def solution_kind(title_template: str) -> str:
    """Which solutions describe an initiative of this title: making a tool, applying a technique,
    or the general ones."""
    if "{tool}" in title_template:
        return "tool_solutions"
    if "{tech}" in title_template:
        return "tech_solutions"
    return "solutions"


def round_to(value: float, step: int) -> int:
    return round(value / step) * step


def money_words(value: int, currency: str) -> str:
    """1_200_000_000 VND -> '1,2 tỷ đồng'; 350_000_000 -> '350 triệu đồng'; 45000 USD -> '45.000 USD'."""
    if currency != "VND":
        return f"{value:,} {currency}".replace(",", ".")
    if value >= 1_000_000_000:
        text = f"{value / 1e9:.1f}".replace(".", ",").removesuffix(",0")
        return f"{text} tỷ đồng"
    return f"{value // 1_000_000} triệu đồng"
