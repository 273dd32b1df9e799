"""Fifty searches a clerk types, each with the first result the table must show, built from a
database by code so the set is the same for the same demo (any size, any seed).

The expected first result comes from a reference written here in plain Python over the stored
rows, apart from the SQL and FTS5 of db.queries: every word typed must appear as a whole word of
the folded text; an author's whole name (or the registration number) typed exactly ranks first,
then the words side by side in order, then the rest; inside a tier the table's default order,
newest registration first (then the newest rowid).

    queries = build_queries(connection)          # 50 Query objects
    expected = expected_first(connection, queries)
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from db.search import fold

WORD = re.compile(r"[0-9a-z]+")


@dataclass(frozen=True)
class Query:
    kind: str  # name, name typed with diacritics, prefix trap, phrase, words, reg no
    text: str


def words(text: str) -> str:
    return " ".join(WORD.findall(fold(text)))


def build_queries(connection: sqlite3.Connection) -> list[Query]:
    """20 author names (10 of them "traps": another author's name starts with the same letters,
    as Đặng Văn Huy and Đặng Văn Huỳnh; where the demo's names hold fewer such pairs, other names
    make up the twenty), 5 names typed with diacritics and capitals, 12 phrases from titles, 8
    name-and-title-word searches, 5 registration numbers."""
    names = _author_names(connection)
    traps = [n for n, m in pairwise(names) if m.startswith(n) and m != n]
    plain = [n for n in names if n not in set(traps)]
    queries = [Query("prefix trap", n) for n in _spread(traps, 10)]
    queries += [Query("name", n) for n in _spread(plain, 20 - len(queries))]
    queries += [Query("name typed", t) for t in _typed_names(connection, _spread(plain[1::2], 5))]
    rows = _titled_rows(connection)
    queries += [Query("phrase", phrase) for phrase in _spread(_phrases(rows), 12)]
    rows = _spread(rows, 13)
    queries += [Query("words", f"{name} {_last_word(title)}") for _, title, _, name in rows[:8]]
    queries += [Query("reg no", reg_no.lower()) for reg_no, _, _, _ in rows[8:]]
    return queries


def _author_names(connection: sqlite3.Connection) -> list[str]:
    rows = connection.execute(
        "SELECT DISTINCT p.full_name FROM people p JOIN initiative_authors a ON a.person_id = p.id "
        "JOIN initiatives i ON i.id = a.initiative_id "
        "WHERE p.deleted = 0 AND a.deleted = 0 AND i.deleted = 0"
    )
    return sorted({words(name) for (name,) in rows})


def _typed_names(connection: sqlite3.Connection, folded: list[str]) -> list[str]:
    """The same names as a person types them with diacritics: upper case, or lower case."""
    typed = []
    for n, name in enumerate(folded):
        stored = next(
            full
            for (full,) in connection.execute("SELECT full_name FROM people ORDER BY full_name")
            if words(full) == name
        )
        typed.append(stored.upper() if n % 2 else stored.lower())
    return typed


def _titled_rows(connection: sqlite3.Connection) -> list[tuple[str, str, int, str]]:
    """(reg no, title, rowid, first author's folded name) of live initiatives, in rowid order."""
    rows = connection.execute(
        "SELECT i.reg_no, i.title, i.rowid, (SELECT p.full_name FROM initiative_authors a "
        "JOIN people p ON p.id = a.person_id WHERE a.initiative_id = i.id AND a.deleted = 0 "
        "ORDER BY a.ordinal LIMIT 1) FROM initiatives i WHERE i.deleted = 0 AND i.rowid % 97 = 0 "
        "ORDER BY i.rowid"
    )
    return [
        (r, t, rowid, words(a or "")) for r, t, rowid, a in rows if len(WORD.findall(fold(t))) >= 5
    ]


def _spread(items: list, count: int) -> list:
    """`count` items spread evenly over the list (all of them if it is shorter)."""
    if len(items) <= count:
        return list(items)
    step = len(items) / count
    return [items[int(n * step)] for n in range(count)]


def _phrases(rows: list[tuple[str, str, int, str]]) -> list[str]:
    """Three or four words side by side from the titles, each phrase once, in order of rows."""
    phrases: dict[str, None] = {}
    for n, (_, title, _, _) in enumerate(rows):
        found = WORD.findall(fold(title))
        start = n % 3
        phrases.setdefault(" ".join(found[start : start + 3 + n % 2]), None)
    return sorted(phrases)


def _last_word(title: str) -> str:
    return WORD.findall(fold(title))[-1]


# ---- the reference: which row a person must see first ----------------------------------------------


def expected_first(connection: sqlite3.Connection, queries: list[Query]) -> list[int | None]:
    """The rowid each query must show first (None if nothing matches), by one pass over the rows."""
    best: list[tuple | None] = [None] * len(queries)
    wanted = [_Wanted(q.text) for q in queries]
    names = {want.folded for want in wanted}
    for rowid, reg_no, registered_on, text, authors in _live_rows(connection, names):
        padded = f" {words(text)} "
        row_words = set(padded.split())
        for n, want in enumerate(wanted):
            if not want.words <= row_words:
                continue
            tier = want.tier(reg_no, padded, authors)
            key = (tier, _negated(registered_on), -rowid)
            if best[n] is None or key < best[n]:
                best[n] = (*key, rowid)
    return [None if b is None else b[-1] for b in best]


@dataclass
class _Wanted:
    typed: str

    def __post_init__(self) -> None:
        self.folded = words(self.typed)
        self.words = set(self.folded.split())

    def tier(self, reg_no: str, padded: str, authors: set[str]) -> int:
        if self.folded in authors or reg_no == self.typed.strip().upper():
            return 0
        return 1 if f" {self.folded} " in padded else 2


def _negated(day: str | None) -> str:
    """A sort key that puts later dates first (ISO dates: negate each digit)."""
    return "".join(chr(ord("9") - ord(c) + ord("0")) if c.isdigit() else c for c in day or "")


def _live_rows(
    connection: sqlite3.Connection, wanted_names: set[str]
) -> Iterator[tuple[int, str, str, str, set[str]]]:
    """Every live initiative with the folded names of its authors that are among `wanted_names`."""
    people = {
        person_id
        for person_id, name in connection.execute("SELECT id, full_name FROM people")
        if words(name) in wanted_names
    }
    names: dict[str, set[str]] = {}
    for initiative_id, person_id, name in connection.execute(
        "SELECT a.initiative_id, a.person_id, p.full_name FROM initiative_authors a "
        "JOIN people p ON p.id = a.person_id WHERE a.deleted = 0"
    ):
        if person_id in people:
            names.setdefault(initiative_id, set()).add(words(name))
    rows = connection.execute(
        "SELECT rowid, id, reg_no, registered_on, search_text FROM initiatives WHERE deleted = 0"
    )
    for rowid, initiative_id, reg_no, registered_on, text in rows:
        yield rowid, reg_no, registered_on, text, names.get(initiative_id, set())
