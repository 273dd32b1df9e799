"""The hunt's fixes where an import writes on its own authority, also with headquarters on a
server (issue 18): the same merge runs on either engine."""

import pytest
from sqlalchemy import select
from sync_world import dump, register

from db.duplicates.people import merge_people
from db.models import InitiativeAuthor, Person
from db.queries.initiatives import AuthorShare, update_initiative

pytestmark = pytest.mark.both_engines


def authors(database, initiative_id: str) -> list[str]:
    with database.session() as session:
        return session.scalars(
            select(InitiativeAuthor.person_id).where(
                InitiativeAuthor.initiative_id == initiative_id,
                InitiativeAuthor.deleted.is_(False),
            )
        ).all()


def test_an_authorship_filed_under_the_kept_person_goes_back_to_the_rig(world):
    """The rig recorded Nguyễn Văn An twice; headquarters merges the second into the first.
    The rig, not knowing, names the second as the author of its first initiative: headquarters
    files it under the first, and the rig, at the next package, shows the first too."""
    hq = world.headquarters()
    rig = world.enrol(hq, "VSP-TD03")
    first = register(rig, "Cải tiến bơm ly tâm An")
    second = register(rig, "Giảm thời gian thay choòng An")
    world.carry(rig, hq)
    [kept], [merged] = authors(rig, first), authors(rig, second)
    with hq.transaction() as session:
        merge_people(session, kept, merged, actor="Văn thư CĐ DKVN")
    with rig.transaction() as session:
        update_initiative(session, first, {}, [AuthorShare(person_id=merged, share=100)])
    assert not world.carry(rig, hq).refusals
    assert authors(hq, first) == [kept]
    world.carry(hq, rig)
    assert authors(rig, first) == [kept]
    world.carry(rig, hq)
    with rig.session() as session:
        assert session.get(Person, merged).deleted
    assert dump(hq) == dump(rig)


def two_filings_known_at_headquarters(world):
    """Headquarters and its rig; two of the rig's filings, submitted and carried up."""
    hq = world.headquarters()
    rig = world.enrol(hq, "VSP-TD03")
    first = register(rig, "Cải tiến bơm ly tâm An", status="submitted")
    second = register(rig, "Cải tiến bơm ly tâm Bình", status="submitted")
    world.carry(rig, hq)
    return hq, rig, first, second


def test_headquarters_decision_on_a_pair_stands_over_the_rig_s_concurrent_one(world):
    """Headquarters' council calls two of the rig's filings the same while the rig's, not yet
    knowing, calls them different. Headquarters refuses the rig's change to its decision and
    sends its own back under a newer version: both hold "the same"."""
    from db.duplicates.decisions import decide_pair, decision_for

    hq, rig, first, second = two_filings_known_at_headquarters(world)
    with hq.transaction() as session:
        decide_pair(session, first, second, "same", actor="Hội đồng CĐ DKVN")
    with rig.transaction() as session:
        decide_pair(session, first, second, "different", actor="Hội đồng giàn")
    assert world.carry(rig, hq).refusals
    world.carry(hq, rig)
    for database in (hq, rig):
        with database.session() as session:
            assert decision_for(session, first, second).verdict == "same"
    world.carry(rig, hq)
    assert dump(hq) == dump(rig)


def test_a_later_different_at_headquarters_frees_the_rig_s_duplicate(world):
    """The rig's council calls two filings the same; headquarters', not yet knowing, calls
    them different a moment later. Both end with "different" and the later filing back to
    "submitted", not Trùng lặp."""
    from db.duplicates.decisions import decide_pair, decision_for
    from db.models import Initiative

    hq, rig, first, second = two_filings_known_at_headquarters(world)
    with rig.transaction() as session:
        decide_pair(session, first, second, "same", actor="Hội đồng giàn")
    with hq.transaction() as session:
        decide_pair(session, first, second, "different", actor="Hội đồng CĐ DKVN")
    world.carry(rig, hq)
    world.carry(hq, rig)
    world.carry(rig, hq)
    for database in (hq, rig):
        with database.session() as session:
            assert decision_for(session, first, second).verdict == "different"
            assert session.get(Initiative, second).status == "submitted"
    assert dump(hq) == dump(rig)
