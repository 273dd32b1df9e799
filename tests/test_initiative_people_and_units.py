"""Authors are found typed without diacritics; targets and unit names are changed by those allowed."""

import datetime as dt

import pytest
from initiative_world import build_world, initiative_data
from sqlalchemy import select

from db.models import Initiative, NodeIdentity, Target, UnitName
from db.node import this_node
from db.queries.initiatives import AuthorShare, register_initiative
from db.queries.people import add_person, find_people, possible_duplicate_people, update_person
from db.queries.targets import can_edit_unit, rename_unit, set_target, unit_name_on
from db.validation import ValidationFailed

pytestmark = pytest.mark.both_engines  # issue 18: also on a server


@pytest.fixture
def world(node_db):
    return build_world(node_db)


def test_an_author_is_found_without_diacritics(node_db, world):
    with node_db.transaction() as session:
        add_person(session, {"full_name": "Đặng Thị Hương", "employee_no": "VSP-0042"}, actor="Lan")
        assert [p.full_name for p in find_people(session, "dang huong")] == ["Đặng Thị Hương"]
        assert [p.full_name for p in find_people(session, "0042")] == ["Đặng Thị Hương"]
        assert len(find_people(session, "")) == 3
        assert find_people(session, "nguyen", limit=1)[0].full_name == "Nguyễn Văn An"


def test_the_same_name_and_birth_date_is_a_possible_duplicate(node_db, world):
    with node_db.session() as session:
        same = possible_duplicate_people(session, "nguyễn  văn AN", dt.date(1985, 3, 2))
        assert [p.id for p in same] == [world.an]
        assert possible_duplicate_people(session, "Nguyễn Văn An", dt.date(1985, 3, 3)) == []
        assert possible_duplicate_people(session, "Nguyễn Văn", dt.date(1985, 3, 2)) == []


def test_a_person_needs_a_name(node_db, world):
    with node_db.transaction() as session, pytest.raises(ValidationFailed, match="họ tên"):
        add_person(session, {"full_name": "  "})


def test_renaming_an_author_updates_the_search_of_their_initiatives(node_db, world):
    with node_db.transaction() as session:
        initiative = register_initiative(
            session, initiative_data(world), [AuthorShare(world.an, 100)]
        )
        update_person(session, world.an, {"full_name": "Nguyễn Văn Anh"}, actor="Lan")
        assert "nguyen van anh" in session.get(Initiative, initiative.id).search_text
        assert find_people(session, "van anh")[0].id == world.an


def test_headquarters_edits_every_unit_and_a_union_only_its_own_subtree(node_db, world):
    with node_db.transaction() as session:
        node = this_node(session)
        assert all(can_edit_unit(session, node, u) for u in (world.hq, world.vsp, world.rig))
        node.unit_id, node.unit_code = world.vsp, "VSP"
        assert can_edit_unit(session, node, world.rig)
        assert not can_edit_unit(session, node, world.pvgas)
        assert not can_edit_unit(session, node, world.hq)
        with pytest.raises(ValidationFailed, match="VSP không có quyền sửa đơn vị PVGAS"):
            set_target(session, world.pvgas, world.gd1, 10)


def test_a_target_is_set_then_changed_in_place(node_db, world):
    with node_db.transaction() as session:
        set_target(session, world.vsp, world.gd1, 120, actor="Ban Tuyên giáo")
        target = set_target(session, world.vsp, world.gd1, 150, actor="Ban Tuyên giáo")
        rows = session.scalars(select(Target)).all()
        assert [(r.id, r.target) for r in rows] == [(target.id, 150)]
        with pytest.raises(ValidationFailed, match="không âm"):
            set_target(session, world.vsp, world.gd1, -3)


def test_a_renamed_unit_keeps_its_old_name_for_earlier_dates(node_db, world):
    with node_db.transaction() as session:
        rename_unit(session, world.vsp, "Công đoàn Vietsovpetro", "CĐ VSP", dt.date(2023, 1, 1))
        rename_unit(session, world.vsp, "Công đoàn LD Vietsovpetro", "VSP", dt.date(2023, 6, 1))
        history = session.scalars(select(UnitName).order_by(UnitName.valid_from)).all()
        assert [h.name for h in history] == [
            "Công đoàn Liên doanh Việt – Nga Vietsovpetro",
            "Công đoàn Vietsovpetro",
        ]
        assert unit_name_on(session, world.vsp, dt.date(2022, 5, 1))[0].startswith("Công đoàn Liên")
        assert unit_name_on(session, world.vsp, dt.date(2023, 3, 1)) == (
            "Công đoàn Vietsovpetro",
            "CĐ VSP",
        )
        assert (
            unit_name_on(session, world.vsp, dt.date(2023, 7, 1))[0] == "Công đoàn LD Vietsovpetro"
        )
        with pytest.raises(ValidationFailed, match="sớm hơn lần đổi tên trước"):
            rename_unit(session, world.vsp, "Tên khác", None, dt.date(2023, 2, 1))


def test_a_node_not_yet_holding_its_unit_edits_nothing(node_db, world):
    with node_db.transaction() as session:
        node = session.get(NodeIdentity, 1)
        node.unit_id, node.unit_code = None, "PVD-I"
        assert not can_edit_unit(session, node, world.rig)
