"""The pairs to decide are stored and kept up to date (issue 14): a clerk's edits, a renamed
author, a deleted filing and a decision all show on the next listing, and what the stored table
holds after many small updates is what a fresh comparison of the whole register finds."""

import datetime as dt
import random
import shutil
import sqlite3

import pytest
from duplicate_world import RETYPED, TITLE, filed
from initiative_world import build_world
from sqlalchemy import select

from db.changes import RecordWriter
from db.duplicates.candidates import pairs_to_decide
from db.duplicates.decisions import decide_pair, undo_decision
from db.duplicates.stored_pairs import update_candidates
from db.models import Initiative, InitiativeAuthor, Person
from db.queries.initiatives import (
    AuthorShare,
    delete_initiative,
    restore_initiative,
    update_initiative,
)
from db.queries.people import update_person
from db.session import open_database
from desktop.cli import run as main


@pytest.fixture
def world_db(node_db):
    return node_db, build_world(node_db)


def listed(database) -> list[tuple[str, str]]:
    return [(p.original.id, p.later.id) for p in pairs_to_decide(database)]


def test_the_list_follows_edits_authors_deletions_and_decisions(world_db):
    database, w = world_db
    first = filed(database, TITLE, w.rig, w.an, dt.date(2022, 3, 1)).id
    later = filed(database, RETYPED, w.pvgas, w.an, dt.date(2022, 4, 1)).id
    other = filed(
        database, "Số hóa công tác quản lý hợp đồng", w.pvgas, w.binh, dt.date(2022, 4, 2)
    ).id
    assert listed(database) == [(first, later)]

    with database.transaction() as session:  # the later filing retitled: no longer alike
        update_initiative(session, later, {"title": "Chế tạo giá đỡ ống khoan"}, actor="clerk")
    assert listed(database) == []
    with database.transaction() as session:  # and back
        update_initiative(session, later, {"title": RETYPED}, actor="clerk")
    assert listed(database) == [(first, later)]

    with database.transaction() as session:  # another author: nobody shared
        update_initiative(session, later, {}, [AuthorShare(w.binh, 100)], actor="clerk")
    assert listed(database) == []
    with database.transaction() as session:  # the other author renamed as the first one's
        update_person(session, w.binh, {"full_name": "Nguyen Van An"}, actor="clerk")
    assert listed(database) == [(first, later)]
    with database.transaction() as session:  # a third filing by the renamed author is unlike
        update_initiative(session, other, {"title": "So hoa quan ly hop dong"}, actor="clerk")
    assert listed(database) == [(first, later)]

    with database.transaction() as session:
        delete_initiative(session, first, actor="clerk")
    assert listed(database) == []
    with database.transaction() as session:
        restore_initiative(session, first, actor="clerk")
    assert listed(database) == [(first, later)]

    with database.transaction() as session:
        decide_pair(session, first, later, "same", actor="Hội đồng")
    assert listed(database) == []
    with database.transaction() as session:
        undo_decision(session, first, later, actor="Hội đồng")
    assert listed(database) == [(first, later)]
    with database.transaction() as session:
        decide_pair(session, first, later, "different", actor="Hội đồng")
    assert listed(database) == []


def test_listing_twice_compares_nothing_again(world_db):
    database, w = world_db
    filed(database, TITLE, w.rig, w.an, dt.date(2022, 3, 1))
    filed(database, RETYPED, w.pvgas, w.an, dt.date(2022, 4, 1))
    assert update_candidates(database) == 2
    assert update_candidates(database) == 0


STORED = (
    "SELECT low_id, high_id, score, title_score, essence_score, shared FROM duplicate_candidates"
)
AUTHORS = "SELECT folded_name, initiative_id, folded_title, unit_id FROM duplicate_authorships"


def stored(path) -> tuple[set, set]:
    with sqlite3.connect(path) as connection:
        return set(connection.execute(STORED)), set(connection.execute(AUTHORS))


def test_small_updates_keep_the_same_pairs_as_comparing_everything_afresh(tmp_path):
    """A 1,500-initiative demo listed once, then edited the ways a register changes (titles
    retyped as another's, filings deleted, authors changed and renamed), listed after each
    round: the stored pairs equal those of a copy compared from scratch."""
    path = tmp_path / "demo.db"
    assert main(["--db", str(path), "demo", "--initiatives", "1500"]) == 0
    database = open_database(path)
    try:
        assert pairs_to_decide(database, limit=5)
        rng = random.Random(14)
        for _round in range(3):
            _edit_like_a_register(database, rng)
            pairs_to_decide(database, limit=5)
        fresh = tmp_path / "fresh.db"
        shutil.copy(path, fresh)
        with sqlite3.connect(fresh) as connection:
            connection.execute("DELETE FROM duplicate_candidates")
            connection.execute("DELETE FROM duplicate_authorships")
            connection.execute("DELETE FROM local_settings WHERE key = 'duplicates.pairs_seq'")
        again = open_database(fresh)
        try:
            update_candidates(again)
        finally:
            again.close()
        incremental, from_scratch = stored(path), stored(fresh)
        assert len(from_scratch[0]) >= 12  # the planted pairs at least
        assert incremental == from_scratch
    finally:
        database.close()


def _edit_like_a_register(database, rng: random.Random) -> None:
    with database.transaction() as session:
        writer = RecordWriter(session, "test")
        rows = session.scalars(select(Initiative).where(Initiative.deleted.is_(False))).all()
        people = session.scalars(select(Person)).all()
        for initiative in rng.sample(rows, 20):  # typed again as another one's title
            writer.update(initiative, title=rng.choice(rows).title.lower())
        for initiative in rng.sample(rows, 5):
            writer.delete(initiative)
        for authorship in rng.sample(session.scalars(select(InitiativeAuthor)).all(), 20):
            writer.update(authorship, person_id=rng.choice(people).id)
        for person in rng.sample(people, 10):
            writer.update(person, full_name=rng.choice(people).full_name)
