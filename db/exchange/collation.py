"""Vietnamese alphabetical order without Qt (db/ never imports it; desktop/collation.py is the
window's, with ICU): "Đào tạo" and "Điện" come with D, before "Xây lắp"; "Tài chính" before
"Thăm dò"; "Ăn uống" after "An toàn". Letters first (a ă â b c d đ e ê … o ô ơ … u ư …), then
the tones (none, grave, hook, tilde, acute, dot below) only where the letters are equal."""

from __future__ import annotations

import unicodedata
from functools import cache

# The marks that make a new letter (ă â ê ô ơ ư) and the tone marks, as NFD writes them.
_LETTER_MARKS = {"\u0306": 1, "\u0302": 2, "\u031b": 3}  # breve, circumflex, horn
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


@cache
def vietnamese_key(text: str) -> tuple[tuple[tuple[str, int], ...], tuple[int, ...]]:
    """A sort key: (the letters, each with its letter mark; the tones)."""
    letters: list[tuple[str, int]] = []
    tones: list[int] = []
    for char in unicodedata.normalize("NFD", text.casefold()):
        if char in _LETTER_MARKS and letters:
            base, _mark = letters[-1]
            letters[-1] = (base, _LETTER_MARKS[char])
        elif char in _TONES:
            tones.append(_TONES[char])
        elif char == "đ":
            letters.append(("d", 9))  # after every d
        else:
            letters.append((char, 0))
            if char.isalpha():
                tones.append(0)
    return tuple(letters), tuple(tones)
