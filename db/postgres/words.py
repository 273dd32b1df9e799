"""The words of the initiatives' search text on a server (issue 18, migration 0017): the FTS5
doclists' counterpart, `initiative_words (word, rowid)`, one B-tree, and its bitmaps, both kept
by triggers.

An FTS5 expression (db.search: `"dau" "khi"`, `"dau khi"`, `"bom"*`) becomes a join of ranges of
that B-tree, each already in rowid order, and a phrase's words found there are then tested on
the row (db.postgres.search's regular expression), as FTS5 tests positions. How many rows hold
every word is counted from `initiative_word_blocks` (a bit per rowid, 1,024 rowids a row): an
AND and a bit_count per block the words share, not a row per hit.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

TABLE = "initiative_words"
BLOCKS = "initiative_word_blocks"
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


def count_sql(terms: list[Term], bind) -> str | None:
    """`SELECT sum(bit_count(b0.bits & b1.bits …))` over the blocks the words share: how many
    rowids hold every word, without a row per hit. None when a term is a prefix."""
    if not terms or any(term.prefix for term in terms):
        return None
    bits = " & ".join(f"b{number}.bits" for number in range(len(terms)))
    sql = f"SELECT coalesce(sum(bit_count({bits})), 0) FROM {BLOCKS} b0"
    for number, term in enumerate(terms[1:], start=1):
        sql += (
            f" JOIN {BLOCKS} b{number} ON b{number}.block = b0.block"
            f" AND b{number}.word = {bind(term.word)}"
        )
    return f"{sql} WHERE b0.word = {bind(terms[0].word)}"


def held_by(row: str, terms: list[Term], bind) -> str:
    """`EXISTS (…) AND …`: the row `row` (an alias of initiatives) holds every term: an index
    probe per term, for a few rows found otherwise (the deleted ones)."""
    tests = [
        f"EXISTS (SELECT 1 FROM {TABLE} h{number} WHERE h{number}.rowid = {row}.rowid"
        f" AND {_test(f'h{number}', term, bind)})"
        for number, term in enumerate(terms)
    ]
    return " AND ".join(tests) or "false"


def _test(alias: str, term: Term, bind) -> str:
    if term.prefix:
        return f"{alias}.word LIKE {bind(term.word + '%')}"
    return f"{alias}.word = {bind(term.word)}"


def refill(connection: Connection) -> None:
    """Both tables again from the initiatives' search text (migration 0017's function: the
    B-tree built once at the end, after `migrate-to` copied every row with the trigger off)."""
    connection.exec_driver_sql("SELECT sk_refill_search_words()")


def adding_words(connection: Connection, on: bool) -> None:
    """Switch the insert trigger on or off (the table's owner may, inside a transaction)."""
    state = "ENABLE" if on else "DISABLE"
    connection.exec_driver_sql(f"ALTER TABLE initiatives {state} TRIGGER {ADDED_TRIGGER}")
