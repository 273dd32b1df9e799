"""One initiative as it is shown: `InitiativeDetail` (the form, `initiative show`) and its JSON
record (`show --json`, `list --json`, `initiative_json`), and what `initiative show` reads, as
builders for db.compiled (issue 13): run by a session on the usual path, by sqlite3 alone from
the compiled-SQL cache on the fast one. Importing this module loads no SQLAlchemy: each builder
imports it inside (db/compiled.py). db.queries.initiatives reads the same detail with the ORM."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from db.messages import Message
from db.money import json_value


class InitiativeNotFound(LookupError):
    """No initiative has this id or registration number."""

    def __init__(self, key: str) -> None:
        super().__init__(Message("lookup.no_initiative", key=key))
        self.key = key


# ---- builders (plain values in, a select() of columns out) ----------------------------------------


def initiative_columns() -> Any:
    from sqlalchemy import select

    from db.models import Initiative

    table = Initiative.__table__
    fields = Initiative.synced_fields()
    return select(table.c.id, *(table.c[f] for f in fields), table.c.hlc, table.c.field_hlc)


def initiative_by_id(initiative_id: str) -> Any:
    from db.models import Initiative

    return initiative_columns().where(Initiative.__table__.c.id == initiative_id)


def initiative_by_reg_no(reg_no: str) -> Any:
    from db.models import Initiative

    return initiative_columns().where(Initiative.__table__.c.reg_no == reg_no)


def unit_by_id(unit_id: str) -> Any:
    from sqlalchemy import select

    from db.models import Unit

    return select(Unit.code, Unit.name).where(Unit.id == unit_id)


def phase_by_id(phase_id: str) -> Any:
    from sqlalchemy import select

    from db.models import Phase

    return select(Phase.code, Phase.name).where(Phase.id == phase_id)


def field_by_id(field_id: str) -> Any:
    from sqlalchemy import select

    from db.models import Field

    return select(Field.name).where(Field.id == field_id)


def authors_of_one(initiative_id: str) -> Any:
    """As db.queries.initiatives.authors_of for one initiative."""
    from sqlalchemy import select

    from db.models import InitiativeAuthor, Person

    author = InitiativeAuthor
    return (
        select(Person.id.label("person_id"), Person.full_name, author.share, author.ordinal)
        .join(Person, Person.id == author.person_id)
        .where(author.initiative_id == initiative_id, author.deleted.is_(False))
        .order_by(author.initiative_id, author.ordinal)
    )


def attachments_of(initiative_id: str) -> Any:
    from sqlalchemy import select

    from db.models import Attachment

    return (
        select(Attachment.file_name, Attachment.size)
        .where(Attachment.initiative_id == initiative_id, Attachment.deleted.is_(False))
        .order_by(Attachment.file_name, Attachment.id)
    )


def reviews_of(initiative_id: str) -> Any:
    from sqlalchemy import select

    from db.models import Review

    return (
        select(
            Review.level,
            Review.total,
            Review.grade,
            Review.outcome,
            Review.decision_no,
            Review.decision_date,
        )
        .where(Review.initiative_id == initiative_id, Review.deleted.is_(False))
        .order_by(Review.reviewed_on, Review.id)
    )


def certificates_of(initiative_id: str) -> Any:
    from sqlalchemy import select

    from db.models import Certificate

    return (
        select(Certificate.number, Certificate.issued_on)
        .where(Certificate.initiative_id == initiative_id, Certificate.deleted.is_(False))
        .order_by(Certificate.number, Certificate.id)
    )


# ---- what is shown -------------------------------------------------------------------------------


@dataclass
class InitiativeDetail:
    """Everything the form and `initiative show` display about one initiative. Read with the
    ORM (db.queries.initiatives.initiative_detail: models, authors as AuthorLine) or as rows
    (`shown_initiative`, either reader of db.compiled): the same attributes either way."""

    initiative: Any
    unit: Any | None
    phase: Any | None
    field: Any | None
    authors: list[Any] = field(default_factory=list)
    attachments: list[Any] = field(default_factory=list)
    reviews: list[Any] = field(default_factory=list)
    certificates: list[Any] = field(default_factory=list)


def find_initiative(reader: Any, key: str) -> Any:
    """An initiative's row by its id or its registration number (as a person types it)."""
    key = key.strip()
    row = reader.first(initiative_by_id, initiative_id=key)
    row = row or reader.first(initiative_by_reg_no, reg_no=key.upper())
    if row is None:
        raise InitiativeNotFound(key)
    return row


def shown_initiative(reader: Any, key: str, *, with_details: bool = True) -> InitiativeDetail:
    i = find_initiative(reader, key)
    if not with_details:
        return with_authors(i, reader.rows(authors_of_one, initiative_id=i.id))
    return InitiativeDetail(
        initiative=i,
        unit=reader.first(unit_by_id, unit_id=i.unit_id),
        phase=reader.first(phase_by_id, phase_id=i.phase_id) if i.phase_id else None,
        field=reader.first(field_by_id, field_id=i.field_id) if i.field_id else None,
        authors=reader.rows(authors_of_one, initiative_id=i.id),
        attachments=reader.rows(attachments_of, initiative_id=i.id),
        reviews=reader.rows(reviews_of, initiative_id=i.id),
        certificates=reader.rows(certificates_of, initiative_id=i.id),
    )


def with_authors(initiative: Any, authors: list[Any]) -> InitiativeDetail:
    """An initiative (row or model) with only its authors: what its JSON record needs."""
    return InitiativeDetail(initiative, None, None, None, authors)


def shown_record(shown: InitiativeDetail) -> dict[str, Any]:
    """The JSON of an initiative (`show --json`): the package form of its record
    (db.records.row_to_record) plus "authors". A row gives its columns (`initiative_columns`:
    id, the synced fields, hlc, field_hlc); a model its synced fields."""
    i = shown.initiative
    columns = getattr(i, "_fields", None) or ("id", *type(i).synced_fields())
    names = [n for n in columns if n not in ("hlc", "field_hlc")]
    record = {n: json_value(getattr(i, n)) for n in names}
    record["hlc"] = i.hlc
    if i.field_hlc:
        record["field_hlc"] = dict(i.field_hlc)
    record["authors"] = [
        {"person_id": a.person_id, "full_name": a.full_name, "share": a.share}
        for a in shown.authors
    ]
    return record
