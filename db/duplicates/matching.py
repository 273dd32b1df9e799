"""How alike two titles are, after folding away what a clerk's typing changes.

Folding is db.search.fold's (case, diacritics, đ -> d), so both tone placements (hòa/hoà) and a
title typed without diacritics fold to the same words. Word order and small typos are rapidfuzz's
job: token_sort_ratio forgives reordering, token_set_ratio a phrase added, and both a letter or
two wrong. No edit distance of our own.
"""

from __future__ import annotations

import unicodedata

from rapidfuzz import fuzz

from db.search import TOKEN, fold

# The marks of Vietnamese letters once decomposed (NFD): the five tones, the circumflex, the
# breve and the horn. Anything else decomposes to something the fold of db.search handles.
_MARKS = ("\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b")
# ASCII letters and digits lower-cased, every other ASCII character a space (one pass in C)
_WORDS = str.maketrans({c: c.lower() if c.isalnum() else " " for c in map(chr, range(128))})


def _vietnamese_table() -> dict[int, str]:
    """_WORDS, and each Latin letter with Vietnamese marks (and each mark alone, as typed
    decomposed) to its folded ASCII: a whole text folds in one translate. Only the Latin blocks
    Vietnamese uses; anything else stays as it is and takes db.search's fold."""
    table: dict[int, str] = dict(_WORDS)
    latin = [*range(0x80, 0x250), *range(0x300, 0x370), *range(0x1E00, 0x1F00)]
    for code in latin:
        plain = unicodedata.normalize("NFD", chr(code).replace("đ", "d").replace("Đ", "d"))
        for mark in _MARKS:
            plain = plain.replace(mark, "")
        if plain.isascii():
            table[code] = plain.translate(_WORDS)
    return table


_VIETNAMESE = _vietnamese_table()


def title_words(text: str | None) -> list[str]:
    """The folded words of a title: 'Cải tiến bơm ly tâm' -> ['cai', 'tien', 'bom', 'ly', 'tam']."""
    return TOKEN.findall(fold(text))


def folded_title(text: str | None) -> str:
    """The folded words of a text, single-spaced: 'Hoà  bơm-ly tâm' -> 'hoa bom ly tam'. The
    same as joining title_words, in one translate for Vietnamese (issue 14: a package's essences
    are folded by the ten thousand); any other text takes db.search's fold."""
    if not text:
        return ""
    plain = text.translate(_WORDS if text.isascii() else _VIETNAMESE)
    if not plain.isascii():
        return " ".join(title_words(text))
    return " ".join(plain.split())


def title_score(a: str, b: str) -> float:
    """0..100 for two folded titles: the mean of the word-order-free ratio and the subset ratio
    (a phrase added keeps the subset ratio high; the sort ratio keeps two titles that only share
    a common phrase from scoring 100)."""
    if not a or not b:
        return 0.0
    return (fuzz.token_sort_ratio(a, b) + fuzz.token_set_ratio(a, b)) / 2


def text_score(a: str | None, b: str | None) -> float | None:
    """0..100 for two longer texts (the essence), None when either is empty. Word order kept:
    two essences written from the same pattern share most words but not their sequence."""
    fa, fb = folded_title(a), folded_title(b)
    if not fa or not fb:
        return None
    return fuzz.ratio(fa, fb)


def pair_score(title: float, essence: float | None, shared_author: bool) -> float:
    """One figure for a candidate pair: the title and, when both have one, the essence count
    alike; an author they share (same folded name) confirms it."""
    score = title if essence is None else 0.5 * title + 0.5 * essence
    if shared_author:
        score = min(100.0, score + 5.0)
    return round(score, 1)
