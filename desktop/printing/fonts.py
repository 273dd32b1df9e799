"""Fonts with Vietnamese glyphs, registered once per process and embedded (subset) in every PDF.

ReportLab's canvas starts in Helvetica, which it names without embedding and which has no
Vietnamese letters: every page sets one of these fonts before drawing any text.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from db.messages import Message
from resources import resource_path

REPORT_FONTS = {"sans": "NotoSans-Regular.ttf", "sans-bold": "NotoSans-Bold.ttf"}
_registered: dict[Path, str] = {}


class FontError(ValueError):
    """A font file that is missing or unreadable."""


def font_file(name: str) -> Path:
    path = Path(name)
    return path if path.is_absolute() else resource_path("fonts", name)


def register_font(file_name: str) -> str:
    """The ReportLab name of the font in `file_name` (in resources/fonts or an absolute path)."""
    path = font_file(file_name).resolve()
    if path not in _registered:
        face = f"SK-{path.stem}"
        try:
            pdfmetrics.registerFont(TTFont(face, str(path)))
        except (OSError, TTFError) as error:
            raise FontError(Message("print.font_unreadable", path=path, error=error)) from error
        _registered[path] = face
    return _registered[path]


def register_fonts(fonts: dict[str, str]) -> dict[str, str]:
    """{template key: ReportLab name} for a template's font table."""
    return {key: register_font(file_name) for key, file_name in fonts.items()}
