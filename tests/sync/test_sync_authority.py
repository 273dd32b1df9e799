"""No site can make headquarters believe what it did not decide: the sender's unit and level are
what the receiver pinned and holds, each field has its owner, and recognition follows only from a
council's decision at a level the deciding node holds (issue 10, findings 1, 2, 3, 7, 8)."""

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import select
from sync_world import initiative, private_key, register, repack, unit_id

from db.changes import RecordWriter
from db.hlc import Stamp, wall_clock_ms
from db.messages import Message
from db.models import Initiative, Person, Review, Target, Unit
from db.queries.initiatives import AuthorShare, change_status
from db.queries.reviews import record_review
from db.queries.stats import progress_stats
from db.queries.targets import set_target
from db.records import row_to_record
from db.sync.authority import Authority
from db.sync.conflicts import (
    ConflictError,
    list_conflicts,
    resolve_conflict,
    withdrawal_requests,
)
from db.sync.importer import import_package
from db.unit_authority import UnitTree
from db.validation import ValidationFailed

PERSON = Message("authority.what.person")

pytestmark = pytest.mark.both_engines  # issue 18: headquarters on a server too

DECISION = {"decision_no": "12/QĐ", "decision_date": dt.date(2022, 5, 2)}


def recognised_count(database, code="CDDKVN") -> int:
    with database.session() as session:
        return progress_stats(session, dt.date(2023, 9, 1), code).scope.recognised


def forge_recognition(database, row: str, level: str = "industry") -> None:
    """What an altered copy of the program could write on a site: a review above the site's level
    and the initiative's status and date straight after it (no check on the way)."""
    with database.transaction() as session:
        writer = RecordWriter(session, "kẻ giả mạo")
        writer.create(
            Review,
            initiative_id=row,
            level=level,
            council="Hội đồng tự phong",
            outcome="recognised",
            **DECISION,
        )
        item = session.get(Initiative, row)
        writer.update(item, status="recognised", recognised_on=dt.date(2022, 5, 2))


def test_a_rig_cannot_recognise_its_own_initiative_through_its_union(world):
    """Finding 1: rig -> VSP -> headquarters; the review is refused and so is what it implied.
    Nothing backs the package's "recognised", so the initiative is held as a draft (it may never
    have been submitted): the rig's clerk submits it again for it to count."""
    hq = world.headquarters()
    vsp = world.enrol(hq, "VSP")
    rig = world.enrol(vsp, "VSP-TD03")
    row = register(rig, "Tự công nhận ở giàn Hải", status="submitted")
    forge_recognition(rig, row)

    at_union = world.carry(rig, vsp)
    assert at_union.tables["reviews"].refused == 1
    assert any("Đã công nhận → Nháp" in str(line) for line in at_union.settled)
    assert any("Recognised → Draft" in line.text("en") for line in at_union.settled)
    world.carry(vsp, hq)
    for database in (vsp, hq):
        seen = initiative(database, row)
        assert (seen.status, seen.recognised_on) == ("draft", None)
        with database.session() as session:
            assert session.scalar(select(Review.id)) is None
    assert recognised_count(hq) == 0
    again = world.carry(rig, vsp)  # whatever the rig's copy keeps believing
    assert again.tables["reviews"].refused == 1  # refused again, harmlessly
    assert initiative(vsp, row).status == "draft"


def test_a_union_relays_what_its_own_council_decided(world):
    hq = world.headquarters()
    vsp = world.enrol(hq, "VSP")
    rig = world.enrol(vsp, "VSP-TD03")
    row = register(rig, "Được công đoàn VSP công nhận Khánh", status="submitted")
    world.carry(rig, vsp)
    with vsp.transaction() as session:
        record_review(session, row, {"level": "subordinate", "outcome": "recognised", **DECISION})
    world.carry(vsp, hq)
    seen = initiative(hq, row)
    assert (seen.status, seen.recognised_on) == ("recognised", dt.date(2022, 5, 2))
    assert recognised_count(hq) == 1


def test_a_sites_late_withdrawal_is_a_request_not_an_overwrite(world):
    """Finding 2: headquarters recognises; the site, not having seen it, withdraws."""
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    row = register(site, "Rút sau quyết định Lâm", status="submitted")
    world.carry(site, hq)
    with hq.transaction() as session:
        record_review(session, row, {"level": "industry", "outcome": "recognised", **DECISION})
    with site.transaction() as session:
        change_status(session, row, "withdrawn", actor="clerk")

    report = world.carry(site, hq)
    assert initiative(hq, row).status == "recognised"
    [request] = report.withdrawal_requests
    assert initiative(hq, row).reg_no in request
    with hq.session() as session:
        [listed] = [c for c in list_conflicts(session) if c.field == "status"]
    assert (listed.kept.value, listed.lost.value) == ("recognised", "withdrawn")
    assert recognised_count(hq) == 1

    with hq.session() as session:
        [asked] = withdrawal_requests(session)
    with hq.transaction() as session, pytest.raises(ConflictError, match="quyết định"):
        resolve_conflict(session, asked.id, "lost")
    with hq.transaction() as session:  # answered: the decision stands
        resolve_conflict(session, asked.id, "kept", actor="Ban thi đua")

    world.carry(hq, site)
    assert initiative(site, row).status == "recognised"
    world.carry(site, hq)
    assert initiative(hq, row).status == "recognised"


def test_the_order_packages_cross_in_does_not_change_the_outcome(world):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    row = register(site, "Thứ tự gói Minh", status="submitted")
    world.carry(site, hq)
    with hq.transaction() as session:
        record_review(session, row, {"level": "industry", "outcome": "recognised", **DECISION})
    with site.transaction() as session:
        change_status(session, row, "withdrawn", actor="clerk")
    world.carry(hq, site)  # this time the decision reaches the site first
    assert initiative(site, row).status == "recognised"
    world.carry(site, hq)
    world.carry(hq, site)
    assert initiative(hq, row).status == initiative(site, row).status == "recognised"


def test_a_site_that_rewrites_its_own_unit_in_its_file_still_writes_only_its_own_records(world):
    """Finding 7: the sender's unit is the one pinned at enrolment, not what its file says."""
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    world.carry(site, hq)
    with sqlite3.connect(site.path) as raw:
        raw.execute("UPDATE node SET unit_id = (SELECT id FROM units WHERE code = 'CDDKVN')")
    site.close()
    from db.session import open_database

    site = open_database(site.path)
    world.open.append(site)
    register(site, "Sáng kiến mạo danh PV GAS Nam", "PVGAS", reg_no="PVGAS-2022-0777")
    report = world.carry(site, hq)
    assert report.tables["initiatives"].refused == 1
    reason = report.refusals[0].reason
    assert reason.code == "authority.outside" and reason.params["unit"] == "VSP-TD03"
    assert "không thuộc đơn vị VSP-TD03" in str(reason)
    assert "is outside unit VSP-TD03 and the units below it" in reason.text("en")
    with hq.session() as session:
        assert (
            session.scalar(select(Initiative).where(Initiative.reg_no == "PVGAS-2022-0777")) is None
        )


def test_a_site_cannot_raise_its_own_level(world):
    """Finding 8: a node's unit, level and parent change only from above."""
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    row = register(site, "Tự nâng cấp Oanh", status="submitted")
    with site.transaction() as session:
        unit = session.scalar(select(Unit).where(Unit.code == "VSP-TD03"))
        RecordWriter(session, "clerk").update(unit, level="industry")
    with site.transaction() as session:  # its own PC now believes it is the industry union
        record_review(session, row, {"level": "industry", "outcome": "recognised", **DECISION})
    report = world.carry(site, hq)
    refused = {r.table: r for r in report.refusals}
    assert refused["units"].field == "level"
    assert refused["units"].reason.code == "authority.unit_from_above"
    assert refused["reviews"].reason.code == "authority.level_too_high"
    assert "is above the level of unit VSP-TD03" in refused["reviews"].reason.text("en")
    with hq.session() as session:
        assert session.scalar(select(Unit.level).where(Unit.code == "VSP-TD03")) == "site"
    assert initiative(hq, row).status == "draft"
    assert recognised_count(hq) == 0


def test_a_union_cannot_raise_the_target_headquarters_gave_it(world, tmp_path):
    """Finding 3: targets of a unit belong to the node above it."""
    hq = world.headquarters()
    vsp = world.enrol(hq, "VSP")
    with hq.session() as session:
        before = progress_stats(session, dt.date(2023, 9, 1)).scope.target
        target = session.scalar(select(Target).where(Target.unit_id == unit_id(hq, "VSP")))
        record = row_to_record(target)
    with vsp.transaction() as session, pytest.raises(ValidationFailed, match="cấp trên"):
        set_target(session, target.unit_id, target.phase_id, target.target + 100)

    package = world.export(vsp, "CDDKVN")
    record["target"] += 100
    record["field_hlc"] = {"target": Stamp(wall_clock_ms(), 0, "f" * 32).encode()}
    forged = repack(
        package, tmp_path / "target.skp", extra={"targets": [record]}, key=private_key(vsp)
    )
    report = import_package(hq, forged, trust_new_node=True, backup=False)
    assert report.tables["targets"].refused == 1
    assert report.refusals[0].reason.code == "authority.unit_above_only"
    with hq.session() as session:
        assert progress_stats(session, dt.date(2023, 9, 1)).scope.target == before


def test_headquarters_still_sets_a_unions_target_and_a_union_its_sites(world):
    hq = world.headquarters()
    vsp = world.enrol(hq, "VSP")
    rig = unit_id(vsp, "VSP-TD03")
    with vsp.session() as session:
        phase = session.scalar(select(Target.phase_id).where(Target.unit_id == unit_id(vsp, "VSP")))
    with vsp.transaction() as session:
        row = set_target(session, rig, phase, 12).id
    world.carry(vsp, hq)
    with hq.session() as session:
        assert session.get(Target, row).target == 12


def test_a_site_cannot_rename_an_author_of_another_unit(world, tmp_path):
    """Finding 10: people belong to the unit that created them."""
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-MSP1")
    other = world.enrol(hq, "PVGAS")
    with other.transaction() as session:  # typed by name only, as before this rule
        long = RecordWriter(session, "clerk").create(Person, full_name="Nguyễn Văn Long").id
    register(other, "Sáng kiến của PV GAS Long", authors=[AuthorShare(person_id=long, share=100)])
    world.carry(other, hq)
    with hq.session() as session:
        person = session.scalar(select(Person).where(Person.full_name == "Nguyễn Văn Long"))
        record = row_to_record(person)
    package = world.export(site, "CDDKVN")
    record["full_name"] = "Tên bị MSP1 đổi"
    record["field_hlc"] = {"full_name": Stamp(wall_clock_ms(), 0, "f" * 32).encode()}
    forged = repack(
        package, tmp_path / "person.skp", extra={"people": [record]}, key=private_key(site)
    )
    report = import_package(hq, forged, trust_new_node=True, backup=False)
    [refusal] = report.refusals
    assert (refusal.table, refusal.label) == ("people", "Tên bị MSP1 đổi")
    assert refusal.reason == Message("authority.outside", what=PERSON, unit="VSP-MSP1")
    with hq.session() as session:
        assert session.get(Person, person.id).full_name == "Nguyễn Văn Long"


def test_every_synced_table_has_a_name_people_read_in_both_languages():
    from db.models import SYNCED_MODELS
    from db.sync.report import table_label

    for model in SYNCED_MODELS:
        table = model.__tablename__
        assert table_label(table, "vi") != table and table_label(table, "en") != table


def test_the_senders_reach_follows_the_units_a_package_adds_or_moves():
    """Issue 13: whether a unit is within the sender's reach is worked out once per unit for a
    whole import (not once per record), and anew whenever the merge adds or moves a unit."""
    tree = UnitTree({"hq": None, "site": "hq", "other": "hq"})
    authority = Authority("site", "VSP-TD03", 0, tree)
    assert authority.within("site") and not authority.within("hq")
    assert not authority.within("rig")  # not in the tree yet
    tree.parents["rig"] = "site"  # the package's new unit under the sender
    authority.tree_changed()
    assert authority.within("rig")
    tree.parents["rig"] = "other"  # moved from above
    authority.tree_changed()
    assert not authority.within("rig")
