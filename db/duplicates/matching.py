"""How alike two titles are, after folding away what a clerk's typing changes.

Folding is db.search.fold's (case, diacritics, đ -> d), so both tone placements (hòa/hoà) and a
title typed without diacritics fold to the same words. Word order and small typos are rapidfuzz's
job: token_sort_ratio forgives reordering, token_set_ratio a phrase added, and both a letter or
two wrong. No edit distance of our own.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from db.search import TOKEN, fold


def title_words(text: str | None) -> list[str]:
    """The folded words of a title: 'Cải tiến bơm ly tâm' -> ['cai', 'tien', 'bom', 'ly', 'tam']."""
    return TOKEN.findall(fold(text))


def folded_title(text: str | None) -> str:
    return " ".join(title_words(text))


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
