"""The folded text initiatives and people are found by (`search_text`, a local derived column),
kept up to date in one place: every write of a name, title, author list or unit calls here.

What the text holds is db.search's `initiative_search_text`; this module writes it, a batch of rows
per query, only where it changed, and keeps already loaded objects in step.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

from db.collation import initiative_keys, person_key
from db.models import Initiative, InitiativeAuthor, Person, Unit
from db.search import fold, initiative_search_text

BATCH = 500


def person_search_text(full_name: str | None, employee_no: str | None = None) -> str:
    return fold(" ".join(part for part in (full_name, employee_no) if part))


def refresh_search_text(session: Session, initiative_ids: Iterable[str]) -> None:
    """Recompute initiatives.search_text (reg no, title, authors, investor, unit code) for these
    rows, a batch of rows per query; only rows whose text changed are written."""
    ids = list(dict.fromkeys(initiative_ids))
    session.flush()
    for start in range(0, len(ids), BATCH):
        _refresh_batch(session, ids[start : start + BATCH])


def refresh_authored_search_text(session: Session, person_id: str) -> None:
    """A person's name changed: the initiatives they authored are found by the new name."""
    ids = session.scalars(
        select(InitiativeAuthor.initiative_id).where(InitiativeAuthor.person_id == person_id)
    )
    refresh_search_text(session, list(ids))


def refresh_people_search_text(session: Session, person_ids: Iterable[str]) -> None:
    """Recompute people.search_text and name_key for these rows (after a merge), in batches."""
    ids = list(dict.fromkeys(person_ids))
    session.flush()
    for start in range(0, len(ids), BATCH):
        _refresh_people_batch(session, ids[start : start + BATCH])


def _refresh_batch(session: Session, ids: list[str]) -> None:
    names = _author_names(session, ids)
    rows = session.execute(
        select(
            Initiative.id,
            Initiative.reg_no,
            Initiative.title,
            Initiative.investor,
            Initiative.search_text,
            Initiative.title_key,
            Initiative.author_key,
            Unit.code,
        )
        .outerjoin(Unit, Unit.id == Initiative.unit_id)
        .where(Initiative.id.in_(ids))
    )
    changes = []
    for row in rows:
        text = initiative_search_text(row.reg_no, row.title, names[row.id], row.investor, row.code)
        keys = initiative_keys(row.title, names[row.id])  # the table's sort keys (0018)
        if (text, *keys) != (row.search_text, row.title_key, row.author_key):
            changes.append(dict(id=row.id, search_text=text, title_key=keys[0], author_key=keys[1]))
    if changes:
        session.execute(update(Initiative), changes)
        for change in changes:
            keep_loaded(session, Initiative, change)


def _author_names(session: Session, ids: list[str]) -> dict[str, list[str]]:
    names: dict[str, list[str]] = defaultdict(list)
    rows = session.execute(
        select(InitiativeAuthor.initiative_id, Person.full_name)
        .join(Person, Person.id == InitiativeAuthor.person_id)
        .where(InitiativeAuthor.initiative_id.in_(ids), InitiativeAuthor.deleted.is_(False))
        .order_by(InitiativeAuthor.initiative_id, InitiativeAuthor.ordinal)
    )
    for initiative_id, full_name in rows:
        names[initiative_id].append(full_name)
    return names


def _refresh_people_batch(session: Session, ids: list[str]) -> None:
    rows = session.execute(
        select(
            Person.id,
            Person.full_name,
            Person.employee_no,
            Person.birth_date,
            Person.search_text,
            Person.name_key,
        ).where(Person.id.in_(ids))
    )
    changes = [
        {"id": row.id, "search_text": text, "name_key": key}
        for row in rows
        if (
            text := person_search_text(row.full_name, row.employee_no),
            key := person_key(row.full_name, row.birth_date),  # the lists' order (0019)
        )
        != (row.search_text, row.name_key)
    ]
    if changes:
        session.execute(update(Person), changes)
        for change in changes:
            keep_loaded(session, Person, change)


def keep_loaded(session: Session, model: type, change: dict[str, Any]) -> None:
    """Keep an already loaded object in step with a bulk update of its derived columns."""
    row = session.identity_map.get(identity_key(model, change["id"]))
    if row is None:
        return
    for key, value in change.items():
        if key != "id":
            set_committed_value(row, key, value)
