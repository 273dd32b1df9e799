"""The duplicates the demo plants, so the Duplicates page and `sangkien duplicates list` have
something real to show: pairs of initiatives of two units where the later filing is the earlier
one typed again (without diacritics, words reordered, the other tone placement, a typo), with
the same essence and its first author recorded again under the same name and birth date.

Existing demo initiatives are rewritten rather than new ones added, so every count of the demo
(7,085 registered, 3,516 by 14/04/2023) stays as it was.
"""

from __future__ import annotations

import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.changes import RecordWriter
from db.duplicates.decisions import first_filed
from db.models import Initiative, InitiativeAuthor, Person
from db.queries.initiatives import refresh_search_text
from db.queries.people import refresh_people_search_text
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
    rows = session.scalars(
        select(Initiative)
        .where(Initiative.deleted.is_(False), Initiative.status.in_(("submitted", "under_review")))
        .order_by(Initiative.reg_no)
    ).all()
    if len(rows) < 2 * count:
        return 0
    chosen = rng.sample(list(rows), 2 * count)
    writer = RecordWriter(session, "demo")
    planted, touched_people = 0, []
    for first, second in zip(chosen[::2], chosen[1::2], strict=True):
        if first.unit_id == second.unit_id:
            continue
        original, later = first_filed(first, second)
        title = retyped(original.title, planted % 4, rng)
        writer.update(later, title=title, essence=original.essence)
        touched_people += _same_first_author(writer, original, later)
        planted += 1
    refresh_people_search_text(session, touched_people)
    refresh_search_text(session, [i.id for i in chosen])
    return planted


def _same_first_author(writer: RecordWriter, original: Initiative, later: Initiative) -> list[str]:
    """The later filing's first author becomes the original's first author typed again."""
    session = writer.session
    first_of = {}
    for initiative in (original, later):
        first_of[initiative.id] = session.scalars(
            select(Person)
            .join(InitiativeAuthor, InitiativeAuthor.person_id == Person.id)
            .where(InitiativeAuthor.initiative_id == initiative.id)
            .order_by(InitiativeAuthor.ordinal)
            .limit(1)
        ).first()
    source, copy = first_of[original.id], first_of[later.id]
    if source is None or copy is None or source.id == copy.id:
        return []
    writer.update(copy, full_name=fold(source.full_name).title(), birth_date=source.birth_date)
    return [copy.id]
