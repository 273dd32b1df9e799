"""Money, exactly: a benefit value in VND or USD, read from what a person types and stored without
rounding (issue 16: USD values have cents).

Stored (migration 0010) as a whole number of hundredths in an INTEGER column (db.models'
`Money`), so
sums and sorting stay exact and fast; read back as an `int` when the amount is whole (every
amount before 0010, and every VND amount) and as a `Decimal` with its cents otherwise. In a
package or a dump a whole amount is a JSON number, as it always was (so packages from before
0010 read unchanged), and an amount with cents a decimal string ("2500.5"). How many decimals a
currency allows is CURRENCY_DECIMALS: VND none, USD two.

`read_amount` reads typed text — "1.250.000", "1,5 tỷ", "12.345,67", "12,345.67 USD" — given
the decimal mark of the interface language (',' in Vietnamese, '.' in English), or guessing it
for a sheet. No Qt and no SQLAlchemy here (the command line starts fast): the form, the
command line, the Excel import and the package codec share it."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from db.messages import Message

HUNDREDTHS = 100
CURRENCY_DECIMALS = {"VND": 0, "USD": 2}
MAX_DECIMALS = 2

# Words people write after an amount ("1,5 tỷ")
MULTIPLIERS = {
    "ty": 10**9,
    "tỷ": 10**9,
    "tỉ": 10**9,
    "billion": 10**9,
    "bn": 10**9,
    "trieu": 10**6,
    "triệu": 10**6,
    "million": 10**6,
    "m": 10**6,
    "nghin": 10**3,
    "nghìn": 10**3,
    "ngan": 10**3,
    "ngàn": 10**3,
    "thousand": 10**3,
    "k": 10**3,
}
CURRENCY_MARKS = {"₫": "VND", "vnđ": "VND", "vnd": "VND", "đồng": "VND", "dong": "VND"}
CURRENCY_MARKS |= {"đ": "VND", "usd": "USD", "$": "USD"}
_MARK = re.compile(r"(₫|vnđ|vnd|usd|đồng|dong|đ|\$)", re.IGNORECASE)
_AMOUNT = re.compile(r"^([+-]?)\s*([\d.,\s]+?)\s*([^\d\s.,]*)$")
_RECORD = re.compile(r"^-?\d+(\.\d{1,2})?$")


# ---- typed text -> amount ------------------------------------------------------------------------


def currency_named(text: str) -> str | None:
    """The currency a typed amount names ("12,345.67 USD" -> "USD"), or None."""
    found = _MARK.search(text or "")
    return CURRENCY_MARKS[found.group(1).lower()] if found else None


def read_amount(text: str, decimal_mark: str | None = None) -> Decimal | None:
    """Typed text -> its value (sign kept: the caller refuses negatives with its own words);
    '' -> None; ValueError if it is no amount.

    Both '.' and ',' in it: the rightmost is the decimal mark ("12.345,67", "12,345.67"). One of
    them more than once: it groups thousands ("1.234.567"). Once: it is the decimal mark if it
    is the language's (`decimal_mark`), or if three digits do not follow it ("1.5"); otherwise
    it groups thousands ("1.500" in Vietnamese, "1,500" in English or in a sheet)."""
    text = _MARK.sub(" ", text or "").strip()
    if not text:
        return None
    match = _AMOUNT.match(text)
    if not match:
        raise ValueError(text)
    sign, digits, word = match.groups()
    multiplier = MULTIPLIERS.get(word.lower()) if word else 1
    if multiplier is None:
        raise ValueError(text)
    number = _read_digits("".join(digits.split()), decimal_mark)
    return (-number if sign == "-" else number) * multiplier


def _read_digits(digits: str, decimal_mark: str | None) -> Decimal:
    whole, fraction = _split_decimal(digits, decimal_mark)
    parts = re.split(r"[.,]", whole) if whole else ["0"]
    if any(not p.isdigit() for p in parts) or any(len(p) != 3 for p in parts[1:]):
        raise ValueError(digits)
    if len(parts) > 1 and len(parts[0]) > 3:
        raise ValueError(digits)
    if fraction and not fraction.isdigit():
        raise ValueError(digits)
    return Decimal("".join(parts) + ("." + fraction if fraction else ""))


def _split_decimal(digits: str, decimal_mark: str | None) -> tuple[str, str]:
    marks = [c for c in digits if c in ".,"]
    if not marks:
        return digits, ""
    last = marks[-1]
    if len(set(marks)) == 2:  # both: the rightmost is the decimal mark, the other groups
        whole, fraction = digits.rsplit(last, 1)
        return (whole, fraction) if last not in whole else ("", "x")  # "1.234,5.6": refused
    if len(marks) > 1:
        return digits, ""
    head, tail = digits.split(last)
    if last == decimal_mark or len(tail) != 3:
        return head, tail
    return digits, ""


def decimals_of(amount: Decimal | int) -> int:
    """How many decimals an amount needs (12.50 -> 1, 12 -> 0)."""
    if isinstance(amount, int):
        return 0
    exponent = amount.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def plain(amount: Decimal | int) -> int | Decimal:
    """An exact amount as the records hold it: int when whole, else a normalised Decimal."""
    if isinstance(amount, int) or amount == amount.to_integral_value():
        return int(amount)
    return amount.normalize()


# ---- stored form: whole hundredths -----------------------------------------------------------


def to_hundredths(amount: Any) -> int:
    if isinstance(amount, bool) or not isinstance(amount, int | Decimal):
        raise TypeError(Message("money.expected"))
    if decimals_of(amount) > MAX_DECIMALS:
        raise ValueError(Message("money.decimals"))
    return int(amount * HUNDREDTHS)


def from_hundredths(raw: int) -> int | Decimal:
    whole, cents = divmod(raw, HUNDREDTHS)
    return whole if cents == 0 else plain(Decimal(raw) / HUNDREDTHS)


# ---- record (package, dump, JSON) form ----------------------------------------------------------


def money_record(amount: int | Decimal) -> int | str:
    """A whole amount as a JSON number (as before 0010); one with cents as "2500.5"."""
    exact = plain(amount)
    return exact if isinstance(exact, int) else format(exact, "f")


def json_value(value: Any) -> Any:
    """A field value as it travels in packages, dumps, `--json` and the audit trail: a date as
    ISO text, an amount with cents as `money_record` gives it, anything else as it is."""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return money_record(value)
    return value


def money_from_record(value: Any) -> int | Decimal:
    """A record's amount: a whole JSON number, or a decimal string with at most two decimals."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise TypeError(Message("money.record_expected"))
    if isinstance(value, int):
        return value
    if not _RECORD.match(value):
        raise ValueError(Message("money.record_form"))
    try:
        return plain(Decimal(value))
    except InvalidOperation:
        raise ValueError(Message("money.not_an_amount")) from None
