"""A council's review of an initiative: its scores, grade and outcome, and the status it leads to."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from db.changes import RecordWriter
from db.models import Review
from db.queries.initiatives import clean_values, live_initiative
from db.validation import (
    SCORE_FIELDS,
    Problem,
    field_type_problems,
    raise_if,
    review_problems,
    status_change_problems,
)
from db.vocab import grade_for_total

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
        Problem(
            name,
            "not_editable",
            f"Trường '{name}' được tính tự động, không nhập.",
            f"Field '{name}' is computed, not entered.",
        )
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
    raise_if(review_problems(values) + _path_problems(initiative.status, path))
    writer = RecordWriter(session, actor)
    review = writer.create(Review, initiative_id=initiative.id, **scored(values))
    for status in path:
        writer.update(initiative, status=status)
    if values.get("outcome") == "recognised" and initiative.recognised_on is None:
        writer.update(initiative, recognised_on=values["decision_date"])
    return review
