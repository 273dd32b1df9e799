"""Who a node is: the keys enrolment pins both ways, the PC a re-enrolment replaces, and the
registration numbers of nodes that register for one unit (issue 10, findings 6, 9 and 13)."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sync_world import initiative, register, unit_code

from db.messages import message_of
from db.models import Initiative, NodeIdentity
from db.reference import init_node
from db.reg_numbers import next_enrolment_series, series_of_number
from db.session import open_database
from db.sync.errors import PackageRefused, UnknownSender
from db.sync.importer import import_package


def carry_untrusted(world, source, target):
    """Export and import with no --trust-new-node: what a clerk does with a known sender."""
    package = world.export(source, unit_code(target))
    return import_package(target, package, backup=False)


def reg_nos(database) -> list[str]:
    with database.session() as session:
        return sorted(session.scalars(select(Initiative.reg_no)))


# ---- enrolment pins keys both ways (finding 6) -----------------------------------------------------


def test_the_first_package_of_a_pc_a_node_enrolled_is_trusted_without_asking(world):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    register(site, "Cải tiến bơm ly tâm")
    report = carry_untrusted(world, site, hq)
    assert report.status == "imported" and report.refusals == []
    assert "VSP-TD03-2022-0001" in reg_nos(hq)


def test_each_hop_of_a_relay_trusts_the_pc_it_enrolled(world):
    hq = world.headquarters()
    union = world.enrol(hq, "VSP")
    site = world.enrol(union, "VSP-TD03")
    register(site, "Giảm tiêu hao dầu nhờn")
    assert carry_untrusted(world, site, union).status == "imported"
    assert carry_untrusted(world, union, hq).status == "imported"
    assert "VSP-TD03-2022-0001" in reg_nos(hq)


def test_a_pc_set_up_without_a_setup_package_is_still_asked_about(world, tmp_path):
    hq = world.headquarters()
    site = open_database(tmp_path / "standalone.db", create=True)
    world.open.append(site)
    init_node(site, "VSP-MSP1")
    register(site, "Cải tiến van an toàn")
    with pytest.raises(UnknownSender):
        carry_untrusted(world, site, hq)


# ---- a replaced PC is refused from the moment its replacement is enrolled (finding 9) -----------


def test_the_old_pc_is_refused_once_its_replacement_is_enrolled(world):
    hq = world.headquarters()
    old = world.enrol(hq, "VSP-MSP1")
    register(old, "Sáng kiến máy cũ thứ nhất")
    carry_untrusted(world, old, hq)
    world.enrol(hq, "VSP-MSP1")  # the PC was stolen: a new one is enrolled
    register(old, "Sáng kiến máy cũ thứ hai")
    with pytest.raises(PackageRefused) as refused:
        carry_untrusted(world, old, hq)
    message = str(refused.value)
    assert "máy cũ của đơn vị VSP-MSP1" in message and "đã được thay bằng máy mới lúc" in message
    assert "was replaced" in message_of(refused.value).text("en")


def test_the_replacement_is_trusted_and_the_old_pc_stays_refused(world):
    hq = world.headquarters()
    old = world.enrol(hq, "VSP-MSP1")
    carry_untrusted(world, old, hq)
    new = world.enrol(hq, "VSP-MSP1")
    register(new, "Sáng kiến máy mới")
    assert carry_untrusted(world, new, hq).status == "imported"
    with pytest.raises(PackageRefused, match="máy cũ"):
        carry_untrusted(world, old, hq)


# ---- registration numbers never collide (finding 13) --------------------------------------------


def test_headquarters_registering_on_a_sites_behalf_uses_its_own_series(world):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    on_behalf = register(hq, "Đăng ký hộ giàn TD03", code="VSP-TD03")
    mine = register(site, "Giàn tự đăng ký")
    hq_number, site_number = initiative(hq, on_behalf).reg_no, initiative(site, mine).reg_no
    assert site_number == "VSP-TD03-2022-0001"
    assert hq_number.startswith("VSP-TD03-2022-M") and hq_number.endswith("-0001")
    assert carry_untrusted(world, site, hq).refusals == []
    assert set(reg_nos(hq)) >= {hq_number, site_number}


def test_a_pc_replaced_by_its_parent_continues_after_the_numbers_held_there(world):
    hq = world.headquarters()
    old = world.enrol(hq, "VSP-TD03")
    register(old, "Đã gửi lên trước khi hỏng máy")  # VSP-TD03-2022-0001, carried to HQ
    carry_untrusted(world, old, hq)
    register(old, "Chưa kịp gửi")  # VSP-TD03-2022-0002 on the old PC only
    new = world.enrol(hq, "VSP-TD03")  # the old PC is refused from now on
    first = initiative(new, register(new, "Máy mới đăng ký"))
    assert first.reg_no == "VSP-TD03-2022-0002"
    with pytest.raises(PackageRefused, match="máy cũ"):  # so the old 0002 never enters HQ
        carry_untrusted(world, old, hq)
    assert carry_untrusted(world, new, hq).refusals == []


def test_a_site_enrolled_again_by_another_node_numbers_in_a_new_series(world):
    hq = world.headquarters()
    union = world.enrol(hq, "VSP")
    old = world.enrol(union, "VSP-TD03")
    register(old, "Đăng ký ở giàn, qua công đoàn VSP")
    carry_untrusted(world, old, union)
    carry_untrusted(world, union, hq)
    new = world.enrol(hq, "VSP-TD03")  # headquarters sets up a PC for the rig itself
    first = initiative(new, register(new, "Máy mới do tổng công đoàn cài"))
    assert first.reg_no == "VSP-TD03-2022-B0001"
    with new.session() as session:
        assert session.scalar(select(NodeIdentity.reg_series)) == "B"


def test_a_site_set_up_without_a_setup_package_never_takes_headquarters_numbers(world, tmp_path):
    hq = world.headquarters()
    world.enrol(hq, "VSP-MSP1")
    held = initiative(hq, register(hq, "HQ đăng ký hộ", code="VSP-MSP1")).reg_no
    site = open_database(tmp_path / "first-run.db", create=True)
    world.open.append(site)
    init_node(site, "VSP-MSP1")  # the first-run screen's "set up for my unit"
    first = initiative(site, register(site, "Giàn MSP1 tự cài")).reg_no
    assert first != held and first.startswith("VSP-MSP1-2022-M") and first.endswith("-0001")


def test_the_parent_hands_out_the_first_series_nobody_used(world):
    hq = world.headquarters()
    assert series_of_number("VSP-TD03-2022-0007", "VSP-TD03") == ""
    assert series_of_number("VSP-TD03-2022-B0007", "VSP-TD03") == "B"
    assert series_of_number("VSP-TD03-2022-M1A2B3C-0001", "VSP-TD03") is None
    assert series_of_number("VSP-TD03-2022-0001", "VSP") is None
    with hq.session() as session:
        assert next_enrolment_series(session, "VSP-TD03") == ""
    # A rig with no PC yet: headquarters is the only one numbering for it, in the primary series
    assert initiative(hq, register(hq, "Đăng ký hộ", code="VSP-TD03")).reg_no == (
        "VSP-TD03-2022-0001"
    )
    with hq.session() as session:  # so the rig's first PC gets the next series
        assert next_enrolment_series(session, "VSP-TD03") == "B"
    world.enrol(hq, "VSP-TD03")
    with hq.session() as session:  # the same parent again: the replacement continues it
        assert next_enrolment_series(session, "VSP-TD03") == "B"
    second = initiative(hq, register(hq, "Đăng ký hộ lần hai", code="VSP-TD03")).reg_no
    assert second.startswith("VSP-TD03-2022-M")  # a PC numbers there now: HQ uses its own


def test_a_union_with_a_pc_makes_headquarters_number_its_sites_apart(world):
    hq = world.headquarters()
    world.enrol(hq, "VSP")  # VSP may enrol PCs for its rigs without headquarters knowing
    number = initiative(hq, register(hq, "Đăng ký hộ giàn của VSP", code="VSP-TD03")).reg_no
    assert number.startswith("VSP-TD03-2022-M")
