"""A Paper (paper.py) as an A4 PDF: Noto Serif embedded (the administrative documents' serif),
tables with their header repeated on every page, signature boxes kept together."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import PageBreak as PdfPageBreak

from db.fileutil import atomic_path
from desktop.printing.fonts import register_fonts
from desktop.printing.paper import (
    HeaderPair,
    Heading,
    PageBreak,
    Paper,
    Para,
    Signatures,
    TableBlock,
    nfc,
)

FONTS = {
    "serif": "NotoSerif-Regular.ttf",
    "bold": "NotoSerif-Bold.ttf",
    "italic": "NotoSerif-Italic.ttf",
    "bold-italic": "NotoSerif-BoldItalic.ttf",
}
ALIGN = {"justify": TA_JUSTIFY, "left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
MARGINS = (20 * mm, 15 * mm, 20 * mm, 30 * mm)  # top, right, bottom, left (Nghị định 30/2020)


def write_pdf(paper: Paper, path: Path) -> None:
    faces = _faces()
    size = landscape(A4) if paper.landscape else A4
    with atomic_path(path) as temp:
        top, right, bottom, left = MARGINS
        doc = SimpleDocTemplate(
            str(temp),
            pagesize=size,
            topMargin=top,
            rightMargin=right,
            bottomMargin=bottom,
            leftMargin=left,
            title=nfc(paper.title),
            author="SángKiến",
            creator="SángKiến",
            initialFontName=faces["serif"],
        )
        width = size[0] - left - right
        flow = []
        for block in paper.blocks:
            flow += _flowables(block, faces, width)
        doc.build(flow, onFirstPage=_page_number, onLaterPages=_page_number)


def _faces() -> dict[str, str]:
    from reportlab.pdfbase.pdfmetrics import registerFontFamily

    faces = register_fonts(FONTS)
    registerFontFamily(
        faces["serif"],
        normal=faces["serif"],
        bold=faces["bold"],
        italic=faces["italic"],
        boldItalic=faces["bold-italic"],
    )
    return faces


def _style(faces, size: float = 12, align: str = "justify", bold=False, italic=False, after=3):
    key = ("bold-italic" if italic else "bold") if bold else ("italic" if italic else "serif")
    return ParagraphStyle(
        f"s{size}{align}{key}",
        fontName=faces[key],
        fontSize=size,
        leading=size * 1.3,
        alignment=ALIGN[align],
        spaceAfter=after,
    )


def _text(text: str) -> str:
    return escape(nfc(text)).replace("\n", "<br/>")


def _flowables(block, faces, width: float) -> list:
    if isinstance(block, Heading):
        return _heading(block, faces)
    if isinstance(block, HeaderPair):
        return _header_pair(block, faces, width)
    if isinstance(block, Para):
        return [_para(block, faces)]
    if isinstance(block, TableBlock):
        return [_table(block, faces, width), Spacer(1, 6)]
    if isinstance(block, Signatures):
        return [_signatures(block, faces, width)]
    if isinstance(block, PageBreak):
        return [PdfPageBreak()]
    raise TypeError(block)


def _heading(block: Heading, faces) -> list:
    style = _style(faces, block.size, "center", bold=block.bold, after=0)
    flow = [Paragraph(_text(line), style) for line in block.lines]
    if block.rule:
        flow.append(_Rule(50 * mm))
    flow.append(Spacer(1, block.space_after))
    return flow


def _header_pair(block: HeaderPair, faces, width: float) -> list:
    left = [
        Paragraph(_text(line), _style(faces, 12.5, "center", bold=i > 0, after=0))
        for i, line in enumerate(block.left)
    ]
    right = [
        Paragraph(_text(line), _style(faces, 12.5 if i else 12, "center", bold=True, after=0))
        for i, line in enumerate(block.right)
    ]
    left.append(_Rule(25 * mm))
    right.append(_Rule(55 * mm))
    table = _Table([[left, right]], colWidths=[width * 0.42, width * 0.58])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [table, Spacer(1, 10)]


def _para(block: Para, faces) -> Paragraph:
    style = _style(faces, block.size, block.align, bold=block.bold, italic=block.italic)
    text = _text(block.text)
    if block.label:
        text = f"<b>{_text(block.label)}</b> {text}"
    return Paragraph(text, style)


def _table(block: TableBlock, faces, width: float) -> Table:
    total = sum(block.widths)
    widths = [width * w / total for w in block.widths]
    head = _style(faces, block.size, "center", bold=True, after=0)
    aligns = block.align or ["left"] * len(block.headers)
    body = [_style(faces, block.size, a, after=0) for a in aligns]
    data = [[Paragraph(_text(h), head) for h in block.headers]]
    data += [[Paragraph(_text(c), body[i]) for i, c in enumerate(row)] for row in block.rows]
    table = _Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _signatures(block: Signatures, faces, width: float) -> KeepTogether:
    flow = [Spacer(1, 8)]
    if block.place_date:
        date_style = _style(faces, 12, "center", italic=True, after=2)
        row = _Table(
            [["", Paragraph(_text(block.place_date), date_style)]],
            colWidths=[width * 0.4, width * 0.6],
        )
        flow.append(row)
    per_row = min(3, max(1, len(block.boxes)))
    title_style = _style(faces, 12, "center", bold=True, after=0)
    note_style = _style(faces, 11, "center", italic=True, after=0)
    name_style = _style(faces, 12, "center", bold=True, after=0)
    cells = []
    for titles, name in block.boxes:
        cell = [Paragraph(_text(titles[0]), title_style)]
        cell += [Paragraph(_text(t), note_style) for t in titles[1:]]
        cell += [Spacer(1, block.space), Paragraph(_text(name), name_style)]
        cells.append(cell)
    if len(cells) == 1:  # one signer signs on the right, under the place and date
        cells = ["", cells[0]]
        per_row = 2
        widths = [width * 0.4, width * 0.6]
    else:
        widths = [width / per_row] * per_row
    rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    rows[-1] += [""] * (per_row - len(rows[-1]))
    table = _Table(rows, colWidths=widths)
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 14)])
    )
    flow.append(table)
    return KeepTogether(flow)


def _Table(data, **options) -> Table:
    """A layout table whose empty cells name no unembedded font (ReportLab's default)."""
    table = Table(data, **options)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), _faces()["serif"])]))
    return table


def _page_number(canvas, doc) -> None:
    """The page number at the foot of every page but the first (Nghị định 30/2020)."""
    if doc.page > 1:
        canvas.saveState()
        canvas.setFont(_faces()["serif"], 10)
        canvas.drawCentredString(doc.pagesize[0] / 2, 12 * mm, str(doc.page))
        canvas.restoreState()


class _Rule(Spacer):
    """A short centred line under a heading."""

    def __init__(self, length: float) -> None:
        super().__init__(length, 4)
        self.length = length

    def wrap(self, available_width, _available_height):
        self.available = available_width
        return available_width, 4

    def draw(self) -> None:
        x = (self.available - self.length) / 2
        self.canv.setLineWidth(0.7)
        self.canv.line(x, 2, x + self.length, 2)
