"""Packages between a site and headquarters, carried by hand, in every order."""

import datetime as dt
import itertools
import shutil

import pytest
from sqlalchemy import select
from sync_world import dump, file_state, initiative, register, unit_code
from sync_world import edit as edit_initiative

from db.models import Initiative, KnownNode, Review
from db.queries.initiatives import change_status, next_reg_no
from db.queries.reviews import record_review
from db.session import open_database
from db.sync.errors import PackageRefused
from db.sync.importer import import_package

both_engines = pytest.mark.both_engines  # issue 18: headquarters on a server too


def recognise(database, initiative_id, decision_no="123/QĐ-CĐDK"):
    with database.transaction() as session:
        change_status(session, initiative_id, "submitted", actor="hq")
        change_status(session, initiative_id, "under_review", actor="hq")
        record_review(
            session,
            initiative_id,
            {
                "level": "industry",
                "outcome": "recognised",
                "decision_no": decision_no,
                "decision_date": dt.date(2022, 6, 1),
                "score_novelty": 8,
                "score_applicability": 9,
                "score_benefit": 9,
            },
            actor="hq",
        )


@both_engines
def test_headquarters_decision_reaches_the_site_that_registered_the_initiative(world):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    first = register(site, "Cải tiến hệ thống bơm dung dịch khoan An")

    report = world.carry(site, hq)
    assert report.status == "imported"
    assert report.tables["initiatives"].new == 1
    assert initiative(hq, first).reg_no == "VSP-TD03-2022-0001"
    assert "cai tien" in initiative(hq, first).search_text

    recognise(hq, first)
    report = world.carry(hq, site)
    assert report.tables["reviews"].new == 1
    assert report.tables["initiatives"].updated == 1
    seen = initiative(site, first)
    assert seen.status == "recognised"
    assert seen.recognised_on == dt.date(2022, 6, 1)
    with site.session() as session:
        assert session.scalar(select(Review.decision_no)) == "123/QĐ-CĐDK"
    assert dump(site) == [line for line in dump(hq) if line in set(dump(site))]


@both_engines
def test_nothing_echoes_back_once_both_sides_have_everything(world):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    register(site, "Giảm thời gian thay choòng khoan Bình")
    world.carry(site, hq)
    world.carry(hq, site)
    package = world.export(site, "CDDKVN")
    report = import_package(hq, package, backup=False)
    assert report.summary()["new"] + report.summary()["updated"] == 0
    assert sum(report.tables[t].total() for t in report.tables) == 0


@both_engines
def test_the_same_package_twice_says_already_imported_and_changes_nothing(world):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    register(site, "Tận dụng nhiệt khí thải Cường")
    package = world.export(site, "CDDKVN")
    import_package(hq, package, trust_new_node=True, backup=False)
    before = file_state(hq)
    again = import_package(hq, package, trust_new_node=True)
    assert again.status == "already"
    assert file_state(hq) == before


def test_three_packages_imported_in_every_order_give_the_same_records(world, tmp_path):
    hq = world.headquarters()
    rig = world.enrol(hq, "VSP-TD03")
    gas = world.enrol(hq, "PVGAS")
    packages = []
    a = register(rig, "Cải tiến van an toàn Dũng")
    packages.append(world.export(rig, "CDDKVN"))
    edit_initiative(rig, a, title="Cải tiến van an toàn giếng khoan Dũng")
    register(rig, "Bộ gá tháo lắp nhanh Em")
    packages.append(world.export(rig, "CDDKVN"))
    register(gas, "Tối ưu máy nén khí Giang")
    packages.append(world.export(gas, "CDDKVN"))
    hq.close()
    dumps = set()
    for number, order in enumerate(itertools.permutations(packages)):
        copy = tmp_path / f"hq-order-{number}.db"
        shutil.copy(tmp_path / "hq.db", copy)
        database = open_database(copy)
        try:
            for package in order:
                import_package(database, package, trust_new_node=True, backup=False)
            dumps.add("\n".join(dump(database)))
        finally:
            database.close()
    assert len(dumps) == 1
    assert "Cải tiến van an toàn giếng khoan Dũng" in dumps.pop()


@both_engines
def test_a_package_lost_on_the_way_loses_nothing(world):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    first = register(site, "Sáng kiến trên USB bị mất Hà")
    world.export(site, "CDDKVN").unlink()  # the USB stick fell into the sea
    second = register(site, "Sáng kiến của chuyến tàu sau Hải")
    report = import_package(hq, world.export(site, "CDDKVN"), trust_new_node=True, backup=False)
    assert report.tables["initiatives"].new == 2
    assert initiative(hq, first) is not None and initiative(hq, second) is not None


@both_engines
def test_a_reinstalled_site_gets_its_records_back_and_continues_its_numbers(world):
    hq = world.headquarters()
    old = world.enrol(hq, "VSP-TD03", "rig-old.db")
    for name in ("Khánh", "Lan", "Minh"):
        register(old, f"Sáng kiến trước sự cố {name}")
    world.carry(old, hq)

    new = world.enrol(hq, "VSP-TD03", "rig-new.db")  # the PC died: enrol it again
    with new.session() as session:
        assert session.scalar(
            select(Initiative.id).where(Initiative.reg_no == "VSP-TD03-2022-0003")
        )
        assert next_reg_no(session, "VSP-TD03", 2022) == "VSP-TD03-2022-0004"
    fourth = register(new, "Sáng kiến sau khi cài lại Nam")
    report = world.carry(new, hq)
    assert report.new_node and report.status == "imported"
    assert initiative(hq, fourth).reg_no == "VSP-TD03-2022-0004"
    with hq.session() as session:
        relations = {k.relation for k in session.scalars(select(KnownNode))}
    assert relations == {"child", "retired"}


@both_engines
def test_a_second_node_for_a_unit_is_refused_without_re_enrolment(world, tmp_path):
    hq = world.headquarters()
    first = world.enrol(hq, "VSP-TD03", "rig-1.db")
    world.carry(first, hq)
    # A second PC set up from the same (already used) setup package, without a new enrolment.
    from db.sync.enrolment import init_from_setup_package

    setup = sorted(tmp_path.glob("setup-VSP-TD03-*.skp"))[0]
    init_from_setup_package(tmp_path / "rig-2.db", setup)
    second = open_database(tmp_path / "rig-2.db")
    world.open.append(second)
    before = file_state(hq)
    with pytest.raises(PackageRefused, match="enroll VSP-TD03"):
        import_package(hq, world.export(second, "CDDKVN"), trust_new_node=True)
    assert file_state(hq) == before
    assert unit_code(second) == "VSP-TD03"
