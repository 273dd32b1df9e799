"""The register's search on a server (issue 18): the same folded text (db.search), found through
a trigram index (pg_trgm, migration 0013) by regular expressions that mean what SQLite's FTS5
expressions mean: a word whole, a word as a prefix, words side by side.

`fts_hits(match)` is the one subquery the filters use: on SQLite the FTS5 table's rowids, on a
server the rowids of the initiatives whose search text matches. `row_key(table)` is the key those
are compared with: the rowid on both (a server's is migration 0016's column). `text_matches`
is the same test on one row's text (a server only), and `any_of` an IN a server can answer by
index beside an OR (`= ANY(ARRAY(subquery))`: a bitmap OR of two index scans, not a full scan).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import and_, bindparam, literal_column
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement, TextClause

GROUP = re.compile(r'"([^"]*)"(\*?)')
EDGE = "[^0-9a-z]"  # folded text's words are [0-9a-z]+ (db.search.TOKEN), as FTS5 splits them


def match_regexes(match: str) -> list[str]:
    """One regular expression per FTS5 group (`"word"`, `"word"*`, `"two words"`): every one
    must match."""
    regexes = []
    for words, prefix in GROUP.findall(match):
        body = f"{EDGE}+".join(re.escape(word) for word in words.split())
        regexes.append(f"(^|{EDGE}){body}" + ("" if prefix else f"({EDGE}|$)"))
    return regexes


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
    regexes = match_regexes(element.match) or ["$^"]
    tests = " AND ".join(
        "search_text ~ " + compiler.process(bindparam("fts", regex, unique=True), **kw)
        for regex in regexes
    )
    return f"SELECT rowid FROM initiatives WHERE {tests}"


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
    expression), tested on the row itself: no index, so a walk in the table's order can use it."""
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
