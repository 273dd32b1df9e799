"""Search that folds case and Vietnamese diacritics, đ/Đ included.

Unicode does not decompose đ, and SQLite's FTS5 keeps it: we fold in Python, store the folded
text in a search column, and fold every query the same way.
"""

import re
import unicodedata
from collections.abc import Iterable

_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})
_TOKEN = re.compile(r"[0-9a-z]+")


def fold(text: str | None) -> str:
    """Lower-case ASCII-ish text: 'Đặng Văn Huy' -> 'dang van huy'."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.translate(_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.lower()


def search_tokens(query: str) -> list[str]:
    return _TOKEN.findall(fold(query))


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression: every word, as a prefix, must appear. None for an empty query."""
    tokens = search_tokens(query)
    if not tokens:
        return None
    return " ".join(f'"{token}"*' for token in tokens)


def nfc(text: str | None) -> str | None:
    """Every string enters the database in NFC: decomposed text prints wrongly and compares unequal."""
    return unicodedata.normalize("NFC", text) if isinstance(text, str) else text


def initiative_search_text(
    reg_no: str | None,
    title: str | None,
    author_names: Iterable[str] = (),
    investor: str | None = None,
    unit_code: str | None = None,
) -> str:
    """The folded text an initiative is found by: registration number, title, authors' names,
    investor and unit code. The demo generator and `refresh_search_text` both use this one
    definition, so a search finds the same rows however they were written."""
    parts = [reg_no, title, *author_names, investor, unit_code]
    return fold(" ".join(part for part in parts if part))
