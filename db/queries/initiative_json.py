"""One initiative as JSON for the command line, and reading such JSON back for `initiative add`.

The record is `show --json`'s (db.queries.initiative_show.shown_record): the field names are
the package format's (`db.records.row_to_record`), plus "authors":
[{"person_id", "full_name", "share"}]. On input, `unit_id` and `field_id` may be given as a code
("VSP-TD03") as well as an id, and an author may be given by name (and birth date) instead of an
id: a person with the same name and birth date is reused, otherwise one is created.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Date, select
from sqlalchemy.orm import Session

from db.dates import DateUnreadable, read_date, unreadable_message
from db.messages import Message, message_of
from db.models import Field, Initiative, Money, Person, Unit
from db.money import money_record, plain, read_amount
from db.queries.initiative_show import shown_record, with_authors
from db.queries.initiatives import EDITABLE_FIELDS, AuthorShare, authors_of
from db.queries.people import possible_duplicate_people
from db.records import RecordError, python_value
from db.validation import Problem, ValidationFailed, raise_if

# Record fields an input may carry but that are made here: a new id, versions, phase from the date.
IGNORED_ON_INPUT = frozenset({"id", "hlc", "field_hlc", "phase_id", "deleted", "versions", "table"})
AUTHOR_KEYS = frozenset(
    {
        "person_id",
        "full_name",
        "birth_date",
        "unit_id",
        "job_title",
        "qualification",
        "employee_no",
        "share",
    }
)
BY_CODE = {"unit_id": (Unit, "what.unit"), "field_id": (Field, "what.field")}


# ---- out -----------------------------------------------------------------------------------------


def initiative_json(session: Session, initiative: Initiative) -> dict[str, Any]:
    return initiatives_json(session, [initiative])[0]


def initiatives_json(session: Session, initiatives: list[Initiative]) -> list[dict[str, Any]]:
    """Records of several initiatives, their authors read in batches: the same record as
    `show --json` (db.queries.initiative_show.shown_record)."""
    authors = authors_of(session, [i.id for i in initiatives])
    return [shown_record(with_authors(i, authors.get(i.id, []))) for i in initiatives]


# ---- in ------------------------------------------------------------------------------------------


def _problem(field: str, code: str, said: Message) -> Problem:
    return Problem.said(field, code, said)


def load_json_text(text: str, source: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ValidationFailed(
            [
                Problem.said(
                    "json",
                    "bad_json",
                    Message(
                        "json.bad",
                        source=source,
                        error=error.msg,
                        line=error.lineno,
                        column=error.colno,
                    ),
                )
            ]
        ) from None


def parse_initiative_json(session: Session, data: Any) -> tuple[dict[str, Any], list[AuthorShare]]:
    """Initiative values and authors from a JSON object; every problem named by its field."""
    if not isinstance(data, dict):
        raise ValidationFailed([Problem.said("json", "not_object", Message("json.not_object"))])
    values, problems = {}, []
    for key, raw in data.items():
        if key in IGNORED_ON_INPUT or key == "authors":
            continue
        try:
            values[key] = field_value(session, key, raw)
        except ValidationFailed as failed:
            problems += failed.problems
    authors, author_problems = _parse_authors(session, data.get("authors"))
    raise_if(problems + author_problems)
    return values, authors


def field_value(session: Session, key: str, raw: Any) -> Any:
    """A JSON value for an initiative field, typed; a code for unit_id/field_id is looked up."""
    if key not in EDITABLE_FIELDS:
        known = ", ".join(EDITABLE_FIELDS)
        raise ValidationFailed(
            [
                Problem.said(
                    key, "unknown_field", Message("json.unknown_field", field=key, known=known)
                )
            ]
        )
    if key in BY_CODE and isinstance(raw, str):
        return _id_or_code(session, key, raw)
    if key == "duplicate_of_id" and isinstance(raw, str):
        return _initiative_id(session, raw)
    return typed(Initiative, key, raw)


def typed(model: type, key: str, raw: Any, label: str | None = None) -> Any:
    column = model.__table__.columns.get(key)
    if column is not None and isinstance(column.type, Date) and isinstance(raw, str):
        _check_json_date(label or key, raw)
    try:
        return python_value(model, key, raw)
    except RecordError as error:
        name = label or key
        said = message_of(error)
        if said is None or "where" not in said.params:
            said = Message("validation.field_problem", field=name, problem=str(error))
        else:  # the record's words, about the name the person wrote
            said = Message(said.code, **(said.params | {"where": name}))
        raise ValidationFailed([_problem(name, "wrong_type", said)]) from None


def _id_or_code(session: Session, key: str, raw: str) -> str:
    model, what = BY_CODE[key]
    text = raw.strip()
    if session.get(model, text) is not None:
        return text
    found = session.scalar(select(model.id).where(model.code == text.upper()))
    if found is None:
        raise ValidationFailed(
            [
                _problem(
                    key,
                    "not_found",
                    Message("json.no_code_or_id", key=key, what=Message(what), raw=raw),
                )
            ]
        )
    return found


def _initiative_id(session: Session, raw: str) -> str:
    text = raw.strip()
    found = session.get(Initiative, text) or session.scalar(
        select(Initiative).where(Initiative.reg_no == text.upper())
    )
    if found is None:
        raise ValidationFailed(
            [_problem("duplicate_of_id", "not_found", Message("json.no_initiative", raw=raw))]
        )
    return found.id


# ---- authors -------------------------------------------------------------------------------------


def parse_authors(session: Session, raw: Any) -> list[AuthorShare]:
    authors, problems = _parse_authors(session, raw)
    raise_if(problems)
    return authors


def _parse_authors(session: Session, raw: Any) -> tuple[list[AuthorShare], list[Problem]]:
    if raw is None:
        return [], []
    if not isinstance(raw, list):
        return [], [_problem("authors", "wrong_type", Message("json.authors_not_list"))]
    authors, problems = [], []
    for index, item in enumerate(raw, start=1):
        try:
            authors.append(_parse_author(session, index, item))
        except ValidationFailed as failed:
            problems += failed.problems
    return authors, problems


def _parse_author(session: Session, index: int, item: Any) -> AuthorShare:
    label = f"authors[{index}]"
    if not isinstance(item, dict):
        raise ValidationFailed(
            [_problem(label, "wrong_type", Message("json.author_not_object", label=label))]
        )
    unknown = sorted(set(item) - AUTHOR_KEYS)
    if unknown:
        raise ValidationFailed(
            [
                _problem(
                    label,
                    "unknown_field",
                    Message(
                        "json.author_unknown_fields",
                        label=label,
                        fields=unknown,
                        known=", ".join(sorted(AUTHOR_KEYS)),
                    ),
                )
            ]
        )
    share = item.get("share")
    if isinstance(share, bool) or not isinstance(share, int):
        raise ValidationFailed(
            [
                _problem(
                    f"{label}.share",
                    "wrong_type",
                    Message("json.share_not_whole", label=label, share=repr(share)),
                )
            ]
        )
    details = _person_details(session, label, item)
    if item.get("person_id") is not None:
        return AuthorShare(
            person_id=typed(Person, "id", item["person_id"], f"{label}.person_id"), share=share
        )
    return AuthorShare(person_id=_same_person(session, details), share=share, **details)


def _person_details(session: Session, label: str, item: dict[str, Any]) -> dict[str, Any]:
    details = {}
    for key in AUTHOR_KEYS - {"person_id", "share"}:
        if item.get(key) is None:
            continue
        if key == "unit_id" and isinstance(item[key], str):
            details[key] = _id_or_code(session, "unit_id", item[key])
        else:
            details[key] = typed(Person, key, item[key], f"{label}.{key}")
    if item.get("person_id") is None and not (details.get("full_name") or "").strip():
        raise ValidationFailed(
            [_problem(label, "required", Message("json.author_needs_name", label=label))]
        )
    return details


def _same_person(session: Session, details: dict[str, Any]) -> str | None:
    """The one existing person with this name and birth date, if there is exactly one."""
    birth = details.get("birth_date")
    if not isinstance(birth, dt.date):
        return None
    matches = possible_duplicate_people(session, details["full_name"], birth)
    return matches[0].id if len(matches) == 1 else None


# ---- field=value from the command line -----------------------------------------------------------

TRUE_WORDS = frozenset({"true", "1", "yes", "co", "có", "x"})
FALSE_WORDS = frozenset({"false", "0", "no", "khong", "không"})


def text_value(session: Session, key: str, text: str) -> Any:
    """The typed value of `field=value` as typed on the command line ('' means no value);
    `authors=` takes the same JSON list as the file for `initiative add`."""
    if key == "authors":
        return parse_authors(session, load_json_text(text, "authors"))
    column = Initiative.__table__.columns.get(key)
    if column is None or not text.strip():
        return field_value(session, key, None)
    if isinstance(column.type, Money):  # typed as a clerk writes it: 12.345,67 or 2500.5
        return field_value(session, key, _amount_like(text.strip()))
    if isinstance(column.type, Date):  # typed as on the paper form: 15/08/2023, or 2023-08-15
        return field_value(session, key, _date_like(key, text.strip()))
    return field_value(session, key, _json_like(column.type.python_type, text.strip()))


def _amount_like(text: str) -> Any:
    try:
        amount = read_amount(text, ",")
    except ValueError:
        return text  # refused with the field named by `typed`
    return text if amount is None else money_record(plain(amount))


def _check_json_date(name: str, raw: str) -> None:
    """A file's date is written as `initiative show --json` prints it (2023-08-15): say so,
    not Python's 'Invalid isoformat string'."""
    try:
        dt.date.fromisoformat(raw.strip())
    except ValueError:
        said = Message("date.json_unreadable", field=name, typed=raw, example="2023-08-15")
        raise ValidationFailed([_problem(name, "wrong_type", said)]) from None


def _date_like(key: str, text: str) -> str:
    try:
        return read_date(text).isoformat()  # type: ignore[union-attr]  # text is not blank
    except DateUnreadable:
        said = unreadable_message(text)  # 15/4/23: the year's four digits
        if said.code == "date.unreadable":
            said = Message("date.field_unreadable", field=key, typed=text, example="15/08/2023")
        raise ValidationFailed([_problem(key, "wrong_type", said)]) from None


def _json_like(kind: type, text: str) -> Any:
    if kind is int:
        try:
            return int(text)
        except ValueError:
            return text  # refused with the field named by `typed`
    if kind is bool:
        word = text.lower()
        return True if word in TRUE_WORDS else False if word in FALSE_WORDS else text
    return text
