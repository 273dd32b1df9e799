"""Initiatives: one function per thing a clerk does with one, shared by the GUI and the command line.

Each takes the session of the caller's transaction (`with database.transaction() as session:`),
checks every rule first and raises `ValidationFailed` before writing anything, then writes through
one `RecordWriter` so every change is versioned, sequenced and audited.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.changes import RecordWriter
from db.messages import Message
from db.models import (
    Attachment,
    Certificate,
    Field,
    Initiative,
    InitiativeAuthor,
    Person,
    Phase,
    Review,
    Unit,
)
from db.queries.edit_check import raise_if_edited_meanwhile
from db.queries.initiative_show import InitiativeDetail, InitiativeNotFound
from db.queries.people import (
    clean_person_values,
    create_person,
    person_problems,
)
from db.queries.search_text import refresh_search_text
from db.unit_authority import local_own_problems
from db.validation import (
    REQUIRED_INITIATIVE,
    Problem,
    ValidationFailed,
    author_problems,
    concerns,
    decision_status_problems,
    field_type_problems,
    initial_status_problems,
    initiative_problems,
    missing_record,
    raise_if,
    reg_no_taken,
    status_change_problems,
)
from db.vocab import Term

# Fields a person sets; phase_id follows registered_on, deleted has its own actions.
EDITABLE_FIELDS = tuple(f for f in Initiative.synced_fields() if f not in ("deleted", "phase_id"))
BATCH = 500
# what initiatives.search_text is made of (db.queries.search_text): only these refold it
SEARCHED_FIELDS = frozenset({"reg_no", "title", "investor", "unit_id"})


@dataclass
class AuthorShare:
    """An author of an initiative and their contribution in percent. Without `person_id`, the
    person is created from `full_name` and the other details."""

    person_id: str | None = None
    share: int = 0
    full_name: str | None = None
    birth_date: dt.date | None = None
    unit_id: str | None = None
    job_title: str | None = None
    qualification: str | None = None
    employee_no: str | None = None

    def new_person_values(self) -> dict[str, Any]:
        keys = ("full_name", "birth_date", "unit_id", "job_title", "qualification", "employee_no")
        values = {k: getattr(self, k) for k in keys}
        return clean_person_values({k: v for k, v in values.items() if v is not None})


# ---- finding -------------------------------------------------------------------------------------


def get_initiative(session: Session, initiative_id: str) -> Initiative:
    initiative = session.get(Initiative, initiative_id)
    if initiative is None:
        raise InitiativeNotFound(initiative_id)
    return initiative


def initiative_by_key(session: Session, key: str) -> Initiative:
    """An initiative by its id or its registration number (as a person types it)."""
    key = key.strip()
    initiative = session.get(Initiative, key) or session.scalar(
        select(Initiative).where(Initiative.reg_no == key.upper())
    )
    if initiative is None:
        raise InitiativeNotFound(key)
    return initiative


def live_initiative(session: Session, initiative_id: str) -> Initiative:
    initiative = get_initiative(session, initiative_id)
    if initiative.deleted:
        raise ValidationFailed(
            [
                Problem.said(
                    "deleted",
                    "deleted",
                    Message("validation.initiative_deleted", reg_no=initiative.reg_no),
                )
            ]
        )
    return initiative


def phase_for_date(session: Session, day: dt.date) -> Phase | None:
    """The live phase whose window contains `day`."""
    return session.scalar(
        select(Phase)
        .where(Phase.deleted.is_(False), Phase.starts_on <= day, Phase.ends_on >= day)
        .order_by(Phase.starts_on)
        .limit(1)
    )


def next_reg_no(session: Session, unit_code: str, year: int) -> str:
    """`{UNITCODE}-{YYYY}-{NNNN}` in this node's own number series (db.reg_numbers: numbers of
    two nodes registering for one unit never collide)."""
    from db.reg_numbers import next_reg_no as in_own_series

    return in_own_series(session, unit_code, year)


def _glob_literal(text: str) -> str:
    return "".join(f"[{ch}]" if ch in "*?[]" else ch for ch in text)


# ---- checking ------------------------------------------------------------------------------------


def clean_values(data: dict[str, Any]) -> dict[str, Any]:
    """Text trimmed; an empty text is no value."""
    return {k: (v.strip() or None) if isinstance(v, str) else v for k, v in data.items()}


def _editable_problems(values: dict[str, Any]) -> list[Problem]:
    problems = field_type_problems(Initiative, values)
    columns = Initiative.__table__.columns
    for name, value in values.items():
        required = name in columns and not columns[name].nullable
        if value is None and required and name not in REQUIRED_INITIATIVE:
            problems.append(
                Problem.said(name, "required", Message("validation.field_required", field=name))
            )
    for name in sorted(set(values) - set(EDITABLE_FIELDS)):
        if name in columns:
            problems.append(
                Problem.said(
                    name, "not_editable", Message("validation.field_not_settable", field=name)
                )
            )
    return problems


def _reference_problems(session: Session, values: dict[str, Any]) -> list[Problem]:
    checks = (
        ("unit_id", Unit, "what.unit"),
        ("field_id", Field, "what.field"),
        ("duplicate_of_id", Initiative, "what.original"),
    )
    problems = []
    for name, model, what in checks:
        key = values.get(name)
        row = session.get(model, key) if isinstance(key, str) and key else None
        if key and (row is None or row.deleted):
            problems.append(missing_record(name, what, key))
    return problems


def _reg_no_problems(session: Session, reg_no: str | None, own_id: str | None) -> list[Problem]:
    if not reg_no:
        return []
    query = select(Initiative.id).where(Initiative.reg_no == reg_no)
    if own_id:
        query = query.where(Initiative.id != own_id)
    return [reg_no_taken(reg_no)] if session.scalar(query.limit(1)) else []


def authors_problems(
    session: Session, authors: list[AuthorShare], status: str | None = None
) -> list[Problem]:
    problems = author_problems([(a.person_id, a.share) for a in authors], status)
    for index, author in enumerate(authors, start=1):
        problems += _one_author_problems(session, index, author)
    return problems


def _one_author_problems(session: Session, index: int, author: AuthorShare) -> list[Problem]:
    if author.person_id:
        person = session.get(Person, author.person_id)
        if person is None or person.deleted:
            return [missing_record("authors", "what.person", author.person_id)]
        return []
    problems = person_problems(session, author.new_person_values())
    return [
        Problem.said(
            "authors",
            p.code,
            Message("validation.author_n", index=index, problem=Term("", p.vi, p.en)),
        )
        for p in problems
    ]


# ---- registering and editing ---------------------------------------------------------------------


def register_initiative(
    session: Session, data: dict[str, Any], authors: list[AuthorShare], actor: str = ""
) -> Initiative:
    """Register a new initiative with its authors; assigns its registration number and phase."""
    given = clean_values(data)
    defaults = {"status": "draft", "benefit_currency": "VND", "tech_secret": False, "reg_no": None}
    values = defaults | {k: v for k, v in given.items() if v is not None or k not in defaults}
    if values["reg_no"] is None:
        del values["reg_no"]  # assigned below
    raise_if(_editable_problems(values))
    problems = (
        initiative_problems(values)
        + initial_status_problems(values.get("status"))
        + _reference_problems(session, values)
        + local_own_problems(session, values.get("unit_id"))
        + _reg_no_problems(session, values.get("reg_no"), None)
        + authors_problems(session, authors, values.get("status"))
    )
    raise_if(problems)
    writer = RecordWriter(session, actor)  # before numbering: two clerks never take one number
    if not values.get("reg_no"):
        unit = session.get(Unit, values["unit_id"])
        values["reg_no"] = next_reg_no(session, unit.code, values["registered_on"].year)
    phase = phase_for_date(session, values["registered_on"])
    initiative = writer.create(Initiative, **values, phase_id=phase.id if phase else None)
    _write_authors(writer, initiative, authors)
    refresh_search_text(session, [initiative.id])
    return initiative


def update_initiative(
    session: Session,
    initiative_id: str,
    data: dict[str, Any],
    authors: list[AuthorShare] | None = None,
    actor: str = "",
    seen: str | None = None,
) -> Initiative:
    """Change the given fields (and, when `authors` is given, the author list). With `seen` (the
    version the clerk loaded: db.queries.edit_check), a field someone else saved since is refused."""
    writer = RecordWriter(session, actor)  # first: on a server it waits for the other clerks
    initiative = live_initiative(session, initiative_id)
    values = clean_values(data)
    raise_if(_editable_problems(values))
    merged = {f: getattr(initiative, f) for f in EDITABLE_FIELDS} | values
    problems = [p for p in initiative_problems(merged) if concerns(p, values)]
    problems += _reference_problems(session, values)
    problems += _reg_no_problems(session, values.get("reg_no"), initiative.id)
    if values.get("status"):
        problems += status_change_problems(initiative.status, values["status"])
        problems += decision_status_problems(initiative.status, values["status"])
    problems += local_own_problems(session, initiative.unit_id)
    if not problems and "unit_id" in values:  # moved to another unit: that one must be ours too
        problems += local_own_problems(session, values["unit_id"])
    if authors is not None:
        problems += authors_problems(session, authors, merged["status"])
    elif values.get("status"):  # a draft submitted as it is: its stored shares must be whole
        stored = authors_of(session, [initiative.id])[initiative.id]
        problems += author_problems([(a.person_id, a.share) for a in stored], merged["status"])
    raise_if(problems)
    if seen is not None:
        raise_if_edited_meanwhile(session, initiative, values, seen)
    if "registered_on" in values:
        phase = phase_for_date(session, values["registered_on"])
        values["phase_id"] = phase.id if phase else None
    writer.update(initiative, **values)
    if authors is not None:
        _write_authors(writer, initiative, authors)
    if authors is not None or values.keys() & SEARCHED_FIELDS:  # a scope saved: nothing to fold
        refresh_search_text(session, [initiative.id])
    return initiative


def change_status(
    session: Session, initiative_id: str, new_status: str, actor: str = ""
) -> Initiative:
    """Move an initiative along the status flow (refused, with the allowed moves, otherwise)."""
    return update_initiative(session, initiative_id, {"status": new_status}, actor=actor)


def _write_authors(
    writer: RecordWriter, initiative: Initiative, authors: list[AuthorShare]
) -> None:
    """Make the initiative's live author rows match `authors` (creating people as needed)."""
    session = writer.session
    existing = {
        row.person_id: row
        for row in session.scalars(
            select(InitiativeAuthor).where(InitiativeAuthor.initiative_id == initiative.id)
        )
    }
    wanted: set[str] = set()
    for ordinal, author in enumerate(authors, start=1):
        person_id = author.person_id or create_person(writer, author.new_person_values()).id
        wanted.add(person_id)
        row = existing.get(person_id)
        if row is None:
            writer.create(
                InitiativeAuthor,
                initiative_id=initiative.id,
                person_id=person_id,
                share=author.share,
                ordinal=ordinal,
            )
        else:
            writer.restore(row)
            writer.update(row, share=author.share, ordinal=ordinal)
    for person_id, row in existing.items():
        if person_id not in wanted:
            writer.delete(row)


# ---- deleting and restoring ----------------------------------------------------------------------


def delete_initiative(session: Session, initiative_id: str, actor: str = "") -> Initiative:
    """A tombstone for the initiative and its authors: the data stays and can be restored."""
    initiative = get_initiative(session, initiative_id)
    writer = RecordWriter(session, actor)
    writer.delete(initiative)
    for row in _author_rows(session, initiative.id):
        writer.delete(row)
    return initiative


def restore_initiative(session: Session, initiative_id: str, actor: str = "") -> Initiative:
    """Undo a delete: the initiative and the authors deleted with it (not those removed earlier)."""
    initiative = get_initiative(session, initiative_id)
    if not initiative.deleted:
        return initiative
    deleted_at = initiative.version_of("deleted")
    writer = RecordWriter(session, actor)
    writer.restore(initiative)
    for row in _author_rows(session, initiative.id):
        if row.deleted and row.version_of("deleted") >= deleted_at:
            writer.restore(row)
    return initiative


def _author_rows(session: Session, initiative_id: str) -> list[InitiativeAuthor]:
    query = select(InitiativeAuthor).where(InitiativeAuthor.initiative_id == initiative_id)
    return list(session.scalars(query.order_by(InitiativeAuthor.ordinal)))


# ---- reading -------------------------------------------------------------------------------------


@dataclass
class AuthorLine:
    person_id: str
    full_name: str
    share: int
    ordinal: int
    person: Person


def initiative_detail(session: Session, initiative_id: str) -> InitiativeDetail:
    initiative = get_initiative(session, initiative_id)
    return InitiativeDetail(
        initiative=initiative,
        unit=session.get(Unit, initiative.unit_id),
        phase=session.get(Phase, initiative.phase_id) if initiative.phase_id else None,
        field=session.get(Field, initiative.field_id) if initiative.field_id else None,
        authors=authors_of(session, [initiative.id])[initiative.id],
        attachments=_live_children(session, Attachment, initiative.id, Attachment.file_name),
        reviews=_live_children(session, Review, initiative.id, Review.reviewed_on),
        certificates=_live_children(session, Certificate, initiative.id, Certificate.number),
    )


def authors_of(session: Session, initiative_ids: list[str]) -> dict[str, list[AuthorLine]]:
    """The live authors of each initiative, in their order, in one query per batch."""
    lines: dict[str, list[AuthorLine]] = defaultdict(list)
    for start in range(0, len(initiative_ids), BATCH):
        batch = initiative_ids[start : start + BATCH]
        rows = session.execute(
            select(InitiativeAuthor, Person)
            .join(Person, Person.id == InitiativeAuthor.person_id)
            .where(InitiativeAuthor.initiative_id.in_(batch), InitiativeAuthor.deleted.is_(False))
            .order_by(InitiativeAuthor.initiative_id, InitiativeAuthor.ordinal)
        )
        for author, person in rows:
            lines[author.initiative_id].append(
                AuthorLine(person.id, person.full_name, author.share, author.ordinal, person)
            )
    return lines


def _live_children(session: Session, model: type, initiative_id: str, order: Any) -> list[Any]:
    query = select(model).where(model.initiative_id == initiative_id, model.deleted.is_(False))
    return list(session.scalars(query.order_by(order, model.id)))
