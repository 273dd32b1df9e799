"""A Paper (paper.py) as a Word .docx, so the clerk can still edit it: A4, Times New Roman (the
font of Vietnamese administrative documents; Word has it, LibreOffice substitutes a metric twin),
real Word tables with a repeated header row, and the signature boxes in a borderless table."""

from __future__ import annotations

from pathlib import Path

from db.fileutil import atomic_path
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

FONT = "Times New Roman"


def write_docx(paper: Paper, path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    if paper.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(12)
    normal.paragraph_format.space_after = Pt(2)
    normal.paragraph_format.space_before = Pt(0)
    _east_asian_font(normal)
    document.core_properties.title = nfc(paper.title)
    document.core_properties.author = "SángKiến"
    width = section.page_width - section.left_margin - section.right_margin
    _page_numbers(section)
    for block in paper.blocks:
        _add(document, block, width)
    with atomic_path(path) as temp:
        document.save(str(temp))


def _east_asian_font(style) -> None:
    """Word picks the font for Vietnamese letters from the w:cs/w:eastAsia names as well."""
    from docx.oxml.ns import qn

    fonts = style.element.rPr.rFonts
    for key in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(key), FONT)


def _add(document, block, width) -> None:
    if isinstance(block, Heading):
        _heading(document, block)
    elif isinstance(block, HeaderPair):
        _header_pair(document, block, width)
    elif isinstance(block, Para):
        _para(document, block)
    elif isinstance(block, TableBlock):
        _table(document, block, width)
    elif isinstance(block, Signatures):
        _signatures(document, block, width)
    elif isinstance(block, PageBreak):
        document.add_page_break()
    else:
        raise TypeError(block)


def _alignment(name: str):
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    return {
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
    }[name]


def _line(container, text: str, *, size=12, bold=False, italic=False, align="left", after=0):
    from docx.shared import Pt

    paragraph = container.add_paragraph()
    paragraph.alignment = _alignment(align)
    paragraph.paragraph_format.space_after = Pt(after)
    run = paragraph.add_run(nfc(text))
    run.bold, run.italic = bold, italic
    run.font.size = Pt(size)
    return paragraph


def _heading(document, block: Heading) -> None:
    for line in block.lines:
        _line(document, line, size=block.size, bold=block.bold, align="center")
    if block.rule:
        _line(document, "—" * 8, size=8, align="center")
    _line(document, "", size=4, after=block.space_after)


def _header_pair(document, block: HeaderPair, width) -> None:
    table = document.add_table(rows=1, cols=2)
    table.autofit = False
    left, right = table.rows[0].cells
    left.width, right.width = int(width * 0.42), int(width * 0.58)
    _column_widths(table, [int(width * 0.42), int(width * 0.58)])
    for cell, lines, bold_from in ((left, block.left, 1), (right, block.right, 0)):
        cell.paragraphs[0].text = ""
        first = True
        for i, line in enumerate(lines):
            target = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            target.alignment = _alignment("center")
            run = target.add_run(nfc(line))
            run.bold = i >= bold_from
        _line(cell, "—" * 6, size=8, align="center")
    _line(document, "", size=6)


def _para(document, block: Para) -> None:
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    paragraph.alignment = _alignment(block.align)
    paragraph.paragraph_format.space_after = Pt(3)
    if block.label:
        label = paragraph.add_run(nfc(block.label) + " ")
        label.bold = True
        label.font.size = Pt(block.size)
    lines = nfc(block.text).split("\n")
    for index, text in enumerate(lines):
        run = paragraph.add_run(text)
        run.bold, run.italic = block.bold, block.italic
        run.font.size = Pt(block.size)
        if index < len(lines) - 1:
            run.add_break()


def _table(document, block: TableBlock, width) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    from docx.table import _Cell

    table = document.add_table(rows=1 + len(block.rows), cols=len(block.headers))
    table.style = "Table Grid"
    table.autofit = False
    total = sum(block.widths)
    widths = [int(width * w / total) for w in block.widths]
    aligns = block.align or ["left"] * len(block.headers)
    _column_widths(table, widths)
    # Cells reached row by row through the XML: table.cell(r, c) lists the whole grid on every
    # call, which made a 500-row decision list take minutes.
    rows = zip(table._tbl.tr_lst, [block.headers, *block.rows], strict=True)
    for r, (tr, values) in enumerate(rows):
        for c, (tc, value) in enumerate(zip(tr.tc_lst, values, strict=True)):
            cell = _Cell(tc, table)
            cell.width = widths[c]
            paragraph = cell.paragraphs[0]
            paragraph.alignment = _alignment("center" if r == 0 else aligns[c])
            run = paragraph.add_run(nfc(value))
            run.bold = r == 0
            run.font.size = Pt(block.size)
    header = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header.append(repeat)
    _line(document, "", size=4)


def _column_widths(table, widths: list[int]) -> None:
    """Widths on the grid as well as on the cells: LibreOffice reads the grid, Word the cells."""
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width


def _page_numbers(section) -> None:
    """The page number centred in the footer of every page but the first, as the PDF has it
    (Nghị định 30/2020): a PAGE field Word fills."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    section.different_first_page_header_footer = True
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = _alignment("center")
    run = paragraph.add_run()
    run.font.size = Pt(10)
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), ("end", None)):
        if kind is None:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run._r.append(element)


def _signatures(document, block: Signatures, width) -> None:
    if block.place_date:
        _line(document, block.place_date, italic=True, align="right")
    if document.paragraphs:  # the place and date, or the closing words: on the signatures' page
        document.paragraphs[-1].paragraph_format.keep_with_next = True
    boxes = block.boxes
    per_row = 2 if len(boxes) == 1 else min(3, len(boxes))
    cells = [None, *boxes] if len(boxes) == 1 else list(boxes)
    rows = (len(cells) + per_row - 1) // per_row
    table = document.add_table(rows=rows, cols=per_row)
    for index, box in enumerate(cells):
        cell = table.cell(index // per_row, index % per_row)
        cell.width = int(width / per_row)
        if box is None:
            continue
        titles, name = box
        cell.paragraphs[0].alignment = _alignment("center")
        cell.paragraphs[0].add_run(nfc(titles[0])).bold = True
        for note in titles[1:]:
            _line(cell, note, italic=True, align="center")
        for _ in range(4):
            _line(cell, "", align="center")
        _line(cell, name, bold=True, align="center")
        if rows > 1:  # room between a row's names and the next row's titles
            _line(cell, "", align="center", after=12)
    _keep_together(table)


def _keep_together(table) -> None:
    """A signature box is never split from its name, nor the boxes from each other or from the
    place and date above them: no row breaks across pages, and each row keeps with the next."""
    from docx.oxml import OxmlElement

    last = len(table.rows) - 1
    for index, row in enumerate(table.rows):
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = index < last or None
