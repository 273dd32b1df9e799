"""The initiatives a search finds, in the table's order, fast at any size.

Results come in tiers (db.queries.filters): 0, an author's whole name or the registration number
typed exactly; 1, the words side by side; 2, every word somewhere. Inside a tier, the table's order.

The first page starts with tier 0, read by the people's and the numbers' indexes; when those rows
fill it (a common name: 'dang van huy'), that is the page, and nothing else is asked. Otherwise
two plans, chosen by how many rows the full-text index finds (counted up to `dense_threshold`,
a few ms):
- few hits (a rare word): the hits drive the query, each looked up in the table: the
  cost follows the hits, not the table (SQLite's unary + keeps the filters' indexes out of it).
  Every hit is then listed at once (`first_search_rows`): the first page costs that already, and
  the count and the scroll bar come with it;
- middling hits (4,000 to MIDDLING, 30,000: 0.1-1% of 3.2M rows, 'ban do cau'): the first page
  takes the full-text index's rowids, tier by tier, and probes them along the table's order
  (index only) or looks the few up (`_first_rows_of_hits`); a walk reading each row's text read
  a thousand rows for every ten kept. Many hits whose phrase is middling do so for the phrase;
- many hits ("dau khi": 60% of the table): walk the table's order. The first page tests the
  search text of the rows it passes (sk_search_tier, compiled patterns, 1-2 us a row) and stops
  at the page's end: with no other filter, newest first, on the date index (no day's rows sorted
  first, `_walk`); with filters on the browse index. The whole list keeps the rows the full-text
  index holds in one pass over an index, no lookup into the table: the date index with no other
  filter (`_every_hit`), else the browse index (ix_initiatives_browse: deleted, date, unit,
  phase, status).
"""

from __future__ import annotations

import json
import re
import sqlite3
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    func,
    literal_column,
    not_,
    select,
    text,
)
from sqlalchemy.orm import Session

from db.engines import on_server
from db.models import Initiative
from db.postgres.search import (
    count_hits,
    hits_up_to_on_server,
    holds_words,
    row_key,
    text_matches,
)
from db.progress import IsCancelled, OperationCancelled
from db.queries.filters import (
    ROWID,
    InitiativeFilter,
    exact_rowids,
    filter_conditions,
    fts_rowids,
    unindexed,
)
from db.search import folded_words, phrase_match, words_match

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
    exact = _exact_rows(session, search, f, order, limit)
    if len(exact) >= limit:  # an author's whole name or the number fills the page: no more asked
        return exact, False
    few = dense_threshold(session)
    cap = few if on_server(session) else max(few, MIDDLING)  # one count tells few, middling, many
    counted = hits_up_to(session, search.words, cap)
    if counted < few:
        return _fetch(session, _driven_by_hits(search, f, order, on_server(session)), None), True
    ids = _walk_first_rows(session, search, f, order, limit, exact, counted)
    return ids, len(ids) < limit


def _exact_rows(
    session: Session, search: Search, f: InitiativeFilter, order: tuple, limit: int
) -> array:
    """The first `limit` rows of tier 0: an author's whole name, the number (by their indexes)."""
    exact = ROWID.in_(exact_rowids(search.folded, search.reg_no))
    first = select(ROWID).where(exact, *filter_conditions(f, by_index=False)).order_by(*order)
    return _fetch(session, first, limit)


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
    tier = _tier(search, on_server(session))
    query = (
        select(ROWID, tier).select_from(Initiative).where(*_every_hit(session, search, f, order))
    )
    query = query.order_by(*order)
    tiers = [array("i"), array("i"), array("i")]
    compiled = query.compile(session.get_bind(), compile_kwargs={"render_postcompile": True})
    names = compiled.positiontup
    params = compiled.params if names is None else [compiled.params[n] for n in names]  # server
    cursor = session.connection().connection.driver_connection.cursor()
    try:
        with stoppable(session, cancelled):
            cursor.execute(str(compiled), params)
            while batch := cursor.fetchmany(BATCH):
                stop_if(cancelled)
                for number in range(3):
                    found = [rowid for rowid, tier in batch if tier == number]
                    tiers[number] = appended(tiers[number], found)
    finally:
        cursor.close()
    return _joined_tiers(tiers)


def _every_hit(
    session: Session, search: Search, f: InitiativeFilter, order: tuple
) -> list[ColumnElement[bool]]:
    """The conditions of a listing of every hit. With no filter but the search, newest first:
    the hits (unary +) and not a deleted row (their own short range), so SQLite walks the date
    index (date, rowid: 15 bytes an entry, the whole order) where it walked the browse index
    (80-100 bytes, each day's rows sorted by rowid): 'dau khi' 2.7 -> 2.2 s CPU, 8.1 -> 5.1 s."""
    if not (only_search(f) and _by_date(order) and not on_server(session)):
        return [_hits(search.words), *filter_conditions(f)]
    hits = unindexed(ROWID).in_(fts_rowids(search.words))
    if f.include_deleted:
        return [hits]
    gone = Initiative.__table__.alias("gone")
    return [hits, ROWID.not_in(select(row_key("gone")).where(gone.c.deleted.is_(True)))]


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
    session: Session,
    search: Search,
    f: InitiativeFilter,
    order: tuple,
    limit: int,
    exact: array | None = None,
    counted: int | None = None,
) -> array:
    """The first page: the exact rows (few; `exact` if already read), then each tier's first rows
    by a walk in the table's order that reads each row's search text (sk_search_tier) and stops
    at the page's end. (FTS5 asked about one rowid at a time reads the whole doclist of a common
    word: 50 ms a row.)"""
    rows = _exact_rows(session, search, f, order, limit) if exact is None else exact
    if len(rows) >= limit:  # the exact name's or number's rows fill the page
        return rows[:limit]
    if not on_server(session):  # counted before fetched: a common word's 30,000 cost 30 ms
        if counted is None:
            counted = hits_up_to(session, search.words, MIDDLING)
        if counted < MIDDLING:
            return _first_rows_of_hits(session, search, f, order, limit, rows)
        if search.phrase is not None and hits_up_to(session, search.phrase, MIDDLING) < MIDDLING:
            phrase = _fts_ids(session, search.phrase, MIDDLING)  # the words side by side: fewer
            rows = _first_of(session, f, order, limit, rows, phrase)
            return _walk_tiers(session, search, f, order, limit, rows, [2])
    tiers = [1] if search.phrase is None else [1, 2]
    if search.phrase is not None and not is_dense(session, search.phrase):
        hits = _hits(search.phrase)  # a rare phrase: its hits drive its tier
        phrase = select(ROWID).where(hits, *filter_conditions(f, by_index=False))
        phrase = phrase.where(ROWID.not_in(list(rows))) if rows else phrase
        rows = joined(rows, _fetch(session, phrase.order_by(*order), limit - len(rows)))
        tiers = [2]
    return _walk_tiers(session, search, f, order, limit, rows, tiers)


def _walk_tiers(
    session: Session,
    search: Search,
    f: InitiativeFilter,
    order: tuple,
    limit: int,
    rows: array,
    tiers: list[int],
) -> array:
    """After `rows`, each tier's first rows by a walk testing each row's text, to the page's end."""
    for number in tiers:
        if len(rows) >= limit:
            break
        walk = _walk(session, f, order, _tier_is(session, search, number))
        walk = walk.where(ROWID.not_in(list(rows))) if rows else walk
        rows = joined(rows, _fetch(session, walk, limit - len(rows)))
    return rows[:limit]


MIDDLING = 30_000  # hits below which a first page tests the hits' rowids, not each row's text


def _first_rows_of_hits(
    session: Session,
    search: Search,
    f: InitiativeFilter,
    order: tuple,
    limit: int,
    rows: array,
) -> array:
    """Middling hits (4,000-30,000: 0.1-1% of 3.2M rows): a walk testing each row's text read
    a thousand rows for every ten kept (3-5 s for 'ban do cau' when the file was not cached).
    Instead the full-text index's rowids (a few ms) are the test, tier by tier: a tier of few
    rows is looked up row by row; a bigger one is probed along the table's order, reading no
    row but those kept. The words' own rowids are asked for only when the phrase's rows do not
    fill the page (three common words: 35-100 ms each time)."""
    if search.phrase is None:
        words = _fts_ids(session, search.words, MIDDLING)
        return _first_of(session, f, order, limit, rows, words)[:limit]
    phrase = _fts_ids(session, search.phrase, MIDDLING)
    rows = _first_of(session, f, order, limit, rows, phrase)
    if len(rows) < limit:
        words = _fts_ids(session, search.words, MIDDLING)
        rows = _first_of(session, f, order, limit, rows, words - phrase)
    return rows[:limit]


def _first_of(
    session: Session, f: InitiativeFilter, order: tuple, limit: int, rows: array, tier: set[int]
) -> array:
    """`rows`, then the first of these rowids (one tier's hits) in `order`, to the page's end:
    few, looked up each; more, probed along the table's order (index only)."""
    wanted = tier - set(rows)
    if len(rows) >= limit or not wanted:
        return rows
    listed = select(literal_column("value")).select_from(func.json_each(json.dumps(sorted(wanted))))
    if len(wanted) < DENSE:
        query = select(ROWID).where(ROWID.in_(listed), *filter_conditions(f, by_index=False))
        query = query.order_by(*order)
    else:
        query = _walk(session, f, order, unindexed(ROWID).in_(listed))
    return joined(rows, _fetch(session, query, limit - len(rows)))


def _fts_ids(session: Session, match: str, cap: int) -> set[int]:
    """The rowids the full-text index finds, up to `cap` of them (straight from the cursor)."""
    cursor = session.connection().connection.driver_connection.cursor()
    try:
        sql = "SELECT rowid FROM initiative_fts WHERE initiative_fts MATCH ? LIMIT ?"
        return {rowid for (rowid,) in cursor.execute(sql, (match, cap))}
    finally:
        cursor.close()


def _walk(session: Session, f: InitiativeFilter, order: tuple, found: ColumnElement) -> Select:
    """The rows `found` picks, in `order`, read one by one from the first until the page is full.
    With no filter but the search, newest first, the unary + leaves SQLite the date index alone
    (ix_initiatives_registered_on: date then rowid, the whole order, no sort), and it tests each
    row it passes: on the browse index it sorted each day's rows by rowid, so it tested every row
    of the newest day first ('dau khi': 1,538 rows for 182, 'bom' 3,521 for 2,480)."""
    by_index = not (only_search(f) and _by_date(order) and not on_server(session))
    return select(ROWID).where(found, *filter_conditions(f, by_index)).order_by(*order)


def only_search(f: InitiativeFilter) -> bool:
    """No filter but the words searched (and whether deleted rows count)."""
    return f == InitiativeFilter(search=f.search, include_deleted=f.include_deleted)


def _by_date(order: tuple) -> bool:
    column = getattr(order[0], "element", None)
    return getattr(column, "key", None) == "registered_on" and getattr(column, "table", None) is (
        Initiative.__table__
    )


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
    phrase, words = _tier_patterns(folded)
    text = text or ""
    if not all(word.search(text) for word in words):
        return 0
    return 1 if phrase is None or phrase.search(text) else 2


@lru_cache(maxsize=16)
def _tier_patterns(folded: str) -> tuple[re.Pattern[str] | None, list[re.Pattern[str]]]:
    """The phrase and each word as whole words of the folded text (a word is a run of TOKEN's
    letters and digits): one regular expression each, compiled once a search. A walk calls
    search_tier on every row it passes (a whole day's rows, thousands): splitting each text into
    words took 12 us a row, these 1-2."""
    wanted = folded.split()
    words = [re.compile(_EDGE + re.escape(word) + _END) for word in dict.fromkeys(wanted)]
    if len(wanted) < 2:
        return None, words
    between = "[^0-9a-z]+"
    return re.compile(_EDGE + between.join(map(re.escape, wanted)) + _END), words


_EDGE, _END = "(?<![0-9a-z])", "(?![0-9a-z])"  # TOKEN's word boundaries


def _register_tier_function(session: Session) -> None:
    raw = session.connection().connection.driver_connection
    raw.create_function("sk_search_tier", 2, search_tier, deterministic=True)


# ---- how many --------------------------------------------------------------------------------------


def search_count(session: Session, f: InitiativeFilter, dense: bool | None = None) -> int:
    """How many initiatives the search finds (`dense`: whether the hits are many, if known).
    No filter but the search (and the deleted rows): the full-text count less the deleted rows
    among the hits (few), without touching the table, few hits or many (2,749 hits each looked
    up took 1.4 s when the file was not in the system's cache)."""
    search = Search.of(f.search)
    assert search is not None
    if only_search(f) and on_server(session):  # the words' index alone, as FTS5 counts (0017)
        return count_hits(session, search.words, f.include_deleted)
    if dense is None:
        dense = (only_search(f) and not on_server(session)) or is_dense(session, search.words)
    if not dense:
        query = select(func.count()).select_from(
            select(ROWID)
            .where(_hits(search.words), *filter_conditions(f, by_index=False))
            .subquery()
        )
        return session.scalar(query) or 0
    if only_search(f) and not on_server(session):
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
        with stoppable(session, cancelled):
            cursor.execute(str(compiled), params)
            ids = array("i")
            while batch := cursor.fetchmany(BATCH):
                stop_if(cancelled)
                ids = appended(ids, [row[0] for row in batch])
        return ids
    finally:
        cursor.close()


STEPS = 10_000  # SQLite's virtual machine steps between two looks at the cancel check (~1 ms)


@contextmanager
def stoppable(session: Session, cancelled: IsCancelled | None) -> Iterator[None]:
    """SQLite looks at `cancelled` every STEPS steps of the statement and stops it when True
    (OperationCancelled): a common word's listing spends its first second building its hits
    before the first row, and went on for 1 s CPU after a newer search had replaced it."""
    if cancelled is None or on_server(session):
        yield
        return
    raw = session.connection().connection.driver_connection
    raw.set_progress_handler(lambda: 1 if cancelled() else 0, STEPS)
    try:
        yield
    except sqlite3.OperationalError as error:
        if cancelled():
            raise OperationCancelled() from error
        raise
    finally:
        raw.set_progress_handler(None, 0)
