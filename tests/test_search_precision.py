"""A clerk searches the register the way people type: whole words, no diacritics, a colleague's
full name. The right initiative comes first (fifty searches built from the demo by code), and a
name never finds its longer neighbour ('huy' is not 'Huỳnh')."""

import sqlite3

import pytest
from search_precision import build_queries, expected_first, words

from db.queries.browse import initiative_rowids, matching_count
from db.queries.filters import InitiativeFilter
from db.session import open_database
from desktop.__main__ import main


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "demo.db"
    assert main(["--db", str(path), "demo"]) == 0
    database = open_database(path)
    yield path, database
    database.close()


def first_shown(database, text: str) -> int | None:
    ids = initiative_rowids_for(database, text)
    return ids[0] if ids else None


def test_fifty_searches_show_the_expected_initiative_first(demo):
    path, database = demo
    with sqlite3.connect(path) as connection:
        queries = build_queries(connection)
        expected = expected_first(connection, queries)
    assert len(queries) == 50
    assert len({q.text for q in queries}) == 50
    assert all(rowid is not None for rowid in expected)
    wrong = [
        (q.kind, q.text, got, want)
        for q, want in zip(queries, expected, strict=True)
        if (got := first_shown(database, q.text)) != want
    ]
    assert wrong == []


def test_a_name_finds_that_persons_initiatives_first(demo):
    path, database = demo
    with sqlite3.connect(path) as connection:
        trap = next(q.text for q in build_queries(connection) if q.kind == "prefix trap")
        shown = list(initiative_rowids_for(database, trap))
        authors = {r: {words(n) for (n,) in connection.execute(AUTHORS, (r,))} for r in shown}
    by_them = [r for r in shown if trap in authors[r]]
    assert by_them and shown[: len(by_them)] == by_them  # theirs first, then the rest


def test_every_word_is_matched_whole_so_huy_does_not_find_huynh(demo):
    path, database = demo
    shown = initiative_rowids_for(database, "huy")
    with sqlite3.connect(path) as connection:
        texts = [words(connection.execute(TEXT, (r,)).fetchone()[0]) for r in shown]
        huynh = connection.execute(
            "SELECT count(*) FROM initiatives WHERE search_text LIKE '%huynh%'"
        ).fetchone()[0]
    assert shown and huynh
    assert all("huy" in text.split() for text in texts)


def initiative_rowids_for(database, text: str):
    with database.session() as session:
        return initiative_rowids(session, InitiativeFilter(search=text), "registered_on", True)


AUTHORS = (
    "SELECT p.full_name FROM initiatives i JOIN initiative_authors a ON a.initiative_id = i.id "
    "JOIN people p ON p.id = a.person_id WHERE i.rowid = ? AND a.deleted = 0"
)
TEXT = "SELECT search_text FROM initiatives WHERE rowid = ?"


def test_both_plans_find_the_same_rows_in_the_same_order(demo, monkeypatch):
    """Few hits drive the query, many hits walk the table's order: a person sees no difference,
    in the first page, the count or the whole list, with or without a unit filter."""
    import db.queries.searching as searching

    path, database = demo
    with sqlite3.connect(path) as connection:
        typed = [q.text for q in build_queries(connection)[::5]] + ["dau khi", "khi", "cong"]
        vsp = connection.execute("SELECT id FROM units WHERE code = 'VSP'").fetchone()[0]
    for text in typed:
        for f in (InitiativeFilter(search=text), InitiativeFilter(search=text, unit_id=vsp)):
            seen = []
            for dense in (10**9, 1):
                monkeypatch.setattr(searching, "dense_threshold", lambda _s, d=dense: d)
                with database.session() as session:
                    every = initiative_rowids(session, f, "registered_on", True)
                    first = initiative_rowids(session, f, "registered_on", True, limit=100)
                    seen.append((list(every), list(first), matching_count(session, f)))
            (every, first, count), other = seen
            assert other == (every, every[:100], len(every)) and first == every[:100], text
            assert count == len(every)
