"""What real sheets hold, read as typed values: dates as Excel dates or typed 15/08/2023, money
typed "1.234.567" or "1,234,567 đ", NFD text, trailing spaces. A value that cannot be read raises
CellError with what to type instead."""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from decimal import Decimal
from typing import Any

from db.dates import DateUnreadable, sheet_date
from db.exchange.columns import NO_WORDS, YES_WORDS
from db.messages import Message, message_of
from db.money import plain, read_amount
from db.search import fold

_CURRENCY_WORDS = {
    "vnd": "VND",
    "vnđ": "VND",
    "đ": "VND",
    "d": "VND",
    "đồng": "VND",
    "dong": "VND",
    "usd": "USD",
    "$": "USD",
}


class CellError(ValueError):
    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message
        self.vi, self.en = message.text("vi"), message.text("en")


def text(value: Any) -> str | None:
    """NFC text, trimmed, inner runs of spaces kept (a description's line breaks stay)."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        value = value.strftime("%d/%m/%Y")
    cleaned = unicodedata.normalize("NFC", str(value)).replace("\u00a0", " ").strip()
    return cleaned or None


_MIDNIGHT = re.compile(r"(?<=\d)\s+0{1,2}:00(?::00)?\s*$")


def date(value: Any) -> dt.date | None:
    """A date cell: an Excel date, Excel's day number, or typed as db.dates reads it."""
    if isinstance(value, str) and not value.strip():
        return None
    if isinstance(value, str):  # "14/4/2023 0:00", as other programs' CSV files write dates
        value = _MIDNIGHT.sub("", value)
    try:
        return sheet_date(value)
    except DateUnreadable as unreadable:
        raise CellError(
            message_of(unreadable) or Message("sheet.not_a_date", value=value)
        ) from None


def money(value: Any) -> tuple[int | Decimal | None, str | None]:
    """(exact amount, currency named in the cell or None): a number cell, or text read by
    db.money.read_amount ("1.234.567", "1,234,567 đ", "12,345.67 USD", "1,5 tỷ"). The
    currency's own rule on decimals (VND none, USD two) is the validation's."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, bool):
        raise _money_error(value)
    if isinstance(value, int):
        return value, None
    if isinstance(value, float):
        return _float_amount(value), None
    if isinstance(value, Decimal):
        return plain(value), None
    typed = unicodedata.normalize("NFC", str(value)).strip()
    amount, currency = _split_currency(typed)
    try:
        read = read_amount(amount)
    except ValueError:
        raise _money_error(typed) from None
    if read is None:
        raise _money_error(typed)
    return plain(read), currency


def _float_amount(value: float) -> int | Decimal:
    """What Excel stores as 2500.5 (a float): exact to the cent, or refused."""
    if not math.isfinite(value) or abs(value - round(value, 2)) > 1e-6:
        raise _money_error(value)
    return plain(Decimal(str(round(value, 2))))


def _split_currency(typed: str) -> tuple[str, str | None]:
    lowered = typed.lower()
    for word, code in sorted(_CURRENCY_WORDS.items(), key=lambda item: -len(item[0])):
        if lowered.endswith(word) or lowered.startswith(word):
            stripped = (
                lowered.removesuffix(word) if lowered.endswith(word) else lowered[len(word) :]
            )
            return stripped.strip(), code
    return lowered.strip(), None


def _money_error(value: Any) -> CellError:
    return CellError(Message("sheet.not_an_amount", value=value))


def yes_no(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    word = fold(text(value) or "")
    if word in YES_WORDS:
        return True
    if word in NO_WORDS:
        return False
    raise CellError(Message("sheet.yes_or_empty", value=value))


def whole_number(value: Any) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    typed = str(value).strip().removesuffix("%").strip()
    if typed.isdigit():
        return int(typed)
    raise CellError(Message("sheet.not_whole_number", value=value))
