"""The words of the initiatives' search text on a server (issue 18, migration 0017): the FTS5
doclists' counterpart, `initiative_words (word, rowid)`, one B-tree, kept by triggers.

An FTS5 expression (db.search: `"dau" "khi"`, `"dau khi"`, `"bom"*`) becomes a join of ranges of
that B-tree, each already in rowid order: 'dau khi' is a merge join of two index-only scans,
counted without reading the table. A phrase's words are found there and the phrase itself is
then tested on the row (db.postgres.search's regular expression), as FTS5 tests positions.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

TABLE = "initiative_words"
INDEX = "ix_initiative_words"
ADDED_TRIGGER = "initiative_words_added"


@dataclass(frozen=True)
class Term:
    """One word of an expression: whole (`word = :w`), or its beginning (`word LIKE 'w%'`)."""

    word: str
    prefix: bool = False


def terms_of(groups: list[tuple[str, str]]) -> list[Term]:
    """The words every hit holds, from FTS5 groups (`findall` of db.postgres.search.GROUP):
    each word of each group, the last of a `"…"*` group as a prefix; whole words first (they
    drive the join), each once."""
    terms: dict[Term, None] = {}
    for words, star in groups:
        split = words.split()
        for number, word in enumerate(split):
            terms[Term(word, bool(star) and number == len(split) - 1)] = None
    return sorted(terms, key=lambda term: term.prefix)


def hits_sql(terms: list[Term], bind) -> str:
    """`SELECT w0.rowid FROM initiative_words w0 JOIN … WHERE w0.word = … `: the rowids holding
    every term, each once, in rowid order. `bind(value)` renders a parameter."""
    if not terms:
        return f"SELECT rowid FROM {TABLE} WHERE false"
    first, *rest = terms
    if first.prefix:  # every term a prefix (suggestions): one row per rowid
        sql = f"SELECT DISTINCT w0.rowid FROM {TABLE} w0 WHERE {_test('w0', first, bind)}"
    else:
        sql = f"SELECT w0.rowid FROM {TABLE} w0 WHERE {_test('w0', first, bind)}"
    for number, term in enumerate(rest, start=1):
        alias = f"w{number}"
        same_row = f"SELECT 1 FROM {TABLE} {alias} WHERE {alias}.rowid = w0.rowid"
        sql += f" AND EXISTS ({same_row} AND {_test(alias, term, bind)})"
    return sql


def _test(alias: str, term: Term, bind) -> str:
    if term.prefix:
        return f"{alias}.word LIKE {bind(term.word + '%')}"
    return f"{alias}.word = {bind(term.word)}"


def refill(connection: Connection) -> None:
    """The whole table again from the initiatives' search text, its B-tree built once at the end
    (after `migrate-to` copied every row with the insert trigger off: a sorted build is minutes
    faster at a million rows than a B-tree grown row by row)."""
    connection.exec_driver_sql(f"DROP INDEX IF EXISTS {INDEX}")
    connection.exec_driver_sql(f"TRUNCATE {TABLE}")
    connection.exec_driver_sql(
        f"INSERT INTO {TABLE} (word, rowid) "
        "SELECT word, initiatives.rowid FROM initiatives, LATERAL sk_words(search_text) AS word"
    )
    connection.exec_driver_sql(f"CREATE UNIQUE INDEX {INDEX} ON {TABLE} (word, rowid)")


def adding_words(connection: Connection, on: bool) -> None:
    """Switch the insert trigger on or off (the table's owner may, inside a transaction)."""
    state = "ENABLE" if on else "DISABLE"
    connection.exec_driver_sql(f"ALTER TABLE initiatives {state} TRIGGER {ADDED_TRIGGER}")
