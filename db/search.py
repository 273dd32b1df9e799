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


def _folds_to_itself(char: str) -> bool:
    """A sign the full fold leaves as it is wherever it stands: no letter or mark, no case, no
    decomposition (a dash, quotes, a degree sign, an ellipsis)."""
    return (
        unicodedata.category(char)[0] not in "LM"
        and unicodedata.normalize("NFD", char) == char
        and not unicodedata.combining(char)
        and char.lower() == char == char.upper()
    )


@lru_cache(maxsize=1)
def _quick_check_table() -> dict[int, str | None]:
    """A text whose translation by this table is ASCII folds exactly by `_fold_table`: each of
    its characters is ASCII, a letter of the table folding to ASCII, or a sign that folds to
    itself (removed here). Anything else (decomposed marks, Greek, other scripts) takes the
    full way."""
    table: dict[int, str | None] = {
        code: folded for code, folded in _fold_table().items() if folded.isascii()
    }
    for code in (*range(0x0080, 0x0250), *range(0x2000, 0x2C00), *range(0x3000, 0x3040)):
        if code not in table and _folds_to_itself(chr(code)):
            table[code] = None
    return table


_WORDS_HELD = 100_000
_folded_words: dict[str, str] = {}


def _fold_word(word: str) -> str:
    """One word's fold (no space in it): NFC text takes the table; anything the table does not
    fold exactly (decomposed marks, other scripts) the full way. Signs such as '–' stay as they
    are, both ways."""
    quick = word.translate(_fold_table()).lower()
    if not (quick.isascii() or word.translate(_quick_check_table()).isascii()):
        quick = _fold_slowly(word)
    if len(_folded_words) >= _WORDS_HELD:
        _folded_words.clear()
    _folded_words[word] = quick
    return quick


def fold(text: str | None) -> str:
    """Lower-case ASCII-ish text: 'Đặng Văn Huy' -> 'dang van huy'.

    Word by word, each Vietnamese word folded once and remembered (an import folds a hundred
    thousand titles from a few thousand words): the same result as folding the whole text, since
    a space ends every mark and every case rule; ASCII words are only lower-cased."""
    if not text:
        return ""
    held = _folded_words
    return " ".join(
        [
            held.get(word) or (word.lower() if word.isascii() else _fold_word(word))
            for word in text.split(" ")
        ]
    )


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
