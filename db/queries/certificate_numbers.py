"""Which numbers a batch of certificates will take, said before anything is issued: "Cấp 12 giấy,
số CDDKVN-2026-00013 … 00024?" (the numbers continue this node's series for the year)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from db.certificates import NumberSeries
from db.node import this_node


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
