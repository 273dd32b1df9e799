"""How dates and amounts are written on Vietnamese administrative documents."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal


def day_month(day: dt.date) -> tuple[str, str]:
    """Days below 10 and the months 1 and 2 take a leading zero (Nghị định 30/2020/NĐ-CP), so
    that nothing can be written in front of them afterwards."""
    return f"{day.day:02d}", f"{day.month:02d}" if day.month < 3 else str(day.month)


def place_and_date(place: str, day: dt.date) -> str:
    """'Hà Nội, ngày 15 tháng 6 năm 2023'."""
    dd, mm = day_month(day)
    prefix = f"{place}, " if place else ""
    return f"{prefix}ngày {dd} tháng {mm} năm {day.year}"


def short_date(day: dt.date | None) -> str:
    return f"{day:%d/%m/%Y}" if day else ""


def grouped_number(value: int | float | Decimal) -> str:
    """1250000000 -> '1.250.000.000' (Vietnamese groups thousands with dots); an exact amount
    with cents keeps them after a decimal comma: Decimal('2500.5') -> '2.500,50'."""
    cents = isinstance(value, Decimal) and value != value.to_integral_value()
    return f"{value:,.{2 if cents else 0}f}".translate(str.maketrans(",.", ".,"))


def money(value: int | Decimal | None, currency: str = "VND") -> str:
    if value is None:
        return ""
    unit = "đồng" if currency == "VND" else currency
    return f"{grouped_number(value)} {unit}"
