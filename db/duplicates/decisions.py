"""A person's verdict on two initiatives: the same initiative, or different ones; and its undoing.

The first filing wins (Nghị định 13/2012, Điều 4): of the two, the one registered earlier (then
the one applied earlier, then the lower registration number) is the original; "same" makes the
other Trùng lặp with duplicate_of_id the original, remembering its status before. "different" is
remembered so the pair is never proposed again. Undo tombstones the decision and puts the later
filing's status back. Each is one transaction through RecordWriter: synced and in the audit trail.
Only the council of a unit owning both initiatives decides (this node's unit, like a review).
A later filing a council has decided (recognised, not recognised, certified) is not made a
duplicate: its status follows from the decision on every node (db/recognition.py), so the other
nodes would show it decided while this one showed it a duplicate.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from db.changes import RecordWriter
from db.messages import Message
from db.models import DuplicateDecision, Initiative, Unit
from db.node import this_node
from db.queries.initiatives import get_initiative
from db.queries.reviews import settle_recognition
from db.queries.units import is_within
from db.recognition import DECISIONS
from db.validation import Problem, raise_if
from db.vocab import STATUS

VERDICTS = ("same", "different")
_PAIR_NAMESPACE = uuid.UUID("6f1c2a4e-9b0d-4f5e-8a37-5d1e0c2b9a14")
# The council level of a unit (a site's is its base union's: base level).
COUNCIL_LEVEL = {
    "industry": "industry",
    "subordinate": "subordinate",
    "base": "base",
    "site": "base",
}


def pair_id(a: str, b: str) -> str:
    """One id per pair, whichever order and wherever it is decided."""
    low, high = sorted((a, b))
    return str(uuid.uuid5(_PAIR_NAMESPACE, f"{low}|{high}"))


def first_filed(a: Initiative, b: Initiative) -> tuple[Initiative, Initiative]:
    """(earlier, later) by the first-filer rule."""

    def key(i: Initiative) -> tuple:
        return (i.registered_on, i.first_applied_on or dt.date.max, i.reg_no)

    return (a, b) if key(a) <= key(b) else (b, a)


def _problem(code: str, **params: Any) -> Problem:
    return Problem.said("duplicate", code, Message(f"duplicates.{code}", **params))


@dataclass(frozen=True)
class DecisionResult:
    decision: DuplicateDecision
    original: Initiative
    later: Initiative


def decision_for(session: Session, a: str, b: str) -> DuplicateDecision | None:
    return session.get(DuplicateDecision, pair_id(a, b))


def _council(session: Session, *initiatives: Initiative) -> Unit:
    """This node's unit, when it owns both initiatives' units (else a clear refusal)."""
    node = this_node(session)
    unit = session.get(Unit, node.unit_id) if node.unit_id else None
    if unit is None or not all(is_within(session, i.unit_id, unit.id) for i in initiatives):
        raise_if([_problem("authority")])
    return unit


def decide_pair(
    session: Session, a_id: str, b_id: str, verdict: str, actor: str = "", note: str | None = None
) -> DecisionResult:
    """Record a person's verdict on two initiatives (one transaction: the caller's)."""
    if verdict not in VERDICTS:
        raise_if([_problem("verdict")])
    a, b = get_initiative(session, a_id), get_initiative(session, b_id)
    if a.id == b.id:
        raise_if([_problem("same_row")])
    unit = _council(session, a, b)
    original, later = first_filed(a, b)
    if verdict == "same" and later.duplicate_of_id not in (None, original.id):
        raise_if([_problem("already_duplicate", reg_no=later.reg_no)])
    if verdict == "same" and later.status in DECISIONS:  # the flow: a decision stays decided
        status = STATUS.term(later.status)
        raise_if([_problem("decided", reg_no=later.reg_no, status=status)])
    existing = decision_for(session, a.id, b.id)
    _raise_if_decided_above(session, existing, unit)
    writer = RecordWriter(session, actor)
    if existing is not None and not existing.deleted:
        _undo_effects(writer, existing)
    values = {
        "initiative_id": later.id,
        "original_id": original.id,
        "verdict": verdict,
        "level": COUNCIL_LEVEL.get(unit.level, "base"),
        "unit_id": unit.id,
        "decided_on": dt.date.today(),
        "previous_status": later.status if verdict == "same" else None,
        "note": note,
    }
    if existing is None:
        decision = writer.create(DuplicateDecision, id=pair_id(a.id, b.id), **values)
    else:
        writer.restore(existing)
        writer.update(existing, **values)
        decision = existing
    if verdict == "same":
        writer.update(later, status="duplicate", duplicate_of_id=original.id)
    return DecisionResult(decision, original, later)


def undo_decision(session: Session, a_id: str, b_id: str, actor: str = "") -> DecisionResult:
    """Reverse a decision: the later filing gets back the status it had; the pair may be
    proposed again."""
    a, b = get_initiative(session, a_id), get_initiative(session, b_id)
    decision = decision_for(session, a.id, b.id)
    if decision is None or decision.deleted:
        raise_if([_problem("not_decided", a=a.reg_no, b=b.reg_no)])
    _raise_if_decided_above(session, decision, _council(session, a, b))
    writer = RecordWriter(session, actor)
    _undo_effects(writer, decision)
    writer.delete(decision)
    original, later = first_filed(a, b)
    return DecisionResult(decision, original, later)


def _raise_if_decided_above(
    session: Session, decision: DuplicateDecision | None, council: Unit
) -> None:
    """A decision in force made by a council above this one is changed or undone only there
    (or above): its parent would refuse this node's change to it."""
    if decision is None or decision.deleted or is_within(session, decision.unit_id, council.id):
        return
    above = session.get(Unit, decision.unit_id)
    raise_if([_problem("decided_above", unit=above.code if above else "?")])


def _undo_effects(writer: RecordWriter, decision: DuplicateDecision) -> None:
    if decision.verdict != "same":
        return
    later = writer.session.get(Initiative, decision.initiative_id)
    if later is not None and later.duplicate_of_id == decision.original_id:
        writer.update(later, status=decision.previous_status or "submitted", duplicate_of_id=None)
        # a council may have decided it meanwhile elsewhere: the decision gives its status
        settle_recognition(writer.session, writer, [later.id])
