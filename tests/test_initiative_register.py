"""A clerk registers, edits, deletes and restores initiatives; the rules hold and nothing is lost."""

import datetime as dt

import pytest
from initiative_world import build_world, initiative_data
from sqlalchemy import func, select

from db.models import AuditEntry, Initiative, InitiativeAuthor, Person
from db.queries.filters import InitiativeFilter, filtered_initiatives
from db.queries.initiatives import (
    AuthorShare,
    InitiativeNotFound,
    change_status,
    delete_initiative,
    initiative_by_key,
    initiative_detail,
    next_reg_no,
    refresh_search_text,
    register_initiative,
    restore_initiative,
    update_initiative,
)
from db.validation import ValidationFailed

pytestmark = pytest.mark.both_engines  # issue 18: also on a server


@pytest.fixture
def world(node_db):
    return build_world(node_db)


def register(database, world, authors=None, **overrides):
    authors = authors or [AuthorShare(world.an, 100)]
    with database.transaction() as session:
        initiative = register_initiative(
            session, initiative_data(world, **overrides), authors, actor="Lan (văn thư)"
        )
        return initiative.id


def count(database, model):
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_clerk_registers_an_initiative_with_two_authors_60_and_40(node_db, world):
    new_person = AuthorShare(
        share=40, full_name="  Phạm  Đức Thắng ", birth_date=dt.date(1979, 11, 30)
    )
    initiative_id = register(node_db, world, [AuthorShare(world.an, 60), new_person])
    with node_db.session() as session:
        detail = initiative_detail(session, initiative_id)
        initiative = detail.initiative
        assert initiative.reg_no == "VSP-TD03-2022-0001"
        assert initiative.status == "draft"
        assert initiative.phase_id == world.gd1  # registered 15/03/2022: phase 1
        assert [(a.full_name, a.share, a.ordinal) for a in detail.authors] == [
            ("Nguyễn Văn An", 60, 1),
            ("Phạm Đức Thắng", 40, 2),
        ]
        assert detail.unit.code == "VSP-TD03"
        assert "nguyen van an" in initiative.search_text
        assert "pham duc thang" in initiative.search_text
        actors = set(session.scalars(select(AuditEntry.actor)))
    assert actors >= {"Lan (văn thư)"}


def test_shares_of_60_and_30_are_refused_on_submission_and_nothing_is_written(node_db, world):
    before = (count(node_db, Initiative), count(node_db, Person), count(node_db, AuditEntry))
    authors = [AuthorShare(world.an, 60), AuthorShare(share=30, full_name="Lê Văn Mới")]
    with pytest.raises(ValidationFailed) as refused:  # (a draft may wait: test_draft_shares)
        register(node_db, world, authors, status="submitted")
    assert "Tổng tỷ lệ đóng góp phải bằng 100% (hiện là 90%)" in str(refused.value)
    after = (count(node_db, Initiative), count(node_db, Person), count(node_db, AuditEntry))
    assert after == before


def test_every_problem_of_a_form_is_reported_at_once(node_db, world):
    with pytest.raises(ValidationFailed) as refused:
        register(
            node_db,
            world,
            [AuthorShare("no-such-person", 100)],
            title="",
            unit_id="no-such-unit",
            first_applied_on=dt.date.today() + dt.timedelta(days=30),
        )
    assert refused.value.fields() == {"title", "unit_id", "first_applied_on", "authors"}


def test_registration_numbers_continue_after_deleted_ones(node_db, world):
    first = register(node_db, world)
    second = register(node_db, world)
    with node_db.transaction() as session:
        delete_initiative(session, second, actor="Lan")
    third = register(node_db, world)
    other_year = register(node_db, world, registered_on=dt.date(2023, 2, 1))
    with node_db.session() as session:
        numbers = [session.get(Initiative, i).reg_no for i in (first, second, third, other_year)]
        assert next_reg_no(session, "VSP-TD03", 2022) == "VSP-TD03-2022-0004"
        assert next_reg_no(session, "VSP", 2022) == "VSP-2022-0001"  # not VSP-TD03's numbers
    assert numbers == [
        "VSP-TD03-2022-0001",
        "VSP-TD03-2022-0002",
        "VSP-TD03-2022-0003",
        "VSP-TD03-2023-0001",
    ]


def test_a_typed_registration_number_is_kept_and_must_be_unique(node_db, world):
    register(node_db, world, reg_no="VSP-TD03-2022-0500")
    register(node_db, world)  # numbered after the highest: 0501
    with node_db.session() as session:
        assert initiative_by_key(session, "vsp-td03-2022-0501").reg_no == "VSP-TD03-2022-0501"
    with pytest.raises(ValidationFailed, match="VSP-TD03-2022-0500 đã được dùng"):
        register(node_db, world, reg_no="VSP-TD03-2022-0500")


def test_status_moves_along_the_flow_and_a_jump_is_refused(node_db, world):
    initiative_id = register(node_db, world)
    with node_db.transaction() as session:
        with pytest.raises(ValidationFailed, match="từ 'Nháp' sang 'Đã công nhận'"):
            change_status(session, initiative_id, "recognised")
        change_status(session, initiative_id, "submitted", actor="Lan")
        change_status(session, initiative_id, "under_review", actor="Lan")
        with pytest.raises(ValidationFailed, match="hội đồng xét duyệt ghi quyết định"):
            change_status(session, initiative_id, "recognised", actor="Lan")
    with node_db.session() as session:
        initiative = session.get(Initiative, initiative_id)
        assert initiative.status == "under_review"
        assert initiative.version_of("status") > initiative.hlc


def test_a_new_initiative_cannot_start_recognised(node_db, world):
    with pytest.raises(ValidationFailed, match="Nháp hoặc Đã nộp"):
        register(node_db, world, status="recognised")


def test_editing_changes_only_what_was_typed_and_keeps_search_in_step(node_db, world):
    initiative_id = register(node_db, world)
    with node_db.transaction() as session:
        update_initiative(
            session,
            initiative_id,
            {"title": "Sáng kiến Đổi mới bơm", "registered_on": dt.date(2022, 8, 1)},
            authors=[AuthorShare(world.binh, 70), AuthorShare(world.an, 30)],
            actor="Lan",
        )
    with node_db.session() as session:
        initiative = session.get(Initiative, initiative_id)
        assert initiative.phase_id == world.gd2  # the phase follows the date
        assert initiative.reg_no == "VSP-TD03-2022-0001"
        assert initiative.version_of("investor") == initiative.hlc  # untouched field
        found = session.scalars(
            filtered_initiatives(InitiativeFilter(search="doi moi tran thi binh"))
        )
        assert [i.id for i in found] == [initiative_id]
        shares = [(a.full_name, a.share) for a in initiative_detail(session, initiative_id).authors]
        assert shares == [("Trần Thị Bình", 70), ("Nguyễn Văn An", 30)]


def test_removing_an_author_tombstones_the_row(node_db, world):
    initiative_id = register(
        node_db, world, [AuthorShare(world.an, 50), AuthorShare(world.binh, 50)]
    )
    with node_db.transaction() as session:
        update_initiative(session, initiative_id, {}, authors=[AuthorShare(world.an, 100)])
    with node_db.session() as session:
        rows = session.scalars(select(InitiativeAuthor).order_by(InitiativeAuthor.ordinal)).all()
        assert [(r.person_id, r.deleted) for r in rows] == [(world.an, False), (world.binh, True)]
        assert "tran thi binh" not in session.get(Initiative, initiative_id).search_text


def test_an_edit_that_breaks_a_rule_is_refused_whole(node_db, world):
    initiative_id = register(node_db, world)
    with node_db.transaction() as session, pytest.raises(ValidationFailed) as refused:
        update_initiative(session, initiative_id, {"title": "Mới", "benefit_value": -5})
    assert refused.value.fields() == {"benefit_value"}
    with node_db.session() as session:
        assert session.get(Initiative, initiative_id).title.startswith("Cải tiến")


def test_wrong_types_and_derived_fields_are_refused_by_name(node_db, world):
    initiative_id = register(node_db, world)
    with node_db.transaction() as session, pytest.raises(ValidationFailed) as refused:
        update_initiative(
            session,
            initiative_id,
            {"registered_on": "2022-03-01", "phase_id": "x", "colour": 1},
        )
    assert refused.value.fields() == {"registered_on", "phase_id", "colour"}


def test_delete_and_restore_bring_back_the_authors_deleted_with_it(node_db, world):
    initiative_id = register(
        node_db, world, [AuthorShare(world.an, 50), AuthorShare(world.binh, 50)]
    )
    with node_db.transaction() as session:
        update_initiative(session, initiative_id, {}, authors=[AuthorShare(world.an, 100)])
    with node_db.transaction() as session:
        delete_initiative(session, initiative_id, actor="Lan")
        assert all(r.deleted for r in session.scalars(select(InitiativeAuthor)))
        with pytest.raises(ValidationFailed, match="đã bị xoá"):
            update_initiative(session, initiative_id, {"title": "x"})
    with node_db.transaction() as session:
        restore_initiative(session, initiative_id, actor="Lan")
    with node_db.session() as session:
        assert not session.get(Initiative, initiative_id).deleted
        authors = initiative_detail(session, initiative_id).authors
        assert [(a.full_name, a.share) for a in authors] == [("Nguyễn Văn An", 100)]


def test_an_unknown_initiative_is_named_in_the_error(node_db, world):
    with node_db.session() as session, pytest.raises(InitiativeNotFound, match="XYZ-2022-0001"):
        initiative_by_key(session, "XYZ-2022-0001")


def test_search_text_is_refreshed_in_batches_for_many_rows(node_db, world):
    ids = [register(node_db, world) for _ in range(3)]
    with node_db.transaction() as session:
        for initiative in session.scalars(select(Initiative)):
            initiative.search_text = ""  # as a merge might leave them
        session.flush()
        refresh_search_text(session, [*ids, *ids, "missing-id"])
        texts = [session.get(Initiative, i).search_text for i in ids]
    assert all(text.startswith("vsp-td03-2022-000") for text in texts)
    with node_db.session() as session:
        found = session.scalars(
            filtered_initiatives(InitiativeFilter(search="tam dao vietsovpetro"))
        )
        assert len(found.all()) == 3


def test_blank_optional_fields_take_their_defaults(node_db, world):
    initiative_id = register(
        node_db, world, status=None, benefit_currency="", tech_secret=None, reg_no=""
    )
    with node_db.session() as session:
        initiative = session.get(Initiative, initiative_id)
        assert (initiative.status, initiative.benefit_currency, initiative.tech_secret) == (
            "draft",
            "VND",
            False,
        )
        assert initiative.reg_no == "VSP-TD03-2022-0001"


def test_an_unknown_status_is_reported_once(node_db, world):
    initiative_id = register(node_db, world)
    with node_db.transaction() as session, pytest.raises(ValidationFailed) as refused:
        update_initiative(session, initiative_id, {"status": "finished"})
    assert len(refused.value.problems) == 1
