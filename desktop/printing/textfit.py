"""Fitting text into a box: wrap at spaces, then shrink step by step, and as a last resort cut
with an ellipsis, so that nothing is ever drawn outside the box it was given."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

STEP = 0.5  # points: how much smaller each try is
ELLIPSIS = "…"


@dataclass(frozen=True)
class Fitted:
    lines: tuple[str, ...]
    size: float
    truncated: bool = False


def width_of(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


def wrap(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Lines no wider than max_width; explicit newlines start new lines; a word longer than a
    whole line is broken between letters."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_paragraph(paragraph.split(), font, size, max_width))
    return lines


def _wrap_paragraph(words: list[str], font: str, size: float, max_width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if width_of(candidate, font, size) <= max_width:
            current = candidate
            continue
        if current:
            lines.append(current)
        pieces = _break_word(word, font, size, max_width)
        lines.extend(pieces[:-1])
        current = pieces[-1]
    if current:
        lines.append(current)
    return lines


def _break_word(word: str, font: str, size: float, max_width: float) -> list[str]:
    pieces = [""]
    for letter in word:
        if pieces[-1] and width_of(pieces[-1] + letter, font, size) > max_width:
            pieces.append("")
        pieces[-1] += letter
    return pieces


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
