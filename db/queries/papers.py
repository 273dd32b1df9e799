"""What the printed papers show: the registration form of one initiative (Thông tư 18/2013,
Phụ lục I), and the council's papers (scoring sheets, the minutes of a session, the list attached
to a recognition decision). Plain data: desktop/printing lays it out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from dataclasses import field as list_field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Field, Initiative, Review, Unit
from db.queries.initiatives import authors_of, initiative_by_key
from db.search import fold


@dataclass
class AuthorRow:
    full_name: str
    birth_date: dt.date | None
    workplace: str
    job_title: str
    qualification: str
    share: int


@dataclass
class FormData:
    """The registration form's content; every text empty for the blank form. An attribute named
    as an Initiative field is filled from it (`registration_form`); desktop/printing/
    registration_form.py says where it is printed."""

    reg_no: str = ""
    addressee: str = ""
    title: str = ""
    investor: str = ""
    field_name: str = ""
    first_applied_on: dt.date | None = None
    essence: str = ""
    confidential_info: str = ""
    conditions: str = ""
    benefit_author: str = ""
    benefit_unit: str = ""
    first_appliers: str = ""
    registered_on: dt.date | None = None
    authors: list[AuthorRow] = list_field(default_factory=list)


def unit_names(session: Session) -> dict[str, str]:
    return dict(session.execute(select(Unit.id, Unit.name)).all())


def registration_form(session: Session, key: str) -> FormData:
    """The form of the initiative with this registration number (or id)."""
    initiative = initiative_by_key(session, key)
    names = unit_names(session)
    field_name = session.get(Field, initiative.field_id).name if initiative.field_id else ""
    authors = [
        AuthorRow(
            a.full_name,
            a.person.birth_date,
            names.get(a.person.unit_id or "", ""),
            a.person.job_title or "",
            a.person.qualification or "",
            a.share,
        )
        for a in authors_of(session, [initiative.id]).get(initiative.id, [])
    ]
    unit = names.get(initiative.unit_id, "")
    return FormData(
        **initiative_values(initiative),
        addressee=f"Hội đồng sáng kiến {unit}".strip() if unit else "",
        field_name=field_name,
        authors=authors,
    )


def initiative_values(initiative: Initiative) -> dict[str, Any]:
    """FormData's attributes that are fields of the initiative, each its value or, when empty,
    the blank form's (a text '')."""
    columns = Initiative.__table__.columns
    values = {}
    for each in fields(FormData):
        if each.name in columns:
            value = getattr(initiative, each.name)
            values[each.name] = each.default if value is None else value
    return values


# ---- the council ---------------------------------------------------------------------------------


@dataclass
class CouncilItem:
    """One initiative as the council's papers list it, with its review when there is one."""

    reg_no: str
    title: str
    authors: str  # "Họ tên (60%); …"
    unit: str
    field: str
    benefit_value: int | None
    benefit_currency: str
    review: Review | None = None


def council_items(
    session: Session, initiatives: list[Initiative], reviews=None
) -> list[CouncilItem]:
    names = unit_names(session)
    fields = dict(session.execute(select(Field.id, Field.name)).all())
    authors = authors_of(session, [i.id for i in initiatives])
    reviews = reviews or {}
    return [
        CouncilItem(
            i.reg_no,
            i.title,
            "; ".join(f"{a.full_name} ({a.share}%)" for a in authors.get(i.id, [])),
            names.get(i.unit_id, ""),
            fields.get(i.field_id or "", ""),
            i.benefit_value,
            i.benefit_currency,
            reviews.get(i.id),
        )
        for i in initiatives
    ]


def items_by_reg_no(session: Session, keys: list[str]) -> list[CouncilItem]:
    """The initiatives to score, in the order given."""
    return council_items(session, [initiative_by_key(session, key) for key in keys])


def session_items(session: Session, day: dt.date, level: str | None = None) -> list[CouncilItem]:
    """Every live review a council recorded on `day` (at `level`), with its initiative."""
    query = (
        select(Review, Initiative)
        .join(Initiative, Initiative.id == Review.initiative_id)
        .where(Review.reviewed_on == day, Review.deleted.is_(False), Initiative.deleted.is_(False))
        .order_by(Initiative.reg_no)
    )
    if level:
        query = query.where(Review.level == level)
    rows = list(session.execute(query))
    return council_items(session, [i for _r, i in rows], {i.id: r for r, i in rows})


def recorded_decision_no(session: Session, typed: str) -> str:
    """The decision number as the register records it, for one typed without Vietnamese letters
    or in another case ("63/qd-cddk" for "63/QĐ-CĐDK"): on a keyboard without a Vietnamese
    input method Đ is typed D. The typed text when none, or more than one, folds to it."""
    typed = typed.strip()
    numbers = set(
        session.scalars(
            select(Review.decision_no).where(
                Review.decision_no.is_not(None), Review.deleted.is_(False)
            )
        )
    )
    if typed in numbers:
        return typed
    wanted = _folded_number(typed)
    matches = [number for number in numbers if _folded_number(number) == wanted]
    return matches[0] if len(matches) == 1 else typed


def _folded_number(number: str) -> str:
    return "".join(fold(number).split())


def _decision_reviews(decision_no: str):
    return (
        select(Review, Initiative)
        .join(Initiative, Initiative.id == Review.initiative_id)
        .where(
            Review.decision_no == decision_no.strip(),
            Review.outcome == "recognised",
            Review.deleted.is_(False),
            Initiative.deleted.is_(False),
        )
    )


def decision_dates(session: Session, decision_no: str) -> list[dt.date]:
    """The dates of the decisions with this number, newest first: numbers start again every
    year (108/QĐ-CĐDK of 2022 is not that of 2023)."""
    query = (
        _decision_reviews(decision_no)
        .with_only_columns(Review.decision_date)
        .where(Review.decision_date.is_not(None))
        .distinct()
        .order_by(Review.decision_date.desc())
    )
    return list(session.scalars(query))


def decision_items(
    session: Session, decision_no: str, day: dt.date | None = None
) -> list[CouncilItem]:
    """The initiatives a recognition decision recognised, by registration number: the decision
    of that number dated `day`, or without a day the latest one of that number."""
    if day is None:
        day = next(iter(decision_dates(session, decision_no)), None)
    query = _decision_reviews(decision_no).order_by(Initiative.reg_no)
    if day is not None:
        query = query.where(Review.decision_date == day)
    rows = list(session.execute(query))
    return council_items(session, [i for _r, i in rows], {i.id: r for r, i in rows})
