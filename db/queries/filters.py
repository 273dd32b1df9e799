"""What a person filters the initiatives by, shared by the GUI table and `initiative list`.

A search matches whole words, folded (case, diacritics, đ/Đ), and ranks its results in three tiers
before any other order: 0, an author's whole name or the registration number exactly as typed;
1, the words side by side in order (a phrase); 2, every word somewhere.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, bindparam, case, literal_column, or_, select, text

from db.models import Initiative, InitiativeAuthor, Person
from db.queries.units import subtree_ids_select
from db.search import folded_words, phrase_match, words_match

ROWID = literal_column("initiatives.rowid")


@dataclass(frozen=True)
class InitiativeFilter:
    unit_id: str | None = None  # this unit and its sub-units
    phase_id: str | None = None
    status: str | None = None
    field_id: str | None = None
    solution_type: str | None = None
    registered_from: dt.date | None = None
    registered_to: dt.date | None = None
    search: str = ""  # folded: case, diacritics and đ/Đ do not matter
    include_deleted: bool = False


def apply_filter(query: Select, f: InitiativeFilter) -> Select:
    """Add the filter's conditions to a SELECT over Initiative."""
    if not f.include_deleted:
        query = query.where(Initiative.deleted.is_(False))
    if f.unit_id:
        query = query.where(Initiative.unit_id.in_(subtree_ids_select(f.unit_id)))
    for column, value in (
        (Initiative.phase_id, f.phase_id),
        (Initiative.status, f.status),
        (Initiative.field_id, f.field_id),
        (Initiative.solution_type, f.solution_type),
    ):
        if value:
            query = query.where(column == value)
    if f.registered_from:
        query = query.where(Initiative.registered_on >= f.registered_from)
    if f.registered_to:
        query = query.where(Initiative.registered_on <= f.registered_to)
    match = words_match(f.search)
    if match:
        query = query.where(ROWID.in_(fts_rowids(match)))
    return query


def fts_rowids(match: str) -> Select:
    """The rowids of the initiatives whose search text matches an FTS5 expression."""
    matching = text("SELECT rowid FROM initiative_fts WHERE initiative_fts MATCH :match")
    matching = matching.bindparams(bindparam("match", match, unique=True))  # twice in one query
    return matching.columns(literal_column("rowid"))  # type: ignore[return-value]


def search_rank(search: str) -> ColumnElement[int] | None:
    """The tier of a row for this search (0 best; see the module's note), or None without one."""
    words = folded_words(search)
    if not words:
        return None
    exact = or_(
        Initiative.id.in_(initiatives_by_name(words)),
        Initiative.reg_no == search.strip().upper(),
    )
    phrase = phrase_match(search)
    if phrase is None:
        return case((exact, 0), else_=1)
    return case((exact, 0), (ROWID.in_(fts_rowids(phrase)), 1), else_=2)


def initiatives_by_name(words: str) -> Select:
    """Ids of the initiatives an author of this whole folded name wrote ('dang van huy' finds
    Đặng Văn Huy, with or without an employee number after the name, and not Đặng Văn Huỳnh)."""
    exact_person = or_(Person.search_text == words, Person.search_text.op("GLOB")(words + " *"))
    return (
        select(InitiativeAuthor.initiative_id)
        .join(Person, Person.id == InitiativeAuthor.person_id)
        .where(exact_person, InitiativeAuthor.deleted.is_(False))
    )


def ranked(query: Select, f: InitiativeFilter) -> Select:
    """Order a filtered SELECT by search tier first (nothing without a search)."""
    rank = search_rank(f.search)
    return query if rank is None else query.order_by(rank)


def filtered_initiatives(f: InitiativeFilter) -> Select:
    return apply_filter(select(Initiative), f)
