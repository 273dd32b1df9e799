"""Issue 14's story: one initiative typed at two sites, flagged at headquarters, decided "same",
carried down to both sites, and reversed, with everything as it was before."""

import datetime as dt

import pytest
from sqlalchemy import select
from sync_world import initiative, unit_code

from db.changes import RecordWriter
from db.duplicates.candidates import pairs_to_decide
from db.duplicates.decisions import decide_pair, undo_decision
from db.duplicates.incoming import package_similar
from db.models import DuplicateDecision, Initiative, Unit
from db.queries.initiatives import AuthorShare, register_initiative
from db.sync.importer import import_package
from db.validation import ValidationFailed

BORN = dt.date(1980, 5, 1)


def file(database, title: str, author: str, registered: dt.date, **values) -> str:
    """A clerk registers a submitted initiative of the node's unit with one author."""
    with database.transaction() as session:
        unit = session.scalar(select(Unit).where(Unit.code == unit_code(database)))
        data = {
            "title": title,
            "solution_type": "technical",
            "unit_id": unit.id,
            "registered_on": registered,
            "first_applied_on": registered - dt.timedelta(days=30),
            "status": "submitted",
            **values,
        }
        person = AuthorShare(full_name=author, birth_date=BORN, share=100, unit_id=unit.id)
        return register_initiative(session, data, [person], actor="clerk").id


def state(database, *ids):
    """What a person sees of the initiatives: status and what each is a duplicate of."""
    with database.session() as session:
        rows = session.scalars(select(Initiative).where(Initiative.id.in_(ids))).all()
        return {r.id: (r.status, r.duplicate_of_id) for r in rows}


@pytest.fixture
def two_sites(world):
    hq = world.headquarters()
    msp1 = world.enrol(hq, "VSP-MSP1")
    td03 = world.enrol(hq, "VSP-TD03")
    first = file(
        msp1,
        "Cải tiến hệ thống hòa đồng bộ máy phát điện",
        "Nguyễn Văn Hòa",
        dt.date(2022, 3, 10),
        essence="Thay bộ hòa đồng bộ cơ bằng bộ điều khiển số, giảm thời gian hòa lưới.",
    )
    # typed again at the rig: no diacritics, words reordered, the other tone placement
    second = file(
        td03,
        "may phat dien: cai tien he thong hoa dong bo",
        "Nguyen Van Hoa",
        dt.date(2022, 4, 20),
        essence="Thay bộ hoà đồng bộ cơ bằng bộ điều khiển số, giảm thời gian hoà lưới.",
    )
    world.carry(msp1, hq)
    return hq, msp1, td03, first, second


def test_headquarters_preview_flags_the_initiative_typed_twice(world, two_sites):
    hq, _msp1, td03, first, second = two_sites
    package = world.export(td03, "CDDKVN")
    [match] = package_similar(hq, package)
    assert (match.incoming.id, match.here.id) == (second, first)
    assert match.incoming.unit_code == "VSP-TD03" and match.here.unit_code == "VSP-MSP1"
    assert match.score >= 80
    with hq.session() as session:  # nothing merged by looking
        assert session.get(Initiative, second) is None


def test_same_makes_the_later_a_duplicate_everywhere_and_undo_restores_everything(world, two_sites):
    hq, msp1, td03, first, second = two_sites
    world.carry(td03, hq)
    before = {db: state(db, first, second) for db in (hq, msp1, td03)}
    [pair] = [p for p in pairs_to_decide(hq) if {p.original.id, p.later.id} == {first, second}]
    assert (pair.original.id, pair.later.id) == (first, second)  # the first filing wins

    with hq.transaction() as session:
        decide_pair(session, second, first, "same", actor="Hội đồng CĐ DKVN")
    assert state(hq, first, second)[second] == ("duplicate", first)
    assert not [p for p in pairs_to_decide(hq) if second in (p.original.id, p.later.id)]

    world.carry(hq, td03)
    world.carry(hq, msp1)
    for site in (td03, msp1):  # each site now holds both sides of the pair
        assert state(site, first, second)[second] == ("duplicate", first)
        assert initiative(site, first).status == "submitted"

    with hq.transaction() as session:
        undo_decision(session, first, second, actor="Hội đồng CĐ DKVN")
    world.carry(hq, td03)
    world.carry(hq, msp1)
    assert state(hq, first, second) == before[hq]
    assert state(td03, first, second)[second] == before[td03][second]
    assert state(msp1, first, second)[first] == before[msp1][first]
    assert initiative(msp1, second).status == "submitted"
    with hq.session() as session:
        assert session.scalar(select(DuplicateDecision.deleted)) is True
    assert [p.later.id for p in pairs_to_decide(hq)] == [second]  # proposed again


def test_different_is_remembered_and_never_proposed_again(world, two_sites):
    hq, _msp1, td03, first, second = two_sites
    world.carry(td03, hq)
    with hq.transaction() as session:
        decide_pair(session, first, second, "different", actor="Hội đồng")
    assert pairs_to_decide(hq) == []
    assert state(hq, first, second)[second] == ("submitted", None)


def test_a_site_cannot_decide_on_another_units_initiative(world, two_sites):
    hq, _msp1, td03, first, second = two_sites
    world.carry(td03, hq)
    world.carry(hq, td03)  # the rig has only its own initiative
    with td03.transaction() as session, pytest.raises((ValidationFailed, LookupError)):
        decide_pair(session, first, second, "same", actor="rig clerk")


def test_a_rigs_decision_about_another_units_initiative_is_refused_at_headquarters(
    world, two_sites
):
    """Authority, like reviews: only a council owning both units decides. A rig that somehow
    holds both (a package from headquarters) may not decide for VSP-MSP1."""
    hq, _msp1, td03, first, second = two_sites
    world.carry(td03, hq)
    with hq.transaction() as session:
        decide_pair(session, first, second, "different", actor="Hội đồng")
    world.carry(hq, td03)
    with hq.transaction() as session:
        undo_decision(session, first, second, actor="Hội đồng")
    with td03.transaction() as session:  # the rig's own database says it decided
        row = session.scalar(select(DuplicateDecision))
        rig = session.scalar(select(Unit.id).where(Unit.code == "VSP-TD03"))
        writer = RecordWriter(session, "rig clerk")
        writer.restore(row)
        writer.update(row, verdict="same", unit_id=rig, level="base")
    package = world.export(td03, "CDDKVN")
    report = import_package(hq, package, trust_new_node=True, backup=False)
    assert any(r.table == "duplicate_decisions" for r in report.refusals)


def test_the_import_preview_window_shows_both_side_by_side(qtbot, world, two_sites):
    from db.sync.importer import preview_package
    from desktop.dialogs.import_preview_dialog import ImportPreviewDialog
    from desktop.tasks import wait_for_tasks

    hq, _msp1, td03, _first, _second = two_sites
    package = world.export(td03, "CDDKVN")
    report = preview_package(hq, package, trust_new_node=True)
    dialog = ImportPreviewDialog([report], None, hq)
    qtbot.addWidget(dialog)

    def shown():
        wait_for_tasks(50)
        return dialog.similar_table.rowCount() == 1

    qtbot.waitUntil(shown, timeout=10000)
    incoming, here = (dialog.similar_table.item(0, c).text() for c in (1, 2))
    assert incoming.startswith("VSP-TD03-2022-0001 (VSP-TD03)") and "may phat dien" in incoming
    assert here.startswith("VSP-MSP1-2022-0001 (VSP-MSP1)") and "hòa đồng bộ" in here
    assert "20/04/2022" in incoming and "10/03/2022" in here  # dates as the window shows them
    assert not dialog.similar_box.isHidden()


def test_the_same_author_at_two_sites_merged_at_headquarters_reaches_both(world, two_sites):
    """Nguyễn Văn Hòa (MSP-1) and Nguyen Van Hoa (Tam Đảo 03), one person typed twice: merged at
    headquarters, the rig's initiative names the kept person at both sites, and the old id
    still resolves through its alias."""
    from db.duplicates.people import alias_id, duplicate_people_groups, merge_people, resolve_person
    from db.models import InitiativeAuthor, Person, PersonAlias

    hq, msp1, td03, _first, second = two_sites
    world.carry(td03, hq)
    with hq.session() as session:
        [group] = duplicate_people_groups(session)
        hoa, twin = (p.id for p in sorted(group.people, key=lambda p: p.unit_code))  # MSP1 first
    with hq.transaction() as session:
        merge_people(session, hoa, twin, actor="Văn thư CĐ DKVN")
    world.carry(hq, td03)
    world.carry(hq, msp1)
    for site in (td03, msp1):
        with site.session() as session:
            assert not session.get(PersonAlias, alias_id(twin)).deleted
            assert resolve_person(session, twin) == hoa
    with td03.session() as session:
        assert session.get(Person, twin).deleted
        authors = select(InitiativeAuthor.person_id).where(InitiativeAuthor.initiative_id == second)
        assert session.scalars(authors).all() == [hoa]


def test_a_rig_still_filing_under_the_merged_person_reaches_headquarters_under_the_kept_one(
    world, two_sites
):
    """Headquarters merges Nguyen Van Hoa (Tam Đảo 03) into Nguyễn Văn Hòa; before the merge
    reaches the rig, its clerk files another initiative by the person the rig knows. At
    headquarters the new authorship names the kept person, not the merged (deleted) record."""
    from db.duplicates.people import duplicate_people_groups, merge_people
    from db.models import InitiativeAuthor

    hq, _msp1, td03, _first, _second = two_sites
    world.carry(td03, hq)
    with hq.session() as session:
        [group] = duplicate_people_groups(session)
        hoa, twin = (p.id for p in sorted(group.people, key=lambda p: p.unit_code))
    with hq.transaction() as session:
        merge_people(session, hoa, twin, actor="Văn thư CĐ DKVN")
    with td03.transaction() as session:
        rig = session.scalar(select(Unit.id).where(Unit.code == "VSP-TD03"))
        data = {
            "title": "Chế tạo giá đỡ ống khoan",
            "solution_type": "technical",
            "unit_id": rig,
            "registered_on": dt.date(2022, 6, 1),
            "status": "submitted",
        }
        third = register_initiative(
            session, data, [AuthorShare(person_id=twin, share=100)], actor="rig clerk"
        ).id
    report = world.carry(td03, hq)
    assert not report.refusals
    with hq.session() as session:
        authors = select(InitiativeAuthor.person_id).where(InitiativeAuthor.initiative_id == third)
        assert session.scalars(authors).all() == [hoa]
