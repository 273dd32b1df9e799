"""What a council has on its table: the initiatives awaiting review in a unit's scope, and the
reviews already recorded for one of them (the reviews page reads these; no Qt here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from db.models import Initiative, Review, Unit
from db.queries.filters import InitiativeFilter, apply_filter
from db.queries.initiatives import authors_of

# Statuses a council still has to decide on.
AWAITING = ("submitted", "under_review", "needs_more")
# Rows shown at once: a council works through a few hundred; search narrows the rest.
QUEUE_LIMIT = 1000


@dataclass(frozen=True)
class QueueRow:
    """One initiative in the review queue."""

    id: str
    reg_no: str
    title: str
    unit_code: str
    status: str
    registered_on: dt.date | None
    authors: str
    reviews: int


@dataclass(frozen=True)
class ReviewQueue:
    rows: list[QueueRow]
    total: int  # matching initiatives, of which `rows` are the first QUEUE_LIMIT


def _awaiting(unit_id: str | None, search: str, status: str | None) -> Select:
    query = apply_filter(
        select(Initiative.id).select_from(Initiative),
        InitiativeFilter(unit_id=unit_id, search=search),
    )
    statuses = (status,) if status in AWAITING else AWAITING
    return query.where(Initiative.status.in_(statuses))


def _review_count():
    return (
        select(func.count(Review.id))
        .where(Review.initiative_id == Initiative.id, Review.deleted.is_(False))
        .scalar_subquery()
    )


def review_queue(
    session: Session,
    unit_id: str | None,
    search: str = "",
    status: str | None = None,
    limit: int = QUEUE_LIMIT,
) -> ReviewQueue:
    """Initiatives awaiting review in `unit_id`'s subtree (every unit when None), oldest first,
    optionally narrowed by a folded search and one of the awaiting statuses."""
    ids = _awaiting(unit_id, search, status).subquery()
    total = session.scalar(select(func.count()).select_from(ids)) or 0
    query = (
        select(
            Initiative.id,
            Initiative.reg_no,
            Initiative.title,
            Unit.code,
            Initiative.status,
            Initiative.registered_on,
            _review_count(),
        )
        .join(Unit, Unit.id == Initiative.unit_id)
        .where(Initiative.id.in_(select(ids.c.id)))
        .order_by(Initiative.registered_on, Initiative.reg_no)
        .limit(limit)
    )
    found = session.execute(query).all()
    names = authors_of(session, [row[0] for row in found])
    rows = [
        QueueRow(*row[:6], ", ".join(a.full_name for a in names.get(row[0], [])), row[6])
        for row in found
    ]
    return ReviewQueue(rows, total)


def reviews_of(session: Session, initiative_id: str) -> list[Review]:
    """The live reviews of an initiative, oldest first."""
    query = select(Review).where(Review.initiative_id == initiative_id, Review.deleted.is_(False))
    return list(session.scalars(query.order_by(Review.reviewed_on, Review.hlc)))


def review_level_of(session: Session, unit_id: str | None) -> str:
    """The council level of a node serving `unit_id`: headquarters reviews at industry level, a
    subordinate union at its own level, anyone below at base level."""
    level = session.scalar(select(Unit.level).where(Unit.id == unit_id)) if unit_id else None
    return level if level in ("industry", "subordinate") else "base"
