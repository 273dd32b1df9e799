"""Lists of people are read in Vietnamese order from the database, the first ones only: the
authors picker's one-letter search and the authors page's first page walk the name key's index
and stop (no sort), on a file and on a server; a search that matches few people, or a small
unit, finds the rest by a scan, and the order is the same either way."""

import datetime as dt
import random

import pytest
from initiative_world import build_world
from sqlalchemy import select, text

from db.changes import RecordWriter
from db.collation import person_order
from db.duplicates.people import duplicate_people_groups
from db.models import Person
from db.queries.people import add_person, find_people, first_people, in_list_order
from db.queries.people_list import duplicate_person_ids, people_list
from db.search import fold

SURNAMES = ["Nguyễn", "Đặng", "Dương", "Đỗ", "Ứng", "Uông", "Bùi", "Âu", "An", "Lê"]
GIVEN = ["An", "Án", "Ân", "Hoà", "Hòa", "Hoa", "Đạt", "Dũng", "Ưng", "Yến"]


@pytest.fixture
def crowd(node_db):
    """62 people of 10 x 10 names (namesakes with and without a birth date), 3 deleted, at
    headquarters and on a rig (the initiative world's units and its two people)."""
    world = build_world(node_db)
    rng = random.Random(19)
    with node_db.transaction() as session:
        for n in range(60):
            name = f"{rng.choice(SURNAMES)} Văn {rng.choice(GIVEN)}"
            born = rng.choice([None, dt.date(1980, 1, 1), dt.date(1990 + n % 5, 5, 5)])
            unit = world.rig if n % 4 == 0 else world.hq
            person = add_person(session, {"full_name": name, "birth_date": born, "unit_id": unit})
            if n % 20 == 7:
                delete_person = RecordWriter(session, "test").delete
                delete_person(person)
    node_db.world = world
    return node_db


def expected(session, search: str = "", unit: str | None = None) -> list[str]:
    """The live people matching, sorted in Python by person_order: what the lists must show."""
    words = fold(search).split()
    people = [
        p
        for p in session.scalars(select(Person).where(Person.deleted.is_(False)))
        if all(w in p.search_text for w in words) and (unit is None or p.unit_id in unit)
    ]
    people.sort(key=lambda p: person_order(p.id, p.full_name, p.birth_date))
    return [p.id for p in people]


@pytest.mark.both_engines
@pytest.mark.parametrize("window", [(2000, 4), (1, 1), (5, 2)])
def test_the_lists_are_in_order_whether_walked_or_scanned(crowd, window, monkeypatch):
    monkeypatch.setattr("db.queries.people.WINDOW", window[0])
    monkeypatch.setattr("db.queries.people.WINDOW_PER_ROW", window[1])
    with crowd.session() as session:
        twins = duplicate_person_ids(session)  # everyone's look-alikes, the whole table grouped
        assert twins
        for search in ("", "a", "van an", "dat", "ung", "xyz"):
            every = expected(session, search)
            for limit in (1, 3, 10, 100):
                listed = people_list(session, search, limit=limit)
                assert [row.id for row in listed.rows] == every[:limit], (search, limit)
                assert listed.total == len(every)
                flagged = {row.id for row in listed.rows if row.possible_duplicate}
                assert flagged == twins & {row.id for row in listed.rows}
        rig = crowd.world.rig
        on_rig = expected(session, "", {rig})
        assert [r.id for r in people_list(session, "", rig, limit=4).rows] == on_rig[:4]
        for search in ("a", "d", "ung", "xyz"):  # one word: its own phrase
            found = [p.id for p in find_people(session, search, limit=7)]
            assert found == expected(session, search)[:7], search


def test_the_picker_and_the_first_page_walk_the_index_without_sorting(crowd):
    from test_query_plans import FULL_SORT, plans_of

    plans = plans_of(crowd, lambda s: find_people(s, "a", limit=5))
    plans += plans_of(crowd, lambda s: people_list(s, "", crowd.world.hq, limit=5))
    walked = [(sql, plan) for sql, plan in plans if "ORDER BY people.name_key" in sql]
    assert len(walked) == 4  # each: the window's edge, then its people
    for sql, plan in walked:
        assert "ix_people_name_key" in plan, (sql, plan)
        assert FULL_SORT not in plan and "TEMP B-TREE" not in plan, (sql, plan)


@pytest.mark.both_engines
def test_on_either_engine_the_first_page_reads_the_index_in_order(node_db, engine):
    if engine != "postgresql":
        pytest.skip("a file's plan: the test above")
    with node_db.transaction() as session:
        add_person(session, {"full_name": "Đặng Văn An"})
        columns = [c.name for c in Person.__table__.columns if c.name not in ("id", "name_key")]
        session.execute(  # 20,000 more people, for the planner's statistics
            text(
                f"INSERT INTO people (id, name_key, {', '.join(columns)}) "
                "SELECT md5(p.id || g), p.name_key || int4send(g), "
                f"{', '.join('p.' + c for c in columns)} "
                "FROM people p, generate_series(1, 20000) g"
            )
        )
        session.execute(text("ANALYZE people"))
    with node_db.session() as session:
        for query in (
            in_list_order(select(Person)).limit(50),
            in_list_order(select(Person).where(Person.search_text.contains("a"))).limit(50),
        ):
            sql = str(query.compile(session.get_bind(), compile_kwargs={"literal_binds": True}))
            plan = "\n".join(row[0] for row in session.execute(text("EXPLAIN " + sql)))
            assert "ix_people_name_key" in plan and "Sort" not in plan, plan
        assert len(first_people(session, [], 50)) == 50


def test_the_merge_dialogs_groups_come_in_the_lists_order(crowd):
    with crowd.session() as session:
        groups = duplicate_people_groups(session)
        order = expected(session)
        assert groups
        firsts = [order.index(g.people[0].id) for g in groups]
        assert firsts == sorted(firsts)
        for group in groups:
            ids = [card.id for card in group.people]
            assert ids == sorted(ids, key=order.index)


@pytest.mark.both_engines
def test_a_person_written_without_a_key_is_still_listed(crowd, monkeypatch):
    monkeypatch.setattr("db.queries.people.WINDOW", 5)
    monkeypatch.setattr("db.queries.people.WINDOW_PER_ROW", 1)
    with crowd.transaction() as session:
        keyless = add_person(session, {"full_name": "Ái Văn Quên"})
        keyless.name_key = None
    with crowd.session() as session:
        for limit in (3, 100):  # walked in part, then scanned; or walked whole
            names = [row.full_name for row in people_list(session, "van", limit=limit).rows]
            assert "Ái Văn Quên" in names or len(names) == limit
        assert "Ái Văn Quên" in [row.full_name for row in people_list(session).rows]
        assert [p.full_name for p in find_people(session, "quen")] == ["Ái Văn Quên"]
