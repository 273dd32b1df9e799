"""Targets per unit and phase, a unit's renaming with its name history, and who may change them.

A node may edit its own unit and the units below it; headquarters (the node serving the root
unit) edits all. The sync code applies the same rule to packages.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.changes import RecordWriter
from db.messages import Label, Message
from db.models import NodeIdentity, Phase, Target, Unit, UnitName
from db.node import this_node
from db.queries.units import is_within
from db.validation import Problem, missing_record, raise_if

# The start of a unit's first name, when nobody recorded it: "since records began".
EARLIEST = dt.date(1900, 1, 1)
_TARGET_NAMESPACE = uuid.UUID("3d8e1f0a-6b2c-4e9d-a571-0c4f8b2e7d95")


def target_id(unit_id: str, phase_id: str) -> str:
    """One id per unit and phase, wherever the target is first set: headquarters and a union
    setting a site's target before hearing of each other write one record (the later wins),
    not two that each refuses as a taken unit and phase."""
    return str(uuid.uuid5(_TARGET_NAMESPACE, f"{unit_id}|{phase_id}"))


def node_unit_id(session: Session, node: NodeIdentity) -> str | None:
    """The id of the unit a node serves (by its recorded id, else by its unit code)."""
    if node.unit_id and session.get(Unit, node.unit_id) is not None:
        return node.unit_id
    return session.scalar(select(Unit.id).where(Unit.code == node.unit_code))


def can_edit_unit(session: Session, node: NodeIdentity, unit_id: str) -> bool:
    """True when `unit_id` is the node's own unit or below it (the root node: every unit)."""
    own = node_unit_id(session, node)
    return own is not None and is_within(session, unit_id, own)


def _authority_problems(session: Session, unit: Unit) -> list[Problem]:
    node = this_node(session)
    if can_edit_unit(session, node, unit.id):
        return []
    return [
        Problem.said(
            "unit_id",
            "not_authorised",
            Message("validation.unit_not_authorised", own=node.unit_code, unit=unit.code),
        )
    ]


def _unit(session: Session, unit_id: str) -> Unit:
    unit = session.get(Unit, unit_id)
    raise_if([missing_record("unit_id", "what.unit", unit_id)] if unit is None else [])
    return unit


# ---- targets -------------------------------------------------------------------------------------


def set_target(
    session: Session, unit_id: str, phase_id: str, value: int, actor: str = ""
) -> Target:
    """Set (or change) the number of initiatives `unit_id` is to register in `phase_id`."""
    from db.unit_authority import local_above_problems

    unit = _unit(session, unit_id)
    problems = _authority_problems(session, unit) or local_above_problems(
        session, unit.id, Label("what.targets")
    )
    if session.get(Phase, phase_id) is None:
        problems.append(missing_record("phase_id", "what.phase", phase_id))
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        problems.append(
            Problem.said(
                "target", "target_range", Message("validation.target_range", value=repr(value))
            )
        )
    raise_if(problems)
    writer = RecordWriter(session, actor)
    row = session.scalar(
        select(Target).where(Target.unit_id == unit_id, Target.phase_id == phase_id)
    )
    if row is None:
        new_id = target_id(unit_id, phase_id)
        return writer.create(Target, id=new_id, unit_id=unit_id, phase_id=phase_id, target=value)
    writer.restore(row)
    writer.update(row, target=value)
    return row


# ---- names ---------------------------------------------------------------------------------------


def name_history(session: Session, unit_id: str) -> list[UnitName]:
    """The unit's earlier names, oldest first."""
    query = select(UnitName).where(UnitName.unit_id == unit_id, UnitName.deleted.is_(False))
    return list(session.scalars(query.order_by(UnitName.valid_from, UnitName.id)))


def unit_name_on(session: Session, unit_id: str, day: dt.date) -> tuple[str, str | None]:
    """(name, short name) the unit bore on `day` (a certificate prints the name of its date)."""
    for old in name_history(session, unit_id):
        if old.valid_from <= day and (old.valid_to is None or day < old.valid_to):
            return old.name, old.short_name
    unit = _unit(session, unit_id)
    return unit.name, unit.short_name


def rename_unit(
    session: Session,
    unit_id: str,
    name: str,
    short_name: str | None,
    valid_from: dt.date,
    actor: str = "",
) -> Unit:
    """Give the unit a new name from `valid_from`; the old name is kept as a UnitName row valid
    until then."""
    unit = _unit(session, unit_id)
    name, short_name = (name or "").strip(), (short_name or "").strip() or None
    history = name_history(session, unit_id)
    since = (history[-1].valid_to if history else None) or EARLIEST
    problems = _authority_problems(session, unit) + _rename_problems(name, valid_from, since)
    raise_if(problems)
    writer = RecordWriter(session, actor)
    writer.create(
        UnitName,
        unit_id=unit.id,
        name=unit.name,
        short_name=unit.short_name,
        valid_from=since,
        valid_to=valid_from,
    )
    writer.update(unit, name=name, short_name=short_name)
    return unit


def _rename_problems(name: str, valid_from: dt.date, since: dt.date) -> list[Problem]:
    problems = []
    if not name:
        problems.append(Problem.said("name", "required", Message("validation.new_name")))
    if not isinstance(valid_from, dt.date):
        problems.append(Problem.said("valid_from", "required", Message("validation.renamed_on")))
    elif valid_from <= since and since != EARLIEST:
        problems.append(
            Problem.said(
                "valid_from",
                "before_history",
                Message("validation.rename_before_history", day=valid_from, since=since),
            )
        )
    return problems
