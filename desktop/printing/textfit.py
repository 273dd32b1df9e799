"""Fitting text into a box: wrap at spaces, then shrink step by step, and as a last resort cut
with an ellipsis, so that nothing is ever drawn outside the box it was given."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

STEP = 0.5  # points: how much smaller each try is
ELLIPSIS = "…"
_SPACES = re.compile(r"[ \t\r\f\v]+")
NO_BREAK = "\u00a0"  # a space inside a line never broken there (a person's name)


@dataclass(frozen=True)
class Fitted:
    lines: tuple[str, ...]
    size: float
    truncated: bool = False


def width_of(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


@lru_cache(maxsize=8192)
def unit_width(text: str, font: str) -> float:
    """Width at 1 pt. A TrueType string's width is the sum of its glyphs' (no kerning here), so
    it scales with the size: each word is measured once, whatever sizes a fit tries."""
    return stringWidth(text, font, 1.0)


def wrap(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Lines no wider than max_width; explicit newlines start new lines; a word longer than a
    whole line is broken between letters. Words are split at ordinary spaces only: a no-break
    space (NO_BREAK) keeps its neighbours on one line, and is printed as a space."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = [word for word in _SPACES.split(paragraph) if word]
        lines.extend(_wrap_paragraph(words, font, size, max_width))
    return [line.replace(NO_BREAK, " ") for line in lines]


def _wrap_paragraph(words: list[str], font: str, size: float, max_width: float) -> list[str]:
    limit = max_width / size + 1e-9  # compare in 1-pt units
    space = unit_width(" ", font)
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for word in words:
        width = unit_width(word, font)
        if current and used + space + width <= limit:
            current.append(word)
            used += space + width
            continue
        if current:
            lines.append(" ".join(current))
        if width <= limit:
            current, used = [word], width
            continue
        pieces = _break_word(word, font, size, max_width)
        lines.extend(pieces[:-1])
        current, used = [pieces[-1]], unit_width(pieces[-1], font)
    if current:
        lines.append(" ".join(current))
    return lines


def _break_word(word: str, font: str, size: float, max_width: float) -> list[str]:
    pieces = [""]
    for letter in word:
        if pieces[-1] and width_of(pieces[-1] + letter, font, size) > max_width:
            pieces.append("")
        pieces[-1] += letter
    return pieces


@lru_cache(maxsize=4096)  # a batch fits the same headings, labels and names on every page
def fit(
    text: str, font: str, size: float, min_size: float, max_width: float, max_lines: int
) -> Fitted:
    """The largest size from `size` down to `min_size` at which `text` wraps into `max_lines`;
    if none does, the first `max_lines` lines at `min_size`, the last ending in '…'."""
    current = size
    while True:
        lines = wrap(text, font, current, max_width)
        if len(lines) <= max_lines:
            return Fitted(tuple(lines), current)
        if current - STEP < min_size - 1e-9:
            break
        current -= STEP
    lines = wrap(text, font, min_size, max_width)
    return Fitted(_cut(lines, max_lines, font, min_size, max_width), min_size, truncated=True)


def _cut(lines: list[str], max_lines: int, font: str, size: float, max_width: float) -> tuple:
    kept = lines[:max_lines]
    last = kept[-1]
    while last and width_of(last + ELLIPSIS, font, size) > max_width:
        last = last[:-1].rstrip()
    kept[-1] = last + ELLIPSIS
    return tuple(kept)
