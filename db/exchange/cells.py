"""What real sheets hold, read as typed values: dates as Excel dates or typed 15/08/2023, money
typed "1.234.567" or "1,234,567 đ", NFD text, trailing spaces. A value that cannot be read raises
CellError with what to type instead."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from db.dates import DateUnreadable, sheet_date
from db.exchange.columns import NO_WORDS, YES_WORDS
from db.search import fold

_GROUPED = re.compile(r"^\d{1,3}([.,  ]\d{3})+$")
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
    def __init__(self, vi: str, en: str) -> None:
        super().__init__(vi)
        self.vi, self.en = vi, en


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


def date(value: Any) -> dt.date | None:
    """A date cell: an Excel date, Excel's day number, or typed as db.dates reads it."""
    if isinstance(value, str) and not value.strip():
        return None
    try:
        return sheet_date(value)
    except DateUnreadable as unreadable:
        raise CellError(unreadable.vi, unreadable.en) from None


def money(value: Any) -> tuple[int | None, str | None]:
    """(amount, currency named in the cell or None)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, bool):
        raise _money_error(value)
    if isinstance(value, int):
        return value, None
    if isinstance(value, float):
        if not value.is_integer():
            raise _money_error(value)
        return int(value), None
    typed = unicodedata.normalize("NFC", str(value)).strip()
    amount, currency = _split_currency(typed)
    if amount.isdigit():
        return int(amount), currency
    if _GROUPED.match(amount):
        return int(re.sub(r"\D", "", amount)), currency
    raise _money_error(typed)


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
    return CellError(
        f"'{value}' không phải số tiền: hãy viết số nguyên, ví dụ 1.234.567 hoặc 1234567.",
        f"'{value}' is not an amount: type a whole number, e.g. 1,234,567 or 1234567.",
    )


def yes_no(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    word = fold(text(value) or "")
    if word in YES_WORDS:
        return True
    if word in NO_WORDS:
        return False
    raise CellError(
        f"'{value}' không rõ: hãy viết 'Có' hoặc để trống.",
        f"'{value}' is unclear: type 'Yes' or leave it empty.",
    )


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
    raise CellError(
        f"'{value}' không phải số nguyên.",
        f"'{value}' is not a whole number.",
    )
