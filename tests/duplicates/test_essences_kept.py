"""Headquarters previews a folder of packages: the essences of the initiatives here that the
check compared are kept between packages, and an essence edited here in the meantime is the
one compared next time (the kept ones go with any change to the register)."""

import datetime as dt

import pytest
from duplicate_world import RETYPED, TITLE, filed
from initiative_world import build_world

from db.duplicates.candidates import IncomingRecord, incoming_similar
from db.duplicates.distinct_titles import DistinctTitles
from db.duplicates.index_cache import title_index
from db.queries.initiatives import update_initiative

ESSENCE = "Thay bộ hòa đồng bộ cơ bằng bộ điều khiển số, giảm thời gian hòa lưới."


@pytest.fixture
def world_db(node_db):
    return node_db, build_world(node_db)


def incoming(unit: str) -> IncomingRecord:
    """The initiative typed again at another unit, as a package brings it."""
    return IncomingRecord(
        id="incoming-1",
        reg_no="PVGAS-2022-0001",
        title=RETYPED,
        unit_id=unit,
        unit_code="PVGAS",
        registered_on="2022-04-20",
        essence="Thay bo hoa dong bo co bang bo dieu khien so, giam thoi gian hoa luoi.",
    )


def checked(database, unit: str):
    with database.session() as session:
        return incoming_similar(session, [incoming(unit)])


def test_an_essence_edited_here_between_two_previews_is_the_one_compared(world_db):
    database, w = world_db
    here = filed(database, TITLE, w.rig, w.an, dt.date(2022, 3, 10)).id
    with database.transaction() as session:
        update_initiative(session, here, {"essence": ESSENCE}, actor="clerk")

    [match] = checked(database, w.pvgas)
    assert match.here.id == here and match.score >= 95  # title and essence alike
    with database.session() as session:
        assert here in DistinctTitles.of(title_index(session)).essences  # kept for the next

    with database.transaction() as session:  # the clerk here rewrites the essence
        update_initiative(
            session, here, {"essence": "Lắp cảm biến rung cho bơm ly tâm."}, actor="c"
        )
    assert checked(database, w.pvgas) == []  # the new essence is compared, not the kept one
