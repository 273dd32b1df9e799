"""The progress report as an Excel workbook to work on: sheet "Đơn vị" (every unit of the scope,
rolled up the tree, with its level in the tree) and sheet "Giai đoạn". Figures are real numbers;
the rate is a formula (rounded down, as everywhere in SángKiến) and the totals are SUMs, so a
person who corrects a figure sees the rest follow. A unit or phase with no target reads "—" as its
target and its rate, as the dashboard's table and the PDF show it (0 would read as a target of
nothing); SUM skips the dash, and the rate's formula reads it as no target."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from db.fileutil import atomic_write
from db.queries.stats import Figures, ProgressStats, UnitStats
from desktop.printing.progress_report import (
    as_of_line,
    nfc,
    phase_label,
    report_title,
)

UNITS_SHEET = "Đơn vị"
PHASES_SHEET = "Giai đoạn"
UNIT_HEADERS = ("Mã đơn vị", "Tên đơn vị", "Cấp", "Đã đăng ký", "Đã công nhận", "Chỉ tiêu", "Tỷ lệ")
UNIT_WIDTHS = (18, 62, 6, 13, 14, 11, 9)
PHASE_HEADERS = ("Mã", "Giai đoạn", "Từ ngày", "Đến ngày", "Đã đăng ký", "Đã công nhận")
PHASE_HEADERS += ("Chỉ tiêu", "Tỷ lệ")
PHASE_WIDTHS = (8, 24, 12, 12, 13, 14, 11, 9)
PERCENT_FORMAT = "0%"
NUMBER_FORMAT = "#,##0"
DATE_FORMAT = "dd/mm/yyyy"
HEADER_FILL = PatternFill("solid", fgColor="E8EEF4")
BOLD = Font(name="Calibri", size=11, bold=True)  # the body's font: a bare Font() prints in another
NO_TARGET = "—"  # desktop.formatting.format_percent's and the PDF's: no target set


def write_progress_xlsx(stats: ProgressStats, out: Path) -> None:
    book = Workbook()
    book.properties.title = f"{report_title(stats)} — {as_of_line(stats)}"
    book.properties.creator = "SángKiến"
    _fill_units(book.active, stats)
    _fill_phases(book.create_sheet(PHASES_SHEET), stats)
    with atomic_write(out) as handle:
        book.save(handle)


def _counted(stats: ProgressStats, registered: str, recognised: str) -> str:
    """The column the rate is of: the recognised for a programme counting them."""
    programme = stats.programme
    return recognised if programme is not None and programme.counts == "recognised" else registered


def rate_formula(part: str, whole: str) -> str:
    """The rate of two cells, whole percent rounded down, "—" with no target (N(): the target
    cell may hold the dash, and text compares above every number in Excel)."""
    return f'=IF(N({whole})>0,ROUNDDOWN({part}*100/{whole},0)/100,"{NO_TARGET}")'


# ---- sheets ------------------------------------------------------------------------------------


def _fill_units(sheet: Worksheet, stats: ProgressStats) -> None:
    sheet.title = UNITS_SHEET
    _header(sheet, UNIT_HEADERS, UNIT_WIDTHS, stats)
    rows = _unit_rows(stats)
    part = _counted(stats, "D", "E")
    for row, (code, name, depth, figures) in enumerate(rows, start=2):
        sheet.append(
            [code, name, depth, *_figures(figures), rate_formula(f"{part}{row}", f"F{row}")]
        )
        sheet.cell(row, 2).alignment = Alignment(indent=depth)
        if depth == 0:
            _bold_row(sheet, row)
    last = len(rows) + 1
    total = last + 1
    sheet.append(["", "Cộng các đơn vị cấp 1", ""] + [_sum_level(c, last) for c in "DEF"])
    sheet.cell(total, 7).value = rate_formula(f"{part}{total}", f"F{total}")
    _bold_row(sheet, total)
    _number_formats(sheet, "DEF", "G", total)
    sheet.auto_filter.ref = f"A1:G{last}"


def _unit_rows(stats: ProgressStats) -> list[tuple[str, str, int, Figures]]:
    """The units as the sheet lists them. What is registered on the scope unit itself (not on a
    sub-unit) gets its own level-1 line, so the level-1 lines always add up to the scope's."""
    rows = [(u.code, nfc(u.name), u.depth, u) for u in stats.units]
    own = _own_figures(stats.scope, stats.children())
    if own.registered or own.recognised or own.target:
        rows.insert(1, (stats.scope.code, f"Trực tiếp tại {nfc(stats.scope.name)}", 1, own))
    return rows


def _own_figures(scope: UnitStats, children: list[UnitStats]) -> Figures:
    own = Figures(scope.registered, scope.recognised, scope.target)
    for child in children:
        own.registered -= child.registered
        own.recognised -= child.recognised
        own.target -= child.target
    return own


def _sum_level(column: str, last: int) -> str:
    return f"=SUMIF($C$2:$C${last},1,{column}2:{column}{last})"


def _fill_phases(sheet: Worksheet, stats: ProgressStats) -> None:
    _header(sheet, PHASE_HEADERS, PHASE_WIDTHS, stats)
    part = _counted(stats, "E", "F")
    for row, phase in enumerate(stats.phases, start=2):
        cells = [phase.code, phase_label(phase), phase.starts_on, phase.ends_on]
        sheet.append([*cells, *_figures(phase), rate_formula(f"{part}{row}", f"G{row}")])
        for column in (3, 4):
            sheet.cell(row, column).number_format = DATE_FORMAT
    last = len(stats.phases) + 1
    total = last + 1
    sums = [f"=SUM({c}2:{c}{last})" for c in "EFG"]
    sheet.append(
        ["", "Cả chương trình", None, None, *sums, rate_formula(f"{part}{total}", f"G{total}")]
    )
    _bold_row(sheet, total)
    _number_formats(sheet, "EFG", "H", total)


# ---- cells -------------------------------------------------------------------------------------


def _figures(figures: Figures) -> list[int | str]:
    target = int(figures.target)
    return [int(figures.registered), int(figures.recognised), target or NO_TARGET]


def _header(sheet: Worksheet, titles, widths, stats: ProgressStats) -> None:
    sheet.append(list(titles))
    for column, width in enumerate(widths, start=1):
        cell = sheet.cell(1, column)
        cell.font, cell.fill = BOLD, HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "C2"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.oddHeader.center.text = f"{report_title(stats)} — {as_of_line(stats)}"
    sheet.oddFooter.right.text = "Trang &P / &N"


def _bold_row(sheet: Worksheet, row: int) -> None:
    for cell in sheet[row]:
        cell.font = BOLD


def _number_formats(sheet: Worksheet, numbers: str, rate: str, last: int) -> None:
    for column in numbers:
        for row in range(2, last + 1):
            sheet[f"{column}{row}"].number_format = NUMBER_FORMAT
    for row in range(2, last + 1):
        sheet[f"{rate}{row}"].number_format = PERCENT_FORMAT
        for column in (*numbers, rate):  # the dash beside the figures, where a number would be
            sheet[f"{column}{row}"].alignment = Alignment(horizontal="right")
