"""How numbers, money and dates read: Vietnamese first (3.516, 1.234.567 ₫, 14/04/2023).

The language is set once at start-up (desktop.i18n); English uses 3,516 and "1,234,567 ₫".
Dates are dd/MM/yyyy in both languages, as on the paper forms.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal

from db.money import decimals_of, read_amount

_language = "vi"


def set_language(language: str) -> None:
    global _language
    _language = "en" if language == "en" else "vi"


def current_language() -> str:
    return _language


def format_number(value: int | float | Decimal | None) -> str:
    """3516 -> '3.516' (Vietnamese) or '3,516' (English); None -> ''. An exact amount with cents
    keeps them: Decimal('2500.5') -> '2.500,50' or '2,500.50'."""
    if value is None:
        return ""
    if isinstance(value, Decimal) and decimals_of(value):
        text = f"{value:,.2f}"
    else:
        text = f"{round(value):,}"
    if _language == "vi":
        return text.translate(str.maketrans(",.", ".,"))
    return text


def format_percent(part: int | float, whole: int | float) -> str:
    """3516 of 5400 -> '65%' (rounded down, so 99.6% never reads as 100%)."""
    if not whole:
        return "—"
    return f"{int(100 * part // whole)}%"


def format_money(value: int | Decimal | None, currency: str = "VND") -> str:
    """1234567 VND -> '1.234.567 ₫'; 2500 USD -> '2.500 USD' (vi) or 'USD 2,500' (en)."""
    if value is None:
        return ""
    if currency == "VND":
        return f"{format_number(value)} ₫"
    if _language == "en":
        return f"{currency} {format_number(value)}"
    return f"{format_number(value)} {currency}"


def format_date(value: dt.date | dt.datetime | str | None) -> str:
    """A date as dd/MM/yyyy; ISO strings are accepted; None -> ''."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return value.strftime("%d/%m/%Y")


def parse_amount(text: str, language: str | None = None) -> Decimal | None:
    """What a person typed as an amount -> its value; '' -> None; ValueError if unreadable.

    '1.234.567', '1,234,567 ₫' and '1234567' -> 1234567; '1,5 tỷ' -> 1500000000; '-1,5' ->
    -1.5; '12.345,67' and '12,345.67 USD' -> 12345.67 (db.money.read_amount: Vietnamese reads
    ',' as the decimal mark, English '.')."""
    mark = "." if (language or _language) == "en" else ","
    return read_amount(text, mark)


# A phase named only by its number, as programmes name them: "Giai đoạn 2", "giai đoạn 2"
_NUMBERED_PHASE = re.compile(r"giai đoạn\s+(\d+)", re.IGNORECASE)


def phase_name(code: str | None, name: str, language: str | None = None) -> str:
    """A phase as the reader's language names it: the reference data says "Giai đoạn 1"; in
    English that is "Phase 1" (the first programme's codes are GD1, GD2; a later programme's
    phases are named "Giai đoạn 1", … under codes of their own). Other names are data and stay.
    `language`: the command line's (desktop.words); the window's by default."""
    if (language or _language) != "en":
        return name
    if code and code.upper().startswith("GD") and code[2:].isdigit():
        return f"Phase {int(code[2:])}"
    numbered = _NUMBERED_PHASE.fullmatch(unicodedata.normalize("NFC", name.strip()))
    return f"Phase {int(numbered.group(1))}" if numbered else name
