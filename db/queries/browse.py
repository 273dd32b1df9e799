"""What the main window's initiatives table reads, Anki-browser style.

The table never loads the whole table: `initiative_rowids` returns the rowids of every initiative
matching a filter, in the chosen order, as a compact array (4 bytes a row); `initiative_rows`
then reads the columns of one page of rowids (WHERE rowid IN (...)) when the view shows them.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, case, func, literal, literal_column, select, text
from sqlalchemy.orm import Session

from db.collation import sort_key
from db.models import Field, Initiative, InitiativeAuthor, Person, Phase, Unit
from db.node import NodeNotSetUp, this_node
from db.postgres.counts import counted
from db.progress import IsCancelled
from db.queries.filters import (
    InitiativeFilter,
    apply_filter,
    filter_conditions,
    ranked,
    unindexed,
)
from db.queries.searching import (
    Search,
    fetch_rowids,
    first_search_rows,
    is_dense,
    only_search,
    search_count,
    search_rowids,
)

ROWID = literal_column("initiatives.rowid")

# ---- this node, for the window's status bar ----------------------------------------------------


@dataclass(frozen=True)
class NodeSummary:
    node_id: str
    unit_code: str
    unit_id: str | None
    unit_name: str


def node_summary(session: Session) -> NodeSummary | None:
    """This installation's node and unit, or None when the database is not set up for a unit."""
    try:
        node = this_node(session)
    except NodeNotSetUp:
        return None
    unit = session.get(Unit, node.unit_id) if node.unit_id else None
    if unit is None:
        unit = session.scalar(select(Unit).where(Unit.code == node.unit_code))
    return NodeSummary(
        node.node_id, node.unit_code, unit.id if unit else None, unit.name if unit else ""
    )


def initiative_count(session: Session) -> int:
    """Initiatives in the database (not deleted)."""
    query = select(func.count()).select_from(Initiative).where(Initiative.deleted.is_(False))
    return session.scalar(query) or 0


# ---- the table: which rows, in which order -----------------------------------------------------

# The columns a person can sort by, and the SQL expression each sorts on. Texts a person reads
# sort in Vietnamese order: the title and the first author's name by their stored keys
# (db/collation.py, migration 0018; both indexed), the field by its rank (`field_ranks`).
SORT_KEYS: dict[str, ColumnElement] = {
    "reg_no": Initiative.reg_no,
    "title": Initiative.title_key,
    "unit": select(Unit.code).where(Unit.id == Initiative.unit_id).scalar_subquery(),
    "authors": Initiative.author_key,
    "solution_type": Initiative.solution_type,
    "phase": select(Phase.code).where(Phase.id == Initiative.phase_id).scalar_subquery(),
    "registered_on": Initiative.registered_on,
    "first_applied_on": Initiative.first_applied_on,
    "status": Initiative.status,
    "benefit": Initiative.benefit_value,
}


def sort_order(
    sort: str = "registered_on", descending: bool = False, session: Session | None = None
) -> tuple:
    """ORDER BY of the table in this order (rowid breaks ties); the field's needs the session."""
    if sort == "field" and session is not None:
        key = field_ranks(session)
    else:
        key = SORT_KEYS.get(sort, Initiative.registered_on)
    return (key.desc(), ROWID.desc()) if descending else (key.asc(), ROWID.asc())


def field_ranks(session: Session) -> ColumnElement:
    """Each initiative's field's place in Vietnamese order (fields are few: ranked here, every
    one, deleted too, and named in a CASE), -1 without a field."""
    fields = session.execute(select(Field.id, Field.name)).all()
    if not fields:
        return literal(-1)
    ranked_ids = sorted(fields, key=lambda row: (sort_key(row.name or ""), row.id))
    ranks = {row.id: place for place, row in enumerate(ranked_ids)}
    return case(ranks, value=Initiative.field_id, else_=-1)


def rowids_query(
    f: InitiativeFilter,
    sort: str = "registered_on",
    descending: bool = False,
    session: Session | None = None,
) -> Select:
    query = apply_filter(select(ROWID).select_from(Initiative), f)
    return ranked(query, f).order_by(*sort_order(sort, descending, session))


def initiative_rowids(
    session: Session,
    f: InitiativeFilter,
    sort: str = "registered_on",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
    cancelled: IsCancelled | None = None,
) -> array:
    """The rowids of the matching initiatives (all, or `limit` of them from `offset`), in order,
    as a compact array: 4 MB for a million. A search goes its own way (db.queries.searching) and
    takes no offset. A long list stops (OperationCancelled) once `cancelled()` is True."""
    if Search.of(f.search) is not None:
        return search_rowids(session, f, sort_order(sort, descending, session), limit, cancelled)
    query = rowids_query(f, sort, descending, session)
    if few_matches(session, f) is not None:
        query = _by_own_index(session, f, sort, descending)
    if limit is not None:
        query = query.limit(limit)
    return fetch_rowids(session, query.offset(offset) if offset else query, cancelled)


def first_rowids(
    session: Session, f: InitiativeFilter, sort: str, descending: bool, limit: int
) -> tuple[array, bool]:
    """What the table shows first: the first `limit` rowids, or every one where listing them all
    costs no more than the first page (a search with few hits, a rare status or phase), and
    whether that is every matching row (then their number is the count)."""
    if Search.of(f.search) is not None:
        return first_search_rows(session, f, sort_order(sort, descending, session), limit)
    if few_matches(session, f) is not None:
        return fetch_rowids(session, _by_own_index(session, f, sort, descending)), True
    ids = fetch_rowids(session, rowids_query(f, sort, descending, session).limit(limit))
    return ids, len(ids) < limit


# ---- a rare status, phase or field: its own index drives the query -------------------------------

SPARSE = 4_000  # matches below which the filter's own index beats walking the browse index


def _own_index_condition(f: InitiativeFilter) -> ColumnElement[bool] | None:
    """The filter's equality on a column with its own index (status, phase, field), if any."""
    for column, value in (
        (Initiative.status, f.status),
        (Initiative.phase_id, f.phase_id),
        (Initiative.field_id, f.field_id),
    ):
        if value:
            return column == value
    return None


def few_matches(session: Session, f: InitiativeFilter) -> int | None:
    """How many rows match when fewer than SPARSE (counted on the filter's own index, stopping at
    SPARSE: a few ms), else None. A status nobody has walks the whole browse index in order to
    find nothing (0.8 s at 1M); counted this way it takes a moment."""
    own = _own_index_condition(f)
    if own is None or Search.of(f.search) is not None:
        return None
    capped = select(ROWID).where(own, *filter_conditions(f, by_index=False)).limit(SPARSE)
    number = session.scalar(select(func.count()).select_from(capped.subquery())) or 0
    return number if number < SPARSE else None


def _by_own_index(session: Session, f: InitiativeFilter, sort: str, descending: bool) -> Select:
    """Few matches: found by the filter's own index and sorted (the unary + keeps every other
    index, the browse walk included, out of it)."""
    own = _own_index_condition(f)
    key, tie = sort_order(sort, descending, session)
    order = (unindexed(key.element).desc() if descending else unindexed(key.element).asc(), tie)
    query = select(ROWID).select_from(Initiative).where(own, *filter_conditions(f, by_index=False))
    return query.order_by(*order)


def paged_by_index(f: InitiativeFilter, sort: str) -> bool:
    """Whether any stretch of these rows is cheap to read on its own (LIMIT/OFFSET walks an index
    in this order, no sort, nothing looked up in the table): then the table never lists every
    rowid. By date: the browse index, which holds every filter's columns; by title or first
    author: its key's index (deleted, title_key / author_key), with no filter but the live rows."""
    if sort in ("title", "authors"):
        return f == InitiativeFilter()
    return sort == "registered_on" and Search.of(f.search) is None


def rowids_between(
    session: Session,
    f: InitiativeFilter,
    sort: str,
    descending: bool,
    start: int,
    stop: int,
    total: int,
) -> array:
    """The rowids at positions start..stop-1 of `total` rows in this order. Past the middle they
    are read from the other end (the same order reversed), so the last rows cost a short walk."""
    if start <= total - stop:
        return initiative_rowids(session, f, sort, descending, stop - start, start)
    ids = initiative_rowids(session, f, sort, not descending, stop - start, total - stop)
    ids.reverse()
    return ids


SCAN_CACHE_KIB = 1024  # a count, a listing or a first page reads each page about once


def scan_lightly(session: Session) -> None:
    """This session's queries read each page about once (a count, every rowid, a search's first
    page: 1.0-1.4 MiB of SQLite's memory at most with this, 8.5 with the usual 8 MiB, for the
    same time): a small page cache for it (db/session.py sets the usual one at the next BEGIN)."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text(f"PRAGMA cache_size = -{SCAN_CACHE_KIB}"))


def count_beside_first_rows(session: Session, f: InitiativeFilter) -> int | None:
    """The count, asked beside `first_rowids`: None where that lists every row itself (a search
    with few hits and other filters), so the hits are not looked up twice at once. A search
    alone is counted by the full-text index, which looks nothing up in the table."""
    search = Search.of(f.search)
    if search is None:
        return matching_count(session, f)
    if only_search(f) and session.get_bind().dialect.name == "sqlite":
        # the full-text count less the deleted hits, whether the hits are few or many: not
        # counted up to 4,000 first (three common words: 17 ms, as long as the count itself)
        return search_count(session, f, dense=True)
    if not is_dense(session, search.words):
        return None
    return search_count(session, f, dense=True)  # not asked twice


def release_cache(session: Session) -> None:
    """Give back the pages this connection's cache holds (SQLite: up to 8 MiB each for the
    table's two or three connections, read again from the system's file cache when needed)."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA shrink_memory"))


def matching_count(session: Session, f: InitiativeFilter) -> int:
    """How many initiatives match: what the table's count shows before every row is listed."""
    if Search.of(f.search) is not None:
        return search_count(session, f)
    narrow = _count_narrowly(session, f)
    if narrow is not None:
        return narrow
    few = few_matches(session, f)
    if few is not None:
        return few
    query = select(func.count()).select_from(Initiative).where(*filter_conditions(f))
    return session.scalar(query) or 0


_OWN_INDEXED = (
    ("status", Initiative.status),
    ("phase_id", Initiative.phase_id),
    ("field_id", Initiative.field_id),
)


def _count_narrowly(session: Session, f: InitiativeFilter) -> int | None:
    """No filter, or only a status, phase or field: every such row counted on a narrow index
    (the table's: SQLite takes its narrowest; the column's own), less the deleted ones (few: the
    deleted range of the browse index). At 3.2M rows 40 ms each, where counting the live range
    of the wide browse index took 195-330 ms on a quiet machine. None for other filters."""
    named = {name: getattr(f, name) for name, _ in _OWN_INDEXED if getattr(f, name)}
    if len(named) > 1 or f != InitiativeFilter(include_deleted=f.include_deleted, **named):
        return None
    if session.get_bind().dialect.name != "sqlite":  # kept counts (0017)
        return counted(session, f.include_deleted, named)
    own = [(column, named[name]) for name, column in _OWN_INDEXED if name in named]
    every = select(func.count()).select_from(Initiative)
    number = session.scalar(every.where(*(column == value for column, value in own))) or 0
    if f.include_deleted:
        return number
    gone = every.where(
        Initiative.deleted.is_(True), *(unindexed(column) == value for column, value in own)
    )
    return number - (session.scalar(gone) or 0)


# ---- the table: the columns of one page of rows -------------------------------------------------


@dataclass(frozen=True)
class BrowseRow:
    """One line of the initiatives table."""

    rowid: int
    id: str
    reg_no: str
    title: str
    unit_code: str
    authors: str
    field: str
    solution_type: str
    phase: str
    registered_on: dt.date | None
    first_applied_on: dt.date | None
    status: str
    benefit_value: int | None
    benefit_currency: str
    tech_secret: bool


def _authors_column():
    names = (
        select(func.group_concat(Person.full_name, ", "))
        .join(InitiativeAuthor, InitiativeAuthor.person_id == Person.id)
        .where(InitiativeAuthor.initiative_id == Initiative.id, InitiativeAuthor.deleted.is_(False))
        .scalar_subquery()
    )
    return names


def rows_query(rowids: Sequence[int]) -> Select:
    return (
        select(
            ROWID,
            Initiative.id,
            Initiative.reg_no,
            Initiative.title,
            Unit.code,
            _authors_column(),
            Field.name,
            Initiative.solution_type,
            Phase.code,
            Initiative.registered_on,
            Initiative.first_applied_on,
            Initiative.status,
            Initiative.benefit_value,
            Initiative.benefit_currency,
            Initiative.tech_secret,
        )
        .select_from(Initiative)
        .outerjoin(Unit, Unit.id == Initiative.unit_id)
        .outerjoin(Field, Field.id == Initiative.field_id)
        .outerjoin(Phase, Phase.id == Initiative.phase_id)
        .where(ROWID.in_(list(rowids)))
    )


def initiative_rows(session: Session, rowids: Sequence[int]) -> dict[int, BrowseRow]:
    """The table columns of the given rowids (a page of the view), keyed by rowid."""
    if not rowids:
        return {}
    return {row[0]: _browse_row(row) for row in session.execute(rows_query(rowids))}


_TEXT_COLUMNS = frozenset({2, 3, 4, 5, 6, 7, 8, 11, 13})  # shown as text: NULL reads as ""


def _browse_row(row: Sequence) -> BrowseRow:
    values = ["" if v is None and i in _TEXT_COLUMNS else v for i, v in enumerate(row)]
    return BrowseRow(*values)


# ---- what the filters offer ---------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    id: str
    code: str
    name: str
    parent_id: str | None = None


@dataclass(frozen=True)
class FilterChoices:
    units: list[Choice]  # ordered by code; parent_id gives the tree
    phases: list[Choice]
    fields: list[Choice]


def filter_choices(session: Session) -> FilterChoices:
    """The units (as a tree), phases and fields a person can filter the initiatives by."""
    live = Unit.deleted.is_(False)
    units = session.execute(
        select(Unit.id, Unit.code, Unit.name, Unit.parent_id).where(live).order_by(Unit.code)
    )
    phases = session.execute(
        select(Phase.id, Phase.code, Phase.name)
        .where(Phase.deleted.is_(False))
        .order_by(Phase.starts_on)
    )
    fields = sorted(  # Vietnamese order: Đ with D, not after Z
        session.execute(select(Field.id, Field.code, Field.name).where(Field.deleted.is_(False))),
        key=lambda row: sort_key(row.name or ""),
    )
    return FilterChoices(
        [Choice(*row) for row in units],
        [Choice(*row) for row in phases],
        [Choice(*row) for row in fields],
    )
