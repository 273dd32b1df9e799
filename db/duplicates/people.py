"""People recorded twice: found by folded name and birth date, or by employee number; merged.

Merging moves every authorship of the merged person to the kept one, tombstones the merged
person and writes a PersonAlias (merged id -> kept id) of the merging node's unit. A node merges
away only a person of its own tree (the kept one may be a co-author of any unit), as its parent
accepts only such changes from it. The merged row stays, so a package still
naming its id resolves (resolve_person follows the alias). Undo moves the authorships back,
restores the person and tombstones the alias. One transaction each, synced, in the audit trail.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.changes import RecordWriter
from db.messages import Message
from db.models import InitiativeAuthor, Person, PersonAlias, Unit
from db.node import this_node
from db.queries.people import in_list_order
from db.queries.people_list import person_by_id
from db.queries.search_text import refresh_search_text
from db.search import fold
from db.unit_authority import local_own_problems
from db.validation import Problem, raise_if

_ALIAS_NAMESPACE = uuid.UUID("0b7f5d3c-2e41-4c8a-9f60-1a2b3c4d5e6f")


def alias_id(merged_id: str) -> str:
    """One alias record per merged person, wherever the merge is made."""
    return str(uuid.uuid5(_ALIAS_NAMESPACE, merged_id))


@dataclass(frozen=True)
class PersonCard:
    id: str
    full_name: str
    birth_date: dt.date | None
    unit_code: str
    employee_no: str | None
    initiatives: int


@dataclass(frozen=True)
class PeopleGroup:
    reason: str  # "name_birth" | "employee_no"
    people: tuple[PersonCard, ...]


def duplicate_people_groups(session: Session) -> list[PeopleGroup]:
    """Live people sharing folded name and birth date, or an employee number."""
    codes = dict(session.execute(select(Unit.id, Unit.code)).all())
    counts: dict[str, int] = defaultdict(int)
    for (person_id,) in session.execute(
        select(InitiativeAuthor.person_id).where(InitiativeAuthor.deleted.is_(False))
    ):
        counts[person_id] += 1
    by_name: dict[tuple, list[PersonCard]] = defaultdict(list)
    by_number: dict[str, list[PersonCard]] = defaultdict(list)
    place: dict[str, int] = {}
    columns = (Person.id, Person.full_name, Person.birth_date, Person.unit_id, Person.employee_no)
    for p in session.execute(in_list_order(select(*columns))):  # the lists' order (0019)
        place[p.id] = len(place)
        card = PersonCard(
            p.id, p.full_name, p.birth_date, codes.get(p.unit_id, ""), p.employee_no, counts[p.id]
        )
        by_name[(" ".join(fold(p.full_name).split()), p.birth_date)].append(card)
        if p.employee_no and p.employee_no.strip():
            by_number[p.employee_no.strip().upper()].append(card)
    groups = [PeopleGroup("name_birth", tuple(g)) for g in by_name.values() if len(g) > 1]
    named = {frozenset(c.id for c in g.people) for g in groups}
    groups += [
        PeopleGroup("employee_no", tuple(g))
        for g in by_number.values()
        if len(g) > 1 and frozenset(c.id for c in g) not in named
    ]
    groups.sort(key=lambda g: (place[g.people[0].id], g.reason))  # by their first person
    return groups


def _problem(code: str) -> Problem:
    return Problem.said("person", code, Message(f"people.{code}"))


def merge_people(session: Session, keep_id: str, merged_id: str, actor: str = "") -> PersonAlias:
    """Merge `merged_id` into `keep_id`: authorships move, the old id stays as an alias."""
    keep, merged = person_by_id(session, keep_id), person_by_id(session, merged_id)
    if keep.id == merged.id or keep.deleted or merged.deleted:
        raise_if([_problem("merge")])
    raise_if(_outside_problems(session, merged.unit_id))
    authorships = _live_authorships(session, merged.id)
    kept_on = {a.initiative_id for a in _live_authorships(session, keep.id)}
    both = [a for a in authorships if a.initiative_id in kept_on]
    if both:
        raise_if([_problem("both_authors")])
    writer = RecordWriter(session, actor)
    for authorship in authorships:
        writer.update(authorship, person_id=keep.id)
    writer.delete(merged)
    unit_id = this_node(session).unit_id or keep.unit_id or merged.unit_id  # who merged them
    values = {
        "merged_id": merged.id,
        "kept_id": keep.id,
        "unit_id": unit_id,
        "moved_authors": [a.id for a in authorships],
    }
    alias = session.get(PersonAlias, alias_id(merged.id))
    if alias is None:
        alias = writer.create(PersonAlias, id=alias_id(merged.id), **values)
    else:
        writer.restore(alias)
        writer.update(alias, **values)
    refresh_search_text(session, [a.initiative_id for a in authorships])
    return alias


def undo_merge(session: Session, merged_id: str, actor: str = "") -> Person:
    """Reverse a merge: the authorships moved go back, the person is live again."""
    alias = session.get(PersonAlias, alias_id(merged_id))
    if alias is None or alias.deleted:
        raise_if([_problem("not_merged")])
    merged = person_by_id(session, alias.merged_id)
    raise_if(_outside_problems(session, alias.unit_id, merged.unit_id))
    writer = RecordWriter(session, actor)
    writer.restore(merged)
    moved = list(alias.moved_authors or [])
    for authorship in session.scalars(
        select(InitiativeAuthor).where(InitiativeAuthor.id.in_(moved))
    ):
        if authorship.person_id == alias.kept_id:
            writer.update(authorship, person_id=merged.id)
    writer.delete(alias)
    refresh_search_text(
        session,
        session.scalars(
            select(InitiativeAuthor.initiative_id).where(InitiativeAuthor.id.in_(moved))
        ).all(),
    )
    return merged


def _outside_problems(session: Session, *unit_ids: str | None) -> list[Problem]:
    """A merge deletes the merged person and writes an alias of the merging node's unit: a node
    does that only for records of its own tree (db/sync/authority.py's OWN; a person of no unit
    is the root's), else its parent refuses them and the nodes never agree."""
    for unit_id in unit_ids:
        if problems := local_own_problems(session, unit_id or "(none)", "merged_id"):
            return problems
    return []


def resolve_person(session: Session, person_id: str) -> str:
    """The id a person is known by now: a merged person's kept one (aliases followed)."""
    seen: set[str] = set()
    while person_id not in seen:
        seen.add(person_id)
        alias = session.get(PersonAlias, alias_id(person_id))
        if alias is None or alias.deleted:
            return person_id
        person_id = alias.kept_id
    return person_id


def _live_authorships(session: Session, person_id: str) -> list[InitiativeAuthor]:
    return list(
        session.scalars(
            select(InitiativeAuthor).where(
                InitiativeAuthor.person_id == person_id, InitiativeAuthor.deleted.is_(False)
            )
        )
    )
