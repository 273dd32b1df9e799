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


@pytest.mark.parametrize("first", ["hq", "rig"])
def test_the_earlier_of_two_merges_each_way_holds_on_both(world, first):
    """Headquarters merges the rig's second Nguyễn Văn An into the first; the rig, not
    knowing, merges the first into the second (or the rig first). Headquarters keeps the
    earlier merge and takes the later as undone; the rig takes that back: one person, both
    authorships under it, the same on both."""
    hq = world.headquarters()
    rig = world.enrol(hq, "VSP-TD03")
    first_id = register(rig, "Cải tiến bơm ly tâm An")
    second_id = register(rig, "Giảm thời gian thay choòng An")
    world.carry(rig, hq)
    one, two = author_of(rig, first_id), author_of(rig, second_id)
    merges = [(hq, one, two), (rig, two, one)]
    for database, keep, merged in merges if first == "hq" else merges[::-1]:
        with database.transaction() as session:
            merge_people(session, keep, merged, actor="Văn thư")
    report = world.carry(rig, hq)
    assert [w.code for w in report.warnings] == ["sync.alias_loop"]
    world.carry(hq, rig)
    world.carry(rig, hq)
    kept, gone = (one, two) if first == "hq" else (two, one)
    for database in (hq, rig):
        assert (author_of(database, first_id), author_of(database, second_id)) == (kept, kept)
        with database.session() as session:
            assert not session.get(Person, kept).deleted and session.get(Person, gone).deleted
    assert dump(hq) == dump(rig)
