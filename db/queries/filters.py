"""What a person filters the initiatives by, shared by the GUI table and `initiative list`.

A search matches whole words, folded (case, diacritics, đ/Đ), and ranks its results in three tiers
before any other order: 0, an author's whole name or the registration number exactly as typed;
1, the words side by side in order (a phrase); 2, every word somewhere.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, case, or_, select

from db.models import Initiative, InitiativeAuthor, Person
from db.postgres.search import any_of, fts_hits, row_key
from db.postgres.sql import glob
from db.postgres.sql import unindexed as server_unindexed
from db.queries.units import subtree_ids_select
from db.search import folded_words, phrase_match, words_match

ROWID = row_key("initiatives")  # a server has its own rowid column (migration 0016)


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


def apply_filter(query: Select, f: InitiativeFilter, *, search: bool = True) -> Select:
    """Add the filter's conditions to a SELECT over Initiative (the words searched for too,
    unless `search` is False: db.queries.searching then adds them its own way)."""
    query = query.where(*filter_conditions(f))
    match = words_match(f.search) if search else None
    if match:
        query = query.where(ROWID.in_(fts_rowids(match)))
    return query


def filter_conditions(f: InitiativeFilter, by_index: bool = True) -> list[ColumnElement[bool]]:
    """The conditions of every filter but the search. With `by_index` False, no index may drive
    the query by them (SQLite's unary +): the search's few full-text hits drive it instead."""
    column = (lambda c: c) if by_index else unindexed
    conditions = []
    if not f.include_deleted:
        conditions.append(column(Initiative.deleted).is_(False))
    if f.unit_id:
        # a server: `= ANY(ARRAY(…))`, an index condition on the unit's rows (an IN of the
        # recursive subtree was a hash join over every live row: 165 ms for 15 ms at 321,000)
        conditions.append(any_of(column(Initiative.unit_id), subtree_ids_select(f.unit_id)))
    for attribute, value in (
        (Initiative.phase_id, f.phase_id),
        (Initiative.status, f.status),
        (Initiative.field_id, f.field_id),
        (Initiative.solution_type, f.solution_type),
    ):
        if value:
            conditions.append(column(attribute) == value)
    if f.registered_from:
        conditions.append(column(Initiative.registered_on) >= f.registered_from)
    if f.registered_to:
        conditions.append(column(Initiative.registered_on) <= f.registered_to)
    return conditions


def unindexed(column: ColumnElement) -> ColumnElement:
    """`+column`: the same value, but SQLite will not use an index on it (a server: `column`)."""
    return server_unindexed(column)


def fts_rowids(match: str) -> Select:
    """The rowids of the initiatives whose search text matches an FTS5 expression (on a server
    the same, by trigram index: db.postgres.search)."""
    return fts_hits(match)  # type: ignore[return-value]


def search_rank(search: str) -> ColumnElement[int] | None:
    """The tier of a row for this search (0 best; see the module's note), or None without one."""
    words = folded_words(search)
    if not words:
        return None
    exact = ROWID.in_(exact_rowids(words, search.strip().upper()))
    phrase = phrase_match(search)
    if phrase is None:
        return case((exact, 0), else_=1)
    return case((exact, 0), (ROWID.in_(fts_rowids(phrase)), 1), else_=2)


def exact_rowids(words: str, reg_no: str) -> Select:
    """Rowids of the initiatives an author of exactly this folded name wrote, or of this
    registration number (an alias: never correlated with the query it ranks)."""
    exact = Initiative.__table__.alias("exact")
    by_name = any_of(exact.c.id, initiatives_by_name(words))
    return select(row_key("exact")).where(or_(by_name, exact.c.reg_no == reg_no))


def initiatives_by_name(words: str) -> Select:
    """Ids of the initiatives an author of this whole folded name wrote ('dang van huy' finds
    Đặng Văn Huy, with or without an employee number after the name, and not Đặng Văn Huỳnh)."""
    exact_person = or_(Person.search_text == words, glob(Person.search_text, words + " *"))
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
