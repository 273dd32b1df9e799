"""Progress against the programme's targets: registered, recognised and target per unit (rolled up
the tree) and per phase, as of a date.

One function, `progress_stats`, answers `sangkien stats`, the dashboard, the units page and the
progress report, so all of them always show the same numbers.

What counts: an initiative that is not deleted, registered on or before the date, and not a draft,
withdrawn or a duplicate (vocab.NOT_COUNTED). Recognised: recognised or certified, with its
recognition date on or before the date. A unit's figures include every unit below it; its target
is the sum of the targets set on it and below it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from db.models import Initiative, Phase, Target, Unit
from db.node import this_node
from db.queries.units import unit_by_code
from db.vocab import NOT_COUNTED, RECOGNISED

NO_PHASE = ""  # initiatives registered outside both phases


def percent_of(part: int, whole: int) -> int | None:
    """Whole percent, rounded down (3,516 of 5,400 is 65%, 99.6% is never 100%); None with no target."""
    return part * 100 // whole if whole else None


@dataclass
class Figures:
    registered: int = 0
    recognised: int = 0
    target: int = 0

    @property
    def percent(self) -> int | None:
        return percent_of(self.registered, self.target)

    @property
    def ratio(self) -> float:
        """Registered over target, unrounded (what tables sort by); 0 without a target."""
        return self.registered / self.target if self.target else 0.0

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
    depth: int = 0  # 0 for the unit the figures are for, 1 for its children...
    by_phase: dict[str, Figures] = field(default_factory=dict)  # phase code -> figures


@dataclass
class PhaseStats(Figures):
    code: str = ""
    name: str = ""
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None


@dataclass
class ProgressStats:
    as_of: dt.date
    scope: UnitStats  # the unit asked for, with everything below it
    units: list[UnitStats]  # the scope first, then its subtree depth-first, children by code
    phases: list[PhaseStats]  # phase 1, phase 2 (and "outside the phases" when there are any)

    @property
    def total(self) -> UnitStats:
        return self.scope

    def children(self, unit_id: str | None = None) -> list[UnitStats]:
        """The units directly below `unit_id` (the scope by default)."""
        parent = unit_id or self.scope.unit_id
        return [u for u in self.units if u.parent_id == parent]


def progress_stats(session: Session, as_of: dt.date, unit_code: str | None = None) -> ProgressStats:
    """The figures for `unit_code` (this node's unit by default) and every unit below it.

    UnknownUnit for a code not in the unit tree.
    """
    code = unit_code or this_node(session).unit_code
    scope_id = unit_by_code(session, code).id
    units = _live_units(session)
    phases = _phases(session)
    own = _own_figures(session, as_of, phases)
    ordered = _subtree(units, scope_id)
    _roll_up(ordered, own)
    phase_rows = _phase_totals(ordered[0], phases)
    return ProgressStats(as_of, ordered[0], ordered, phase_rows)


# ---- reading ------------------------------------------------------------------------------------


def _live_units(session: Session) -> dict[str, UnitStats]:
    query = select(Unit.id, Unit.code, Unit.name, Unit.level, Unit.parent_id).where(
        Unit.deleted.is_(False)
    )
    return {
        row.id: UnitStats(
            unit_id=row.id, code=row.code, name=row.name, level=row.level, parent_id=row.parent_id
        )
        for row in session.execute(query)
    }


def _phases(session: Session) -> dict[str, Phase]:
    """phase id -> phase, in phase order."""
    query = select(Phase).where(Phase.deleted.is_(False)).order_by(Phase.starts_on, Phase.code)
    return {phase.id: phase for phase in session.scalars(query)}


def _own_figures(
    session: Session, as_of: dt.date, phases: dict[str, Phase]
) -> dict[str, dict[str, Figures]]:
    """unit id -> phase code -> the figures of that unit alone (not its sub-units)."""
    own: dict[str, dict[str, Figures]] = defaultdict(lambda: defaultdict(Figures))
    recognised = case(
        (and_(Initiative.status.in_(RECOGNISED), Initiative.recognised_on <= as_of), 1), else_=0
    )
    counts = (
        select(Initiative.unit_id, Initiative.phase_id, func.count(), func.sum(recognised))
        .where(
            Initiative.deleted.is_(False),
            Initiative.registered_on <= as_of,
            Initiative.status.not_in(NOT_COUNTED),
        )
        .group_by(Initiative.unit_id, Initiative.phase_id)
    )
    for unit_id, phase_id, registered, recognised_count in session.execute(counts):
        figures = own[unit_id][_phase_code(phases, phase_id)]
        figures.registered += registered
        figures.recognised += recognised_count or 0
    targets = select(Target.unit_id, Target.phase_id, Target.target).where(
        Target.deleted.is_(False)
    )
    for unit_id, phase_id, target in session.execute(targets):
        if phase_id in phases:
            own[unit_id][phases[phase_id].code].target += target
    return own


def _phase_code(phases: dict[str, Phase], phase_id: str | None) -> str:
    phase = phases.get(phase_id or "")
    return phase.code if phase else NO_PHASE


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


def _phase_totals(scope: UnitStats, phases: dict[str, Phase]) -> list[PhaseStats]:
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
    if outside and outside.registered:
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
    return {
        "as_of": stats.as_of.isoformat(),
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
