"""The duplicates the demo plants, so the Duplicates page and `sangkien duplicates list` have
something real to show: pairs of initiatives of two units where the later filing is the earlier
one typed again (without diacritics, words reordered, the other tone placement, a typo), with
the same essence and its first author recorded again under the same name and birth date.

Existing demo initiatives are rewritten rather than new ones added, so every count of the demo
(7,085 registered, 3,516 by 14/04/2023) stays as it was.
"""

from __future__ import annotations

import random
import uuid

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from db.changes import RecordWriter
from db.duplicates.decisions import first_filed
from db.models import Initiative, InitiativeAuthor, Person
from db.node import NodeClock, this_node
from db.queries.search_text import refresh_people_search_text, refresh_search_text
from db.search import fold

PLANTED = 12
TONE_MOVES = (("oà", "òa"), ("òa", "oà"), ("óa", "oá"), ("oá", "óa"), ("uỷ", "ủy"), ("ủy", "uỷ"))


def retyped(title: str, way: int, rng: random.Random) -> str:
    """The title as a second clerk might type it."""
    if way == 0:
        return fold(title)  # no diacritics
    words = title.split()
    if way == 1 and len(words) > 3:
        cut = len(words) // 2
        return " ".join(words[cut:] + words[:cut])  # words reordered
    if way == 2:
        for before, after in TONE_MOVES:
            if before in title:
                return title.replace(before, after, 1)
    position = rng.randrange(1, max(2, len(title) - 1))
    return title[:position] + title[position + 1 :]  # a letter dropped


def plant_demo_duplicates(session: Session, rng: random.Random, count: int = PLANTED) -> int:
    """Rewrite `count` demo initiatives as later filings of others; returns the pairs planted."""
    # only the two columns the pairing needs, not every submitted initiative as an object: the
    # same rows in the same order, so the seed's shuffle, and so the pairs, are what they were
    rows = session.execute(
        select(Initiative.id, Initiative.unit_id)
        .where(Initiative.deleted.is_(False), Initiative.status.in_(("submitted", "under_review")))
        .order_by(Initiative.reg_no)
    ).all()
    if len(rows) < 2 * count:
        return 0
    pairs = list(_pairs_of_two_units(rng.sample(rows, len(rows)), count))
    loaded = {
        i.id: i
        for i in session.scalars(
            select(Initiative).where(Initiative.id.in_([id_ for pair in pairs for id_ in pair]))
        )
    }
    # the demo's own time, not the wall clock's, and ids from the seed: one seed, one `dump`
    frozen = NodeClock(this_node(session, lock=True), now=lambda: 0)
    writer = RecordWriter(session, "demo", clock=frozen)
    planted, touched_people, chosen = 0, [], []
    for first_id, second_id in pairs:
        first, second = loaded[first_id], loaded[second_id]
        original, later = first_filed(first, second)
        title = retyped(original.title, planted % 4, rng)
        writer.update(later, title=title, essence=original.essence)
        touched_people += _same_first_author(writer, original, later, rng)
        chosen += [first, second]
        planted += 1
    refresh_people_search_text(session, touched_people)
    refresh_search_text(session, [i.id for i in chosen])
    return planted


def _pairs_of_two_units(shuffled: list[Row[tuple[str, str]]], count: int):
    """The ids of `count` pairs of initiatives of two different units (rows of id and unit id),
    each initiative in one pair."""
    waiting: Row[tuple[str, str]] | None = None
    made = 0
    for row in shuffled:
        if made == count:
            return
        if waiting is None:
            waiting = row
        elif waiting.unit_id != row.unit_id:
            yield waiting.id, row.id
            waiting, made = None, made + 1


def _same_first_author(
    writer: RecordWriter, original: Initiative, later: Initiative, rng: random.Random
) -> list[str]:
    """The later filing's first author becomes the original's first author typed again at the
    later one's unit (without diacritics): a new person, the same name and birth date."""
    session = writer.session
    source = session.scalars(
        select(Person)
        .join(InitiativeAuthor, InitiativeAuthor.person_id == Person.id)
        .where(InitiativeAuthor.initiative_id == original.id)
        .order_by(InitiativeAuthor.ordinal)
        .limit(1)
    ).first()
    authorship = session.scalars(
        select(InitiativeAuthor)
        .where(InitiativeAuthor.initiative_id == later.id)
        .order_by(InitiativeAuthor.ordinal)
        .limit(1)
    ).first()
    if source is None or authorship is None:
        return []
    names = session.scalars(
        select(Person.id)
        .join(InitiativeAuthor, InitiativeAuthor.person_id == Person.id)
        .where(InitiativeAuthor.initiative_id == later.id)
    ).all()
    if source.id in names:
        return []  # already an author of both
    twin = writer.create(
        Person,
        id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        full_name=fold(source.full_name).title(),
        birth_date=source.birth_date,
        unit_id=later.unit_id,
        job_title=source.job_title,
        union_member=True,
    )
    writer.update(authorship, person_id=twin.id)
    return [twin.id]
