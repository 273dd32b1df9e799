"""The progress report as an A4 PDF: the heading, the figures per phase, a bar chart of registered
against target per direct sub-unit, and the figures per unit rolled up the tree (header rows
repeated on every page). Noto Sans is embedded; ReportLab's Helvetica is never named."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import KeepTogether

from db.fileutil import atomic_path
from db.queries.stats import ProgressStats, UnitStats
from desktop.printing.fonts import REPORT_FONTS, register_fonts
from desktop.printing.progress_report import (
    ORGANISATION,
    as_of_line,
    nfc,
    number_text,
    percent_text,
    phase_label,
    phase_period,
    programme_line,
    report_title,
    scope_heading,
    summary_line,
)

MARGIN = 16 * mm
WIDTH = A4[0] - 2 * MARGIN
BLUE = colors.HexColor("#1f5f99")
GREY = colors.HexColor("#c9d3dc")
HEADER_BG = colors.HexColor("#e8eef4")
RULE = colors.HexColor("#9aa7b3")
FIGURE_HEADERS = ["Đã đăng ký", "Đã công nhận", "Chỉ tiêu", "Tỷ lệ"]
BAR_PITCH = 13  # points of chart height per sub-unit (two bars)


def write_progress_pdf(stats: ProgressStats, out: Path) -> None:
    faces = register_fonts(REPORT_FONTS)
    styles = _styles(faces)
    with atomic_path(out) as temp:
        doc = SimpleDocTemplate(
            str(temp),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=f"{report_title(stats)} — {as_of_line(stats)}",
            author="SángKiến",
            creator="SángKiến",
            initialFontName=faces["sans"],
        )
        footer = functools.partial(_footer, faces["sans"], dt.date.today(), report_title(stats))
        doc.build(_story(stats, styles, faces), onFirstPage=footer, onLaterPages=footer)


def _story(stats: ProgressStats, styles: dict, faces: dict) -> list:
    story = _heading(stats, styles)
    story += [Paragraph("Theo giai đoạn", styles["h2"]), _phase_table(stats, styles)]
    story += _chart_section(stats, styles, faces)
    # The long unit table starts under its heading where a few rows fit, else on a new page.
    story += [Spacer(1, 6 * mm), CondPageBreak(40 * mm), Paragraph("Theo đơn vị", styles["h2"])]
    story.append(_unit_table(stats, styles))
    return story


# ---- text --------------------------------------------------------------------------------------


def _styles(faces: dict) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=faces["sans"], fontSize=9, leading=11.5)
    bold = ParagraphStyle("bold", base, fontName=faces["sans-bold"])
    return {
        "body": base,
        "bold": bold,
        "org": ParagraphStyle("org", bold, fontSize=11, leading=14, alignment=TA_CENTER),
        "unit": ParagraphStyle("unit", base, fontSize=10.5, leading=13, alignment=TA_CENTER),
        "title": ParagraphStyle(
            "title", bold, fontSize=16, leading=20, alignment=TA_CENTER, spaceBefore=8
        ),
        "date": ParagraphStyle("date", base, fontSize=10.5, leading=14, alignment=TA_CENTER),
        "summary": ParagraphStyle("summary", base, fontSize=10.5, leading=14, spaceBefore=8),
        "h2": ParagraphStyle("h2", bold, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4),
        "head": ParagraphStyle("head", bold, fontSize=8.5, leading=10.5),
    }


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    escaped = nfc(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return Paragraph(escaped, style)


def _heading(stats: ProgressStats, styles: dict) -> list:
    story = [_para(ORGANISATION.upper(), styles["org"])]
    unit = scope_heading(stats)
    if unit:
        story.append(_para(unit, styles["unit"]))
    story.append(_para(report_title(stats), styles["title"]))
    if programme_line(stats):
        story.append(_para(programme_line(stats), styles["date"]))
    story.append(_para(as_of_line(stats), styles["date"]))
    story.append(_para(summary_line(stats), styles["summary"]))
    return story


def _footer(font: str, made_on: dt.date, title: str, canvas: Canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(font, 7.5)
    canvas.setFillColor(colors.HexColor("#55606b"))
    text = f"SángKiến — {title} — lập ngày {made_on:%d/%m/%Y}"
    canvas.drawString(MARGIN, MARGIN / 2, text)
    canvas.drawRightString(A4[0] - MARGIN, MARGIN / 2, f"Trang {doc.page}")
    canvas.restoreState()


# ---- tables ------------------------------------------------------------------------------------


def _figure_cells(figures) -> list[str]:
    return [
        number_text(figures.registered),
        number_text(figures.recognised),
        number_text(figures.target) if figures.target else "—",
        percent_text(figures),
    ]


def _table_style(extra: list | None = None) -> TableStyle:
    return TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, GREY),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (-4, 1), (-1, -1), "RIGHT"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            *(extra or []),
        ]
    )


def _header_row(titles: list[str], styles: dict) -> list[Paragraph]:
    return [_para(title, styles["head"]) for title in titles]


def _phase_table(stats: ProgressStats, styles: dict) -> Table:
    rows = [_header_row(["Giai đoạn", "Thời gian", *FIGURE_HEADERS], styles)]
    for phase in stats.phases:
        body = styles["body"]
        rows.append([_para(phase_label(phase), body), _para(phase_period(phase), body)])
        rows[-1] += _figure_cells(phase)
    rows.append([_para("Cả chương trình", styles["bold"]), "", *_figure_cells(stats.scope)])
    widths = [0.24 * WIDTH, 0.28 * WIDTH] + [0.12 * WIDTH] * 4
    bold_total = [("FONTNAME", (0, -1), (-1, -1), styles["bold"].fontName)]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(_table_style([*_fonts(styles), *bold_total]))
    return table


def _fonts(styles: dict) -> list:
    return [
        ("FONTNAME", (0, 0), (-1, -1), styles["body"].fontName),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
    ]


def _unit_table(stats: ProgressStats, styles: dict) -> Table:
    rows = [_header_row(["Mã", "Đơn vị", *FIGURE_HEADERS], styles)]
    rows += [_unit_row(unit, styles) for unit in stats.units]
    widths = [0.2 * WIDTH, 0.42 * WIDTH] + [0.095 * WIDTH] * 4
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(_table_style([*_fonts(styles), *_unit_emphasis(stats, styles)]))
    return table


def _unit_row(unit: UnitStats, styles: dict) -> list:
    style = styles["bold"] if unit.depth <= 1 else styles["body"]
    indented = ParagraphStyle(f"depth{unit.depth}", style, leftIndent=9 * unit.depth)
    code = ParagraphStyle(f"code{unit.depth}", style, fontSize=7.5, leftIndent=3 * unit.depth)
    return [_para(unit.code, code), _para(unit.name, indented), *_figure_cells(unit)]


def _unit_emphasis(stats: ProgressStats, styles: dict) -> list:
    """The scope's row shaded, the direct sub-units' figures bold, deeper units in grey."""
    commands: list = [("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#f3f6f9"))]
    for row, unit in enumerate(stats.units, start=1):
        if unit.depth <= 1:
            commands.append(("FONTNAME", (2, row), (-1, row), styles["bold"].fontName))
        else:
            commands.append(("TEXTCOLOR", (2, row), (-1, row), colors.HexColor("#3d4650")))
    return commands


# ---- chart -------------------------------------------------------------------------------------


def _chart_section(stats: ProgressStats, styles: dict, faces: dict) -> list:
    children = stats.children()
    if not children:
        return []
    counted = (
        "Đã công nhận"
        if stats.programme is not None and stats.programme.counts == "recognised"
        else "Đã đăng ký"
    )
    title = Paragraph(f"{counted} so với chỉ tiêu theo đơn vị trực thuộc", styles["h2"])
    return [KeepTogether([title, progress_chart(children, faces, counted)])]


def progress_chart(units: list[UnitStats], faces: dict, counted: str = "Đã đăng ký") -> Drawing:
    """What the programme counts (blue: registered, or recognised) beside target (grey), one
    pair of bars per unit, labelled by code."""
    height = BAR_PITCH * len(units) + 50
    drawing = Drawing(WIDTH, height, initialFontName=faces["sans"], initialFontSize=8)
    chart = HorizontalBarChart()
    chart.x, chart.y = 90, 22
    chart.width, chart.height = WIDTH - 110, height - 50
    ordered = list(reversed(units))  # the first unit at the top
    chart.data = [[u.target for u in ordered], [u.counted for u in ordered]]
    chart.categoryAxis.categoryNames = [u.code for u in ordered]
    _style_chart(chart, faces)
    drawing.add(chart)
    drawing.add(_legend(faces, height, counted))
    return drawing


def _style_chart(chart: HorizontalBarChart, faces: dict) -> None:
    chart.bars[0].fillColor, chart.bars[1].fillColor = GREY, BLUE
    chart.bars.strokeColor = None
    chart.barSpacing, chart.groupSpacing = 0.5, 3
    chart.categoryAxis.labels.fontName = faces["sans"]
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = faces["sans"]
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = lambda value: number_text(int(value))
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e7eb")


def _legend(faces: dict, height: float, counted: str) -> Legend:
    legend = Legend()
    legend.x, legend.y = 90, height - 8
    legend.fontName, legend.fontSize = faces["sans"], 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 110
    legend.colorNamePairs = [(BLUE, counted), (GREY, "Chỉ tiêu")]
    return legend
