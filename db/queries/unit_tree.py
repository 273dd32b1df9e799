"""The unit tree as the units page and the unit pickers show it: every unit in tree order with its
depth, its own per-phase targets, and the phases (no Qt here)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Phase, Programme, Target, Unit
from db.queries.browse import Choice


@dataclass(frozen=True)
class PhaseInfo:
    id: str
    code: str
    name: str
    starts_on: dt.date
    ends_on: dt.date


@dataclass
class UnitEntry:
    id: str
    code: str
    name: str
    short_name: str
    parent_id: str | None
    level: str
    site_type: str | None
    cluster: str
    member_count: int
    active: bool
    depth: int = 0
    targets: dict[str, int] = field(default_factory=dict)  # phase id -> this unit's own target


def live_phases(session: Session, programme_code: str | None = None) -> list[PhaseInfo]:
    """The phases (of one programme, when its code is given), in date order."""
    query = select(Phase).where(Phase.deleted.is_(False)).order_by(Phase.starts_on)
    if programme_code:
        query = query.join(Programme, Programme.id == Phase.programme_id).where(
            Programme.code == programme_code
        )
    return [PhaseInfo(p.id, p.code, p.name, p.starts_on, p.ends_on) for p in session.scalars(query)]


def _entry(unit: Unit) -> UnitEntry:
    return UnitEntry(
        unit.id,
        unit.code,
        unit.name,
        unit.short_name or "",
        unit.parent_id,
        unit.level,
        unit.site_type,
        unit.cluster or "",
        unit.member_count or 0,
        bool(unit.active),
    )


def own_targets(session: Session) -> dict[str, dict[str, int]]:
    """unit id -> {phase id: target} of the live target rows."""
    targets: dict[str, dict[str, int]] = defaultdict(dict)
    query = select(Target.unit_id, Target.phase_id, Target.target).where(Target.deleted.is_(False))
    for unit_id, phase_id, value in session.execute(query):
        targets[unit_id][phase_id] = value
    return targets


def unit_tree(session: Session, root_id: str | None = None) -> list[UnitEntry]:
    """Live units depth-first (children by code), each with its depth below the top shown; from
    `root_id` down when given, else the whole tree."""
    units = [_entry(u) for u in session.scalars(select(Unit).where(Unit.deleted.is_(False)))]
    targets = own_targets(session)
    children: dict[str | None, list[UnitEntry]] = defaultdict(list)
    known = {u.id for u in units}
    for unit in sorted(units, key=lambda u: u.code):
        unit.targets = targets.get(unit.id, {})
        children[unit.parent_id if unit.parent_id in known else None].append(unit)
    tops = [u for u in units if u.id == root_id] if root_id else children[None]
    ordered: list[UnitEntry] = []
    for top in tops:
        _walk(top, 0, children, ordered, set())
    return ordered


def _walk(unit: UnitEntry, depth: int, children: dict, ordered: list, seen: set[str]) -> None:
    if unit.id in seen:  # a cycle in bad data must not hang the page
        return
    seen.add(unit.id)
    unit.depth = depth
    ordered.append(unit)
    for child in children.get(unit.id, []):
        _walk(child, depth + 1, children, ordered, seen)


def unit_choices(session: Session, root_id: str | None = None) -> list[Choice]:
    """The units a picker offers: `root_id`'s subtree (or every unit), as browse.Choice."""
    return [Choice(u.id, u.code, u.name, u.parent_id) for u in unit_tree(session, root_id)]


def editable_unit_ids(session: Session) -> set[str]:
    """The units this node may change: its own unit and every unit below it (the rule of
    db.queries.targets.can_edit_unit, for the whole tree at once)."""
    from db.node import this_node
    from db.queries.targets import node_unit_id
    from db.queries.units import subtree_ids

    own = node_unit_id(session, this_node(session))
    return set(subtree_ids(session, own)) if own else set()


@dataclass(frozen=True)
class NameSpan:
    name: str
    short_name: str
    valid_from: dt.date | None  # None: since records began
    valid_to: dt.date | None  # None: still in use


def names_over_time(session: Session, unit_id: str) -> list[NameSpan]:
    """The unit's names, newest first: the current one, then its history."""
    from db.queries.targets import EARLIEST, name_history

    unit = session.get(Unit, unit_id)
    history = name_history(session, unit_id)
    since = history[-1].valid_to if history else None
    spans = [NameSpan(unit.name, unit.short_name or "", since, None)] if unit else []
    for old in reversed(history):
        start = None if old.valid_from == EARLIEST else old.valid_from
        spans.append(NameSpan(old.name, old.short_name or "", start, old.valid_to))
    return spans
