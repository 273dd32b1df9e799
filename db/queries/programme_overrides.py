"""What counts toward a programme, and a clerk's exceptions to it (issue 12).

An initiative counts toward every programme whose window holds its registration date and whose
owner's subtree holds its unit (db/queries/stats.py). A clerk may override that for one
initiative and one programme: leave it out ("exclude"), or count one of the programme's units
registered outside its window ("include"). The override is a synced record (ProgrammeOverride).

Who may: the rule is the programme's own. A node may override only when its unit is the
programme's owner or a unit above it, the same nodes that may change the programme. The override
carries the owner's unit (`unit_id`), so a child's package is checked by the OWN rule like any
other record of that unit (db/sync/authority.py): a node below the owner is refused there too,
and the figures honour only overrides that name the programme's current owner.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.changes import RecordWriter
from db.messages import Message
from db.models import Initiative, Programme, ProgrammeOverride, Unit
from db.node import this_node
from db.queries.initiatives import initiative_by_key
from db.queries.programmes import live_programmes, overrides_of, programme_by_code
from db.queries.units import subtree_ids
from db.validation import Problem, ValidationFailed
from db.vocab import NOT_COUNTED

_NAMESPACE = uuid.UUID("0f1f9c5e-5b8e-4a55-9a51-6c1f0e2a7d12")


def override_id(programme_id: str, initiative_id: str) -> str:
    """One override per programme and initiative, wherever it is recorded."""
    return str(uuid.uuid5(_NAMESPACE, f"{programme_id}|{initiative_id}"))


def may_override(session: Session, programme: Programme) -> bool:
    """This node's unit is the programme's owner or a unit above it."""
    node_unit = session.scalar(select(Unit.id).where(Unit.code == this_node(session).unit_code))
    return node_unit is not None and programme.owner_unit_id in subtree_ids(session, node_unit)


def set_override(
    session: Session,
    programme_code: str,
    initiative_key: str,
    included: bool | None,
    actor: str,
    reason: str | None = None,
) -> ProgrammeOverride | None:
    """Count (`included` True) or leave out (False) an initiative in a programme; None clears
    the override. Refused (nothing written) from a node below the programme's owner, and for an
    initiative outside the programme's units."""
    programme = programme_by_code(session, programme_code)
    initiative = initiative_by_key(session, initiative_key)
    owner = session.get(Unit, programme.owner_unit_id)
    owner_code = owner.code if owner else "?"
    if not may_override(session, programme):
        said = Message("programme.override_not_allowed", programme=programme.code, owner=owner_code)
        raise ValidationFailed([Problem.said("programme", "override_not_allowed", said)])
    if initiative.unit_id not in subtree_ids(session, programme.owner_unit_id):
        said = Message(
            "programme.override_outside_scope",
            reg_no=initiative.reg_no,
            programme=programme.code,
            owner=owner_code,
        )
        raise ValidationFailed([Problem.said("programme", "override_outside_scope", said)])
    writer = RecordWriter(session, actor)
    existing = session.get(ProgrammeOverride, override_id(programme.id, initiative.id))
    if included is None:
        if existing is not None:
            writer.delete(existing)
        return None
    values = {
        "programme_id": programme.id,
        "initiative_id": initiative.id,
        "unit_id": programme.owner_unit_id,
        "included": included,
        "reason": reason,
    }
    if existing is None:
        return writer.create(
            ProgrammeOverride, id=override_id(programme.id, initiative.id), **values
        )
    writer.restore(existing)
    writer.update(existing, **values)
    return existing


@dataclass(frozen=True)
class Membership:
    """A programme an initiative counts toward, and whether an override says so."""

    code: str
    name: str
    overridden: bool


def programmes_of(session: Session, initiative: Initiative) -> list[Membership]:
    """The programmes `initiative` counts toward (its window and scope, and the overrides)."""
    found: list[Membership] = []
    if initiative.deleted or initiative.status in NOT_COUNTED:
        return found
    for programme in live_programmes(session):
        if initiative.unit_id not in subtree_ids(session, programme.owner_unit_id):
            continue
        included, excluded = overrides_of(session, programme)
        in_window = programme.starts_on <= initiative.registered_on <= programme.ends_on
        if initiative.id in excluded:
            continue
        if in_window or initiative.id in included:
            found.append(Membership(programme.code, programme.name, not in_window))
    return found


def counts_toward(session: Session, initiative_key: str) -> list[Membership]:
    return programmes_of(session, initiative_by_key(session, initiative_key))


def overrides_listing(session: Session, programme: Programme) -> list[dict]:
    """The live overrides of `programme` as `programme show` lists them, by registration number."""
    rows = session.execute(
        select(Initiative.reg_no, ProgrammeOverride.included, ProgrammeOverride.reason)
        .join(Initiative, Initiative.id == ProgrammeOverride.initiative_id)
        .where(
            ProgrammeOverride.programme_id == programme.id,
            ProgrammeOverride.unit_id == programme.owner_unit_id,
            ProgrammeOverride.deleted.is_(False),
        )
        .order_by(Initiative.reg_no)
    )
    return [{"reg_no": r, "included": bool(i), "reason": why} for r, i, why in rows]
