"""The unit tree and the ranks of levels as this node holds them, and the authority checks made
on this PC when a record is saved: below both the package rules (db/sync/authority.py) and the
forms' queries (db/queries/), which both use them."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.messages import Label, Message
from db.models import Unit
from db.vocab import Term

REVIEW_RANK = {"base": 0, "subordinate": 1, "industry": 2}
UNIT_RANK = {"site": 0, "base": 0, "subordinate": 1, "industry": 2}


@dataclass
class UnitTree:
    """The unit tree as the merge goes: local units, then units accepted from the package."""

    parents: dict[str, str | None]
    codes: dict[str, str] = field(default_factory=dict)

    def ancestors(self, unit_id: str | None) -> list[str]:
        chain: list[str] = []
        while unit_id is not None and unit_id not in chain:
            chain.append(unit_id)
            unit_id = self.parents.get(unit_id)
        return chain

    def within(self, unit_id: str | None, top: str) -> bool:
        return unit_id is not None and top in self.ancestors(unit_id)


def ancestor_ids(session: Session, unit_id: str) -> list[str]:
    """`unit_id` and its parents up to the root, nearest first."""
    parents = {row.id: row.parent_id for row in session.execute(select(Unit.id, Unit.parent_id))}
    chain: list[str] = []
    current: str | None = unit_id
    while current is not None and current not in chain:
        chain.append(current)
        current = parents.get(current)
    return chain


# ---- the same rules on this PC ------------------------------------------------------------------


def local_above_problems(session, unit_id: str, what: Label) -> list:
    """ABOVE on this PC: only a node above `unit_id` sets its targets (headquarters its own too,
    having nobody above it)."""
    from db.node import node_unit
    from db.validation import Problem

    own = node_unit(session)
    if own is None or own.parent_id is None:
        return []
    rows = session.execute(select(Unit.id, Unit.parent_id)).all()
    tree = UnitTree({r.id: r.parent_id for r in rows})
    if unit_id != own.id and tree.within(unit_id, own.id):
        return []
    return [
        Problem.said(
            "unit_id",
            "not_authorised",
            Message(
                "authority.set_from_above",
                what=what,
                what_lower=Term("", what.label("vi").lower(), what.label("en").lower()),
                own=own.code,
            ),
        )
    ]


def local_own_problems(session, unit_id: str | None, field_name: str = "unit_id") -> list:
    """OWN on this PC: a record of a unit outside this node's tree (its unit and the units
    below it) is refused when made; it could never be sent anyway."""
    from db.node import node_unit
    from db.validation import Problem

    own = node_unit(session)
    if own is None or own.parent_id is None or unit_id is None:
        return []
    rows = session.execute(select(Unit.id, Unit.parent_id, Unit.code)).all()
    tree = UnitTree({r.id: r.parent_id for r in rows}, {r.id: r.code for r in rows})
    if tree.within(unit_id, own.id):
        return []
    code = tree.codes.get(unit_id) or Message("authority.no_unit")
    return [
        Problem.said(
            field_name,
            "outside_tree",
            Message("authority.outside_tree", unit=code, own=own.code),
        )
    ]
