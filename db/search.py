"""Search that folds case and Vietnamese diacritics, đ/Đ included.

Unicode does not decompose đ, and SQLite's FTS5 keeps it: we fold in Python, store the folded
text in a search column, and fold every query the same way.
"""

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})
TOKEN = re.compile(r"[0-9a-z]+")  # a word of folded text, as the full-text index splits it


def _fold_slowly(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.translate(_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.lower()


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """The fold of every precomposed Latin letter, as one str.translate table: NFC text (what the
    database stores) folds in one pass instead of unicodedata per character."""
    table: dict[int, str] = {}
    for code in range(0x00C0, 0x1EFF + 1):
        char = chr(code)
        if unicodedata.category(char).startswith("L"):
            folded = _fold_slowly(char)
            if folded != char:
                table[code] = folded
    return table


def fold(text: str | None) -> str:
    """Lower-case ASCII-ish text: 'Đặng Văn Huy' -> 'dang van huy'. NFC text takes the table;
    anything the table leaves non-ASCII (decomposed marks, other scripts) the full way."""
    if not text:
        return ""
    quick = text.translate(_fold_table()).lower()
    return quick if quick.isascii() else _fold_slowly(text)


def search_tokens(query: str) -> list[str]:
    return TOKEN.findall(fold(query))


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression: every word, as a prefix, must appear (suggestions as a person
    types). None for an empty query. The register's search matches whole words: `words_match`."""
    tokens = search_tokens(query)
    if not tokens:
        return None
    return " ".join(f'"{token}"*' for token in tokens)


def folded_words(query: str) -> str:
    """The words typed, folded and single-spaced: 'Đặng  Văn Huy!' -> 'dang van huy'."""
    return " ".join(search_tokens(query))


def words_match(query: str) -> str | None:
    """An FTS5 MATCH expression: every word typed appears as a whole word ('huy' does not find
    'Huỳnh'), in any order and any part of the text. None for an empty query."""
    tokens = search_tokens(query)
    return " ".join(f'"{token}"' for token in tokens) if tokens else None


def phrase_match(query: str) -> str | None:
    """An FTS5 MATCH expression: the words typed side by side, in order. None for fewer than two
    words (one word is its own phrase)."""
    tokens = search_tokens(query)
    return '"' + " ".join(tokens) + '"' if len(tokens) > 1 else None


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
