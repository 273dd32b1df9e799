"""What a rig holds of another unit reaches it again when it changes, with headquarters on a
server too (issue 18): a co-author of another unit, a person merged away into the rig's own, the
other side of a duplicate decision. Each went down once, with the record that named it; a later
change to it now goes down too (db/sync/scope.py), from either engine."""

import datetime as dt

import pytest
from sqlalchemy import select
from sync_world import edit, register

from db.certificates import Signer, issue_certificates
from db.duplicates.decisions import decide_pair
from db.duplicates.people import alias_id, merge_people
from db.models import Initiative, InitiativeAuthor, Person, PersonAlias, Unit
from db.queries.initiatives import AuthorShare, change_status
from db.queries.people import update_person
from db.queries.reviews import record_review
from db.records import dump_line

pytestmark = pytest.mark.both_engines


def held(database, model, row_id: str) -> str | None:
    with database.session() as session:
        row = session.get(model, row_id)
        return None if row is None else dump_line(row)


def authors_of(database, initiative_id: str) -> list[str]:
    with database.session() as session:
        return session.scalars(
            select(InitiativeAuthor.person_id)
            .where(InitiativeAuthor.initiative_id == initiative_id)
            .order_by(InitiativeAuthor.ordinal)
        ).all()


def author(database, name: str, code: str) -> AuthorShare:
    with database.session() as session:
        unit = session.scalar(select(Unit.id).where(Unit.code == code))
    return AuthorShare(full_name=name, share=100, unit_id=unit)


def rig_and_co_author(world, name: str = "Nguyễn Văn Phúc"):
    """Headquarters and its rig; two of the rig's initiatives registered at headquarters, by
    the rig's own Nguyễn Văn Phúc and by a PVGAS man, carried down: (hq, rig, the rig's Phúc,
    the PVGAS man)."""
    hq = world.headquarters()
    rig = world.enrol(hq, "VSP-TD03")
    first = register(hq, "Cải tiến bơm ly tâm", "VSP-TD03", authors=[author(hq, name, "VSP-TD03")])
    second = register(
        hq, "Giảm thời gian thay choòng", "VSP-TD03", authors=[author(hq, name, "PVGAS")]
    )
    world.carry(hq, rig)
    world.carry(rig, hq)  # its receipt: the next package is a delta
    [own], [co_author] = authors_of(hq, first), authors_of(hq, second)
    assert held(rig, Person, co_author) == held(hq, Person, co_author)
    return hq, rig, own, co_author


def test_a_co_author_s_name_corrected_above_reaches_the_rig(world):
    hq, rig, _own, co_author = rig_and_co_author(world, "Nguyễn Văn Bình")
    with hq.transaction() as session:
        update_person(session, co_author, {"full_name": "Nguyễn Văn Bính"}, actor="Văn thư")
    world.carry(hq, rig)
    assert held(rig, Person, co_author) == held(hq, Person, co_author)
    assert '"full_name":"Nguyễn Văn Bính"' in held(rig, Person, co_author)


def test_a_co_author_merged_into_the_rig_s_own_is_deleted_at_the_rig(world):
    """Headquarters merges the PVGAS Phúc into the rig's own (a clerk of headquarters may):
    the rig holds him deleted, with the alias naming him."""
    hq, rig, own, co_author = rig_and_co_author(world)
    with hq.transaction() as session:
        merge_people(session, own, co_author, actor="Văn thư")
    world.carry(hq, rig)
    assert held(rig, Person, co_author) == held(hq, Person, co_author)
    assert '"deleted":true' in held(rig, Person, co_author)


def test_a_co_author_merged_into_another_unit_s_man_is_deleted_at_the_rig(world):
    """Headquarters merges the PVGAS co-author into another PVGAS record of him (neither is
    of the rig's tree): the rig, which held him, holds him deleted and the merge."""
    hq, rig, _own, co_author = rig_and_co_author(world)
    pvgas = register(
        hq, "Tận dụng nhiệt khí thải", "PVGAS", authors=[author(hq, "Nguyễn Văn Phúc", "PVGAS")]
    )
    [other] = authors_of(hq, pvgas)
    with hq.transaction() as session:
        merge_people(session, other, co_author, actor="Văn thư")
    world.carry(hq, rig)
    assert held(rig, Person, co_author) == held(hq, Person, co_author)
    assert '"deleted":true' in held(rig, Person, co_author)
    assert held(rig, PersonAlias, alias_id(co_author)) == held(hq, PersonAlias, alias_id(co_author))


def test_the_other_side_of_a_decision_corrected_above_reaches_the_rig(world):
    hq = world.headquarters()
    rig = world.enrol(hq, "VSP-TD03")
    rig_s = register(hq, "Cải tiến bơm ly tâm An", "VSP-TD03")
    pvgas = register(hq, "Cải tiến bơm ly tâm Bình", "PVGAS")
    with hq.transaction() as session:
        decide_pair(session, rig_s, pvgas, "same", actor="Hội đồng")
    world.carry(hq, rig)
    world.carry(rig, hq)
    edit(hq, pvgas, title="Cải tiến bơm ly tâm kiểu mới")
    world.carry(hq, rig)
    assert held(rig, Initiative, pvgas) == held(hq, Initiative, pvgas)
    assert "kiểu mới" in held(rig, Initiative, pvgas)


def test_the_other_side_of_a_decision_shows_its_status_at_the_rig(world):
    """Headquarters recognises and certifies a PVGAS filing, then calls a later rig's filing
    the same. The rig received the PVGAS filing but not its review and certificate, and
    derived its status from what it held: submitted, where headquarters shows it certified.
    Its review and certificate now go with it."""
    hq = world.headquarters()
    rig = world.enrol(hq, "VSP-TD03")
    pvgas = register(hq, "Cải tiến bơm ly tâm Bình", "PVGAS", registered_on=dt.date(2022, 3, 1))
    with hq.transaction() as session:
        change_status(session, pvgas, "submitted", actor="Văn thư")
        decision = {"decision_no": "7/QĐ", "decision_date": dt.date(2022, 5, 2)}
        record_review(session, pvgas, {"level": "industry", "outcome": "recognised", **decision})
    with hq.transaction() as session:
        issue_certificates(session, [pvgas], Signer("Nguyễn Văn Ký"), "Văn thư")
    world.carry(hq, rig)
    world.carry(rig, hq)
    rig_s = register(hq, "Cải tiến bơm ly tâm An", "VSP-TD03", registered_on=dt.date(2022, 3, 20))
    with hq.transaction() as session:
        decide_pair(session, rig_s, pvgas, "same", actor="Hội đồng")
    world.carry(hq, rig)
    assert held(rig, Initiative, pvgas) == held(hq, Initiative, pvgas)
    assert '"status":"certified"' in held(rig, Initiative, pvgas)
    assert '"status":"duplicate"' in held(rig, Initiative, rig_s)
