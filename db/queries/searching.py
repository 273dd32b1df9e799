"""The initiatives a search finds, in the table's order, fast at any size.

Results come in tiers (db.queries.filters): 0, an author's whole name or the registration number
typed exactly; 1, the words side by side; 2, every word somewhere. Inside a tier, the table's order.

Two plans, chosen by how many rows the full-text index finds (counted up to DENSE, a few ms):
- few hits (a name, a rare word): the hits drive the query, each looked up in the table: the
  cost follows the hits, not the table (SQLite's unary + keeps the filters' indexes out of it);
- many hits ("dau khi": 60% of the table): walk the browse index in the table's order and keep
  the rows the full-text index holds. The first page then costs a few hundred probes
  (`EXISTS ... rowid = ?`, a seek in the index), the whole list one pass over the browse index
  (ix_initiatives_browse: deleted, date, unit, phase, status: no lookup into the table).
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass

from sqlalchemy import (
    ColumnElement,
    Select,
    bindparam,
    case,
    column,
    exists,
    func,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session

from db.models import Initiative
from db.queries.filters import (
    ROWID,
    InitiativeFilter,
    exact_rowids,
    filter_conditions,
    fts_rowids,
)
from db.search import folded_words, phrase_match, words_match

DENSE = 4_000  # full-text hits from which walking the table's order beats looking each one up


@dataclass(frozen=True)
class Search:
    """One search, as FTS5 expressions: every word whole, the words side by side (None for one
    word), and the exact name or registration number typed."""

    words: str
    phrase: str | None
    folded: str
    reg_no: str

    @classmethod
    def of(cls, typed: str) -> Search | None:
        words = words_match(typed)
        if words is None:
            return None
        return cls(words, phrase_match(typed), folded_words(typed), typed.strip().upper())


FTS = table("initiative_fts", column("rowid"), column("initiative_fts"))


def fts_probe(match: str) -> ColumnElement[bool]:
    """True for the current initiative row if the full-text index matches it: one seek."""
    hit = FTS.c.initiative_fts.op("MATCH")(bindparam("probe", match, unique=True))
    return exists().where(hit, FTS.c.rowid == ROWID)


def hits_up_to(session: Session, match: str, cap: int = DENSE) -> int:
    limited = text(
        "SELECT count(*) FROM (SELECT rowid FROM initiative_fts WHERE initiative_fts MATCH :m "
        "LIMIT :cap)"
    )
    return session.scalar(limited, {"m": match, "cap": cap}) or 0


def is_dense(session: Session, match: str) -> bool:
    return hits_up_to(session, match) >= DENSE


# ---- the rows, in order --------------------------------------------------------------------------


def search_rowids(
    session: Session,
    f: InitiativeFilter,
    order: tuple[ColumnElement, ...],
    limit: int | None = None,
) -> array:
    """The rowids the search finds (all, or the first `limit`), tier by tier, each in `order`."""
    search = Search.of(f.search)
    assert search is not None
    if not is_dense(session, search.words):
        return _fetch(session, _driven_by_hits(search, f, order), limit)
    if limit is None:
        return _walk_all_tiers(session, search, f, order)
    return _walk_first_rows(session, search, f, order, limit)


def _tier(search: Search) -> ColumnElement[int]:
    exact = ROWID.in_(exact_rowids(search.folded, search.reg_no))
    if search.phrase is None:
        return case((exact, 0), else_=1)
    return case((exact, 0), (ROWID.in_(fts_rowids(search.phrase)), 1), else_=2)


def _driven_by_hits(search: Search, f: InitiativeFilter, order: tuple) -> Select:
    hits = ROWID.in_(fts_rowids(search.words))
    query = select(ROWID).where(hits, *filter_conditions(f, by_index=False))
    return query.order_by(_tier(search), *order)


def _walk_all_tiers(session: Session, search: Search, f: InitiativeFilter, order: tuple) -> array:
    """One pass in the table's order, each row tagged with its tier, split by tier in Python."""
    hits = ROWID.in_(fts_rowids(search.words))
    query = select(ROWID, _tier(search)).where(hits, *filter_conditions(f)).order_by(*order)
    tiers = (array("q"), array("q"), array("q"))
    compiled = query.compile(session.get_bind(), compile_kwargs={"render_postcompile": True})
    params = [compiled.params[name] for name in compiled.positiontup or ()]
    cursor = session.connection().connection.driver_connection.cursor()
    try:
        cursor.execute(str(compiled), params)
        while batch := cursor.fetchmany(50_000):
            for rowid, tier in batch:
                tiers[tier].append(rowid)
    finally:
        cursor.close()
    return tiers[0] + tiers[1] + tiers[2]


def _walk_first_rows(
    session: Session, search: Search, f: InitiativeFilter, order: tuple, limit: int
) -> array:
    """The first page: the exact rows (few), then each tier's first rows by a walk in the table's
    order that probes the full-text index row by row and stops at the page's end."""
    exact = ROWID.in_(exact_rowids(search.folded, search.reg_no))
    first = select(ROWID).where(exact, *filter_conditions(f, by_index=False)).order_by(*order)
    rows = _fetch(session, first, limit)
    seen = list(rows)
    if search.phrase is None:
        tiers = [[fts_probe(search.words)]]
    else:
        tiers = [[fts_probe(search.phrase)], [fts_probe(search.words), ~fts_probe(search.phrase)]]
        if not is_dense(session, search.phrase):  # a rare phrase: its hits drive its tier
            hits = ROWID.in_(fts_rowids(search.phrase))
            tier = select(ROWID).where(hits, *filter_conditions(f, by_index=False))
            tier = tier.where(ROWID.not_in(seen)) if seen else tier
            rows += _fetch(session, tier.order_by(*order), limit)
            seen, tiers = list(rows), tiers[1:]
    for conditions in tiers:
        if len(rows) >= limit:
            break
        walk = select(ROWID).where(*conditions, *filter_conditions(f))
        walk = walk.where(ROWID.not_in(seen)) if seen else walk
        rows += _fetch(session, walk.order_by(*order), limit - len(rows))
        seen = list(rows)
    return rows[:limit]


# ---- how many --------------------------------------------------------------------------------------


def search_count(session: Session, f: InitiativeFilter) -> int:
    """How many initiatives the search finds. Many hits and no filter but the deleted rows: the
    full-text count less the deleted rows among the hits (few), without touching the table."""
    search = Search.of(f.search)
    assert search is not None
    if not is_dense(session, search.words):
        query = select(func.count()).select_from(
            select(ROWID)
            .where(ROWID.in_(fts_rowids(search.words)), *filter_conditions(f, by_index=False))
            .subquery()
        )
        return session.scalar(query) or 0
    if f == InitiativeFilter(search=f.search, include_deleted=f.include_deleted):
        total = session.scalar(
            text("SELECT count(*) FROM initiative_fts WHERE initiative_fts MATCH :m"),
            {"m": search.words},
        )
        if not f.include_deleted:
            deleted = select(func.count()).where(
                Initiative.deleted.is_(True), fts_probe(search.words)
            )
            total -= session.scalar(deleted.select_from(Initiative)) or 0
        return total or 0
    hits = ROWID.in_(fts_rowids(search.words))
    walk = select(func.count()).select_from(Initiative).where(hits, *filter_conditions(f))
    return session.scalar(walk) or 0


def _fetch(session: Session, query: Select, limit: int | None) -> array:
    return fetch_rowids(session, query if limit is None else query.limit(limit))


def fetch_rowids(session: Session, query: Select) -> array:
    """The first column of every row, as array('q'), straight from the DB-API cursor: building
    a million Row objects would take seconds."""
    compiled = query.compile(session.get_bind(), compile_kwargs={"render_postcompile": True})
    params = [compiled.params[name] for name in compiled.positiontup or ()]
    cursor = session.connection().connection.driver_connection.cursor()
    try:
        cursor.execute(str(compiled), params)
        ids = array("q")
        while batch := cursor.fetchmany(50_000):
            ids.extend(row[0] for row in batch)
        return ids
    finally:
        cursor.close()
