"""Rows of plain values written straight as sheet XML into an openpyxl write-only sheet.

openpyxl turns every value into a cell object and every cell into an XML element in Python: that
was three quarters of an export's time (py-spy). A row of the register holds plain values of
known kinds, so it is written here as one XML string (inline strings, numbers, dates as serial
days with the sheet's date style), which lxml parses into one element for openpyxl's own stream.
The sheet is otherwise openpyxl's: widths, frozen header, filter, styles, the header row itself.

This uses openpyxl's write-only internals (`_get_writer`, `_rows`, `_writer.write_row`), pinned
by pyproject's range; the export's tests read every kind of cell back with openpyxl.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.xml.functions import fromstring


class RowStream:
    """Appends rows to a write-only `sheet`: `append_cells` the openpyxl way (styled cells),
    `append` a row of plain values the fast way. `styles` maps 'date', 'money' and 'cents' to
    the sheet's style ids for those number formats."""

    def __init__(self, sheet, kinds: list[str], styles: dict[str, int]) -> None:
        self.sheet = sheet
        self.columns = [(get_column_letter(i), kind) for i, kind in enumerate(kinds, start=1)]
        self.styles = styles
        self.rows = 0

    def append_cells(self, cells: list[Any]) -> None:
        self._send(cells)

    def append(self, values: list[Any]) -> None:
        self._send(self.row_xml(values, self.rows + 1))

    def _send(self, row: list[Any] | str) -> None:
        sheet = self.sheet
        sheet._get_writer()
        if sheet._rows is None:
            sheet._rows = _rows_of(sheet)
            next(sheet._rows)
        sheet._rows.send(row)
        self.rows += 1

    def row_xml(self, values: list[Any], number: int) -> str:
        parts = [f'<row r="{number}">']
        for (letter, kind), value in zip(self.columns, values, strict=False):
            if value is None or value == "":
                continue
            parts.append(self._cell(f"{letter}{number}", kind, value))
        parts.append("</row>")
        return "".join(parts)

    def _cell(self, ref: str, kind: str, value: Any) -> str:
        if isinstance(value, str):
            return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_text(value)}</t></is></c>'
        if isinstance(value, bool):
            return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
        if isinstance(value, dt.date):
            return f'<c r="{ref}" s="{self.styles["date"]}"><v>{to_excel(value)}</v></c>'
        if isinstance(value, int | float | Decimal):
            style = ""
            if kind == "money":
                style = f' s="{self.styles["money" if isinstance(value, int) else "cents"]}"'
            return f'<c r="{ref}"{style}><v>{value}</v></c>'
        return self._cell(ref, kind, str(value))


def _text(value: str) -> str:
    """Text as XML: escaped, without the control characters XML cannot hold."""
    # str.replace runs in C; str.translate with a table looks each letter up in Python's dict
    text = ILLEGAL_CHARACTERS_RE.sub("", value)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _rows_of(sheet):
    """The sheet's row writer (openpyxl's WriteOnlyWorksheet._write_rows), which also takes a
    row already written as XML."""
    xf = sheet._writer.xf.send(True)
    with xf.element("sheetData"):
        number = 1
        try:
            while True:
                row = yield
                if isinstance(row, str):
                    xf.write(fromstring(row))
                else:
                    sheet._writer.write_row(xf, sheet._values_to_row(row, number), number)
                number += 1
        except GeneratorExit:
            pass
    sheet._writer.xf.send(None)
