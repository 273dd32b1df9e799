"""Progress against a programme's targets: registered, recognised and target per unit (rolled up
the tree) and per phase, as of a date, for the whole programme, a calendar year or a quarter;
and the programme's competition clusters.

One function, `progress_stats`, answers `sangkien stats`, the dashboard, the units page and the
progress report, so all of them always show the same numbers. The programme is the one asked
for, else the one running on the date, else the latest begun by then (db.queries.programmes).

What counts toward a programme: an initiative that is not deleted, registered within the
programme's window (and the period asked for) and on or before the date, of a unit in the
programme's owner's subtree, and not a draft, withdrawn or a duplicate (vocab.NOT_COUNTED). Its
phase is the programme's phase whose dates hold its registration date. Recognised: recognised or certified, with its
recognition date on or before the date. A unit's figures include every unit below it; its target
is the sum of the targets set on it and below it.

A programme that counts "recognised" (Programme.counts) measures its progress (percent) by the
initiatives recognised or certified within its window (and the period asked for) and on or before
the date, by their recognition date (recognised_on), whenever they were registered; their phase
is the phase holding that date. Its "registered" figure stays what was registered in the window.

Read through a reader of db.compiled (issue 13): `sangkien stats` runs the builders below with
sqlite3 alone once they are compiled, the window and a server with a session; importing this
module loads no SQLAlchemy (each builder imports it inside).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from db.compiled import SessionReader
from db.messages import Message
from db.node_identity import NodeNotSetUp
from db.queries.programme_dates import live_programmes, pick_default, programme_phases
from db.vocab import NOT_COUNTED, RECOGNISED

NO_PHASE = ""  # initiatives registered in the window but outside every phase


class BadPeriod(ValueError):
    """A year or quarter that is not one ('2026Q5')."""


@dataclass(frozen=True)
class Period:
    """A calendar year or quarter the figures are restricted to."""

    label: str  # "2026", "2026Q3"
    starts_on: dt.date
    ends_on: dt.date

    @classmethod
    def year(cls, year: int) -> Period:
        if not 1990 <= year <= 2999:
            raise BadPeriod(Message("period.bad_year", year=year))
        return cls(str(year), dt.date(year, 1, 1), dt.date(year, 12, 31))

    @classmethod
    def quarter(cls, text: str) -> Period:
        """'2026Q3' (or '2026-Q3', 'q3/2026')."""
        cleaned = text.strip().upper().replace("-", "").replace(" ", "")
        if "/" in cleaned:
            left, right = cleaned.split("/", 1)
            cleaned = right + left
        if len(cleaned) != 6 or cleaned[4] != "Q" or not cleaned[:4].isdigit():
            raise BadPeriod(Message("period.bad_quarter", text=text))
        year, quarter = int(cleaned[:4]), cleaned[5]
        if quarter not in "1234":
            raise BadPeriod(Message("period.quarter_range", text=text))
        first = dt.date(year, 3 * int(quarter) - 2, 1)
        after = dt.date(year + (quarter == "4"), 1 if quarter == "4" else first.month + 3, 1)
        return cls(f"{year}Q{quarter}", first, after - dt.timedelta(days=1))


def percent_of(part: int, whole: int) -> int | None:
    """Whole percent, rounded down (3,516 of 5,400 is 65%, 99.6% is never 100%); None with no target."""
    return part * 100 // whole if whole else None


@dataclass
class Figures:
    registered: int = 0
    recognised: int = 0
    target: int = 0
    counts: str = "registered"  # what the programme counts: "registered" or "recognised"

    @property
    def counted(self) -> int:
        """What the progress is measured by: the recognised for a programme counting them."""
        return self.recognised if self.counts == "recognised" else self.registered

    @property
    def percent(self) -> int | None:
        return percent_of(self.counted, self.target)

    @property
    def ratio(self) -> float:
        """Counted over target, unrounded (what tables sort by); 0 without a target."""
        return self.counted / self.target if self.target else 0.0

    def add(self, other: Figures) -> None:
        self.registered += other.registered
        self.recognised += other.recognised
        self.target += other.target


@dataclass
class UnitStats(Figures):
    unit_id: str = ""
    code: str = ""
    name: str = ""
    level: str = ""
    parent_id: str | None = None
    cluster: str | None = None
    short_name: str | None = None
    depth: int = 0  # 0 for the unit the figures are for, 1 for its children...
    by_phase: dict[str, Figures] = field(default_factory=dict)  # phase code -> figures


@dataclass
class PhaseStats(Figures):
    code: str = ""
    name: str = ""
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None


@dataclass(frozen=True)
class ProgrammeInfo:
    code: str
    name: str
    starts_on: dt.date
    ends_on: dt.date
    counts: str
    owner_code: str


@dataclass
class ProgressStats:
    as_of: dt.date
    scope: UnitStats  # the unit asked for, with everything below it
    units: list[UnitStats]  # the scope first, then its subtree depth-first, children by code
    phases: list[PhaseStats]  # the programme's phases (and "outside the phases" when any)
    programme: ProgrammeInfo | None = None  # None only for a database with no programme
    period: Period | None = None

    @property
    def total(self) -> UnitStats:
        return self.scope

    def children(self, unit_id: str | None = None) -> list[UnitStats]:
        """The units directly below `unit_id` (the scope by default)."""
        parent = unit_id or self.scope.unit_id
        return [u for u in self.units if u.parent_id == parent]


def progress_stats(
    session: Any,
    as_of: dt.date,
    unit_code: str | None = None,
    programme_code: str | None = None,
    period: Period | None = None,
) -> ProgressStats:
    """The figures for `unit_code` (this node's unit by default) and every unit below it, in
    `programme_code` (by default the programme of `as_of`), within `period` if given.

    UnknownUnit for a code not in the unit tree, UnknownProgramme for an unknown programme.
    """
    return progress_stats_of(SessionReader(session), as_of, unit_code, programme_code, period)


def progress_stats_of(
    reader: Any,
    as_of: dt.date,
    unit_code: str | None = None,
    programme_code: str | None = None,
    period: Period | None = None,
) -> ProgressStats:
    """`progress_stats` from any reader of db.compiled (a session's, or sqlite3 alone)."""
    code = unit_code or _node_unit_code(reader)
    scope_id = _unit_id(reader, code)
    programmes = reader.rows(live_programmes)
    programme = (
        _programme_by_code(programmes, programme_code)
        if programme_code
        else _default_for(programmes, as_of, period)
    )
    units = _live_units(reader)
    phases = _phases(reader, programme)
    own = _own_figures(reader, _Counting(as_of, programme, period, reader), phases)
    ordered = _subtree(units, scope_id)
    _roll_up(ordered, own)
    phase_rows = _phase_totals(ordered[0], phases)
    if programme is not None:
        _mark_counts(ordered, phase_rows, programme.counts)
    info = _programme_info(reader, programme) if programme else None
    return ProgressStats(as_of, ordered[0], ordered, phase_rows, info, period)


# ---- builders (db/compiled.py) ------------------------------------------------------------------


def node_unit_code() -> Any:
    from sqlalchemy import select

    from db.models import NodeIdentity

    return select(NodeIdentity.unit_code)


def unit_id_by_code(code: str) -> Any:
    from sqlalchemy import select

    from db.models import Unit

    return select(Unit.id).where(Unit.code == code)


def unit_code_by_id(unit_id: str) -> Any:
    from sqlalchemy import select

    from db.models import Unit

    return select(Unit.code).where(Unit.id == unit_id)


def live_units() -> Any:
    from sqlalchemy import select

    from db.models import Unit as U

    columns = (U.id, U.code, U.name, U.level, U.parent_id, U.cluster, U.short_name)
    return select(*columns).where(U.deleted.is_(False))


def programme_overrides(programme_id: str, owner_unit_id: str) -> Any:
    """The live overrides that name the programme's owner (db.queries.programmes.overrides_of)."""
    from sqlalchemy import select

    from db.models import ProgrammeOverride as O

    return select(O.initiative_id, O.included).where(
        O.programme_id == programme_id, O.unit_id == owner_unit_id, O.deleted.is_(False)
    )


def live_targets() -> Any:
    from sqlalchemy import select

    from db.models import Target

    return select(Target.unit_id, Target.phase_id, Target.target).where(Target.deleted.is_(False))


def _counted(
    date: Any,
    window: tuple[dt.date, dt.date | None],
    outer: tuple[dt.date, dt.date | None],
    owner_unit_id: str | None,
    programme_id: str | None,
    overrides: tuple[bool, bool],
) -> list:
    """Counted initiatives whose `date` (registration, or recognition) falls in the window:
    (last, first or None), or for one counted in by an override the outer one."""
    from sqlalchemy import and_, literal, or_, select

    from db.models import Initiative
    from db.models import ProgrammeOverride as O
    from db.postgres.search import any_of  # a server: `= ANY(ARRAY(…))`, not a hash join
    from db.queries.units import subtree_ids_select

    def overridden(included: bool) -> Any:
        return select(O.initiative_id).where(
            O.programme_id == programme_id,
            O.unit_id == owner_unit_id,
            O.deleted.is_(False),
            O.included.is_(included),
        )

    conditions = [
        Initiative.deleted.is_(False),
        Initiative.status.not_in([literal(s) for s in NOT_COUNTED]),
    ]
    if date is Initiative.recognised_on:
        conditions.append(Initiative.status.in_([literal(s) for s in RECOGNISED]))
    last, first = window
    inside = [date <= last] + ([date >= first] if first else [])
    if overrides[0]:  # counted in by an override: within the period and the date only
        outer_last, outer_first = outer
        by_override = [date <= outer_last, any_of(Initiative.id, overridden(True))]
        by_override += [date >= outer_first] if outer_first else []
        conditions.append(or_(and_(*inside), and_(*by_override)))
    else:
        conditions.extend(inside)
    if overrides[1]:
        conditions.append(Initiative.id.not_in(overridden(False)))
    if owner_unit_id:
        conditions.append(any_of(Initiative.unit_id, subtree_ids_select(owner_unit_id)))
    return conditions


def counted_by_unit_and_day(
    as_of: dt.date,
    last: dt.date,
    first: dt.date | None,
    outer_last: dt.date,
    outer_first: dt.date | None,
    owner_unit_id: str | None,
    programme_id: str | None,
    included: bool,
    excluded: bool,
) -> Any:
    """Per unit and registration day: the counted, and of them the recognised by `as_of`.
    Counted in the order of ix_initiatives_stats (no sort of the counted rows, issue 13)."""
    from sqlalchemy import and_, case, func, literal, select

    from db.models import Initiative

    recognised = case(
        (
            and_(
                Initiative.status.in_([literal(s) for s in RECOGNISED]),
                Initiative.recognised_on <= as_of,
            ),
            1,
        ),
        else_=0,
    )
    day = Initiative.registered_on
    conditions = _counted(
        day,
        (last, first),
        (outer_last, outer_first),
        owner_unit_id,
        programme_id,
        (included, excluded),
    )
    return (
        select(Initiative.unit_id, day, func.count().label("registered"), func.sum(recognised))
        .where(*conditions)
        .group_by(Initiative.unit_id, day)
    )


def recognised_by_unit_and_day(
    last: dt.date,
    first: dt.date | None,
    outer_last: dt.date,
    outer_first: dt.date | None,
    owner_unit_id: str | None,
    programme_id: str | None,
    included: bool,
    excluded: bool,
) -> Any:
    """Per unit and recognition day: the recognised (a programme that counts recognitions)."""
    from sqlalchemy import func, select

    from db.models import Initiative

    on = Initiative.recognised_on
    conditions = _counted(
        on,
        (last, first),
        (outer_last, outer_first),
        owner_unit_id,
        programme_id,
        (included, excluded),
    )
    return (
        select(Initiative.unit_id, on, func.count().label("recognised"))
        .where(*conditions)
        .group_by(Initiative.unit_id, on)
    )


# ---- reading ------------------------------------------------------------------------------------


def _node_unit_code(reader: Any) -> str:
    row = reader.first(node_unit_code)
    if row is None:
        raise NodeNotSetUp(Message("setup.not_set_up"))
    return row.unit_code


def _unit_id(reader: Any, code: str) -> str:
    row = reader.first(unit_id_by_code, code=code.strip().upper())
    if row is None:
        from db.queries.units import UnknownUnit

        raise UnknownUnit(code)
    return row.id


def _programme_by_code(programmes: list[Any], code: str) -> Any:
    wanted = (code or "").strip().upper()
    found = next((p for p in programmes if p.code == wanted), None)
    if found is None:
        from db.queries.programmes import UnknownProgramme

        raise UnknownProgramme(code, [p.code for p in programmes])
    return found


def _default_for(programmes: list[Any], as_of: dt.date, period: Period | None) -> Any | None:
    """The programme of `as_of`; for a year or quarter no programme touches, none: the whole
    register of that period (2024 lies between two programmes and is still reported)."""
    programme = pick_default(programmes, as_of)
    if programme is None or period is None:
        return programme
    if programme.starts_on <= period.ends_on and period.starts_on <= programme.ends_on:
        return programme
    return None


def _mark_counts(units: list[UnitStats], phases: list[PhaseStats], counts: str) -> None:
    """Every figure of the programme measures what the programme counts."""
    for figures in [*units, *phases, *(f for u in units for f in u.by_phase.values())]:
        figures.counts = counts


def _programme_info(reader: Any, programme: Any) -> ProgrammeInfo:
    owner = reader.first(unit_code_by_id, unit_id=programme.owner_unit_id)
    return ProgrammeInfo(
        programme.code,
        programme.name,
        programme.starts_on,
        programme.ends_on,
        programme.counts,
        owner.code if owner else "",
    )


class _Counting:
    """Which initiatives count: the registration dates and units of the programme and period."""

    def __init__(
        self, as_of: dt.date, programme: Any | None, period: Period | None, reader: Any
    ) -> None:
        self.as_of = as_of
        self.period = period
        first, last = dt.date.min, as_of
        if programme is not None:
            first, last = max(first, programme.starts_on), min(last, programme.ends_on)
        if period is not None:
            first, last = max(first, period.starts_on), min(last, period.ends_on)
        self.first, self.last = first, last
        # an initiative a clerk counted in despite the window: only the period and date bound it
        self.outer_first = period.starts_on if period is not None else dt.date.min
        self.outer_last = min(as_of, period.ends_on) if period is not None else as_of
        self.owner_unit_id = programme.owner_unit_id if programme else None
        self.programme_id = programme.id if programme else None
        self.by_recognition = programme is not None and programme.counts == "recognised"
        overrides = (
            reader.rows(
                programme_overrides, programme_id=programme.id, owner_unit_id=self.owner_unit_id
            )
            if programme
            else []
        )
        self.included = any(row.included for row in overrides)
        self.excluded = any(not row.included for row in overrides)

    def share_of(self, phase: Any) -> float:
        """The part of a phase's target that falls in the period: a quarter's share of a year's
        phase is about a quarter of its target (1 without a period)."""
        if self.period is None:
            return 1.0
        first = max(phase.starts_on, self.period.starts_on)
        last = min(phase.ends_on, self.period.ends_on)
        length = (phase.ends_on - phase.starts_on).days + 1
        return max((last - first).days + 1, 0) / length if length > 0 else 0.0

    def values(self) -> dict[str, Any]:
        """The values of the counting builders (a date that bounds nothing: None)."""
        return {
            "last": self.last,
            "first": self.first if self.first > dt.date.min else None,
            "outer_last": self.outer_last,
            "outer_first": self.outer_first if self.outer_first > dt.date.min else None,
            "owner_unit_id": self.owner_unit_id,
            "programme_id": self.programme_id if self.included or self.excluded else None,
            "included": self.included,
            "excluded": self.excluded,
        }


def _live_units(reader: Any) -> dict[str, UnitStats]:
    return {
        row.id: UnitStats(
            unit_id=row.id,
            code=row.code,
            name=row.name,
            level=row.level,
            parent_id=row.parent_id,
            cluster=row.cluster,
            short_name=row.short_name,
        )
        for row in reader.rows(live_units)
    }


def _phases(reader: Any, programme: Any | None) -> dict[str, Any]:
    """phase id -> phase of the programme, in phase order (none without a programme)."""
    if programme is None:
        return {}
    return {phase.id: phase for phase in reader.rows(programme_phases, programme_id=programme.id)}


def _phase_of_day(phases: dict[str, Any]):
    """day -> the code of the first phase (in phase order) whose dates hold it, else NO_PHASE."""
    spans = [(p.starts_on, p.ends_on, p.code) for p in phases.values()]
    known: dict[dt.date | None, str] = {}

    def phase_of(day: dt.date | None) -> str:
        code = known.get(day)
        if code is None:
            found = (c for first, last, c in spans if day is not None and first <= day <= last)
            code = known[day] = next(found, NO_PHASE)
        return code

    return phase_of


def _own_figures(
    reader: Any, counting: _Counting, phases: dict[str, Any]
) -> dict[str, dict[str, Figures]]:
    """unit id -> phase code -> the figures of that unit alone (not its sub-units).

    Counted per unit and day, in the order of ix_initiatives_stats (no sort of the counted rows,
    issue 13), and each day given its phase here: a few tens of thousands of groups at most."""
    own: dict[str, dict[str, Figures]] = defaultdict(lambda: defaultdict(Figures))
    phase_of = _phase_of_day(phases)
    values = counting.values()
    counts = reader.rows(counted_by_unit_and_day, as_of=counting.as_of, **values)
    for unit_id, registered_on, registered, recognised_count in counts:
        figures = own[unit_id][phase_of(registered_on)]
        figures.registered += registered
        if not counting.by_recognition:
            figures.recognised += recognised_count or 0
    if counting.by_recognition:
        for unit_id, recognised_on, recognised_count in reader.rows(
            recognised_by_unit_and_day, **values
        ):
            own[unit_id][phase_of(recognised_on)].recognised += recognised_count
    shares = {pid: counting.share_of(phase) for pid, phase in phases.items()}
    for unit_id, phase_id, target in reader.rows(live_targets):
        if phase_id in phases:
            own[unit_id][phases[phase_id].code].target += round(target * shares[phase_id])
    return own


# ---- rolling up ---------------------------------------------------------------------------------


def _subtree(units: dict[str, UnitStats], scope_id: str) -> list[UnitStats]:
    """The scope and every unit below it, depth-first with children by code."""
    children: dict[str, list[UnitStats]] = defaultdict(list)
    for unit in sorted(units.values(), key=lambda u: u.code):
        if unit.parent_id:
            children[unit.parent_id].append(unit)
    ordered: list[UnitStats] = []
    stack = [(units[scope_id], 0)]
    seen: set[str] = set()
    while stack:
        unit, depth = stack.pop()
        if unit.unit_id in seen:  # a cycle in bad data must not hang
            continue
        seen.add(unit.unit_id)
        unit.depth = depth
        ordered.append(unit)
        stack.extend((child, depth + 1) for child in reversed(children[unit.unit_id]))
    return ordered


def _roll_up(ordered: list[UnitStats], own: dict[str, dict[str, Figures]]) -> None:
    """Each unit's figures: its own plus everything below it (children come after parents in
    `ordered`, so walking it backwards adds each unit into its parent once it is complete)."""
    by_id = {unit.unit_id: unit for unit in ordered}
    for unit in ordered:
        for phase_code, figures in own.get(unit.unit_id, {}).items():
            unit.by_phase.setdefault(phase_code, Figures()).add(figures)
            unit.add(figures)
    for unit in reversed(ordered[1:]):
        parent = by_id.get(unit.parent_id or "")
        if parent is None:
            continue
        parent.add(unit)
        for phase_code, figures in unit.by_phase.items():
            parent.by_phase.setdefault(phase_code, Figures()).add(figures)


def _phase_totals(scope: UnitStats, phases: dict[str, Any]) -> list[PhaseStats]:
    rows = []
    for phase in phases.values():
        figures = scope.by_phase.get(phase.code, Figures())
        rows.append(
            PhaseStats(
                figures.registered,
                figures.recognised,
                figures.target,
                code=phase.code,
                name=phase.name,
                starts_on=phase.starts_on,
                ends_on=phase.ends_on,
            )
        )
    outside = scope.by_phase.get(NO_PHASE)
    if outside and (outside.registered or outside.recognised):
        rows.append(PhaseStats(outside.registered, outside.recognised, 0, code=NO_PHASE, name=""))
    return rows


def stats_as_json(stats: ProgressStats) -> dict:
    """The figures as `sangkien stats --json` prints them (and the report and tests read them)."""

    def figures(f: Figures) -> dict:
        return {
            "registered": f.registered,
            "recognised": f.recognised,
            "target": f.target,
            "percent": f.percent,
        }

    codes = {u.unit_id: u.code for u in stats.units}
    programme = stats.programme
    return {
        "as_of": stats.as_of.isoformat(),
        "programme": None
        if programme is None
        else {
            "code": programme.code,
            "name": programme.name,
            "starts_on": programme.starts_on.isoformat(),
            "ends_on": programme.ends_on.isoformat(),
            "counts": programme.counts,
            "owner": programme.owner_code,
        },
        "period": None
        if stats.period is None
        else {
            "label": stats.period.label,
            "starts_on": stats.period.starts_on.isoformat(),
            "ends_on": stats.period.ends_on.isoformat(),
        },
        "unit": stats.scope.code,
        "total": figures(stats.scope),
        "phases": [{"phase": p.code or None, "name": p.name, **figures(p)} for p in stats.phases],
        "units": [
            {
                "code": u.code,
                "name": u.name,
                "level": u.level,
                "depth": u.depth,
                "parent": codes.get(u.parent_id or "") if u.depth else None,
                **figures(u),
                "phases": {code or "none": figures(f) for code, f in sorted(u.by_phase.items())},
            }
            for u in stats.units
        ],
    }


# ---- competition clusters ---------------------------------------------------------------------


@dataclass
class ClusterStats:
    """A competition cluster (cụm thi đua): its units and those that beat their own target."""

    name: str
    units: int = 0
    units_over_target: int = 0
    registered: int = 0  # by all its units
    by_units_over_target: int = 0  # what the recognition ranks clusters by

    @property
    def label(self) -> str:
        from db.messages import Label

        return self.name or Label("stats.no_cluster")


def cluster_stats(stats: ProgressStats) -> list[ClusterStats]:
    """Each cluster of the units in the figures, the leader first: the cluster whose units that
    beat their own target registered the most (the programme's quarterly recognition)."""
    clusters: dict[str, ClusterStats] = {}
    for unit in stats.units[1:]:
        if not unit.cluster:
            continue
        cluster = clusters.setdefault(unit.cluster, ClusterStats(unit.cluster))
        cluster.units += 1
        cluster.registered += unit.registered
        if unit.target and unit.registered >= unit.target:
            cluster.units_over_target += 1
            cluster.by_units_over_target += unit.registered
    return sorted(clusters.values(), key=lambda c: (-c.by_units_over_target, -c.registered, c.name))


def clusters_as_json(stats: ProgressStats) -> list[dict]:
    return [
        {
            "cluster": c.name,
            "units": c.units,
            "units_over_target": c.units_over_target,
            "registered": c.registered,
            "registered_by_units_over_target": c.by_units_over_target,
            "leader": rank == 0 and c.by_units_over_target > 0,
        }
        for rank, c in enumerate(cluster_stats(stats))
    ]
