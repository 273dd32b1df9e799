"""Lists of people come in Vietnamese order: «Đặng…» after every «D…», «Ứng…» after «Uông…»,
family name first as written, then birth date (the authors page, the picker, the merge dialog)."""

import datetime as dt

import pytest

from db.duplicates.people import duplicate_people_groups
from db.queries.people import add_person, find_people
from db.queries.people_list import people_list

pytestmark = pytest.mark.both_engines

NAMES = ["Đặng Văn Huy", "Dương Thị Lan", "Đỗ Minh", "Bùi An", "Ứng Văn B", "Uông C"]
IN_ORDER = ["Bùi An", "Dương Thị Lan", "Đặng Văn Huy", "Đỗ Minh", "Uông C", "Ứng Văn B"]


@pytest.fixture
def people(node_db):
    with node_db.transaction() as session:
        for name in NAMES:
            add_person(session, {"full_name": name}, actor="Lan")
    return node_db


def test_the_authors_list_is_in_vietnamese_order(people):
    with people.session() as session:
        found = people_list(session)
        assert [row.full_name for row in found.rows] == IN_ORDER
        assert found.total == len(NAMES)
        first = people_list(session, limit=3)
        assert [row.full_name for row in first.rows] == IN_ORDER[:3]
        assert first.total == len(NAMES)


def test_the_same_name_comes_by_birth_date_unknown_first(people):
    with people.transaction() as session:
        for born in (dt.date(1990, 1, 1), dt.date(1970, 5, 5), None):
            add_person(session, {"full_name": "Đỗ Minh An", "birth_date": born}, actor="Lan")
    with people.session() as session:
        rows = [r for r in people_list(session, "do minh an").rows]
        assert [r.birth_date for r in rows] == [None, dt.date(1970, 5, 5), dt.date(1990, 1, 1)]
        first = people_list(session, "minh", limit=3).rows  # namesakes at the edge: by birth
        assert [(r.full_name, r.birth_date) for r in first] == [
            ("Đỗ Minh", None),
            ("Đỗ Minh An", None),
            ("Đỗ Minh An", dt.date(1970, 5, 5)),
        ]
        picked = find_people(session, "do minh an", limit=2)
        assert [p.birth_date for p in picked] == [None, dt.date(1970, 5, 5)]


def test_a_tone_decides_only_where_the_letters_are_equal(people):
    with people.transaction() as session:
        for name in ("Lê Hoà", "Lê Hòa", "Lê Hoa", "Lê Hoàn"):
            add_person(session, {"full_name": name}, actor="Lan")
    with people.session() as session:
        names = [r.full_name for r in people_list(session, "le hoa").rows]
        assert names[0] == "Lê Hoa" and names[-1] == "Lê Hoàn"


def test_the_authors_picker_lists_in_vietnamese_order(people):
    with people.session() as session:
        assert [p.full_name for p in find_people(session, "d")] == IN_ORDER[1:4]
        assert [p.full_name for p in find_people(session, "u")] == [
            "Bùi An",
            "Dương Thị Lan",
            "Đặng Văn Huy",  # Huy
            "Uông C",
            "Ứng Văn B",
        ]
        assert [p.full_name for p in find_people(session, "d", limit=2)] == IN_ORDER[1:3]


def test_the_picker_still_puts_the_words_in_their_order_first(people):
    with people.transaction() as session:
        add_person(session, {"full_name": "An Văn Minh"}, actor="Lan")
        add_person(session, {"full_name": "Trần Minh An"}, actor="Lan")
    with people.session() as session:
        names = [p.full_name for p in find_people(session, "minh an")]
        assert names == ["Trần Minh An", "An Văn Minh"]


def test_the_merge_dialogs_groups_are_in_vietnamese_order(people):
    with people.transaction() as session:
        for name in ("Đặng Văn Huy", "Dương Thị Lan", "Bùi An"):
            add_person(session, {"full_name": name}, actor="Lan")
    with people.session() as session:
        groups = duplicate_people_groups(session)
        assert [g.people[0].full_name for g in groups] == [
            "Bùi An",
            "Dương Thị Lan",
            "Đặng Văn Huy",
        ]
