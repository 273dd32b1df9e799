"""The initiatives a search finds, in the table's order, fast at any size.

Results come in tiers (db.queries.filters): 0, an author's whole name or the registration number
typed exactly; 1, the words side by side; 2, every word somewhere. Inside a tier, the table's order.

Two plans, chosen by how many rows the full-text index finds (counted up to `dense_threshold`,
a few ms):
- few hits (a name, a rare word): the hits drive the query, each looked up in the table: the
  cost follows the hits, not the table (SQLite's unary + keeps the filters' indexes out of it).
  Every hit is then listed at once (`first_search_rows`): the first page costs that already, and
  the count and the scroll bar come with it;
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
    and_,
    case,
    func,
    not_,
    select,
    text,
)
from sqlalchemy.orm import Session

from db.engines import on_server
from db.models import Initiative
from db.postgres.search import count_hits, hits_up_to_on_server, holds_words, text_matches
from db.progress import IsCancelled, OperationCancelled
from db.queries.filters import (
    ROWID,
    InitiativeFilter,
    exact_rowids,
    filter_conditions,
    fts_rowids,
)
from db.search import TOKEN, folded_words, phrase_match, words_match

DENSE = 4_000  # full-text hits from which walking the table's order may beat looking each one up
BATCH = 5_000  # rows fetched at a time when listing: 50,000 tuples held 6 MB at once


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
    if on_server(session):
        return hits_up_to_on_server(session, match, cap)
    limited = text(
        "SELECT count(*) FROM (SELECT rowid FROM initiative_fts WHERE initiative_fts MATCH :m "
        "LIMIT :cap)"
    )
    return session.scalar(limited, {"m": match, "cap": cap}) or 0


def dense_threshold(_session: Session) -> int:
    """Full-text hits from which walking the table's order beats looking each hit up (tests move
    it). Scaled with the table (sqrt(100 x rows): 18,000 at 3.2M), 'dang van huy' (4,520 hits)
    took 141 ms CPU hit by hit, where the walk finds its first page from the phrase's 400 hits
    in ~47 ms: so a fixed DENSE."""
    return DENSE


def is_dense(session: Session, match: str) -> bool:
    cap = dense_threshold(session)
    return hits_up_to(session, match, cap) >= cap


# ---- the rows, in order --------------------------------------------------------------------------


def search_rowids(
    session: Session,
    f: InitiativeFilter,
    order: tuple[ColumnElement, ...],
    limit: int | None = None,
    cancelled: IsCancelled | None = None,
) -> array:
    """The rowids the search finds (all, or the first `limit`), tier by tier, each in `order`.
    A long list stops (OperationCancelled) once `cancelled()` is True."""
    search = Search.of(f.search)
    assert search is not None
    if not is_dense(session, search.words):
        return _fetch(session, _driven_by_hits(search, f, order, on_server(session)), limit)
    if limit is None:
        return _walk_all_tiers(session, search, f, order, cancelled)
    return _walk_first_rows(session, search, f, order, limit)


def first_search_rows(
    session: Session, f: InitiativeFilter, order: tuple[ColumnElement, ...], limit: int
) -> tuple[array, bool]:
    """The first `limit` rowids the search finds, or all of them when the hits are few (looking
    each one up is the first page's cost anyway), and whether that is all of them."""
    search = Search.of(f.search)
    assert search is not None
    if not is_dense(session, search.words):
        return _fetch(session, _driven_by_hits(search, f, order, on_server(session)), None), True
    ids = _walk_first_rows(session, search, f, order, limit)
    return ids, len(ids) < limit


def _tier(search: Search, server: bool = False) -> ColumnElement[int]:
    """0, 1 or 2 for each row found. A server tests the phrase on the row's own text (an IN of
    the phrase's hits would read every row the phrase's trigrams find)."""
    exact = ROWID.in_(exact_rowids(search.folded, search.reg_no))
    if search.phrase is None:
        return case((exact, 0), else_=1)
    if server:
        return case((exact, 0), (text_matches(Initiative.search_text, search.phrase), 1), else_=2)
    return case((exact, 0), (ROWID.in_(fts_rowids(search.phrase)), 1), else_=2)


def _hits(match: str) -> ColumnElement[bool]:
    """The rows the full-text index finds: FTS5's rowids; on a server the row's own words."""
    return holds_words(match)


def _driven_by_hits(
    search: Search, f: InitiativeFilter, order: tuple, server: bool = False
) -> Select:
    query = select(ROWID).where(_hits(search.words), *filter_conditions(f, by_index=False))
    return query.order_by(_tier(search, server), *order)


def _walk_all_tiers(
    session: Session,
    search: Search,
    f: InitiativeFilter,
    order: tuple,
    cancelled: IsCancelled | None = None,
) -> array:
    """One pass in the table's order, each row tagged with its tier, split by tier in Python."""
    hits = _hits(search.words)
    tier = _tier(search, on_server(session))
    query = select(ROWID, tier).where(hits, *filter_conditions(f)).order_by(*order)
    tiers = [array("i"), array("i"), array("i")]
    compiled = query.compile(session.get_bind(), compile_kwargs={"render_postcompile": True})
    names = compiled.positiontup
    params = compiled.params if names is None else [compiled.params[n] for n in names]  # server
    cursor = session.connection().connection.driver_connection.cursor()
    try:
        cursor.execute(str(compiled), params)
        while batch := cursor.fetchmany(BATCH):
            stop_if(cancelled)
            for number in range(3):
                found = [rowid for rowid, tier in batch if tier == number]
                tiers[number] = appended(tiers[number], found)
    finally:
        cursor.close()
    return _joined_tiers(tiers)


def appended(ids: array, more: list[int]) -> array:
    """`ids` with `more` after them: 4 bytes a rowid while every one fits, else 8 (1.9 million
    rowids of a common word are 7.6 MB)."""
    size = len(ids)
    try:
        ids.extend(more)
    except OverflowError:
        del ids[size:]
        ids = array("q", ids)
        ids.extend(more)
    return ids


def joined(first: array, then: array) -> array:
    """A new array: `first`, then `then` (4 or 8 bytes a rowid, whichever both fit)."""
    if first.typecode != then.typecode:
        first, then = array("q", first), array("q", then)
    return first + then


def _joined_tiers(tiers: list[array]) -> array:
    """The tiers one after the other, grown in place from the largest (a concatenated copy
    would hold a million rowids twice)."""
    if len({tier.typecode for tier in tiers}) > 1:
        tiers = [array("q", tier) for tier in tiers]
    largest = max(range(len(tiers)), key=lambda n: len(tiers[n]))
    whole, front = tiers[largest], array(tiers[largest].typecode)
    for tier in tiers[:largest]:
        front.extend(tier)
    whole[0:0] = front
    for tier in tiers[largest + 1 :]:
        whole.extend(tier)
    return whole


def _walk_first_rows(
    session: Session, search: Search, f: InitiativeFilter, order: tuple, limit: int
) -> array:
    """The first page: the exact rows (few), then each tier's first rows by a walk in the table's
    order that reads each row's search text (sk_search_tier) and stops at the page's end. (FTS5
    asked about one rowid at a time reads the whole doclist of a common word: 50 ms a row.)"""
    exact = ROWID.in_(exact_rowids(search.folded, search.reg_no))
    first = select(ROWID).where(exact, *filter_conditions(f, by_index=False)).order_by(*order)
    rows = _fetch(session, first, limit)
    tiers = [1] if search.phrase is None else [1, 2]
    if search.phrase is not None and not is_dense(session, search.phrase):
        hits = _hits(search.phrase)  # a rare phrase: its hits drive its tier
        phrase = select(ROWID).where(hits, *filter_conditions(f, by_index=False))
        phrase = phrase.where(ROWID.not_in(list(rows))) if rows else phrase
        rows = joined(rows, _fetch(session, phrase.order_by(*order), limit - len(rows)))
        tiers = [2]
    for number in tiers:
        if len(rows) >= limit:
            break
        walk = select(ROWID).where(_tier_is(session, search, number), *filter_conditions(f))
        walk = walk.where(ROWID.not_in(list(rows))) if rows else walk
        rows = joined(rows, _fetch(session, walk.order_by(*order), limit - len(rows)))
    return rows[:limit]


def _tier_is(session: Session, search: Search, number: int) -> ColumnElement[bool]:
    """This row's search text is in tier `number` (1 or 2), read from the row itself: SQLite by
    sk_search_tier, a server by the same regular expressions as its trigram search."""
    if not on_server(session):
        _register_tier_function(session)
        return func.sk_search_tier(Initiative.search_text, search.folded) == number
    words = text_matches(Initiative.search_text, search.words)
    if search.phrase is None:
        return words
    phrase = text_matches(Initiative.search_text, search.phrase)
    return phrase if number == 1 else and_(words, not_(phrase))


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
    only_search = f == InitiativeFilter(search=f.search, include_deleted=f.include_deleted)
    if only_search and on_server(session):  # the words' index alone, as FTS5 counts (0017)
        return count_hits(session, search.words, f.include_deleted)
    if not is_dense(session, search.words):
        query = select(func.count()).select_from(
            select(ROWID)
            .where(_hits(search.words), *filter_conditions(f, by_index=False))
            .subquery()
        )
        return session.scalar(query) or 0
    if only_search:
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
    hits = _hits(search.words)
    walk = select(func.count()).select_from(Initiative).where(hits, *filter_conditions(f))
    return session.scalar(walk) or 0


def _fetch(session: Session, query: Select, limit: int | None) -> array:
    return fetch_rowids(session, query if limit is None else query.limit(limit))


def stop_if(cancelled: IsCancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise OperationCancelled()


def fetch_rowids(session: Session, query: Select, cancelled: IsCancelled | None = None) -> array:
    """The first column of every row, as an array (4 bytes a rowid while they fit, else 8),
    straight from the DB-API cursor: building a million Row objects would take seconds."""
    compiled = query.compile(session.get_bind(), compile_kwargs={"render_postcompile": True})
    names = compiled.positiontup
    params = compiled.params if names is None else [compiled.params[n] for n in names]  # server
    cursor = session.connection().connection.driver_connection.cursor()
    try:
        cursor.execute(str(compiled), params)
        ids = array("i")
        while batch := cursor.fetchmany(BATCH):
            stop_if(cancelled)
            ids = appended(ids, [row[0] for row in batch])
        return ids
    finally:
        cursor.close()
