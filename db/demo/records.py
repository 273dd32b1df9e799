"""The demo's records: people, initiatives, authors' shares, reviews, decisions and certificates.

`DemoRecords` composes them as tuples and hands them in batches to executemany (writer.py), each
row with an id from the seeded generator, a version stamp from a fixed fake clock and the next
local sequence number, as a bulk import must (db/changes.py does it for single edits).
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import Any, TypeVar

from db.certificate_codes import CODE_SCHEME
from db.demo import text as words
from db.demo.compose import Composer, Weighted
from db.demo.signing import Signing
from db.demo.writer import ChildRowWriter, RowWriter, insert_batches
from db.money import to_hundredths
from db.reference import ROOT_CODE, UnitSpec, phase_specs, reference_id, unit_specs
from db.search import fold
from db.vocab import grade_for_total

# The programme's figures the default demo reproduces (shared/data/programme.json).
REAL_INITIATIVES = 7085
REAL_AUTHORS = 1062
AS_OF = dt.date(2023, 4, 14)
REGISTERED_BY_AS_OF = 3516
PHASE1_REGISTERED = 1652  # not public: phase 1 went past its 1,400 target
# Registered at the end, per subordinate union (sum 7,085; PVEP 395; 18 unions over target).
FINAL_BY_UNION = {
    "CQTD": 111, "VSP": 999, "PVGAS": 863, "PVEP": 395, "PVOIL": 177, "PVPOWER": 604,
    "PVFCCO": 240, "PVCFC": 349, "BSR": 453, "PVD": 337, "PTSC": 692, "PVCHEM": 124, "PVI": 36,
    "PETROSETCO": 73, "PETROCONS": 86, "BIENDONGPOC": 100, "PQPOC": 30, "VPI": 161, "PVU": 27,
    "PVTRANS": 68, "PVCOMBANK": 60, "PVSHIPYARD": 198, "PVMR": 128, "PVPS": 181, "PVTEX": 33,
    "PVCOLLEGE": 36, "LPSH": 23, "PVTB2": 23, "NSRP": 232, "CLJOC": 121, "HLJOC": 36,
    "TLJOC": 35, "DQS": 54,
}  # fmt: skip
# The demo's fake "now" (its version stamps), and the last day a council decided anything.
DEMO_NOW = dt.datetime(2023, 12, 15, 1, 0, tzinfo=dt.UTC)
DECISIONS_UNTIL = dt.date(2023, 11, 30)
APPLIED_FROM = dt.date(2021, 9, 1)
HQ_COUNCIL_DAY = 20
HQ_COUNCIL = "Hội đồng sáng kiến Công đoàn Dầu khí Việt Nam"
BATCH = 10_000  # initiatives between two progress reports (and cancel checks)
FLUSH = 2_500  # initiatives a batch of rows holds: the writer process starts and ends sooner
AUTHOR_COUNTS = Weighted((1, 2, 3, 4, 5), (35, 30, 20, 10, 5))

COLUMNS = {
    "people": (
        "id", "hlc", "deleted", "seq", "full_name", "birth_date", "unit_id", "job_title",
        "qualification", "employee_no", "union_member", "search_text",
    ),
    "initiatives": (
        "id", "hlc", "deleted", "seq", "reg_no", "title", "solution_type", "field_id", "unit_id",
        "phase_id", "investor", "first_applied_on", "registered_on", "essence", "conditions",
        "benefit_author", "benefit_unit", "first_appliers", "confidential_info", "tech_secret",
        "benefit_value", "benefit_currency", "scope", "status", "recognised_on", "search_text",
    ),
    "initiative_authors": (
        "id", "hlc", "deleted", "seq", "initiative_id", "person_id", "share", "ordinal",
    ),
    "reviews": (
        "id", "hlc", "deleted", "seq", "initiative_id", "level", "council", "reviewed_on",
        "score_novelty", "score_applicability", "score_benefit", "total", "grade", "outcome",
        "decision_no", "decision_date", "reason",
    ),
    "certificates": (
        "id", "hlc", "deleted", "seq", "number", "initiative_id", "review_id", "recipients",
        "level", "decision_no", "decision_date", "issued_on", "place", "signer_name",
        "signer_title", "issuer_unit_id", "issuer_node_id", "reprint_count", "verification_code",
    ),
}  # fmt: skip
TABLES = tuple(COLUMNS)
T = TypeVar("T")


def cents(value: int | None) -> int | None:
    """A whole amount as the column stores it: hundredths (db/money.py, migration 0010)."""
    return None if value is None else to_hundredths(value)


class StopBuilding(Exception):
    """Raised from inside the build when `cancelled()` says so."""


def insert_sql(table: str) -> str:
    columns = COLUMNS[table]
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


# ---- shares of N -------------------------------------------------------------------------------


def split_exactly(total: int, weights: Sequence[float]) -> list[int]:
    """`total` split in proportion to `weights` (largest remainder): the parts sum to `total`."""
    whole = sum(weights)
    raw = [total * w / whole for w in weights]
    parts = [int(r) for r in raw]
    by_remainder = sorted(range(len(raw)), key=lambda i: (parts[i] - raw[i], i))
    for i in by_remainder[: total - sum(parts)]:
        parts[i] += 1
    return parts


def scaled(n: int, real: int) -> int:
    """A figure of the real programme scaled to a demo of `n` initiatives."""
    return round(n * real / REAL_INITIATIVES)


# ---- ids and stamps ----------------------------------------------------------------------------


# The variant digit of a version-4 UUID: the hex digit with its two top bits set to 10.
_VARIANT = {f"{d:x}": f"{8 | (d & 3):x}" for d in range(16)}
_COUNTERS = tuple(f"{c:04x}" for c in range(0x10000))  # a stamp's counter, written once


class FakeClock:
    """Version stamps from a fixed wall time: the counter runs, borrowing milliseconds when full."""

    def __init__(self, node_id: str, start: dt.datetime) -> None:
        self.node = node_id
        self.wall_ms = int(start.timestamp() * 1000)
        self.counter = -1
        self._wall_hex = f"{self.wall_ms:012x}"

    def tick(self) -> str:
        self.counter += 1
        if self.counter > 0xFFFF:
            self.wall_ms, self.counter = self.wall_ms + 1, 0
            self._wall_hex = f"{self.wall_ms:012x}"
        return self._wall_hex + _COUNTERS[self.counter] + self.node


# ---- the unit tree as the generator sees it ----------------------------------------------------


@dataclass
class Person:
    id: str
    name: str
    folded: str
    unit: UnitSpec
    field_code: str


@dataclass
class DemoUnion:
    """A subordinate union with the units below it, its people and its share of initiatives."""

    spec: UnitSpec
    index: int
    units: list[UnitSpec] = field(default_factory=list)  # the union itself first
    weights: list[float] = field(default_factory=list)  # where its people work
    people: list[Person] = field(default_factory=list)
    unit_choice: Weighted[int] | None = None
    initiatives: int = 0
    next_first_author: int = 0

    @property
    def code(self) -> str:
        return self.spec.code

    @property
    def display(self) -> str:
        return self.spec.short_name or self.spec.code

    @property
    def investor(self) -> str:
        return self.spec.name.removeprefix("Công đoàn ").strip()

    @property
    def council_day(self) -> int:
        return 15 + (self.index * 7) % 13


def demo_unions() -> list[DemoUnion]:
    union_of: dict[str, DemoUnion] = {}
    unions: list[DemoUnion] = []
    for spec in unit_specs():
        if spec.level == "subordinate":
            union = DemoUnion(spec, len(unions), [spec], [0.3 * spec.member_count])
            unions.append(union)
        elif spec.parent in union_of:
            union = union_of[spec.parent]
            union.units.append(spec)
            union.weights.append(max(spec.member_count, 10))
        else:
            continue
        union_of[spec.code] = union
    for union in unions:
        union.unit_choice = Weighted(range(len(union.units)), union.weights)
    return unions


@dataclass
class CertificatePlan:
    issued_on: dt.date
    order: int
    initiative_id: str
    review_id: str
    recipients: tuple[str, ...]  # the authors' names, in order (the row stores them as JSON)
    decision_no: str
    decision_date: dt.date
    number: str = ""  # CDDKVN-YYYY-NNNNN, once all are known and sorted by issue


# ---- the writer --------------------------------------------------------------------------------


class DemoRecords:
    """Writes the demo's own records for a headquarters node already holding reference data."""

    def __init__(
        self,
        raw: sqlite3.Connection | None,
        *,
        writer: RowWriter | ChildRowWriter | None = None,
        initiatives: int,
        rng: random.Random,
        node_id: str,
        signing_key: bytes,
        first_seq: int,
        progress: Callable[[int, int], None],
        cancelled: Callable[[], bool],
    ) -> None:
        # rows go to the writer (build.py's), or straight into `raw` (a benchmark's own builds)
        self.insert = writer.insert if writer else partial(insert_batches, raw)
        self.n = initiatives
        self.rng = rng
        self.getrandbits = rng.getrandbits
        self.compose = Composer(rng)
        self.node_id = node_id
        self.signing_key = signing_key  # the Ed25519 seed
        self.clock = FakeClock(node_id, DEMO_NOW)
        self.seq = first_seq - 1
        self.progress = progress
        self.cancelled = cancelled
        self.rows: dict[str, list[tuple[Any, ...]]] = {table: [] for table in TABLES}
        self.counts = dict.fromkeys(TABLES, 0)
        self.certificates: list[CertificatePlan] = []
        self.signing: Signing | None = None
        self.reg_numbers: dict[tuple[str, int], int] = {}
        self.registered_by_as_of = 0
        self.decisions_until = DECISIONS_UNTIL  # moved on for the register after 2023
        self.unions = demo_unions()
        self.phases = [
            (p.starts_on, p.ends_on, reference_id("phase", p.code)) for p in phase_specs()
        ]
        self.unit_ids = {s.code: reference_id("unit", s.code) for s in unit_specs()}
        self.field_ids = {code: reference_id("field", code) for code in words.TOPICS}
        self.fold = lru_cache(maxsize=1 << 18)(fold)

    def write(self, later_years: Callable[[DemoRecords], None] | None = None) -> None:
        """Everything but the certificates' rows, in this order; `later_years` (db/demo/current.py's)
        writes what comes after the first programme, before the certificates are numbered. When
        this returns, those rows are written and other threads are signing the certificates:
        `write_certificates` writes them (build.py first has the indexes built meanwhile)."""
        self.allot_initiatives()
        self.write_people()
        self.write_initiatives()
        if later_years is not None:
            later_years(self)
        self.flush_rows()
        self.start_signing()

    @property
    def last_seq(self) -> int:
        return self.seq

    # -- rows --

    def meta(self) -> tuple[str, str, int, int]:
        """id, version stamp, deleted, seq of a new row. The id is str(uuid.UUID(int=
        rng.getrandbits(128), version=4)) written out for speed: the version and variant bits
        are set in the hex digits rather than in the number."""
        self.seq += 1
        h = f"{self.getrandbits(128):032x}"
        row_id = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:]}"
        return row_id, self.clock.tick(), 0, self.seq

    def flush_rows(self) -> None:
        """Insert the rows made so far, table by table (db/demo/writer.py: in a second process,
        while this one composes the next batch)."""
        batches = [(insert_sql(table), rows) for table, rows in self.rows.items() if rows]
        if not batches:
            return
        for table, rows in self.rows.items():
            self.counts[table] += len(rows)
        self.rows = {table: [] for table in TABLES}
        self.insert(batches)

    # -- people --

    def allot_initiatives(self) -> None:
        finals = [FINAL_BY_UNION[u.code] for u in self.unions]
        for union, count in zip(self.unions, split_exactly(self.n, finals), strict=True):
            union.initiatives = count

    def write_people(self) -> None:
        """About one author per 6.7 initiatives (1,062 for 7,085), at least one per union."""
        working = [u for u in self.unions if u.initiatives]
        wanted = split_exactly(scaled(self.n, REAL_AUTHORS), [u.initiatives for u in working])
        for union, count in zip(working, wanted, strict=True):
            for number in range(min(max(count, 1), union.initiatives)):
                union.people.append(self.person(union, number))
        self.flush_rows()

    def person(self, union: DemoUnion, number: int) -> Person:
        rng, compose = self.rng, self.compose
        unit = union.units[union.unit_choice.pick(rng)]
        field_code = compose.union_field(union.code)
        name = compose.full_name()
        employee_no = f"{union.code}-{number + 1:05d}" if rng.random() < 0.6 else None
        birth = dt.date(1963, 1, 1) + dt.timedelta(days=self.compose.between(0, 13500))
        row_id, stamp, deleted, seq = self.meta()
        folded = self.fold(name)
        self.rows["people"].append(
            (
                row_id, stamp, deleted, seq, name, birth.isoformat(), self.unit_ids[unit.code],
                compose.job_title(field_code), compose.qualification(field_code), employee_no,
                int(rng.random() < 0.96), f"{folded} {employee_no.lower()}" if employee_no else folded,
            )
        )  # fmt: skip
        return Person(row_id, name, folded, unit, field_code)

    # -- initiatives --

    def registration_plan(self) -> list[tuple[int, int]]:
        """(day ordinal, union index) of every initiative, in registration order: exactly the
        scaled 3,516 on or before 14/04/2023, of which 1,652 in phase 1."""
        rng = self.rng
        by_as_of = scaled(self.n, REGISTERED_BY_AS_OF)
        phase1 = min(scaled(self.n, PHASE1_REGISTERED), by_as_of)
        (p1_from, p1_to, _), (p2_from, p2_to, _) = self.phases[0], self.phases[1]
        days = (
            working_days(rng, p1_from, p1_to, phase1)
            + working_days(rng, p2_from, AS_OF, by_as_of - phase1)
            + working_days(rng, AS_OF + dt.timedelta(days=1), p2_to, self.n - by_as_of)
        )
        unions = [u.index for u in self.unions for _ in range(u.initiatives)]
        rng.shuffle(unions)
        plan = list(zip(days, unions, strict=True))
        plan.sort(key=lambda pair: pair[0])
        return plan

    def write_initiatives(self, plan: list[tuple[int, int]] | None = None) -> None:
        plan = plan if plan is not None else self.registration_plan()
        total = len(plan)
        for done, (day, union_index) in enumerate(plan, start=1):
            self.initiative(dt.date.fromordinal(day), self.unions[union_index])
            if done % FLUSH == 0 or done == total:
                self.flush_rows()
            if done % BATCH == 0 or done == total:
                self.progress(done, total)
                if self.cancelled():
                    raise StopBuilding

    def initiative(self, registered: dt.date, union: DemoUnion) -> None:
        rng, compose = self.rng, self.compose
        authors = self.pick_authors(union)
        unit = authors[0].unit
        row_id, stamp, deleted, seq = self.meta()
        reg_no = self.next_reg_no(unit.code, registered.year)
        topic = compose.topic(authors[0].field_code, unit.code)
        title = topic.title
        names = [a.name for a in authors]
        value, currency = compose.benefit(union.code in words.USD_UNIONS)
        status, recognised_on, reviews = self.outcome(registered, union)
        secret = rng.random() < 0.02
        applied = max(APPLIED_FROM, registered - dt.timedelta(days=self.compose.between(0, 300)))
        self.rows["initiatives"].append(
            (
                row_id, stamp, deleted, seq, reg_no, title, compose.solution_type(),
                self.field_ids[authors[0].field_code], self.unit_ids[unit.code],
                self.phase_id(registered), union.investor, applied.isoformat(),
                registered.isoformat(), compose.essence(topic, len(authors)),
                compose.conditions(topic), compose.benefit_author(topic, value, currency),
                compose.benefit_unit(applied.month, applied.year),
                compose.first_appliers(topic, names, unit.short_name or unit.name),
                compose.confidential() if secret else None, int(secret), cents(value), currency,
                compose.scope(union.display), status,
                recognised_on.isoformat() if recognised_on else None,
                self.search_text(reg_no, title, authors, union.investor, unit.code),
            )
        )  # fmt: skip
        self.write_authors(row_id, authors)
        self.write_reviews(row_id, union, names, reviews)
        self.registered_by_as_of += registered <= AS_OF

    def search_text(
        self, reg_no: str, title: str, authors: list[Person], investor: str, unit_code: str
    ) -> str:
        """db.search.initiative_search_text, from cached folded parts (same result: every part is
        folded alone and the parts are joined by spaces)."""
        folded = [self.fold(title), *(a.folded for a in authors), self.fold(investor)]
        return " ".join([reg_no.lower(), *folded, unit_code.lower()])

    def pick_authors(self, union: DemoUnion) -> list[Person]:
        """The first author is each of the union's people in turn (so everyone authors one),
        then anyone; co-authors come from the same union."""
        rng, people = self.rng, union.people
        if union.next_first_author < len(people):
            first = people[union.next_first_author]
            union.next_first_author += 1
        else:
            first = people[self.compose.between(0, len(people))]
        count = min(AUTHOR_COUNTS.pick(rng), len(people))
        others = [p for p in sample_few(rng, people, count) if p is not first][: count - 1]
        return [first, *others]

    def write_authors(self, initiative_id: str, authors: list[Person]) -> None:
        shares, rows, meta = (
            self.compose.shares(len(authors)),
            self.rows["initiative_authors"],
            self.meta,
        )
        for ordinal, (person, share) in enumerate(zip(authors, shares, strict=True), start=1):
            rows.append((*meta(), initiative_id, person.id, share, ordinal))

    def next_reg_no(self, unit_code: str, year: int) -> str:
        key = (unit_code, year)
        number = self.reg_numbers.get(key, 0) + 1
        self.reg_numbers[key] = number
        return f"{unit_code}-{year:04d}-{number:04d}"

    def phase_id(self, day: dt.date) -> str | None:
        for starts, ends, phase_id in self.phases:
            if starts <= day <= ends:
                return phase_id
        return None

    # -- status, reviews, decisions --

    def outcome(
        self, registered: dt.date, union: DemoUnion
    ) -> tuple[str, dt.date | None, list[dict[str, Any]]]:
        """(status, recognised_on, review plans) of an initiative registered that day: the union's
        council decides at its monthly meeting, headquarters certifies most recognised ones."""
        rng = self.rng
        delay = dt.timedelta(days=self.compose.between(25, 121))
        decided = council_date(registered + delay, union.council_day)
        if decided > self.decisions_until:
            return self.pending(registered)
        if rng.random() < 0.09:
            refused = {"level": "subordinate", "outcome": "not_recognised", "on": decided}
            return "not_recognised", None, [refused]
        reviews = [{"level": "subordinate", "outcome": "recognised", "on": decided}]
        hq_day = council_date(
            decided + dt.timedelta(days=self.compose.between(20, 61)), HQ_COUNCIL_DAY
        )
        if rng.random() < 0.7 and hq_day <= self.decisions_until:
            reviews.append({"level": "industry", "outcome": "recognised", "on": hq_day})
            return "certified", decided, reviews
        return "recognised", decided, reviews

    def pending(self, registered: dt.date) -> tuple[str, None, list[dict[str, Any]]]:
        roll = self.rng.random()
        if roll < 0.2:
            return "submitted", None, []
        looked = min(
            registered + dt.timedelta(days=self.compose.between(10, 40)), self.decisions_until
        )
        if roll < 0.35:
            return (
                "needs_more",
                None,
                [{"level": "subordinate", "outcome": "needs_more", "on": looked}],
            )
        return "under_review", None, [{"level": "subordinate", "outcome": None, "on": None}]

    def write_reviews(
        self, initiative_id: str, union: DemoUnion, names: list[str], plans: list[dict[str, Any]]
    ) -> None:
        for plan in plans:
            review_id = self.review(initiative_id, union, plan)
            if plan["level"] == "industry":
                self.plan_certificate(initiative_id, review_id, names, plan["on"])

    def review(self, initiative_id: str, union: DemoUnion, plan: dict[str, Any]) -> str:
        outcome, level, on = plan["outcome"], plan["level"], plan["on"]
        scores = self.scores(outcome)
        total = sum(scores) if outcome in ("recognised", "not_recognised") else None
        decision_no = decision_number(union.code, level, on) if outcome == "recognised" else None
        council = HQ_COUNCIL if level == "industry" else f"Hội đồng sáng kiến {union.display}"
        row_id, stamp, deleted, seq = self.meta()
        self.rows["reviews"].append(
            (
                row_id, stamp, deleted, seq, initiative_id, level, council,
                on.isoformat() if on else None, *scores, total,
                grade_for_total(total) if outcome == "recognised" else None, outcome, decision_no,
                on.isoformat() if decision_no else None, self.compose.reason(outcome),
            )
        )  # fmt: skip
        return row_id

    def scores(self, outcome: str | None) -> tuple[int | None, int | None, int | None]:
        """Novelty, applicability, benefit: 14 or more for a recognition, 11 or less otherwise."""
        if outcome == "recognised":
            return (
                self.compose.between(5, 11),
                self.compose.between(5, 11),
                self.compose.between(4, 11),
            )
        if outcome == "not_recognised":
            return (
                self.compose.between(1, 5),
                self.compose.between(1, 5),
                self.compose.between(1, 4),
            )
        return None, None, None

    # -- certificates (numbered in order of issue once all are known) --

    def plan_certificate(
        self, initiative_id: str, review_id: str, names: list[str], decided: dt.date
    ) -> None:
        issued = min(decided + dt.timedelta(days=self.compose.between(3, 21)), self.decisions_until)
        self.certificates.append(
            CertificatePlan(
                issued,
                len(self.certificates),
                initiative_id,
                review_id,
                tuple(names),
                decision_number(ROOT_CODE, "industry", decided),
                decided,
            )
        )

    def start_signing(self) -> None:
        """Number the certificates `CDDKVN-YYYY-NNNNN` by issue date, and sign each with the
        node's key (the code under the QR that `sangkien verify` checks) on other threads."""
        self.certificates.sort(key=lambda c: (c.issued_on, c.order))
        serials: dict[int, int] = {}
        texts = []
        for plan in self.certificates:
            year = plan.issued_on.year
            serials[year] = serials.get(year, 0) + 1
            plan.number = f"{ROOT_CODE}-{year}-{serials[year]:05d}"
            texts.append(signed_text(plan, self.node_id))
        self.signing = Signing(self.signing_key, texts)

    def write_certificates(self) -> None:
        """The certificates' rows, in order of issue, once their codes are signed."""
        if self.signing is None:
            self.start_signing()
        codes = self.signing.codes()
        root_id, node_id = self.unit_ids[ROOT_CODE], self.node_id
        rows = self.rows["certificates"]
        for plan, code in zip(self.certificates, codes, strict=True):
            rows.append(
                (
                    *self.meta(), plan.number, plan.initiative_id, plan.review_id,
                    names_json(plan.recipients), "industry", plan.decision_no,
                    plan.decision_date.isoformat(), plan.issued_on.isoformat(),
                    words.CERTIFICATE_PLACE, words.SIGNER_NAME, words.SIGNER_TITLE, root_id,
                    node_id, 0, code,
                )
            )  # fmt: skip
            if len(rows) >= FLUSH:
                self.flush_rows()
                rows = self.rows["certificates"]
        self.flush_rows()
        self.certificates.clear()
        self.signing = None


def signed_text(plan: CertificatePlan, node_id: str) -> bytes:
    """SignedFields(...).canonical_text() of a numbered demo certificate, in UTF-8, without
    building the dataclass (a third of the cost of signing): tests/test_demo_signing.py checks
    they agree. The demo's words are NFC already, so their join is too."""
    return "|".join(
        (
            CODE_SCHEME, plan.number, plan.initiative_id, ";".join(plan.recipients), "industry",
            plan.decision_no, plan.decision_date.isoformat(), plan.issued_on.isoformat(), node_id,
        )
    ).encode("utf-8")  # fmt: skip


def names_json(names: tuple[str, ...]) -> str:
    """json.dumps(list(names), ensure_ascii=False): the demo's names are made of its word lists,
    which hold no character JSON escapes (tests/test_demo_signing.py checks)."""
    return '["' + '", "'.join(names) + '"]'


# ---- small helpers -----------------------------------------------------------------------------


def working_days(rng: random.Random, first: dt.date, last: dt.date, count: int) -> list[int]:
    """`count` day ordinals between first and last, weekdays far likelier than weekends."""
    if count <= 0:
        return []
    days = range(first.toordinal(), last.toordinal() + 1)
    weights = [(1.0, 1.0, 1.0, 1.0, 1.0, 0.3, 0.1)[dt.date.fromordinal(d).weekday()] for d in days]
    return rng.choices(days, weights=weights, k=count)


def sample_few(rng: random.Random, population: list[T], k: int) -> list[T]:
    """rng.sample(population, k) for k <= 5, the same draws in the same order (CPython's
    algorithm for a small k), without its checks and set-up: one per initiative."""
    n = len(population)
    getrandbits, bits = rng.getrandbits, n.bit_length()
    if n <= 21:  # sample's "small set": pick from a shrinking pool
        pool, result = list(population), []
        for i in range(k):
            size = n - i
            size_bits = size.bit_length()
            j = getrandbits(size_bits)
            while j >= size:
                j = getrandbits(size_bits)
            result.append(pool[j])
            pool[j] = pool[size - 1]
        return result
    chosen: list[int] = []
    for _ in range(k):
        j = getrandbits(bits)
        while j >= n or j in chosen:  # below n, and not chosen yet
            j = getrandbits(bits)
        chosen.append(j)
    return [population[j] for j in chosen]


def council_date(earliest: dt.date, day: int) -> dt.date:
    """The first council meeting (on `day` of a month) on or after `earliest`."""
    candidate = earliest.replace(day=day)
    if candidate < earliest:
        month = earliest.month % 12 + 1
        candidate = candidate.replace(year=earliest.year + (month == 1), month=month)
    return candidate


def decision_number(unit_code: str, level: str, on: dt.date) -> str:
    """'57/QĐ-CĐVSP': a union's decision of that meeting; 'CĐDK' for headquarters' decisions."""
    issuer = "CĐDK" if level == "industry" else f"CĐ{unit_code}"
    return f"{on.month * 9 + on.day % 7 + 3}/QĐ-{issuer}"
