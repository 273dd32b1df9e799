"""The demo's records: people, initiatives, authors' shares, reviews, decisions and certificates.

`DemoRecords` composes them in chunks of 2,500 initiatives (bulk.py draws every random number
of a chunk at once, from a generator of its own seeded from the seed and the chunk's number) and
hands them as tuples to executemany (writer.py). Each row has an id from that generator, a
version stamp from a fixed fake clock and the next local sequence number, as a bulk import must
(db/changes.py does it for single edits). The same seed and size give the same records on any
machine: nothing depends on timing, cores or load.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from operator import itemgetter
from typing import Any

import numpy as np

from db.certificate_codes import CODE_SCHEME
from db.collation import person_key
from db.demo import text as words
from db.demo.bulk import ChunkComposer, between, running_count, uniforms, uuids, years_of
from db.demo.compose import SURNAMES, Weighted
from db.demo.signing import Signing
from db.demo.writer import ChildRowWriter, RowWriter, insert_batches
from db.reference import ROOT_CODE, UnitSpec, phase_specs, reference_id, unit_specs
from db.search import fold

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
BORN_FROM = np.datetime64("1963-01-01")
BATCH = 10_000  # initiatives between two progress reports (and cancel checks)
CHUNK = 2_500  # initiatives composed at once (one generator each) and handed over as one batch

COLUMNS = {
    "people": (
        "id", "hlc", "deleted", "seq", "full_name", "birth_date", "unit_id", "job_title",
        "qualification", "employee_no", "union_member", "search_text", "name_key",
    ),
    "initiatives": (
        "id", "hlc", "deleted", "seq", "reg_no", "title", "solution_type", "field_id", "unit_id",
        "phase_id", "investor", "first_applied_on", "registered_on", "essence", "conditions",
        "benefit_author", "benefit_unit", "first_appliers", "confidential_info", "tech_secret",
        "benefit_value", "benefit_currency", "scope", "status", "recognised_on", "search_text",
        "title_key", "author_key",
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


class FakeClock:
    """Version stamps from a fixed wall time: the counter runs, borrowing milliseconds when full."""

    def __init__(self, node_id: str, start: dt.datetime) -> None:
        self.node = node_id
        self.wall_ms = int(start.timestamp() * 1000)
        self.counter = -1
        self._wall_hex = f"{self.wall_ms:012x}"
        self._ends: list[str] | None = None  # each counter with the node after it, once needed

    def tick(self) -> str:
        self.counter += 1
        if self.counter > 0xFFFF:
            self.wall_ms, self.counter = self.wall_ms + 1, 0
            self._wall_hex = f"{self.wall_ms:012x}"
        return f"{self._wall_hex}{self.counter:04x}{self.node}"

    def ticks(self, count: int) -> list[str]:
        """The next `count` stamps, as `tick()` would give them one by one."""
        stamps: list[str] = []
        while count > 0:
            if self.counter >= 0xFFFF:
                self.wall_ms, self.counter = self.wall_ms + 1, -1
                self._wall_hex = f"{self.wall_ms:012x}"
            take = min(count, 0xFFFF - self.counter)
            if self._ends is None:
                self._ends = [f"{counter:04x}{self.node}" for counter in range(0x10000)]
            first = self.counter + 1
            stamps += map(self._wall_hex.__add__, self._ends[first : first + take])
            self.counter += take
            count -= take
        return stamps


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


# A certificate to issue: (issued on as a day ordinal and as text, initiative id, review id,
# recipients' names, decision no, decision date) as bulk.py plans it; numbered and signed once
# all are known.
CertificatePlan = tuple[int, str, str, str, tuple[str, ...], str, str]


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
        seed: int,
        node_id: str,
        signing_key: bytes,
        first_seq: int,
        progress: Callable[[int, int], None],
        cancelled: Callable[[], bool],
    ) -> None:
        # rows go to the writer (build.py's), or straight into `raw` (a benchmark's own builds)
        self.insert = writer.insert if writer else partial(insert_batches, raw)
        self.n = initiatives
        self.rng = rng  # the few draws made once: the registration plan, the programme rows
        self.seed = seed
        self.chunks = 0  # generators handed out, one a chunk
        self.getrandbits = rng.getrandbits
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
        self.numbers: list[str] = []  # the certificates', once numbered
        self.registered_by_as_of = 0
        self.decisions_until = DECISIONS_UNTIL  # moved on for the register after 2023
        self.unions = demo_unions()
        self.phases = [
            (p.starts_on, p.ends_on, reference_id("phase", p.code)) for p in phase_specs()
        ]
        self.unit_ids = {s.code: reference_id("unit", s.code) for s in unit_specs()}
        self.field_ids = {code: reference_id("field", code) for code in words.TOPICS}
        self.fold = lru_cache(maxsize=1 << 18)(fold)
        self.composer: ChunkComposer | None = None  # once the people are written

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
        """id, version stamp, deleted, seq of a new row made alone (people, programmes). The id
        is str(uuid.UUID(int=rng.getrandbits(128), version=4)) written out for speed."""
        self.seq += 1
        h = f"{self.getrandbits(128):032x}"
        row_id = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:]}"
        return row_id, self.clock.tick(), 0, self.seq

    def generator(self) -> np.random.PCG64:
        """The next chunk's generator, from (seed, chunk number) alone: the same on any machine."""
        self.chunks += 1
        return np.random.PCG64(np.random.SeedSequence([self.seed, self.chunks]))

    def metas(self, bits: np.random.PCG64, count: int) -> tuple[list[str], list[str], range]:
        """(ids, stamps, seqs) of `count` new rows made together."""
        first = self.seq + 1
        self.seq += count
        return uuids(bits, count), self.clock.ticks(count), range(first, first + count)

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
            union.people = self.people_of(union, min(max(count, 1), union.initiatives))
        self.flush_rows()
        self.composer = ChunkComposer(self)

    def people_of(self, union: DemoUnion, count: int) -> list[Person]:
        """A union's people (and their rows): every draw at once, from a generator of their own."""
        bits = self.generator()
        (
            unit_d, field_d, surname_d, male_d, middle_d, given_d, number_d, job_pool_d, job_d,
            qualification_pool_d, qualification_d, member_d,
        ) = uniforms(bits, (12, count)).tolist()  # fmt: skip
        births = (BORN_FROM + between(uniforms(bits, count), 0, 13500)).astype(str).tolist()
        ids, stamps, seqs = self.metas(bits, count)
        units, choice = union.units, union.unit_choice
        fields = words.UNION_FIELDS.get(union.code, words.DEFAULT_FIELDS)
        surnames, generic_jobs = SURNAMES, words.GENERIC_JOBS
        generic_qualifications = words.GENERIC_QUALIFICATIONS
        people, rows, fold = [], self.rows["people"], self.fold
        for i in range(count):
            unit = units[choice.pick(unit_d[i])]
            field_code = fields[int(field_d[i] * len(fields))]
            surname = surnames.pick(surname_d[i])
            middles, givens = (
                (words.MALE_MIDDLE, words.MALE_GIVEN)
                if male_d[i] < 0.78
                else (words.FEMALE_MIDDLE, words.FEMALE_GIVEN)
            )
            name = (
                f"{surname} {middles[int(middle_d[i] * len(middles))]} "
                f"{givens[int(given_d[i] * len(givens))]}"
            )
            employee_no = f"{union.code}-{i + 1:05d}" if number_d[i] < 0.6 else None
            jobs = words.FIELD_JOBS.get(field_code, generic_jobs)
            jobs = jobs if job_pool_d[i] < 0.75 else generic_jobs
            qualifications = words.FIELD_QUALIFICATIONS.get(field_code, generic_qualifications)
            if qualification_pool_d[i] >= 0.75:
                qualifications = generic_qualifications
            folded = fold(name)
            rows.append(
                (
                    ids[i], stamps[i], 0, seqs[i], name, births[i], self.unit_ids[unit.code],
                    jobs[int(job_d[i] * len(jobs))],
                    qualifications[int(qualification_d[i] * len(qualifications))], employee_no,
                    int(member_d[i] < 0.96),
                    f"{folded} {employee_no.lower()}" if employee_no else folded,
                    person_key(name, births[i]),  # the lists' sort key (peoplekey, 0019)
                )
            )  # fmt: skip
            people.append(Person(ids[i], name, folded, unit, field_code))
        return people

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
        """The initiatives of `plan` with their authors and reviews, a chunk at a time."""
        plan = plan if plan is not None else self.registration_plan()
        total = len(plan)
        days = np.fromiter(map(itemgetter(0), plan), dtype=np.int64, count=total)
        unions = np.fromiter(map(itemgetter(1), plan), dtype=np.int64, count=total)
        self.registered_by_as_of += int((days <= AS_OF.toordinal()).sum())
        composer = self.composer or ChunkComposer(self)
        for start in range(0, total, CHUNK):
            done = min(start + CHUNK, total)
            composer.compose(days[start:done], unions[start:done])
            self.flush_rows()
            if done % BATCH == 0 or done == total:
                self.progress(done, total)
                if self.cancelled():
                    raise StopBuilding

    # -- certificates (numbered in order of issue once all are known) --

    def start_signing(self) -> None:
        """Number the certificates `CDDKVN-YYYY-NNNNN` by issue date, and sign each with the
        node's key (the code under the QR that `sangkien verify` checks) on other threads."""
        self.certificates.sort(key=itemgetter(0))  # stable: in order of planning within a day
        plans = self.certificates
        years = years_of(np.array([plan[0] for plan in plans], dtype=np.int64))
        serials = running_count(years, {})
        self.numbers = [
            f"{ROOT_CODE}-{year}-{serial:05d}"
            for year, serial in zip(years.tolist(), serials.tolist(), strict=True)
        ]
        node_id = self.node_id
        texts = [
            signed_text(number, initiative_id, names, decision_no, decision_date, issued_on, node_id)
            for number, (_day, issued_on, initiative_id, _review, names, decision_no, decision_date)
            in zip(self.numbers, plans, strict=True)
        ]  # fmt: skip
        self.signing = Signing(self.signing_key, texts)

    def write_certificates(self) -> None:
        """The certificates' rows, in order of issue, once their codes are signed."""
        if self.signing is None:
            self.start_signing()
        codes = self.signing.codes()
        root_id, node_id = self.unit_ids[ROOT_CODE], self.node_id
        place, signer, title = words.CERTIFICATE_PLACE, words.SIGNER_NAME, words.SIGNER_TITLE
        for start in range(0, len(codes), CHUNK):
            plans = self.certificates[start : start + CHUNK]
            ids, stamps, seqs = self.metas(self.generator(), len(plans))
            self.rows["certificates"] = [
                (
                    row_id, stamp, 0, seq, number, initiative_id, review_id, names_json(names),
                    "industry", decision_no, decision_date, issued_on, place, signer, title,
                    root_id, node_id, 0, code,
                )
                for row_id, stamp, seq, number, code, (
                    _day, issued_on, initiative_id, review_id, names, decision_no, decision_date
                ) in zip(
                    ids, stamps, seqs, self.numbers[start : start + CHUNK],
                    codes[start : start + CHUNK], plans, strict=True,
                )
            ]  # fmt: skip
            self.flush_rows()
        self.certificates.clear()
        self.signing = None


def signed_text(
    number: str,
    initiative_id: str,
    recipients: tuple[str, ...],
    decision_no: str,
    decision_date: str,
    issued_on: str,
    node_id: str,
) -> bytes:
    """SignedFields(...).canonical_text() of a numbered demo certificate, in UTF-8, without
    building the dataclass (a third of the cost of signing): tests/test_demo_signing.py checks
    they agree. The demo's words are NFC already, so their join is too."""
    return "|".join(
        (
            CODE_SCHEME, number, initiative_id, ";".join(recipients), "industry", decision_no,
            decision_date, issued_on, node_id,
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
