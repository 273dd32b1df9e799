"""Composing the demo's initiatives a chunk at a time, with their authors, reviews and planned
certificates.

Every random number of a chunk is drawn at once from the chunk's own generator (numpy's PCG64,
seeded from the demo's seed and the chunk's number, so the same on any machine), the numbers and
dates are worked out as arrays, and the rows are built as tuples by indexing prepared lists: no
per-row function sixty calls deep. The little that runs across chunks is counted in order here:
the sequence numbers and stamps, the registration numbers per unit and year, and which of a
union's people is the next first author (each of them authors one before anyone authors two).
The Vietnamese is the word lists' of text.py, put together as compose.py puts it.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Callable
from itertools import repeat
from string import Formatter
from typing import TYPE_CHECKING, Any

import numpy as np

from db.collation import sort_key_of_pieces
from db.demo import text as words
from db.demo.compose import SHARE_SPLITS, SOLUTION_TYPES, solution_kind
from db.search import fold
from db.vocab import grade_for_total

if TYPE_CHECKING:
    from db.demo.records import DemoRecords

APPLIED_FROM = dt.date(2021, 9, 1)
HQ_COUNCIL_DAY = 20
HQ_COUNCIL = "Hội đồng sáng kiến Công đoàn Dầu khí Việt Nam"
FIRST_DAY = dt.date(2019, 1, 1).toordinal()  # the date tables cover 2019–2029
LAST_DAY = dt.date(2029, 12, 31).toordinal()
EPOCH = dt.date(1970, 1, 1).toordinal()
AUTHOR_CUMULATIVE = np.cumsum((35, 30, 20, 10, 5)) / 100  # 1–5 authors
STATUSES = ("submitted", "needs_more", "under_review", "not_recognised", "recognised", "certified")
SUBMITTED, NEEDS_MORE, UNDER_REVIEW, REFUSED, RECOGNISED, CERTIFIED = range(6)
MILLIONS = 1_000_000  # money keys: hundreds of dollars below, millions of đồng from here
DRAWS = 50  # random numbers an initiative may need (47 now)

_HEX = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)
_DIGITS = [i for i in range(36) if i not in (8, 13, 18, 23)]  # where a UUID's hex digits go


def uniforms(bits: np.random.PCG64, shape: int | tuple[int, ...]) -> np.ndarray:
    """Numbers in [0, 1) from the bit generator's raw output, as numpy's Generator.random makes
    them (53 bits each): PCG64's stream is fixed by its definition, where the methods of a
    Generator may change between numpy versions."""
    count = int(np.prod(shape))
    return ((bits.random_raw(count) >> np.uint64(11)) * (1.0 / 9007199254740992.0)).reshape(shape)


def uuids(bits: np.random.PCG64, count: int) -> list[str]:
    """`count` version-4 UUIDs in their usual form, from the bit generator's raw bytes (little
    endian on any machine)."""
    raw = bits.random_raw(2 * count).astype("<u8").view(np.uint8).reshape(count, 16)
    raw[:, 6] = (raw[:, 6] & 0x0F) | 0x40
    raw[:, 8] = (raw[:, 8] & 0x3F) | 0x80
    text = np.full((count, 37), ord("-"), dtype=np.uint8)
    text[:, 36] = ord(" ")  # one text, split in C
    text[:, _DIGITS[0::2]] = _HEX[raw >> 4]
    text[:, _DIGITS[1::2]] = _HEX[raw & 15]
    return text.tobytes().decode("ascii").split()


def money_words(money: int) -> str:
    """The words of a benefit as bulk.py keys it: hundreds of dollars below MILLIONS, then
    millions of đồng, then (from 1000 + tenths) tenths of a billion: '45.000 USD',
    '350 triệu đồng', '1,2 tỷ đồng'."""
    if money < MILLIONS:
        return f"{money * 100:,} USD".replace(",", ".")
    millions = money - MILLIONS
    if millions < 1000:
        return f"{millions} triệu đồng"
    tenths = millions - 1000
    return f"{tenths // 10},{tenths % 10}".removesuffix(",0") + " tỷ đồng"


def running_count(keys: np.ndarray, counts: dict[int, int]) -> np.ndarray:
    """1, 2, 3… for each key in the order given, going on from `counts` (kept up to date)."""
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    ranked = np.arange(len(keys))
    starts = np.r_[True, ordered[1:] != ordered[:-1]]
    rank = np.empty(len(keys), dtype=np.int64)
    rank[order] = ranked - np.maximum.accumulate(np.where(starts, ranked, 0))
    distinct, sizes = np.unique(keys, return_counts=True)
    before = [counts.get(key, 0) for key in distinct.tolist()]
    for key, seen, size in zip(distinct.tolist(), before, sizes.tolist(), strict=True):
        counts[key] = seen + size
    return rank + np.array(before, dtype=np.int64)[np.searchsorted(distinct, keys)] + 1


def years_of(ordinals: np.ndarray) -> np.ndarray:
    dates = (ordinals - EPOCH).astype("datetime64[D]")
    return dates.astype("datetime64[Y]").astype(np.int64) + 1970


def objects(values: list) -> np.ndarray:
    array = np.empty(len(values), dtype=object)
    array[:] = values
    return array


def between(draws: np.ndarray, low: int | np.ndarray, high: int | np.ndarray) -> np.ndarray:
    """low <= n < high, one for each draw in [0, 1)."""
    return low + (draws * (high - low)).astype(np.int64)


def council_dates(earliest: np.ndarray, day: int | np.ndarray) -> np.ndarray:
    """The first council meeting (on `day` of a month, 15–27) on or after each day ordinal."""
    dates = (earliest - EPOCH).astype("datetime64[D]")
    month = dates.astype("datetime64[M]")
    candidate = month.astype("datetime64[D]") + (np.asarray(day) - 1)
    later = (month + 1).astype("datetime64[D]") + (np.asarray(day) - 1)
    chosen = np.where(candidate < dates, later, candidate)
    return chosen.astype(np.int64) + EPOCH


class Flat:
    """Lists of words per group (a field, a kind of text) laid end to end: `pick(group, draw)`
    picks one of its group's words for each draw, as arrays."""

    def __init__(self, groups: list[tuple[str, ...]]) -> None:
        self.words = objects([w for group in groups for w in group])
        self.folded = [fold(w) for w in self.words.tolist()]
        self.sizes = np.array([len(group) for group in groups])
        self.starts = np.cumsum(self.sizes) - self.sizes

    def pick(self, group: np.ndarray, draws: np.ndarray) -> np.ndarray:
        return self.starts[group] + (draws * self.sizes[group]).astype(np.int64)

    def words_of(self, group: np.ndarray, draws: np.ndarray) -> list[str]:
        return self.words[self.pick(group, draws)].tolist()


class ChunkComposer:
    """Composes chunks of initiatives for `records` (DemoRecords), once its people exist."""

    def __init__(self, records: DemoRecords) -> None:
        self.records = records
        unions = records.unions
        units = [unit for union in unions for unit in union.units]
        unit_index = {unit.code: i for i, unit in enumerate(units)}
        self.fields = list(words.TOPICS)
        field_index = {code: i for i, code in enumerate(self.fields)}
        people = [p for union in unions for p in union.people]
        self.sizes = np.array([len(u.people) for u in unions])
        self.offsets = np.cumsum(self.sizes) - self.sizes
        self.turns: dict[int, int] = {}  # initiatives each union has had so far
        self.council_days = np.array([u.council_day for u in unions])
        self.usd = np.array([u.code in words.USD_UNIONS for u in unions])
        self.person_ids = objects([p.id for p in people])
        self.person_names = objects([p.name for p in people])
        self.person_folded = objects([p.folded for p in people])
        self.person_units = np.array([unit_index[p.unit.code] for p in people], dtype=np.int64)
        self.person_fields = np.array([field_index[p.field_code] for p in people], dtype=np.int64)
        fold = records.fold
        self.union_codes = [u.code for u in unions]
        self.investors = objects([u.investor for u in unions])
        self.investors_folded = [fold(u.investor) for u in unions]
        self.councils = objects([f"Hội đồng sáng kiến {u.display}" for u in unions])
        self.scopes = objects([s.format(union=u.display) for u in unions for s in words.SCOPES])
        self.unit_codes = [unit.code for unit in units]
        self.unit_lower = [unit.code.lower() for unit in units]
        self.unit_ids = objects([records.unit_ids[unit.code] for unit in units])
        self.unit_names = [unit.short_name or unit.name for unit in units]
        places = [words.SITE_PLACES.get(unit.code, "") for unit in units]
        self.places = list(dict.fromkeys(places))  # each once: most units have none ("")
        self.place_of_unit = np.array([self.places.index(place) for place in places])
        self.folded_places = [fold(place) for place in self.places]
        self.folded_techs = [fold(tech) for tech in words.TECHS]
        self.folded_faults = [fold(fault) for fault in words.FAULTS]
        self.field_ids = objects([records.field_ids[code] for code in self.fields])
        self.office = np.array([code in words.OFFICE_FIELDS for code in self.fields], dtype=int)
        texts = (words.EQUIPMENT_TEXTS, words.OFFICE_TEXTS)  # by `office`
        topics = [words.TOPICS[code] for code in self.fields]
        self.objects = Flat([t["objects"] for t in topics])
        self.tools = Flat([t["tools"] for t in topics])
        self.tasks = Flat([t["tasks"] for t in topics])
        self.titles = Flat([t["titles"] for t in texts])
        templates = self.titles.words.tolist()
        self.folded_templates = self.titles.folded
        self.template_pieces = [  # (text, the field after it or None) of each title template
            [(text, field) for text, field, _spec, _conversion in Formatter().parse(template)]
            for template in templates
        ]
        self.problems = Flat(
            [texts[i]["obj_problems" if "{obj}" in tpl else "task_problems"] for i, tpl in
             zip(np.repeat([0, 1], self.titles.sizes), templates, strict=True)]
        )  # fmt: skip
        self.solutions = Flat(
            [texts[i][solution_kind(tpl)] for i, tpl in
             zip(np.repeat([0, 1], self.titles.sizes), templates, strict=True)]
        )  # fmt: skip
        self.goals = Flat([t["goals"] for t in texts])
        self.results = Flat([t["results"] for t in texts])
        self.conditions = Flat([t["conditions"] for t in texts])
        self.appliers = Flat([t["appliers"] for t in texts])
        self.savings = Flat([t["savings"] for t in texts])
        self.solution_types = objects(list(SOLUTION_TYPES.values))
        self.solution_cumulative = np.array(SOLUTION_TYPES.cumulative) / SOLUTION_TYPES.total
        self.statuses = objects(list(STATUSES))
        splits = np.zeros((6, 5, 5), dtype=np.int64)
        for count, options in SHARE_SPLITS.items():
            for i, split in enumerate(options):
                splits[count, i, :count] = split
        self.splits = splits
        self.split_options = np.array([1, *(len(SHARE_SPLITS[k]) for k in range(1, 6))])
        days = [dt.date.fromordinal(d) for d in range(FIRST_DAY, LAST_DAY + 1)]
        self.iso = objects([d.isoformat() for d in days] + [None])  # [-1]: no date
        self.years = np.array([d.year for d in days])
        self.months = np.array([d.year * 12 + d.month - 1 for d in days])
        self.decision_numbers = objects([d.month * 9 + d.day % 7 + 3 for d in days])
        self.grades = objects([grade_for_total(total) for total in range(64)] + [None])
        self.reg_numbers: dict[int, int] = {}  # registered so far, by unit and year
        self.serials = [f"{n:04d}" for n in range(10_000)]  # those numbers written out
        self.caches: dict[str, dict[int, Any]] = defaultdict(dict)
        self.radices = (
            len(self.objects.words), len(self.tools.words), len(self.tasks.words),
            len(self.goals.words), len(words.TECHS), len(words.FAULTS), len(self.places),
        )  # fmt: skip
        self.title_uses = [
            np.array([f"{{{name}}}" in t for t in templates])
            for name in ("obj", "tool", "task", "goal", "tech", "fault", "place")
        ]
        self.tool_solution = np.array(["{tool}" in t for t in self.solutions.words.tolist()])
        self.tech_solution = np.array(["{tech}" in t for t in self.solutions.words.tolist()])
        self.intangible = objects(list(words.INTANGIBLE))
        self.obj_problem = np.array(["{obj}" in t for t in self.problems.words.tolist()])
        self.result_figure = np.array(
            [0 if "{pct}" in t else 1 if "{months}" in t else 2 for t in self.results.words]
        )

    def known(self, name: str, keys: np.ndarray, make: Callable[[int], str]) -> np.ndarray:
        """The text of each key, made by `make` once per distinct key of the whole build."""
        made, where = self._made_once(name, keys, make)
        return objects(made)[where]

    def known_together(
        self, name: str, keys: np.ndarray, make: Callable[[int], tuple[Any, ...]]
    ) -> list[list[Any]]:
        """`known` for texts made together: a list for each of the tuple's items."""
        made, where = self._made_once(name, keys, make)
        return [objects(list(column))[where].tolist() for column in zip(*made, strict=True)]

    def _made_once(
        self, name: str, keys: np.ndarray, make: Callable[[int], Any]
    ) -> tuple[list[Any], np.ndarray]:
        """What `make` gives for each distinct key (from cache `name`, made once per key of the
        whole build), and where each of `keys` stands among them."""
        cache = self.caches[name]
        distinct, where = np.unique(keys, return_inverse=True)
        distinct = distinct.tolist()
        made = list(map(cache.get, distinct))
        if None in made:
            for i, key in enumerate(distinct):
                if made[i] is None:
                    made[i] = cache[key] = make(key)
        return made, where

    def title(self, title_key: int) -> tuple[str, str, bytes]:
        """The title of a key, its fold (the same words folded one by one: every word of the
        titles stands between spaces) and its sort key (the table's, sortkey's 0018)."""
        key, digits = title_key, []
        for radix in reversed(self.radices):
            key, digit = divmod(key, radix)
            digits.append(digit)
        place, fault, tech, goal, task, tool, obj = digits
        fields = {
            "obj": self.objects.words[obj], "tool": self.tools.words[tool],
            "task": self.tasks.words[task], "goal": self.goals.words[goal],
            "tech": words.TECHS[tech], "fault": words.FAULTS[fault], "place": self.places[place],
        }  # fmt: skip
        pieces = []  # the template's own words and the fields': each piece's key made once
        for text, field in self.template_pieces[key]:
            pieces.append(text)
            if field is not None:
                pieces.append(fields[field])
        folded = self.folded_templates[key].format(
            obj=self.objects.folded[obj], tool=self.tools.folded[tool],
            task=self.tasks.folded[task], goal=self.goals.folded[goal],
            tech=self.folded_techs[tech], fault=self.folded_faults[fault],
            place=self.folded_places[place],
        )  # fmt: skip
        return "".join(pieces), folded, sort_key_of_pieces(pieces)

    def name_key(self, person: int) -> bytes:
        words = self.person_names[person].split(" ")  # "Nguyễn ", "Văn ", "An": each keyed once
        return sort_key_of_pieces([*(word + " " for word in words[:-1]), words[-1]])

    def problem(self, key: int) -> str:
        key, task = divmod(key, self.radices[2])
        problem, obj = divmod(key, self.radices[0])
        return self.problems.words[problem].format(
            obj=self.objects.words[obj], task=self.tasks.words[task]
        )

    def solution(self, key: int) -> str:
        key, tech = divmod(key, self.radices[4])
        solution, tool = divmod(key, self.radices[1])
        return self.solutions.words[solution].format(
            tool=self.tools.words[tool], tech=words.TECHS[tech]
        )

    def result(self, key: int) -> str:
        result, figure = divmod(key, 100)
        hours, divisor = figure % 19 + 6, figure // 19 + 2
        return self.results.words[result].format(
            pct=figure + 15, months=figure + 6, h1=hours, h2=max(1, hours // divisor)
        )

    def condition(self, key: int) -> str:
        condition, days = divmod(key, 5)
        return self.conditions.words[condition].format(days=days + 1)

    def benefit_unit(self, key: int) -> str:
        benefit, month = divmod(key, 100_000)
        return words.UNIT_BENEFITS[benefit].format(month=f"{month % 12 + 1}/{month // 12}")

    def compose(self, days: np.ndarray, unions: np.ndarray) -> None:
        """The initiatives registered on `days` by `unions` (in registration order), with their
        authors and reviews, into records.rows; the certificates they earn into
        records.certificates."""
        records = self.records
        bits = records.generator()
        m = len(days)
        draws = iter(uniforms(bits, (DRAWS, m)))
        draw = draws.__next__

        # authors: each of a union's people first in turn, then anyone; co-authors from it
        sizes, offsets = self.sizes[unions], self.offsets[unions]
        ranked = np.arange(m)
        turn = running_count(unions, self.turns) - 1
        first = np.where(turn < sizes, turn, between(draw(), 0, sizes))
        count = np.minimum(np.searchsorted(AUTHOR_CUMULATIVE, draw(), side="right") + 1, sizes)
        split = between(draw(), 0, self.split_options[count])
        shift = between(draw(), 1, sizes - count + 2)
        owner = np.repeat(ranked, count)
        author_starts = np.cumsum(count) - count
        ordinal = np.arange(len(owner)) - author_starts[owner]
        local = np.where(
            ordinal == 0,
            first[owner],
            (first[owner] + shift[owner] + ordinal - 1) % sizes[owner],
        )
        person = offsets[owner] + local
        lead = offsets + first
        unit = self.person_units[lead]
        field = self.person_fields[lead]
        kind = self.office[field]

        # what happened to it: the union's council, then headquarters' for most recognised
        until = records.decisions_until.toordinal()
        applied = np.maximum(APPLIED_FROM.toordinal(), days - between(draw(), 0, 300))
        decided = council_dates(days + between(draw(), 25, 121), self.council_days[unions])
        hq = council_dates(decided + between(draw(), 20, 61), HQ_COUNCIL_DAY)
        looked = np.minimum(days + between(draw(), 10, 40), until)
        issued = np.minimum(hq + between(draw(), 3, 21), until)
        refused, certify, roll = draw() < 0.09, draw() < 0.7, draw()
        status = np.select(
            [
                (decided > until) & (roll < 0.2),
                (decided > until) & (roll < 0.35),
                decided > until,
                refused,
                certify & (hq <= until),
            ],
            [SUBMITTED, NEEDS_MORE, UNDER_REVIEW, REFUSED, CERTIFIED],
            RECOGNISED,
        )
        recognised = (status == RECOGNISED) | (status == CERTIFIED)
        certified = status == CERTIFIED
        reviewed = status != SUBMITTED
        first_review = np.nonzero(reviewed)[0]
        second_review = np.nonzero(certified)[0]

        # the rows' ids, stamps and sequence numbers: initiatives, authors, reviews
        reviews = len(first_review) + len(second_review)
        ids, stamps, seqs = records.metas(bits, m + len(owner) + reviews)
        initiative_ids = objects(ids[:m])
        people_ids = self.person_ids[person].tolist()
        shares = self.splits[count[owner], split[owner], ordinal].tolist()
        a_end = m + len(owner)
        records.rows["initiative_authors"] += zip(
            ids[m:a_end], stamps[m:a_end], repeat(0), seqs[m:a_end],
            initiative_ids[owner].tolist(), people_ids, shares, (ordinal + 1).tolist(),
        )  # fmt: skip

        # the words: each distinct text made once (keys of the word indexes it is made of)
        names = self.person_names[person].tolist()
        folded = self.person_folded[person].tolist()
        bounds = list(zip(author_starts.tolist(), (author_starts + count).tolist(), strict=True))
        team = [", ".join(names[a:b]) for a, b in bounds]
        team_folded = [" ".join(folded[a:b]) for a, b in bounds]
        obj = self.objects.pick(field, draw())
        tool = self.tools.pick(field, draw())
        task = self.tasks.pick(field, draw())
        goal = self.goals.pick(kind, draw())
        tech = between(draw(), 0, len(words.TECHS))
        fault = between(draw(), 0, len(words.FAULTS))
        template = self.titles.pick(kind, draw())
        parts = (obj, tool, task, goal, tech, fault, self.place_of_unit[unit])
        title_key = template
        for part, radix, used in zip(parts, self.radices, self.title_uses, strict=True):
            title_key = title_key * radix + np.where(used[template], part, 0)
        titles, folded_titles, title_keys = self.known_together("title", title_key, self.title)
        author_keys = self.known("author key", person[author_starts], self.name_key).tolist()
        problem = self.problems.pick(template, draw())
        problem_key = (problem * self.radices[0] + np.where(self.obj_problem[problem], obj, 0)) * (
            self.radices[2]
        ) + np.where(self.obj_problem[problem], 0, task)
        solution = self.solutions.pick(template, draw())
        solution_key = (
            solution * self.radices[1] + np.where(self.tool_solution[solution], tool, 0)
        ) * self.radices[4] + np.where(self.tech_solution[solution], tech, 0)
        result = self.results.pick(kind, draw())
        figure = np.select(
            [self.result_figure[result] == 0, self.result_figure[result] == 1],
            [between(draw(), 15, 61) - 15, between(draw(), 6, 19) - 6],
            between(draw(), 6, 25) - 6 + 19 * between(draw(), 0, 3),
        )
        essence = [
            f"Trước đây, {p}. {'Tác giả' if c == 1 else 'Nhóm tác giả'} đã {s}. "
            f"Sau khi áp dụng, {r}."
            for p, c, s, r in zip(
                self.known("problem", problem_key, self.problem).tolist(), count.tolist(),
                self.known("solution", solution_key, self.solution).tolist(),
                self.known("result", result * 100 + figure, self.result).tolist(), strict=True,
            )
        ]  # fmt: skip
        condition = self.conditions.pick(kind, draw())
        conditions = self.known(
            "conditions", condition * 5 + between(draw(), 0, 5), self.condition
        ).tolist()
        no_value, in_usd, value_draw = draw() < 0.15, draw() < 0.4, draw()
        in_usd &= self.usd[unions] & ~no_value
        dollars = np.round(np.exp(math.log(50) + value_draw * math.log(1.5e4 / 50))).astype(int)
        millions = np.round(np.exp(math.log(20) + value_draw * math.log(2e4 / 20))).astype(int)
        value = objects(np.where(in_usd, dollars * 100, millions * 1_000_000).tolist())
        value[no_value] = None
        value = value.tolist()
        currency = np.where(in_usd, "USD", "VND").tolist()
        money = np.where(
            in_usd, dollars, MILLIONS + np.where(millions < 1000, millions, 1000 + millions // 100)
        )
        money_texts = self.known("money", money, money_words).tolist()
        saving = self.savings.words_of(kind, draw())
        intangible = self.intangible[between(draw(), 0, len(words.INTANGIBLE))].tolist()
        benefit_author = [
            f"Không tính được thành tiền; giải pháp {i}."
            if none
            else f"Làm lợi ước tính {money} mỗi năm nhờ {s}."
            for none, money, s, i in zip(
                no_value.tolist(), money_texts, saving, intangible, strict=True
            )
        ]
        benefit_unit = self.known(
            "unit benefit",
            between(draw(), 0, len(words.UNIT_BENEFITS)) * 100_000
            + self.months[applied - FIRST_DAY],
            self.benefit_unit,
        ).tolist()
        unit_names = [self.unit_names[u] for u in unit.tolist()]
        first_appliers = [
            f"{t}; {a}, {n}"
            for t, a, n in zip(team, self.appliers.words_of(kind, draw()), unit_names, strict=True)
        ]
        secret = draw() < 0.02
        confidential = objects(list(words.CONFIDENTIAL))[
            between(draw(), 0, len(words.CONFIDENTIAL))
        ]
        confidential[~secret] = None
        solution_type = self.solution_types[
            np.searchsorted(self.solution_cumulative, draw(), "right")
        ]
        scope = self.scopes[unions * len(words.SCOPES) + between(draw(), 0, len(words.SCOPES))]
        phase = self.phase_ids(days)

        # registration numbers, per unit and year, in order; the search text
        years = self.years[days - FIRST_DAY]
        numbers = running_count(unit * 100 + years - 2000, self.reg_numbers)
        codes, lower, digits = self.unit_codes, self.unit_lower, self.serials
        while len(digits) <= numbers.max():
            digits += [f"{n:04d}" for n in range(len(digits), 2 * len(digits))]
        serials = [
            f"-{year}-{digits[number]}"
            for year, number in zip(years.tolist(), numbers.tolist(), strict=True)
        ]
        unit_list = unit.tolist()
        reg_no = [codes[u] + serial for u, serial in zip(unit_list, serials, strict=True)]
        reg_lower = [lower[u] + serial for u, serial in zip(unit_list, serials, strict=True)]
        investors = self.investors_folded
        search_text = [
            f"{r} {t} {a} {investors[u]} {lower[n]}"
            for r, t, a, u, n in zip(
                reg_lower, folded_titles, team_folded, unions.tolist(), unit.tolist(), strict=True
            )
        ]
        iso = self.iso
        recognised_on = np.where(recognised, decided - FIRST_DAY, -1)
        records.rows["initiatives"] += zip(
            ids[:m], stamps[:m], repeat(0), seqs[:m], reg_no, titles,
            solution_type.tolist(), self.field_ids[field].tolist(), self.unit_ids[unit].tolist(),
            phase, self.investors[unions].tolist(), iso[applied - FIRST_DAY].tolist(),
            iso[days - FIRST_DAY].tolist(), essence, conditions, benefit_author, benefit_unit,
            first_appliers, confidential.tolist(), secret.astype(int).tolist(),
            [None if v is None else v * 100 for v in value], currency, scope.tolist(),
            self.statuses[status].tolist(), iso[recognised_on].tolist(), search_text, title_keys,
            author_keys,
        )  # fmt: skip

        # reviews: the union council's (all but the submitted), then headquarters'
        low = status == REFUSED
        high = (draw(), draw(), draw())
        scores = [
            np.where(low, between(d, 1, top_low), between(d, bottom, 11))
            for d, top_low, bottom in zip(high, (5, 5, 4), (5, 5, 4), strict=True)
        ]
        scored = recognised | low
        total = np.where(scored, scores[0] + scores[1] + scores[2], 64)
        on = (
            np.select([recognised | low, status == NEEDS_MORE], [decided, looked], FIRST_DAY - 1)
            - FIRST_DAY
        )
        outcome = objects([None, "needs_more", None, "not_recognised", "recognised", "recognised"])
        reasons = np.where(
            low,
            between(draw(), 0, len(words.NOT_RECOGNISED_REASONS)),
            len(words.NOT_RECOGNISED_REASONS) + between(draw(), 0, len(words.NEEDS_MORE_REASONS)),
        )
        reason_words = objects([*words.NOT_RECOGNISED_REASONS, *words.NEEDS_MORE_REASONS, None])
        reasons[~(low | (status == NEEDS_MORE))] = len(reason_words) - 1
        union_codes = self.union_codes
        decision = [
            f"{n}/QĐ-CĐ{union_codes[u]}" if r else None
            for n, u, r in zip(
                self.decision_numbers[decided - FIRST_DAY].tolist(), unions.tolist(),
                recognised.tolist(), strict=True,
            )
        ]  # fmt: skip
        score_cells = [objects(s.tolist()) for s in scores]
        for cells in score_cells:
            cells[~scored] = None
        at = first_review
        on_first = iso[on[at]].tolist()
        r_end = a_end + len(at)
        decisions = [decision[i] for i in at.tolist()]
        records.rows["reviews"] += zip(
            ids[a_end:r_end], stamps[a_end:r_end], repeat(0), seqs[a_end:r_end],
            initiative_ids[at].tolist(), repeat("subordinate"), self.councils[unions[at]].tolist(),
            on_first, score_cells[0][at].tolist(), score_cells[1][at].tolist(),
            score_cells[2][at].tolist(), [None if t == 64 else t for t in total[at].tolist()],
            self.grades[total[at]].tolist(), outcome[status[at]].tolist(), decisions,
            [o if d else None for o, d in zip(on_first, decisions, strict=True)],
            reason_words[reasons[at]].tolist(),
        )  # fmt: skip
        at = second_review
        hq_scores = [between(draw(), 5, 11), between(draw(), 5, 11), between(draw(), 4, 11)]
        hq_total = hq_scores[0] + hq_scores[1] + hq_scores[2]
        hq_on = iso[hq[at] - FIRST_DAY].tolist()
        hq_decisions = [f"{n}/QĐ-CĐDK" for n in self.decision_numbers[hq[at] - FIRST_DAY].tolist()]
        review_ids = ids[r_end:]
        records.rows["reviews"] += zip(
            review_ids, stamps[r_end:], repeat(0), seqs[r_end:], initiative_ids[at].tolist(),
            repeat("industry"), repeat(HQ_COUNCIL), hq_on, hq_scores[0][at].tolist(),
            hq_scores[1][at].tolist(), hq_scores[2][at].tolist(), hq_total[at].tolist(),
            self.grades[hq_total[at]].tolist(), repeat("recognised"), hq_decisions, hq_on,
            repeat(None),
        )  # fmt: skip
        records.certificates += zip(
            issued[at].tolist(), iso[issued[at] - FIRST_DAY].tolist(), initiative_ids[at].tolist(),
            review_ids,
            [tuple(names[a:b]) for a, b in (bounds[i] for i in at.tolist())], hq_decisions, hq_on,
            strict=True,
        )  # fmt: skip

    def phase_ids(self, days: np.ndarray) -> list[str | None]:
        """Each day's phase (the first that holds it), or None."""
        phases = self.records.phases
        chosen = np.full(len(days), len(phases))
        for index in range(len(phases) - 1, -1, -1):
            starts, ends, _id = phases[index]
            chosen[(days >= starts.toordinal()) & (days <= ends.toordinal())] = index
        return objects([phase_id for _s, _e, phase_id in phases] + [None])[chosen].tolist()
