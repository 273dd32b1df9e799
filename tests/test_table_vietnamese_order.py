"""A clerk clicks «Tên sáng kiến», «Tác giả» or «Lĩnh vực» in the initiatives table and reads the
rows in Vietnamese order, on a file and on a server: «Ứng dụng…» between U and V (not after Z),
«Đ…» after D, lower case beside upper case. The order comes from stored keys (db/collation.py,
migration 0018) that every write keeps right."""

import datetime as dt

import pytest
from initiative_world import build_world, initiative_data

from db.changes import RecordWriter
from db.collation import initiative_keys
from db.models import Field, Initiative, InitiativeAuthor, Person
from db.queries.browse import (
    filter_choices,
    first_rowids,
    initiative_rowids,
    initiative_rows,
    paged_by_index,
    rowids_between,
)
from db.queries.filters import InitiativeFilter
from db.queries.initiatives import AuthorShare, register_initiative, update_initiative
from db.queries.people import add_person, update_person

# (title, author, field), as a clerk typed them
RECORDS = [
    ("Ứng dụng phần mềm quản lý vật tư", "Ứng Văn Tâm", "Xây lắp"),
    ("Vận hành máy nén khí tiết kiệm điện", "Vũ Thị Ba", "Điện"),
    ("Xây lắp đường ống bể chứa", "Đỗ Minh Châu", "Dầu khí"),
    ("Điện khí hóa giàn khoan", "Dương Văn Anh", "An toàn"),
    ("Đào tạo an toàn cho công nhân", "Uông Thị Lan", "Ăn uống"),
    ("ứng dụng IoT giám sát bơm", "an Văn Bình", "Xây lắp"),
    ("Uốn ống thép bằng khuôn mới", "Âu Minh Đức", "Điện"),
    ("Ăn uống hợp vệ sinh tại giàn", "Zê Văn Hải", "Dầu khí"),
    ("An toàn lao động trên biển", "Bùi Thị Hà", "An toàn"),
    ("Dầu khí: tối ưu hóa khai thác", "Ứng Văn Tâm", "Ăn uống"),
]
BY_TITLE = [
    "An toàn lao động trên biển",
    "Ăn uống hợp vệ sinh tại giàn",
    "Dầu khí: tối ưu hóa khai thác",
    "Đào tạo an toàn cho công nhân",
    "Điện khí hóa giàn khoan",
    "Uốn ống thép bằng khuôn mới",
    "ứng dụng IoT giám sát bơm",
    "Ứng dụng phần mềm quản lý vật tư",
    "Vận hành máy nén khí tiết kiệm điện",
    "Xây lắp đường ống bể chứa",
]
FIRST_AUTHORS = [
    "an Văn Bình",
    "Âu Minh Đức",
    "Bùi Thị Hà",
    "Dương Văn Anh",
    "Đỗ Minh Châu",
    "Uông Thị Lan",
    "Ứng Văn Tâm",
    "Ứng Văn Tâm",
    "Vũ Thị Ba",
    "Zê Văn Hải",
]
FIELDS = ["An toàn", "Ăn uống", "Dầu khí", "Điện", "Xây lắp"]


def register_records(database):
    """The records above, registered through the form's writer; the world they live in."""
    world = build_world(database)
    with database.transaction() as session:
        writer = RecordWriter(session, "test")
        fields = {
            name: writer.create(Field, code=f"F{n}", name=name).id for n, name in enumerate(FIELDS)
        }
        people: dict[str, str] = {}
        for n, (title, author, field) in enumerate(RECORDS):
            if author not in people:
                born = dt.date(1980, 1, 1 + len(people))
                people[author] = add_person(session, {"full_name": author, "birth_date": born}).id
            data = initiative_data(world, title=title, field_id=fields[field])
            data["registered_on"] = dt.date(2022, 3, 1 + n)
            register_initiative(session, data, [AuthorShare(people[author], 100)])
    return world


def shown(session, sort: str, descending: bool = False) -> list:
    ids = initiative_rowids(session, InitiativeFilter(), sort, descending)
    rows = initiative_rows(session, ids)
    return [rows[rowid] for rowid in ids]


@pytest.mark.both_engines
def test_the_table_sorted_by_title_author_or_field_reads_in_vietnamese_order(node_db):
    register_records(node_db)
    with node_db.session() as session:
        assert [row.title for row in shown(session, "title")] == BY_TITLE
        assert [row.title for row in shown(session, "title", True)] == BY_TITLE[::-1]
        assert [row.authors for row in shown(session, "authors")] == FIRST_AUTHORS
        fields = [row.field for row in shown(session, "field")]
        assert fields == sorted(fields, key=FIELDS.index) and fields[0] == "An toàn"
        assert [row.field for row in shown(session, "field", True)] == fields[::-1]
        found = InitiativeFilter(search="ung dung")  # a search's hits, in the same order
        ids = initiative_rowids(session, found, "title")
        hits = initiative_rows(session, ids)
        assert [hits[i].title for i in ids] == BY_TITLE[6:8]
        listed = [c.name for c in filter_choices(session).fields]
        assert listed == [*FIELDS[:4], "Khoan và khai thác", "Xây lắp"]  # the world's own too


@pytest.mark.both_engines
def test_the_title_order_is_read_a_stretch_at_a_time(node_db):
    register_records(node_db)
    every = InitiativeFilter()
    assert paged_by_index(every, "title") and paged_by_index(every, "authors")
    assert not paged_by_index(InitiativeFilter(status="draft"), "title")
    with node_db.session() as session:
        titles = dict((row.rowid, row.title) for row in shown(session, "title"))
        first, whole = first_rowids(session, every, "title", False, 3)
        assert [titles[i] for i in first] == BY_TITLE[:3] and not whole
        middle = rowids_between(session, every, "title", False, 4, 7, len(RECORDS))
        assert [titles[i] for i in middle] == BY_TITLE[4:7]
        end = rowids_between(session, every, "title", False, 8, 10, len(RECORDS))
        assert [titles[i] for i in end] == BY_TITLE[8:]


def keys_are_right(session) -> bool:
    """Every initiative's stored keys are its title's and its first live author's name's."""
    wrong = []
    for initiative in session.query(Initiative):
        names = [
            name
            for (name,) in session.query(Person.full_name)
            .join(InitiativeAuthor, InitiativeAuthor.person_id == Person.id)
            .filter(InitiativeAuthor.initiative_id == initiative.id, ~InitiativeAuthor.deleted)
            .order_by(InitiativeAuthor.ordinal)
        ]
        if (initiative.title_key, initiative.author_key) != initiative_keys(
            initiative.title, names
        ):
            wrong.append(initiative.title)
    assert not wrong, wrong
    return True


@pytest.mark.both_engines
def test_the_keys_follow_a_new_title_new_authors_and_a_renamed_person(node_db):
    register_records(node_db)
    with node_db.transaction() as session:
        assert keys_are_right(session)
        first = session.query(Initiative).filter_by(title="Xây lắp đường ống bể chứa").one()
        update_initiative(session, first.id, {"title": "Ắc quy dự phòng cho giàn"})
        someone = session.query(Person).filter_by(full_name="Zê Văn Hải").one()
        update_initiative(session, first.id, {}, [AuthorShare(someone.id, 100)])
        update_person(session, someone.id, {"full_name": "Ánh Văn Hải"})
    with node_db.session() as session:
        assert keys_are_right(session)
        titles = [row.title for row in shown(session, "title")]
        assert titles[:3] == [
            "An toàn lao động trên biển",
            "Ắc quy dự phòng cho giàn",  # ă c before ă n
            "Ăn uống hợp vệ sinh tại giàn",
        ]
        assert [row.authors for row in shown(session, "authors")][:3] == [
            "an Văn Bình",
            "Ánh Văn Hải",
            "Ánh Văn Hải",
        ]


def test_the_first_page_by_title_or_author_walks_its_index_without_sorting(node_db):
    from test_query_plans import FULL_SORT, plans_of

    register_records(node_db)
    every = InitiativeFilter()
    for sort, key in (("title", "title_key"), ("authors", "author_key")):
        for d in (False, True):
            plans = plans_of(node_db, lambda s, o=sort, d=d: first_rowids(s, every, o, d, 100))
            plans += plans_of(
                node_db, lambda s, o=sort, d=d: rowids_between(s, every, o, d, 2, 4, 10)
            )
            assert any(key in sql for sql, _plan in plans)
            for sql, plan in plans:
                if key in sql:
                    assert f"USING COVERING INDEX ix_initiatives_{key}" in plan, (sql, plan)
                    assert FULL_SORT not in plan, (sql, plan)


@pytest.mark.both_engines
def test_on_a_server_the_first_page_by_title_walks_its_own_index(node_db, engine):
    if engine != "postgresql":
        pytest.skip("a file's plan: the test above")
    from sqlalchemy import text

    from db.queries.browse import rowids_query

    register_records(node_db)
    copied = [c.name for c in Initiative.__table__.columns if c.name not in NEW_PER_COPY]
    with node_db.transaction() as session:  # 22,000 more rows, for the planner's statistics
        session.execute(
            text(
                f"INSERT INTO initiatives (id, reg_no, title_key, {', '.join(copied)}) "
                "SELECT md5(i.id || g), i.reg_no || '-' || g, i.title_key || int4send(g), "
                f"{', '.join('i.' + c for c in copied)} "
                "FROM initiatives i, generate_series(1, 2000) g"
            )
        )
        session.execute(text("ANALYZE initiatives"))
    with node_db.session() as session:
        for descending in (False, True):
            query = rowids_query(InitiativeFilter(), "title", descending, session).limit(100)
            sql = str(query.compile(session.get_bind(), compile_kwargs={"literal_binds": True}))
            plan = "\n".join(row[0] for row in session.execute(text("EXPLAIN " + sql)))
            assert "ix_initiatives_title_key" in plan and "Seq Scan" not in plan, plan


NEW_PER_COPY = ("id", "reg_no", "title_key")
