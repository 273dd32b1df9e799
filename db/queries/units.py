"""The unit tree: finding a unit by code, its sub-units, its ancestors."""

from __future__ import annotations

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from db.messages import Message
from db.models import Unit
from db.unit_authority import ancestor_ids


class UnknownUnit(LookupError):
    def __init__(self, code: str) -> None:
        super().__init__(Message("lookup.unknown_unit", code=code))
        self.code = code


def unit_by_code(session: Session, code: str) -> Unit:
    unit = session.scalar(select(Unit).where(Unit.code == code.strip().upper()))
    if unit is None:
        raise UnknownUnit(code)
    return unit


def subtree_ids_select(unit_id: str) -> Select:
    """A SELECT of the ids of `unit_id` and every unit below it (recursive CTE)."""
    tree = select(Unit.id).where(Unit.id == unit_id).cte("subtree", recursive=True)
    tree = tree.union_all(select(Unit.id).where(Unit.parent_id == tree.c.id))
    return select(tree.c.id)


def subtree_ids(session: Session, unit_id: str) -> list[str]:
    return list(session.scalars(subtree_ids_select(unit_id)))


def is_within(session: Session, unit_id: str, ancestor_id: str) -> bool:
    return ancestor_id in ancestor_ids(session, unit_id)
