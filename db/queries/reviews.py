"""A council's review of an initiative: its scores, grade and outcome, and the status it leads to."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.changes import RecordWriter
from db.messages import Message
from db.models import Certificate, Initiative, Review, Unit
from db.node import node_unit
from db.queries.initiatives import clean_values, live_initiative
from db.recognition import Recognition, Ruling, derive_recognition
from db.unit_authority import REVIEW_RANK, UNIT_RANK, UnitTree
from db.validation import (
    SCORE_FIELDS,
    Problem,
    field_type_problems,
    raise_if,
    review_problems,
    status_change_problems,
)
from db.vocab import REVIEW_LEVEL, UNIT_LEVEL, grade_for_total

# Computed here, never typed in.
DERIVED_FIELDS = ("initiative_id", "total", "grade", "deleted")
# A review without an outcome leaves these statuses as they are.
SETTLED = ("under_review", "recognised", "not_recognised", "certified")


def review_status_path(current: str, outcome: str | None) -> list[str]:
    """The statuses an initiative passes through when a review with `outcome` is recorded: a
    submitted (or returned) initiative goes under review first, then to the outcome."""
    target = outcome or "under_review"
    if current == target or (outcome is None and current in SETTLED):
        return []
    if current in ("submitted", "needs_more") and target != "under_review":
        return ["under_review", target]
    return [target]


def _path_problems(current: str, path: list[str]) -> list[Problem]:
    problems = []
    for step in path:
        problems += status_change_problems(current, step)
        current = step
    return problems


def _derived_problems(values: dict[str, Any]) -> list[Problem]:
    return [
        Problem.said(name, "not_editable", Message("validation.not_editable", field=name))
        for name in DERIVED_FIELDS
        if name in values
    ]


def scored(values: dict[str, Any]) -> dict[str, Any]:
    """The values with total and grade, when all three scores are there."""
    scores = [values.get(field) for field in SCORE_FIELDS]
    if any(score is None for score in scores):
        return {**values, "total": None, "grade": None}
    total = sum(scores)
    return {**values, "total": total, "grade": grade_for_total(total)}


def record_review(
    session: Session, initiative_id: str, data: dict[str, Any], actor: str = ""
) -> Review:
    """Record a council's review; its outcome moves the initiative along the status flow
    (recognised also sets recognised_on = decision date)."""
    initiative = live_initiative(session, initiative_id)
    values = clean_values(data)
    raise_if(field_type_problems(Review, values) + _derived_problems(values))
    path = review_status_path(initiative.status, values.get("outcome"))
    raise_if(
        review_problems(values)
        + _path_problems(initiative.status, path)
        + level_problems(session, values.get("level"), initiative.unit_id)
    )
    writer = RecordWriter(session, actor)
    review = writer.create(Review, initiative_id=initiative.id, **scored(values))
    for status in path:
        writer.update(initiative, status=status)
    settle_recognition(session, writer, [initiative.id])
    return review


# ---- who may decide ------------------------------------------------------------------------------


def level_problems(session: Session, level: str | None, initiative_unit: str | None) -> list:
    """A council records only at a level its unit holds (a site or base union: base level; a
    subordinate union: up to its own; headquarters: any), for initiatives of its own tree."""
    unit = node_unit(session)
    if unit is None or level not in REVIEW_RANK:
        return []
    if REVIEW_RANK[level] > UNIT_RANK.get(unit.level, 0):
        return [
            Problem.said(
                "level",
                "above_level",
                Message(
                    "validation.review_above_level",
                    unit=unit.code,
                    unit_level=UNIT_LEVEL.term(unit.level),
                    level=REVIEW_LEVEL.term(level).lowered(),
                ),
            )
        ]
    rows = session.execute(select(Unit.id, Unit.parent_id)).all()
    tree = UnitTree({r.id: r.parent_id for r in rows})
    if initiative_unit is not None and not tree.within(initiative_unit, unit.id):
        return [
            Problem.said(
                "initiative_id",
                "outside_tree",
                Message("validation.review_outside_tree", unit=unit.code),
            )
        ]
    return []


# ---- recognition follows from the decisions -------------------------------------------------------


def rulings_of(session: Session, initiative_ids: list[str]) -> dict[str, list[Ruling]]:
    """The live reviews' and certificates' outcomes per initiative."""
    found: dict[str, list[Ruling]] = {i: [] for i in initiative_ids}
    for start in range(0, len(initiative_ids), 500):
        chunk = initiative_ids[start : start + 500]
        reviews = select(Review.initiative_id, Review.outcome, Review.decision_date).where(
            Review.initiative_id.in_(chunk), Review.deleted.is_(False)
        )
        for row in session.execute(reviews):
            found[row.initiative_id].append(Ruling(row.outcome, row.decision_date))
        certificates = select(Certificate.initiative_id, Certificate.decision_date).where(
            Certificate.initiative_id.in_(chunk), Certificate.deleted.is_(False)
        )
        for row in session.execute(certificates):
            found[row.initiative_id].append(Ruling("certified", row.decision_date))
    return found


def settle_recognition(
    session: Session,
    writer: RecordWriter,
    initiative_ids: Iterable[str],
    before: dict[str, str] | None = None,
) -> list[tuple[Initiative, Recognition]]:
    """Make each initiative's status and recognised_on what its decisions give
    (db/recognition.py); returns those changed, with their withdrawal requests."""
    ids = sorted(set(initiative_ids))
    rulings = rulings_of(session, ids)
    changed = []
    for initiative_id in ids:
        initiative = session.get(Initiative, initiative_id)
        if initiative is None:
            continue
        settled = derive_recognition(
            initiative.status, rulings[initiative_id], (before or {}).get(initiative_id)
        )
        values = {"status": settled.status, "recognised_on": settled.recognised_on}
        if writer.update(initiative, **values):
            changed.append((initiative, settled))
    return changed
