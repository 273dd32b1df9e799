"""The initiatives a search finds, in the table's order, fast at any size.

Results come in tiers (db.queries.filters): 0, an author's whole name or the registration number
typed exactly; 1, the words side by side; 2, every word somewhere. Inside a tier, the table's order.

Two plans, chosen by how many rows the full-text index finds (counted up to DENSE, a few ms):
- few hits (a name, a rare word): the hits drive the query, each looked up in the table: the
  cost follows the hits, not the table (SQLite's unary + keeps the filters' indexes out of it);
- many hits ("dau khi": 60% of the table): walk the browse index in the table's order. The first
  page reads the search text of the rows it passes (sk_search_tier, a few hundred rows), the
  whole list keeps the rows the full-text index holds in one pass over the browse index
  (ix_initiatives_browse: deleted, date, unit, phase, status: no lookup into the table).
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass

from sqlalchemy import (
    ColumnElement,
    Select,
    case,
    func,
    select,
    text,
)
from sqlalchemy.orm import Session

from db.engines import on_server
from db.models import Initiative
from db.queries.filters import (
    ROWID,
    InitiativeFilter,
    exact_rowids,
    filter_conditions,
    fts_rowids,
)
from db.search import TOKEN, folded_words, phrase_match, words_match

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


def hits_up_to(session: Session, match: str, cap: int = DENSE) -> int:
    limited = text(
        "SELECT count(*) FROM (SELECT rowid FROM initiative_fts WHERE initiative_fts MATCH :m "
        "LIMIT :cap)"
    )
    return session.scalar(limited, {"m": match, "cap": cap}) or 0


def is_dense(session: Session, match: str) -> bool:
    if on_server(session):  # the trigram index's hits drive a server's search (issue 18)
        return False
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
    names = compiled.positiontup
    params = compiled.params if names is None else [compiled.params[n] for n in names]  # server
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
    order that reads each row's search text (sk_search_tier) and stops at the page's end. (FTS5
    asked about one rowid at a time reads the whole doclist of a common word: 50 ms a row.)"""
    exact = ROWID.in_(exact_rowids(search.folded, search.reg_no))
    first = select(ROWID).where(exact, *filter_conditions(f, by_index=False)).order_by(*order)
    rows = _fetch(session, first, limit)
    _register_tier_function(session)
    tier = func.sk_search_tier(Initiative.search_text, search.folded)
    tiers = [1] if search.phrase is None else [1, 2]
    if search.phrase is not None and not is_dense(session, search.phrase):
        hits = ROWID.in_(fts_rowids(search.phrase))  # a rare phrase: its hits drive its tier
        phrase = select(ROWID).where(hits, *filter_conditions(f, by_index=False))
        phrase = phrase.where(ROWID.not_in(list(rows))) if rows else phrase
        rows += _fetch(session, phrase.order_by(*order), limit - len(rows))
        tiers = [2]
    for number in tiers:
        if len(rows) >= limit:
            break
        walk = select(ROWID).where(tier == number, *filter_conditions(f))
        walk = walk.where(ROWID.not_in(list(rows))) if rows else walk
        rows += _fetch(session, walk.order_by(*order), limit - len(rows))
    return rows[:limit]


def search_tier(text: str | None, folded: str) -> int:
    """1 if the words typed (folded, single-spaced) stand side by side in the folded search text,
    2 if each is there as a whole word, 0 if not: the full-text index's answer, for one row."""
    words = TOKEN.findall(text or "")
    wanted = folded.split()
    if not set(wanted) <= set(words):
        return 0
    size = len(wanted)
    if size == 1 or any(words[n : n + size] == wanted for n in range(len(words) - size + 1)):
        return 1
    return 2


def _register_tier_function(session: Session) -> None:
    raw = session.connection().connection.driver_connection
    raw.create_function("sk_search_tier", 2, search_tier, deterministic=True)


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
            _register_tier_function(session)
            hit = func.sk_search_tier(Initiative.search_text, search.folded) > 0
            deleted = select(func.count()).where(Initiative.deleted.is_(True), hit)
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
    names = compiled.positiontup
    params = compiled.params if names is None else [compiled.params[n] for n in names]  # server
    cursor = session.connection().connection.driver_connection.cursor()
    try:
        cursor.execute(str(compiled), params)
        ids = array("q")
        while batch := cursor.fetchmany(50_000):
            ids.extend(row[0] for row in batch)
        return ids
    finally:
        cursor.close()
