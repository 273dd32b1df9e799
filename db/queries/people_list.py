"""The authors list: people found by a folded search, with their unit, how many initiatives they
authored and whether another person looks like the same one (no Qt here)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from db.models import Initiative, InitiativeAuthor, Person, Unit
from db.queries.people import first_people, tidy_name
from db.queries.units import subtree_ids_select
from db.search import fold, search_tokens

PEOPLE_LIMIT = 5000


@dataclass(frozen=True)
class PersonRow:
    id: str
    full_name: str
    birth_date: dt.date | None
    unit_code: str
    job_title: str
    employee_no: str
    initiatives: int
    possible_duplicate: bool


@dataclass(frozen=True)
class PeopleList:
    rows: list[PersonRow]
    total: int  # matching people, of which `rows` are the first PEOPLE_LIMIT


@dataclass(frozen=True)
class AuthoredInitiative:
    id: str
    reg_no: str
    title: str
    unit_code: str
    status: str
    registered_on: dt.date | None
    share: int


def _matching(search: str, unit_id: str | None) -> list[ColumnElement[bool]]:
    conditions = [Person.search_text.contains(t, autoescape=True) for t in search_tokens(search)]
    if unit_id:
        conditions.append(Person.unit_id.in_(subtree_ids_select(unit_id)))
    return conditions


def duplicate_person_ids(session: Session) -> set[str]:
    """Live people who share their folded name and birth date with someone else (the rule of
    db.queries.people.possible_duplicate_people, for everyone at once)."""
    groups: dict[tuple[str, dt.date | None], list[str]] = defaultdict(list)
    rows = session.execute(
        select(Person.id, Person.full_name, Person.birth_date).where(Person.deleted.is_(False))
    )
    for person_id, name, born in rows:
        groups[(fold(tidy_name(name)), born)].append(person_id)
    return {pid for ids in groups.values() if len(ids) > 1 for pid in ids}


NAMES_A_QUERY = 100


def look_alike_ids(session: Session, people: list[Person]) -> set[str]:
    """Of `people`, those who share their folded name and birth date with another live person
    (duplicate_person_ids' rule): only their names are looked up, NAMES_A_QUERY a query, by the
    range of search texts that begin with each (its index; a server's LIKE)."""
    folded = {person.id: fold(tidy_name(person.full_name)) for person in people}
    names = sorted(set(folded.values()) - {""})
    seen: Counter[tuple[str, dt.date | None]] = Counter()
    server = session.get_bind().dialect.name == "postgresql"
    for start in range(0, len(names), NAMES_A_QUERY):
        part = names[start : start + NAMES_A_QUERY]
        begins = [_begins_with(name, server) for name in part]
        query = select(Person.full_name, Person.birth_date).where(
            Person.deleted.is_(False), or_(*begins)
        )
        for name, born in session.execute(query):
            seen[(fold(tidy_name(name)), born)] += 1
    return {person.id for person in people if seen[(folded[person.id], person.birth_date)] > 1}


def _begins_with(name: str, server: bool) -> ColumnElement[bool]:
    if server:  # a locale's order is no prefix's range
        return Person.search_text.startswith(name, autoescape=True)
    return and_(Person.search_text >= name, Person.search_text < name + chr(0x10FFFF))


def initiative_counts(session: Session, person_ids: list[str]) -> dict[str, int]:
    """How many live initiatives each person is a live author of."""
    query = (
        select(InitiativeAuthor.person_id, func.count(InitiativeAuthor.id))
        .join(Initiative, Initiative.id == InitiativeAuthor.initiative_id)
        .where(
            InitiativeAuthor.person_id.in_(person_ids),
            InitiativeAuthor.deleted.is_(False),
            Initiative.deleted.is_(False),
        )
        .group_by(InitiativeAuthor.person_id)
    )
    return dict(session.execute(query).all())


def people_list(
    session: Session,
    search: str = "",
    unit_id: str | None = None,
    duplicates_only: bool = False,
    limit: int = PEOPLE_LIMIT,
) -> PeopleList:
    """People matching every typed word (case and diacritics folded), in `unit_id`'s subtree,
    in Vietnamese order of name (family name first, as written), then birth date, the first
    `limit` read in that order from the database (`people.name_key`'s index); with
    `duplicates_only`, just those that look like someone else."""
    conditions = _matching(search, unit_id)
    duplicates = duplicate_person_ids(session) if duplicates_only else None
    if duplicates is not None:
        conditions.append(Person.id.in_(duplicates))
    people = first_people(session, conditions, limit)
    total = len(people)
    if total == limit:
        counted = select(func.count()).select_from(Person).where(Person.deleted.is_(False))
        total = session.scalar(counted.where(*conditions)) or 0
    if duplicates is None:
        duplicates = look_alike_ids(session, people)
    codes = dict(session.execute(select(Unit.id, Unit.code)).all()) if people else {}
    counts = initiative_counts(session, [person.id for person in people])
    rows = [_person_row(p, codes.get(p.unit_id), counts, duplicates) for p in people]
    return PeopleList(rows, total)


def _person_row(person: Person, code: str | None, counts: dict, duplicates: set) -> PersonRow:
    return PersonRow(
        person.id,
        person.full_name,
        person.birth_date,
        code or "",
        person.job_title or "",
        person.employee_no or "",
        counts.get(person.id, 0),
        person.id in duplicates,
    )


def initiatives_of_person(session: Session, person_id: str) -> list[AuthoredInitiative]:
    """The live initiatives a person is an author of, newest first, with their share."""
    query = (
        select(
            Initiative.id,
            Initiative.reg_no,
            Initiative.title,
            Unit.code,
            Initiative.status,
            Initiative.registered_on,
            InitiativeAuthor.share,
        )
        .join(InitiativeAuthor, InitiativeAuthor.initiative_id == Initiative.id)
        .join(Unit, Unit.id == Initiative.unit_id)
        .where(
            InitiativeAuthor.person_id == person_id,
            InitiativeAuthor.deleted.is_(False),
            Initiative.deleted.is_(False),
        )
        .order_by(Initiative.registered_on.desc(), Initiative.reg_no)
    )
    return [AuthoredInitiative(*row) for row in session.execute(query)]


def person_by_id(session: Session, person_id: str) -> Person:
    """The person to show in the form (PersonNotFound when there is none)."""
    from db.queries.people import PersonNotFound

    person = session.get(Person, person_id)
    if person is None:
        raise PersonNotFound(person_id)
    return person


@dataclass(frozen=True)
class LookAlike:
    full_name: str
    birth_date: dt.date | None
    unit_code: str


def look_alikes(
    session: Session, full_name: str, birth_date: dt.date | None, exclude_id: str | None = None
) -> list[LookAlike]:
    """Other people with this folded name and birth date, with their unit's code, for a warning."""
    from db.queries.people import possible_duplicate_people

    found = possible_duplicate_people(session, full_name, birth_date, exclude_id)
    codes = dict(session.execute(select(Unit.id, Unit.code)).all()) if found else {}
    return [LookAlike(p.full_name, p.birth_date, codes.get(p.unit_id, "")) for p in found]
