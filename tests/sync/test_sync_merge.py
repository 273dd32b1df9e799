"""Merging edits made at two places: per field, the later version wins everywhere; concurrent
edits of one field are kept for a person; deletes hold; a child changes only its own records."""

import datetime as dt
import uuid

import pytest
from sqlalchemy import select
from sync_world import dump, initiative, private_key, recognising_review, register, repack, unit_id
from sync_world import edit as edit_initiative

from db.hlc import Stamp, wall_clock_ms
from db.models import Conflict, Initiative
from db.queries.initiatives import delete_initiative
from db.sync.conflicts import list_conflicts, resolve_conflict
from db.sync.errors import PackageRefused
from db.sync.importer import import_package

pytestmark = pytest.mark.both_engines  # issue 18: headquarters on a server too


def shared_initiative(world):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    row = register(site, "Cải tiến bơm ly tâm Phúc", investor="Vietsovpetro")
    world.carry(site, hq)
    world.carry(hq, site)
    return hq, site, row


def test_two_edits_of_one_field_keep_the_later_and_store_the_other_as_a_conflict(world):
    hq, site, row = shared_initiative(world)
    edit_initiative(site, row, title="Cải tiến bơm ly tâm (bản của giàn) Phúc")
    edit_initiative(hq, row, title="Cải tiến bơm ly tâm (bản của tổng công ty) Phúc")
    report = world.carry(site, hq)
    assert report.tables["initiatives"].conflicts == 1
    with hq.session() as session:
        [conflict] = list_conflicts(session)
    assert conflict.field == "title"
    assert {conflict.kept.value, conflict.lost.value} == {
        "Cải tiến bơm ly tâm (bản của giàn) Phúc",
        "Cải tiến bơm ly tâm (bản của tổng công ty) Phúc",
    }
    assert initiative(hq, row).title == conflict.kept.value
    assert {conflict.kept.node, conflict.lost.node} == {"VSP-TD03", "CDDKVN"}

    report = world.carry(hq, site)
    assert report.summary()["conflicts"] == 0  # the site had not edited after seeing ours
    assert dump(site) == [line for line in dump(hq) if line in set(dump(site))]

    with hq.transaction() as session:
        resolve_conflict(session, conflict.id, "lost", actor="Trưởng ban")
    assert initiative(hq, row).title == conflict.lost.value
    world.carry(hq, site)
    assert initiative(site, row).title == conflict.lost.value
    with hq.session() as session:
        assert session.scalar(select(Conflict.resolution)) == "lost"


def test_edits_of_different_fields_both_survive_without_a_conflict(world):
    hq, site, row = shared_initiative(world)
    edit_initiative(site, row, title="Cải tiến bơm ly tâm giàn MSP-4 Phúc")
    edit_initiative(hq, row, investor="Tổng công ty Thăm dò Khai thác")
    report = world.carry(site, hq)
    assert report.summary()["conflicts"] == 0
    world.carry(hq, site)
    for database in (hq, site):
        seen = initiative(database, row)
        assert (seen.title, seen.investor) == (
            "Cải tiến bơm ly tâm giàn MSP-4 Phúc",
            "Tổng công ty Thăm dò Khai thác",
        )


def test_a_delete_and_an_edit_both_hold_and_an_older_package_cannot_undo_the_delete(world):
    hq, site, row = shared_initiative(world)
    edit_initiative(site, row, title="Bản sửa cuối trước khi xoá Phúc")
    older = world.export(site, "CDDKVN")  # still says: not deleted
    with site.transaction() as session:
        delete_initiative(session, row, actor="clerk")
    edit_initiative(hq, row, investor="Chủ đầu tư mới")
    world.carry(site, hq)
    report = import_package(hq, older, backup=False)
    assert report.tables["initiatives"].updated == 0
    world.carry(hq, site)
    for database in (hq, site):
        seen = initiative(database, row)
        assert seen.deleted is True
        assert seen.investor == "Chủ đầu tư mới"
        assert seen.title == "Bản sửa cuối trước khi xoá Phúc"


def forged_record(rows, **values):
    record = dict(rows[0], id=str(uuid.uuid4()), **values)
    record.pop("field_hlc", None)
    return [*rows, record]


def test_a_site_cannot_change_another_units_records_or_award_above_its_level(world, tmp_path):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    row = register(site, "Sáng kiến hợp lệ của giàn Quang")
    package = world.export(site, "CDDKVN")
    other_unit = unit_id(hq, "PVGAS")

    def add_forgeries(table, rows):
        if table == "initiatives":
            return forged_record(rows, unit_id=other_unit, reg_no="PVGAS-2022-0999")
        return rows

    forged = repack(package, tmp_path / "forged.skp", records=add_forgeries, key=private_key(site))
    report = import_package(hq, forged, trust_new_node=True, backup=False)
    assert report.tables["initiatives"].new == 1
    assert report.tables["initiatives"].refused == 1
    [refusal] = report.refusals
    assert "PVGAS-2022-0999" in refusal.label and refusal.reason.code == "authority.outside"
    assert "không thuộc đơn vị VSP-TD03" in str(refusal.reason)
    assert initiative(hq, row) is not None
    with hq.session() as session:
        assert (
            session.scalar(select(Initiative).where(Initiative.reg_no == "PVGAS-2022-0999")) is None
        )


def test_a_record_stamped_far_in_the_future_refuses_the_whole_package(world, tmp_path):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    register(site, "Sáng kiến từ máy chạy sai giờ Sơn")
    package = world.export(site, "CDDKVN")
    next_year = Stamp(wall_clock_ms() + 400 * 86_400_000, 0, "f" * 32).encode()

    def from_the_future(table, rows):
        if table == "initiatives":
            return [
                dict(r, title="Bản sửa từ năm sau", field_hlc={"title": next_year}) for r in rows
            ]
        return rows

    bad = repack(package, tmp_path / "future.skp", records=from_the_future, key=private_key(site))
    with pytest.raises(PackageRefused, match="chạy trước máy này 1 năm 34 ngày"):
        import_package(hq, bad, trust_new_node=True, backup=False)
    with hq.session() as session:
        assert session.scalar(select(Initiative.id)) is None


def test_an_export_from_a_pc_whose_clock_says_1970_warns(world, monkeypatch):
    import db.sync.export as export_module

    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    monkeypatch.setattr(export_module, "wall_clock_ms", lambda: 86_400_000)
    package = world.path("late.skp")
    result = export_module.export_package(site, "CDDKVN", package)
    assert [w.code for w in result.warnings] == ["clock.before_2021"]
    assert "before 2021" in result.warnings[0].text("en")
    assert "trước năm 2021" in result.to_json()["warnings"][0]


def test_a_technology_secret_goes_up_as_a_summary_only(world):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    secret = "Quy trình pha chế dung dịch khoan tỷ lệ 3:7 bí mật"
    row = register(
        site,
        "Dung dịch khoan mới Tùng",
        tech_secret=True,
        essence=secret,
        benefit_value=2_000_000_000,
    )
    package = world.export(site, "CDDKVN")
    import zipfile

    with zipfile.ZipFile(package) as archive:
        content = b"".join(archive.read(n) for n in archive.namelist())
    assert secret.encode() not in content
    import_package(hq, package, trust_new_node=True, backup=False)
    at_hq = initiative(hq, row)
    assert (at_hq.title, at_hq.benefit_value, at_hq.essence) == (
        "Dung dịch khoan mới Tùng",
        2_000_000_000,
        None,
    )
    world.carry(hq, site)
    assert initiative(site, row).essence == secret  # HQ's empty copy never overwrites it

    edit_initiative(site, row, tech_secret=False)  # declassified: the details may go up now
    world.carry(site, hq)
    assert initiative(hq, row).essence == secret


def test_a_review_is_refused_above_the_senders_level(world, tmp_path):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    row = register(site, "Sáng kiến được giàn tự chấm Uyên")
    package = world.export(site, "CDDKVN")
    review = recognising_review(row, initiative(site, row).hlc, decision_no="01/QĐ")
    forged = repack(
        package, tmp_path / "review.skp", extra={"reviews": [review]}, key=private_key(site)
    )
    report = import_package(hq, forged, trust_new_node=True, backup=False)
    assert report.tables["reviews"].refused == 1
    assert report.refusals[0].reason.code == "authority.level_too_high"
    assert report.tables["initiatives"].new == 1


def test_phases_come_only_from_the_root(world, tmp_path):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    package = world.export(site, "CDDKVN")
    with hq.session() as session:
        from db.models import Phase

        phase = session.scalar(select(Phase).where(Phase.code == "GD1"))
        record = {
            "id": phase.id,
            "code": "GD1",
            "name": "Giai đoạn do giàn tự đổi",
            "starts_on": "2022-01-08",
            "ends_on": "2030-12-31",
            "deleted": False,
            "hlc": phase.hlc,
            "field_hlc": {"ends_on": Stamp(wall_clock_ms(), 0, "f" * 32).encode()},
        }
    forged = repack(
        package, tmp_path / "phase.skp", extra={"phases": [record]}, key=private_key(site)
    )
    report = import_package(hq, forged, trust_new_node=True, backup=False)
    assert report.tables["phases"].refused == 1
    assert report.refusals[0].reason.code == "authority.root_only"
    with hq.session() as session:
        assert session.get(Phase, phase.id).ends_on == dt.date(2022, 5, 31)
