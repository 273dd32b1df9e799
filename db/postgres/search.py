"""The register's search on a server (issue 18): the same folded text (db.search), found by the
words of each row (a GIN index of `sk_word_array(search_text)`, migration 0017) and by regular
expressions that mean what SQLite's FTS5 expressions mean: a word whole, a word as a prefix,
words side by side; counted from the words' blocks of bits (db.postgres.words).

`fts_hits(match)` is the one subquery the filters use: on SQLite the FTS5 table's rowids, on a
server the rowids of the initiatives whose words match. `holds_words(match)` is the same as a
condition on the row (on SQLite `rowid IN fts_hits`). `row_key(table)` is the key those are
compared with: the rowid on both (a server's is migration 0016's column). `text_matches` is the
same test by regular expressions only, for a walk in the table's order (a server only), and
`any_of` an IN a server can answer by index beside an OR (`= ANY(ARRAY(subquery))`: a bitmap OR
of two index scans, not a full scan). `count_hits` counts as FTS5 counts.
"""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import and_, bindparam, literal_column, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement, TextClause

from db.postgres.words import Bind, count_sql, holds, whole_words

GROUP = re.compile(r'"([^"]*)"(\*?)')
EDGE = "[^0-9a-z]"  # folded text's words are [0-9a-z]+ (db.search.TOKEN), as FTS5 splits them


def match_regexes(match: str) -> list[str]:
    """One regular expression per FTS5 group (`"word"`, `"word"*`, `"two words"`): every one
    must match."""
    return [_regex(words, prefix) for words, prefix in GROUP.findall(match)]


def _regex(words: str, prefix: str) -> str:
    body = f"{EDGE}+".join(re.escape(word) for word in words.split())
    return f"(^|{EDGE}){body}" + ("" if prefix else f"({EDGE}|$)")


class FtsHits(TextClause):
    """SQLite: `SELECT rowid FROM initiative_fts WHERE initiative_fts MATCH :match`."""

    inherit_cache = False

    def __init__(self, match: str) -> None:
        super().__init__("SELECT rowid FROM initiative_fts WHERE initiative_fts MATCH :match")
        self.match = match
        self._bindparams["match"] = bindparam("match", match, unique=True)  # twice in one query


def fts_hits(match: str):
    return FtsHits(match).columns(literal_column("rowid"))


@compiles(FtsHits, "postgresql")
def _fts_hits_server(element: FtsHits, compiler: Any, **kw: Any) -> str:
    return f"SELECT rowid FROM initiatives WHERE {_words_test(element, compiler, kw)}"


def _words_test(element: Any, compiler: Any, kw: dict, column: str = "search_text") -> str:
    def bind(value: str) -> str:
        return compiler.process(bindparam("fts", value, unique=True), **kw)

    return words_test(GROUP.findall(element.match), bind, column)


def words_test(groups: list[tuple[str, str]], bind: Bind, column: str = "search_text") -> str:
    """The row holds every whole word (the GIN index) and matches each phrase and prefix (its
    regular expression, on the rows the index found)."""
    words = whole_words(groups)
    tests = [holds(column, words, bind)] if words else []
    tests += [
        f"{column} ~ {bind(_regex(text, star))}" for text, star in groups if star or " " in text
    ]
    return " AND ".join(tests) or "false"


class HoldsWords(ColumnElement[bool]):
    """The initiative matches an FTS5 expression: `rowid IN fts_hits(match)` on SQLite; on a
    server the test of its own words (no second pass over initiatives)."""

    inherit_cache = False

    def __init__(self, match: str) -> None:
        self.match = match


def holds_words(match: str) -> HoldsWords:
    return HoldsWords(match)


@compiles(HoldsWords)
def _holds_words_sqlite(element: HoldsWords, compiler: Any, **kw: Any) -> str:
    return compiler.process(row_key("initiatives").in_(fts_hits(element.match)), **kw)


@compiles(HoldsWords, "postgresql")
def _holds_words_server(element: HoldsWords, compiler: Any, **kw: Any) -> str:
    return f"({_words_test(element, compiler, kw, 'initiatives.search_text')})"


def count_hits(session: Session, match: str, include_deleted: bool, cap: int | None = None) -> int:
    """How many initiatives an FTS5 expression finds, the way a file counts them: whole words
    from their blocks of bits (deleted rows too, as FTS5 holds them), less the deleted rows among
    them (few, found by ix_initiatives_stats), in one statement. A phrase or a prefix is counted
    a row per hit, only as far as `cap` when one is given."""
    params: dict[str, str] = {}

    def bind(value: str) -> str:
        params[f"w{len(params)}"] = value
        return f":w{len(params) - 1}"

    groups = GROUP.findall(match)
    words = whole_words(groups)
    if words and all(" " not in text and not star for text, star in groups):
        counted = count_sql(words, bind)
    else:
        limit = "" if cap is None else f" LIMIT {int(cap)}"
        hits = f"SELECT rowid FROM initiatives WHERE {words_test(groups, bind)}{limit}"
        counted = f"SELECT count(*) FROM ({hits}) AS hits"
    sql = f"SELECT ({counted})"
    if not include_deleted:
        sql += f" - (SELECT count(*) FROM initiatives WHERE deleted AND {words_test(groups, bind)})"
    return session.scalar(text(sql), params) or 0


def hits_up_to_on_server(session: Session, match: str, cap: int) -> int:
    """The hits of an FTS5 expression, counted up to `cap` (are they many?). Words alone: counted
    from the words' index (1-2 ms). A phrase: the planner's estimate (its statistics
    test the regular expression on a sample of the search texts: 188,262 for 184,180, 32 for
    269; 1-5 ms), where counting its real hits would read a table row for each candidate."""
    groups = GROUP.findall(match)
    if not any(" " in words for words, _star in groups):
        return min(cap, count_hits(session, match, include_deleted=True, cap=cap))
    tests = " AND ".join(f"search_text ~ :r{n}" for n in range(len(groups)))
    params = {f"r{n}": regex for n, regex in enumerate(match_regexes(match))}
    plan = session.execute(
        text(f"EXPLAIN (FORMAT JSON) SELECT rowid FROM initiatives WHERE {tests}"), params
    )
    document = plan.scalar_one()
    document = json.loads(document) if isinstance(document, str) else document
    return min(cap, int(document[0]["Plan"]["Plan Rows"]))


class RowKey(ColumnElement[Any]):
    """`table.rowid`: built into SQLite; on a server initiatives' own column (0016)."""

    inherit_cache = False

    def __init__(self, table: str) -> None:
        self.table = table


def row_key(table: str) -> RowKey:
    return RowKey(table)


@compiles(RowKey)
def _row_key(element: RowKey, compiler: Any, **kw: Any) -> str:
    return f"{element.table}.rowid"


def text_matches(column: Any, match: str) -> ColumnElement[bool]:
    """On a server: this row's search text matches the FTS5 expression (every group's regular
    expression), tested on the row itself: no index, so a walk in the table's order can use it.
    (The column itself, not an expression of it: the planner's estimate of how many rows match,
    from the column's statistics, is what makes it walk: `search_text || ''` was estimated at 35
    rows for 46,078 and sorted the whole table, 716 ms for 0.6 ms.)"""
    return and_(*(column.regexp_match(regex) for regex in match_regexes(match) or ["$^"]))


class AnyOf(ColumnElement[bool]):
    """`column IN (subquery)`; on a server `column = ANY(ARRAY(subquery))`, which the planner can
    answer by the column's index inside an OR (an IN of a subquery there is a hashed filter over
    every row: a full scan of initiatives for every search's exact tier)."""

    inherit_cache = False

    def __init__(self, column: Any, subquery: Any) -> None:
        self.column = column
        self.subquery = subquery


def any_of(column: Any, subquery: Any) -> AnyOf:
    return AnyOf(column, subquery)


@compiles(AnyOf)
def _any_of_sqlite(element: AnyOf, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.column.in_(element.subquery), **kw)


@compiles(AnyOf, "postgresql")
def _any_of_server(element: AnyOf, compiler: Any, **kw: Any) -> str:
    column = compiler.process(element.column, **kw)
    return f"{column} = ANY(ARRAY({compiler.process(element.subquery, **kw)}))"
