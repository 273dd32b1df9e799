"""Two nodes merging one pair of people each way, with headquarters on a server too (issue 18):
headquarters puts the loop right with the same code on either engine (the merge's bulk rows,
then the correction through the session)."""

import pytest
from sqlalchemy import select
from sync_world import dump, register

from db.duplicates.people import merge_people
from db.models import InitiativeAuthor, Person

pytestmark = pytest.mark.both_engines


def author_of(database, initiative_id: str) -> str:
    with database.session() as session:
        return session.scalar(
            select(InitiativeAuthor.person_id).where(
                InitiativeAuthor.initiative_id == initiative_id,
                InitiativeAuthor.deleted.is_(False),
            )
        )


def test_headquarters_keeps_the_earlier_of_two_merges_each_way(world):
    """Headquarters merges the rig's second Nguyễn Văn An into the first; the rig, not
    knowing, merges the first into the second. Headquarters keeps its own, earlier merge and
    takes the rig's as undone; the rig takes that back: one person, both authorships."""
    hq = world.headquarters()
    rig = world.enrol(hq, "VSP-TD03")
    first = register(rig, "Cải tiến bơm ly tâm An")
    second = register(rig, "Giảm thời gian thay choòng An")
    world.carry(rig, hq)
    one, two = author_of(rig, first), author_of(rig, second)
    with hq.transaction() as session:
        merge_people(session, one, two, actor="Văn thư CĐ DKVN")  # first
    with rig.transaction() as session:
        merge_people(session, two, one, actor="Văn thư giàn")  # not knowing
    report = world.carry(rig, hq)
    assert [w.code for w in report.warnings] == ["sync.alias_loop"]
    world.carry(hq, rig)
    world.carry(rig, hq)
    for database in (hq, rig):
        assert (author_of(database, first), author_of(database, second)) == (one, one)
        with database.session() as session:
            assert not session.get(Person, one).deleted and session.get(Person, two).deleted
    assert dump(hq) == dump(rig)
