"""Which numbers a batch of certificates will take, said before anything is issued: "Cấp 12 giấy,
số CDDKVN-2026-00013 … 00024?" (the numbers continue this node's series for the year).

The series itself is here, below db/certificates.py, which issues the numbers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Certificate
from db.node import this_node

# ---- numbering -----------------------------------------------------------------------------------


def number_prefix(unit_code: str, year: int) -> str:
    return f"{unit_code}-{year:04d}-"


def last_serial(session: Session, prefix: str) -> int:
    """The highest serial already used under `prefix` (deleted certificates included)."""
    numbers = session.scalars(
        select(Certificate.number).where(Certificate.number.startswith(prefix, autoescape=True))
    )
    serials = (number[len(prefix) :] for number in numbers)
    return max((int(s) for s in serials if s.isdigit()), default=0)


class NumberSeries:
    """Consecutive certificate numbers of one node and year, continuing after the last one used."""

    def __init__(self, session: Session, unit_code: str, year: int) -> None:
        self.prefix = number_prefix(unit_code, year)
        self.serial = last_serial(session, self.prefix)

    def next(self) -> str:
        self.serial += 1
        return f"{self.prefix}{self.serial:05d}"


@dataclass(frozen=True)
class NumbersAhead:
    first: str
    last: str


def numbers_ahead(session: Session, count: int, issued_on: dt.date | None) -> NumbersAhead | None:
    """The first and last number `count` new certificates would get; None for none."""
    if count <= 0:
        return None
    node = this_node(session)
    series = NumberSeries(session, node.unit_code, (issued_on or dt.date.today()).year)
    first = series.next()
    series.serial += count - 2
    return NumbersAhead(first, series.next() if count > 1 else first)
