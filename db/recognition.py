"""Recognition is derived, never copied: an initiative's recognised / not recognised / certified
status and its recognised_on date follow only from the reviews and certificates this node holds.

Every review and certificate here was either recorded on this PC at a level its unit holds, or
accepted from a package under db/sync/authority.py's rules (a child's only at its own level or
below). So the status computed from them is the same on every node that holds the same records,
whatever order the packages came in, and no site can make another node count a recognition that
no council of the right level decided:

* a live certificate: certified;
* else a live review recognising it, at any level: recognised (a recognition at one level stands
  when a higher council does not raise it further);
* else a live review not recognising it: not recognised;
* else (no decision) the status the clerks set (draft, submitted, under review, needs more,
  withdrawn, duplicate). A decision status that no record backs (a forged or refused decision)
  falls back to the status this node had, else "under review" when a council looked at it, else
  "submitted". An initiative new to this node arrives so as a draft (db/sync/apply.py's
  without_derived): nothing says it was ever submitted, so nothing is counted or decided on it
  until a clerk submits it or its real status arrives.

recognised_on is the earliest decision date among the live recognising reviews (else among the
live certificates), and empty without a recognition.

A clerk's "withdrawn" on an initiative a council has decided is a withdrawal REQUEST: the decision
stays, and the request is listed for headquarters (db/sync/conflicts.py's withdrawal requests).

The versions of the derived fields converge too (`settled_version`): a child's package never sets
them, but when the receiver's own derivation gives exactly the value the child sent, the child's
write is taken with its version, by the ordinary rule (the greater version wins). Only a value the
receiver derives differently is a correction with a new version of its own. Otherwise two nodes
that derived the same status would each hold it under their own stamp, and nothing would ever
make them agree (the import that wrote the receiver's stamp is acknowledged by the very receipt
of the child that already held the value).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

DECISIONS = ("recognised", "not_recognised", "certified")
RECOGNISED = ("recognised", "certified")
PRECEDENCE = ("certified", "recognised", "not_recognised")


@dataclass(frozen=True)
class Ruling:
    """A live review's outcome (or a certificate: outcome "certified") and its decision date."""

    outcome: str | None
    decision_date: dt.date | None = None


@dataclass(frozen=True)
class Recognition:
    status: str
    recognised_on: dt.date | None
    withdrawal_request: bool = False


def derive_recognition(
    status: str, rulings: Iterable[Ruling], before: str | None = None
) -> Recognition:
    """The status and recognised_on that `rulings` give an initiative whose stored status is
    `status` (`before`: the status this node held before, for a decision nobody backs)."""
    rulings = list(rulings)
    outcomes = {r.outcome for r in rulings}
    decided = next((o for o in PRECEDENCE if o in outcomes), None)
    if decided is None:
        return Recognition(_undecided(status, before, rulings), None)
    dates = [r.decision_date for r in rulings if r.outcome == "recognised" and r.decision_date]
    if not dates:
        dates = [r.decision_date for r in rulings if r.outcome == "certified" and r.decision_date]
    recognised_on = min(dates) if dates and decided in RECOGNISED else None
    return Recognition(decided, recognised_on, status == "withdrawn")


def _undecided(status: str, before: str | None, rulings: list[Ruling]) -> str:
    if status not in DECISIONS:
        return status
    if before is not None and before not in DECISIONS:
        return before
    return "under_review" if rulings else "submitted"


NEW_VERSION = None  # settled_version: the value is a correction, stamped now


def settled_version(
    held: tuple[Any, str], derived: Any, sent: tuple[Any, str] | None
) -> str | None:
    """The version a derived field settles on at a receiver: `held` (value, version) is what this
    node holds, `derived` the value its decisions give, `sent` the (value, version) a child's
    package carried for the field, if any. Returns the version to keep: the child's when it sent
    the derived value with a greater version, the held one when the value is already right,
    NEW_VERSION when this node corrects it."""
    value, version = held
    if sent is not None and sent[0] == derived and sent[1] > version:
        return sent[1]
    return version if value == derived else NEW_VERSION
