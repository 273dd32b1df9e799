"""A paper as blocks (heading lines, paragraphs, tables, signature lines), written once and
rendered twice: to PDF with ReportLab (paper_pdf.py) and to .docx with python-docx
(paper_docx.py), so the clerk can print it or still edit it in Word.

The registration form and the council's papers (registration_form.py, council_papers.py) build
these blocks; nothing here reads the database.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc")
DOTS = "…" * 20


def nfc(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "")


@dataclass
class Heading:
    """Lines centred: the motto, a title. `rule` draws a short line under the last one."""

    lines: list[str]
    bold: bool = True
    size: float = 13
    rule: bool = False
    space_after: float = 6


@dataclass
class HeaderPair:
    """The two-column header of an administrative paper: the organisation on the left, the
    motto on the right (Nghị định 30/2020/NĐ-CP)."""

    left: list[str]
    right: list[str] = field(default_factory=lambda: list(MOTTO))


@dataclass
class Para:
    text: str
    label: str = ""  # printed in bold before the text
    italic: bool = False
    align: str = "justify"  # justify, left, center, right
    size: float = 12
    bold: bool = False


@dataclass
class TableBlock:
    headers: list[str]
    rows: list[list[str]]
    widths: list[float]  # relative
    align: list[str] | None = None  # per column: left, center, right
    size: float = 10.5


@dataclass
class Signatures:
    """Signature boxes side by side: each (title lines, name)."""

    boxes: list[tuple[list[str], str]]
    place_date: str = ""  # above the boxes, on the right
    space: float = 60  # points left for the signature


@dataclass
class PageBreak:
    pass


Block = Heading | HeaderPair | Para | TableBlock | Signatures | PageBreak


@dataclass
class Paper:
    title: str  # the document's title in the file's properties
    blocks: list[Block] = field(default_factory=list)
    landscape: bool = False

    def add(self, *blocks: Block) -> Paper:
        self.blocks.extend(blocks)
        return self
