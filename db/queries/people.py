"""Authors (people): adding and editing them, finding them by a folded name, spotting duplicates.

`people.search_text` is local and derived: the folded name and employee number. Every write here
keeps it current (db/queries/search_text.py, also for rows that arrived by sync).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from db.changes import RecordWriter
from db.collation import person_key
from db.messages import Message
from db.models import Person, Unit
from db.queries.filters import unindexed
from db.queries.search_text import person_search_text, refresh_authored_search_text
from db.search import fold, search_tokens
from db.validation import (
    Problem,
    field_type_problems,
    missing_record,
    raise_if,
)

PERSON_FIELDS = tuple(f for f in Person.synced_fields() if f != "deleted")


class PersonNotFound(LookupError):
    def __init__(self, person_id: str) -> None:
        super().__init__(Message("lookup.no_person", id=person_id))


def tidy_name(name: Any) -> Any:
    """'  nguyễn  văn   an ' -> 'nguyễn văn an': spaces collapsed (case is the person's own)."""
    return " ".join(name.split()) if isinstance(name, str) else name


def clean_person_values(data: dict[str, Any]) -> dict[str, Any]:
    values = {k: (v.strip() or None) if isinstance(v, str) else v for k, v in data.items()}
    if "full_name" in values:
        values["full_name"] = tidy_name(values["full_name"])
    return values


def person_problems(session: Session, values: dict[str, Any]) -> list[Problem]:
    problems = field_type_problems(Person, values)
    if problems:
        return problems
    if not values.get("full_name"):
        problems.append(Problem.said("full_name", "required", Message("validation.person_name")))
    birth = values.get("birth_date")
    if isinstance(birth, dt.date) and not dt.date(1900, 1, 1) <= birth <= dt.date.today():
        problems.append(
            Problem.said("birth_date", "implausible", Message("validation.birth_date", day=birth))
        )
    unit_id = values.get("unit_id")
    if unit_id and session.get(Unit, unit_id) is None:
        problems.append(missing_record("unit_id", "what.unit", unit_id))
    return problems


def create_person(writer: RecordWriter, values: dict[str, Any]) -> Person:
    """Create an already validated person with `writer` (part of a larger action)."""
    values = {"union_member": True, **values}
    if values.get("unit_id") is None:  # people belong to the unit that created them
        values["unit_id"] = _node_unit_id(writer.session)
    search = person_search_text(values.get("full_name"), values.get("employee_no"))
    person = writer.create(Person, **values)
    person.search_text = search
    person.name_key = person_key(person.full_name, person.birth_date)
    return person


def _node_unit_id(session: Session) -> str | None:
    from db.node import node_unit

    unit = node_unit(session)
    return unit.id if unit else None


def add_person(session: Session, data: dict[str, Any], actor: str = "") -> Person:
    values = clean_person_values(data)
    raise_if(person_problems(session, values))
    return create_person(RecordWriter(session, actor), values)


def update_person(
    session: Session, person_id: str, data: dict[str, Any], actor: str = ""
) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise PersonNotFound(person_id)
    values = clean_person_values(data)
    merged = {f: getattr(person, f) for f in PERSON_FIELDS} | values
    problems = person_problems(session, merged)
    raise_if([p for p in problems if p.field in values or p.code == "unknown_field"])
    raise_if(_owner_problems(session, person.unit_id, values))
    changed = RecordWriter(session, actor).update(person, **values)
    if changed.keys() & {"full_name", "employee_no"}:
        person.search_text = person_search_text(person.full_name, person.employee_no)
    if changed.keys() & {"full_name", "birth_date"}:
        person.name_key = person_key(person.full_name, person.birth_date)
    if "full_name" in changed:
        refresh_authored_search_text(session, person.id)
    return person


def _owner_problems(session: Session, unit_id: str | None, values: dict[str, Any]) -> list:
    """Only the person's unit and the units above it edit a person (a person of no unit,
    made before this rule: headquarters)."""
    from db.unit_authority import local_own_problems

    if unit_id is None:
        unit_id = values.get("unit_id") or "(none)"
    return local_own_problems(session, unit_id) or local_own_problems(
        session, values.get("unit_id")
    )


def find_people(session: Session, text: str, limit: int = 50) -> list[Person]:
    """Live people whose folded name (or employee number) holds every word typed, as prefixes
    or inside: 'nguyen an' finds 'Nguyễn Văn An'. Those with the words in the order typed come
    first; each part in Vietnamese order of name, then birth date (`people.name_key`), read
    from the database as far as `limit`: a one-letter search walks the index a few rows."""
    tokens = search_tokens(text)
    phrase = Person.search_text.contains(" ".join(tokens), autoescape=True)
    found = first_people(session, [phrase], limit)
    if len(tokens) > 1 and len(found) < limit:  # then every word, in another order
        words = [Person.search_text.contains(token, autoescape=True) for token in tokens]
        found += first_people(session, [~phrase, *words], limit - len(found))
    return found


def in_list_order(query: Select) -> Select:
    """Live people only, in the lists' order: name then birth date in Vietnamese order, then id,
    as the index (name_key, id) holds them (migration 0019)."""
    return query.where(Person.deleted.is_(False)).order_by(Person.name_key, Person.id)


# live people walked in order before sparse matches are looked for by a scan: at least WINDOW,
# WINDOW_PER_ROW times the rows asked for
WINDOW, WINDOW_PER_ROW = 500, 4


def first_people(session: Session, conditions: list, limit: int) -> list[Person]:
    """The first `limit` live people meeting `conditions`, in the lists' order."""
    return [row[0] for row in first_rows(session, select(Person), conditions, limit)]


def first_rows(
    session: Session, query: Select, conditions: list, limit: int, walked: list | None = None
) -> Iterator[Any]:
    """`query` (of people) for the first `limit` live people meeting `conditions`, in the lists'
    order. The first max(WINDOW, WINDOW_PER_ROW x limit) people are walked in the index's order
    (a one-letter search or a whole list stops after a few rows); the people after them, if too
    few of those matched, by the conditions' own means and sorted (an exact name or a small
    unit is found among 150,000 in a few ms, where walking the whole index would look up every
    row). `walked`: the conditions as the walk checks them (no index of their own), if not
    as they are."""
    window = max(WINDOW, WINDOW_PER_ROW * limit)
    every = select(Person.name_key).order_by(Person.name_key, Person.id)  # the index alone
    edge = session.scalar(every.offset(window - 1).limit(1))
    walked = list(conditions if walked is None else walked)
    if edge is not None:
        walked.append(Person.name_key <= edge)
    found = session.execute(in_list_order(query.where(*walked)).limit(limit)).all()
    yield from found
    if edge is None or len(found) == limit:
        return
    # sorted, not walked: a server's planner, taking the matches as spread evenly, would walk
    # the name index through 130,000 people to the T of «Trần Văn» (0.66 s). A person without
    # a key (written by a path that forgot it) comes last, not nowhere.
    key = func.coalesce(Person.name_key, b"\xff")
    rest = (
        query.where(unindexed(Person.deleted).is_(False), key > edge)
        .where(*conditions)
        .order_by(key, Person.id)
        .limit(limit - len(found))
    )
    yield from session.execute(rest)


def possible_duplicate_people(
    session: Session,
    full_name: str,
    birth_date: dt.date | None,
    exclude_id: str | None = None,
) -> list[Person]:
    """Live people with the same folded name and the same birth date (both unknown counts too)."""
    folded = fold(tidy_name(full_name))
    if not folded:
        return []
    query = select(Person).where(
        Person.deleted.is_(False),
        Person.search_text.startswith(folded, autoescape=True),
        Person.birth_date.is_(None) if birth_date is None else Person.birth_date == birth_date,
    )
    if exclude_id:
        query = query.where(Person.id != exclude_id)
    return [p for p in session.scalars(query) if fold(tidy_name(p.full_name)) == folded]
