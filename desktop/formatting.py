"""How numbers, money and dates read: Vietnamese first (3.516, 1.234.567 ₫, 14/04/2023).

The language is set once at start-up (desktop.i18n); English uses 3,516 and "1,234,567 ₫".
Dates are dd/MM/yyyy in both languages, as on the paper forms.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

_language = "vi"


def set_language(language: str) -> None:
    global _language
    _language = "en" if language == "en" else "vi"


def current_language() -> str:
    return _language


def format_number(value: int | float | None) -> str:
    """3516 -> '3.516' (Vietnamese) or '3,516' (English); None -> ''."""
    if value is None:
        return ""
    text = f"{round(value):,}"
    return text.replace(",", ".") if _language == "vi" else text


def format_percent(part: int | float, whole: int | float) -> str:
    """3516 of 5400 -> '65%' (rounded down, so 99.6% never reads as 100%)."""
    if not whole:
        return "—"
    return f"{int(100 * part // whole)}%"


def format_money(value: int | None, currency: str = "VND") -> str:
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


# Words people write after an amount ("1,5 tỷ"), folded to ASCII lower case
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
CURRENCY_MARKS = re.compile(r"(₫|vnđ|vnd|usd|đồng|dong|đ|\$)", re.IGNORECASE)
AMOUNT = re.compile(r"^([+-]?)\s*([\d.,\s]+?)\s*([^\d\s.,]*)$")


def parse_amount(text: str, language: str | None = None) -> Decimal | None:
    """What a person typed as an amount -> its value; '' -> None; ValueError if unreadable.

    '1.234.567', '1,234,567 ₫' and '1234567' -> 1234567; '1,5 tỷ' -> 1500000000; '-1,5' ->
    -1.5 (Vietnamese: '.' groups thousands and ',' is the decimal comma; English the reverse; a
    separator not followed by exactly three digits is read as the decimal mark either way)."""
    text = CURRENCY_MARKS.sub(" ", text or "").strip()
    if not text:
        return None
    match = AMOUNT.match(text)
    if not match:
        raise ValueError(text)
    sign, digits, word = match.groups()
    multiplier = MULTIPLIERS.get(word.lower()) if word else 1
    if multiplier is None:
        raise ValueError(text)
    number = _read_digits(digits.replace(" ", ""), language or _language)
    return (-number if sign == "-" else number) * multiplier


def _read_digits(digits: str, language: str) -> Decimal:
    group, decimal = (",", ".") if language == "en" else (".", ",")
    if digits.count(decimal) > 1:  # "1,234,567" typed in the other convention
        group, decimal = decimal, group
    if decimal in digits:
        whole, fraction = digits.rsplit(decimal, 1)
    else:
        whole, fraction = digits, ""
        head, separator, tail = whole.rpartition(group)
        if separator and len(tail) != 3:  # "1.5": a decimal point after all
            whole, fraction = head, tail
    parts = whole.split(group) if whole else ["0"]
    if any(not p.isdigit() for p in parts) or any(len(p) != 3 for p in parts[1:]):
        raise ValueError(digits)
    if fraction and not fraction.isdigit():
        raise ValueError(digits)
    return Decimal("".join(parts) + ("." + fraction if fraction else ""))


def phase_name(code: str | None, name: str) -> str:
    """A phase as the reader's language names it: the reference data says "Giai đoạn 1"; in
    English that is "Phase 1" (the codes are GD1, GD2)."""
    if _language == "en" and code and code.upper().startswith("GD") and code[2:].isdigit():
        return f"Phase {int(code[2:])}"
    return name
