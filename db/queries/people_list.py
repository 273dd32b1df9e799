"""The authors list: people found by a folded search, with their unit, how many initiatives they
authored and whether another person looks like the same one (no Qt here)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache

from sqlalchemy import ColumnElement, Row, Select, and_, bindparam, func, or_, select
from sqlalchemy.orm import Session

from db.models import Initiative, InitiativeAuthor, Person, Unit
from db.queries.filters import unindexed
from db.queries.people import first_rows, tidy_name
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


def _matching(search: str, unit_id: str | None, walked: bool = False) -> list[ColumnElement[bool]]:
    """Every word typed, in the unit's subtree. The unit is no index's where every row's text
    is read anyway (words typed: headquarters' subtree is every unit, a scan, not a lookup of
    each of 150,000 people by the unit's index) or the list walks the name key's index
    (`walked`); otherwise a small unit's people are found, and any unit's live people counted,
    by its index (unit_id, deleted) alone."""
    conditions = [Person.search_text.contains(t, autoescape=True) for t in search_tokens(search)]
    if unit_id:
        unit = unindexed(Person.unit_id) if conditions or walked else Person.unit_id
        conditions.append(unit.in_(subtree_ids_select(unit_id)))
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


def look_alike_ids(session: Session, people: list[Row]) -> set[str]:
    """Of `people` (rows of id, full_name, birth_date, ...), those who share their folded name
    and birth date with another live person (duplicate_person_ids' rule): only their names are
    looked up, NAMES_A_QUERY a query, by the search texts that begin with each (a file: a range
    of the search text's index; a server: LIKE)."""
    folded = {row.id: fold(tidy_name(row.full_name)) for row in people}
    names = sorted(set(folded.values()) - {""})
    seen: Counter[tuple[str, dt.date | None]] = Counter()
    server = session.get_bind().dialect.name == "postgresql"
    query = _look_alike_query(server)
    for start in range(0, len(names), NAMES_A_QUERY):
        part = names[start : start + NAMES_A_QUERY]
        part += part[-1:] * (NAMES_A_QUERY - len(part))  # one statement, prepared once
        for name, born in session.execute(query, _look_alike_bounds(part, server)):
            seen[(fold(tidy_name(name)), born)] += 1
    return {row.id for row in people if seen[(folded[row.id], row.birth_date)] > 1}


@cache
def _look_alike_query(server: bool) -> Select:
    if server:  # a locale's order is no prefix's range
        begins = [
            Person.search_text.like(bindparam(f"p{n}"), escape="/") for n in range(NAMES_A_QUERY)
        ]
    else:
        begins = [
            and_(Person.search_text >= bindparam(f"p{n}"), Person.search_text < bindparam(f"q{n}"))
            for n in range(NAMES_A_QUERY)
        ]
    live = unindexed(Person.deleted).is_(False)  # the search text's index, not the live rows'
    return select(Person.full_name, Person.birth_date).where(live, or_(*begins))


def _look_alike_bounds(names: list[str], server: bool) -> dict[str, str]:
    if server:
        escaped = (n.replace("/", "//").replace("%", "/%").replace("_", "/_") for n in names)
        return {f"p{n}": f"{name}%" for n, name in enumerate(escaped)}
    bounds = {f"p{n}": name for n, name in enumerate(names)}
    return bounds | {f"q{n}": name + chr(0x10FFFF) for n, name in enumerate(names)}


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
    conditions, walked = _matching(search, unit_id), _matching(search, unit_id, walked=True)
    duplicates = duplicate_person_ids(session) if duplicates_only else None
    if duplicates is not None:
        conditions.append(Person.id.in_(duplicates))
        walked.append(Person.id.in_(duplicates))
    people = list(first_rows(session, select(*ROW_COLUMNS), conditions, limit, walked))
    total = len(people)
    if total == limit:
        total = session.scalar(_count(search, conditions)) or 0
    if duplicates is None:
        duplicates = look_alike_ids(session, people)
    codes = dict(session.execute(select(Unit.id, Unit.code)).all()) if people else {}
    counts = initiative_counts(session, [row.id for row in people])
    rows = [_person_row(row, codes.get(row.unit_id), counts, duplicates) for row in people]
    return PeopleList(rows, total)


def _count(search: str, conditions: list[ColumnElement[bool]]) -> Select:
    """The live people meeting `conditions`: with words typed, one pass over the table (no
    index's lookups row by row); without, from the unit's index, or the name key's, alone."""
    deleted = unindexed(Person.deleted) if search_tokens(search) else Person.deleted
    return select(func.count()).select_from(Person).where(deleted.is_(False), *conditions)


ROW_COLUMNS = (
    Person.id,
    Person.full_name,
    Person.birth_date,
    Person.unit_id,
    Person.job_title,
    Person.employee_no,
)


def _person_row(row: Row, code: str | None, counts: dict, duplicates: set) -> PersonRow:
    return PersonRow(
        row.id,
        row.full_name,
        row.birth_date,
        code or "",
        row.job_title or "",
        row.employee_no or "",
        counts.get(row.id, 0),
        row.id in duplicates,
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
