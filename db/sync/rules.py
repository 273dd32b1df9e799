"""The business rules of the local forms, applied to records arriving in a package.

Whatever a clerk cannot type here, a package cannot bring either: an initiative's required fields,
known codes (status, solution type, currency), dates inside the programme's window, a benefit not
below zero; a review's level, outcome, scores and decision; authors whose shares add up to 100.
A record that breaks one is refused (listed by registration number, field and reason); the rest
of the package applies. Only what a record would change is checked: a record that changes nothing
here is never refused, and a rule broken by a field the record does not change is not its fault.

The status flow itself is kept by derivation (db/recognition.py): decision statuses follow from
the reviews and certificates held here, so no merge produces a decision the flow forbids.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from db.messages import Message
from db.money import from_hundredths
from db.validation import (
    Problem,
    author_problems,
    concerns,
    initiative_problems,
    review_problems,
)

DATE_FIELDS = {
    "initiatives": ("first_applied_on", "registered_on", "recognised_on"),
    "reviews": ("reviewed_on", "decision_date"),
}


def python_dates(table: str, values: dict[str, Any]) -> dict[str, Any]:
    """The db-form values with their dates as dates and money as amounts (what the validation
    rules read)."""
    converted = dict(values)
    for name in DATE_FIELDS.get(table, ()):
        if isinstance(converted.get(name), str):
            converted[name] = dt.date.fromisoformat(converted[name])
    if table == "initiatives" and isinstance(converted.get("benefit_value"), int):
        converted["benefit_value"] = from_hundredths(converted["benefit_value"])  # db/money.py
    return converted


FORM_TABLES = ("initiatives", "reviews")  # the tables with rules of the local forms


def record_problems(table: str, final: dict[str, Any], changed: list[str]) -> list[Problem]:
    """The form rules `final` breaks through the fields it changes (all fields of a new row)."""
    if table not in FORM_TABLES or final.get("deleted"):
        return []
    values = python_dates(table, final)
    if table == "initiatives":
        found = initiative_problems(values)
    elif table == "reviews":
        found = review_problems(values)
    else:
        return []
    if not found:
        return found
    scores = any(name.startswith("score_") for name in changed)
    return [p for p in found if concerns(p, changed) or (p.field == "scores" and scores)]


def reason_of(problems: list[Problem]) -> tuple[str, Message]:
    """(field, reason) of the first problem."""
    first = problems[0]
    return first.field, first.as_message()


def shares_problem(shares: list[int]) -> Problem | None:
    """The authors' shares of one initiative as they would be after the package, if wrong."""
    problems = author_problems([(None, share) for share in shares])
    return problems[0] if problems else None
