"""The words of the initiatives' search text on a server (issue 18, migration 0017), FTS5's
counterpart: a GIN index of each row's words (`sk_word_array(search_text)`) finds the rows, and
`initiative_word_blocks` (a bit per rowid, 1,024 rowids a row, kept by triggers) counts them.

An FTS5 expression (db.search: `"dau" "khi"`, `"dau khi"`, `"bom"*`) becomes `the row's words
@> ARRAY[every whole word]`, and each phrase or prefix its regular expression on the rows found
(db.postgres.search), as FTS5 tests positions. How many rows hold every whole word is an AND
and a bit_count per block the words share: about 1,000 rows a common word at a million
initiatives, not a row per hit.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

BLOCKS = "initiative_word_blocks"
BLOCKS_KEY = "pk_initiative_word_blocks"  # (word, block): a word's blocks in order
ADDED_TRIGGER = "initiative_words_added"
Bind = Callable[[str], str]  # renders a parameter of this value, returns its placeholder


def whole_words(groups: list[tuple[str, str]]) -> list[str]:
    """The whole words every hit holds, from FTS5 groups (`findall` of db.postgres.search.GROUP),
    each once: every word of every group but the last of a `"…"*` (a prefix)."""
    words: dict[str, None] = {}
    for text, star in groups:
        split = text.split()
        words.update(dict.fromkeys(split[:-1] if star else split))
    return list(words)


def holds(column: str, words: list[str], bind: Bind) -> str:
    """`sk_word_array(column) @> ARRAY[…]`: the row holds every word (the GIN index's test)."""
    array = ", ".join(bind(word) for word in words)
    return f"sk_word_array({column}) @> ARRAY[{array}]::text[]"


def count_sql(words: list[str], bind: Bind) -> str:
    """`SELECT sum(bit_count(b0.bits & b1.bits …))` over the blocks the words share: how many
    rowids hold every word, without a row per hit."""
    bits = " & ".join(f"b{number}.bits" for number in range(len(words)))
    sql = f"SELECT coalesce(sum(bit_count({bits})), 0) FROM {BLOCKS} b0"
    for number, word in enumerate(words[1:], start=1):
        sql += (
            f" JOIN {BLOCKS} b{number} ON b{number}.block = b0.block"
            f" AND b{number}.word = {bind(word)}"
        )
    return f"{sql} WHERE b0.word = {bind(words[0])}"


def refill(connection: Connection) -> None:
    """The blocks again from the initiatives' search text (migration 0017's function), after
    `migrate-to` copied every row with the insert trigger off."""
    connection.exec_driver_sql("SELECT sk_refill_search_words()")
    # one word's blocks side by side on disk: the function writes them block by block, so a
    # word's rows sat one to a page ('neptune' at a million: 460 rows on 458 pages, a count
    # 17 ms read cold; clustered 16 pages, 0.35 ms). Later writes do not undo the bulk of it.
    connection.exec_driver_sql(f"CLUSTER {BLOCKS} USING {BLOCKS_KEY}")


def adding_words(connection: Connection, on: bool) -> None:
    """Switch the insert trigger on or off (the table's owner may, inside a transaction)."""
    state = "ENABLE" if on else "DISABLE"
    connection.exec_driver_sql(f"ALTER TABLE initiatives {state} TRIGGER {ADDED_TRIGGER}")
