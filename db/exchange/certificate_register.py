"""The certificate register (the certificates issued) as an Excel workbook: the columns of the
Chứng nhận page's "Sổ đăng ký" table, in the order given (the table's, as the person sorted it;
the register's on the command line), dates as real dates, the header frozen and filtered, A4
landscape with the header on every page. Written whole or not at all."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from db.certificates import RegisterEntry
from db.exchange.columns import REGISTER_COLUMNS, REGISTER_WORDS, sheet_name
from db.messages import Message
from db.vocab import REVIEW_LEVEL

DATE_FORMAT = "DD/MM/YYYY"


def register_row(entry: RegisterEntry, lang: str = "vi") -> list[Any]:
    """A certificate's cells, as the register's table shows them."""
    english = lang == "en"
    if entry.cancelled:
        reprints = REGISTER_WORDS["cancelled"][english]
    elif entry.reprint_count:
        reprints = REGISTER_WORDS["reprinted"][english].format(n=entry.reprint_count)
    else:
        reprints = ""
    return [
        entry.number,
        entry.issued_on,
        entry.reg_no,
        ", ".join(entry.recipients),
        entry.title,
        REVIEW_LEVEL.label(entry.level, lang),
        entry.signer_name or "",
        reprints,
    ]


def export_certificate_register(
    entries: Iterable[RegisterEntry], path: Path | str, lang: str = "vi"
) -> int:
    """Write `entries` to the .xlsx `path`; how many were written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from db.exchange.export import ExportError, set_up_printing
    from db.fileutil import atomic_path

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ExportError(Message("exchange.file_kind", name=path.name))
    lang = "en" if lang == "en" else "vi"
    rows = [register_row(entry, lang) for entry in entries]
    book = Workbook(write_only=True)
    sheet = book.create_sheet(sheet_name("certificates", lang))
    last = get_column_letter(len(REGISTER_COLUMNS))
    for index, column in enumerate(REGISTER_COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width + 2
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
    set_up_printing(sheet, Message("sheet.page_footer").text(lang))
    header = []
    for column in REGISTER_COLUMNS:
        cell = WriteOnlyCell(sheet, value=column.header(lang))
        cell.font = Font(name="Calibri", size=11, bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        header.append(cell)
    sheet.append(header)
    for row in rows:
        day = WriteOnlyCell(sheet, value=row[1])
        day.number_format = DATE_FORMAT
        sheet.append([row[0], day, *row[2:]])
    with atomic_path(path) as temp:
        book.save(temp)
    return len(rows)
