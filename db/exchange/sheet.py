"""Reading a workbook as people make them: title rows (merged or not) above the header, columns in
any order and spelled without diacritics, empty rows between records."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db.exchange.columns import (
    AUTHOR_COLUMNS,
    INITIATIVE_COLUMNS,
    Column,
    header_index,
    header_key,
)
from db.messages import Message
from db.progress import IsCancelled, OperationCancelled

HEADER_SEARCH_ROWS = 30  # a header this far down is not a header
MIN_HEADERS = 3


class SheetError(ValueError):
    """A file that is not a readable workbook, or a sheet with no header: nothing to import."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.vi, self.en = message.text("vi"), message.text("en")


class ImportCancelled(OperationCancelled):
    """The person pressed Cancel: nothing was written."""


@dataclass
class SheetRows:
    """One sheet's records: each as (Excel row number, {column key: raw cell value})."""

    title: str
    header_row: int
    headers: dict[str, str]  # column key -> the header as the sheet spells it
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    ignored_headers: list[str] = field(default_factory=list)


@dataclass
class Workbook:
    initiatives: SheetRows
    authors: SheetRows | None


def read_workbook(path: Path | str, cancelled: IsCancelled | None = None) -> Workbook:
    path = Path(path)
    _check_readable(path)
    if path.suffix.lower() == ".csv":
        return _read_csv(path, cancelled)
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except OSError:  # Excel on Windows holds the file it has open
        raise SheetError(Message("sheet.cannot_open", name=path.name)) from None
    except Exception as error:  # openpyxl raises many kinds for a file that is not a workbook
        raise SheetError(Message("sheet.not_xlsx", name=path.name, error=error)) from None
    try:
        sheets = list(book.worksheets)
        main, initiatives = _initiatives_sheet(sheets, cancelled)
        other = _pick([s for s in sheets if s is not main], ("tac gia", "authors"))
        authors = _read_sheet(other, AUTHOR_COLUMNS, "full_name", cancelled) if other else None
    finally:
        book.close()
    return Workbook(initiatives, authors)


# The first bytes of an Excel 97-2003 workbook (an OLE2 compound file), whatever its name.
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _check_readable(path: Path) -> None:
    """A missing, empty, locked or Excel 97-2003 file, each with what to do about it."""
    if not path.is_file():
        raise SheetError(Message("sheet.no_file", path=path))
    try:
        with open(path, "rb") as handle:
            start = handle.read(len(_OLE2))
    except OSError:
        raise SheetError(Message("sheet.cannot_open", name=path.name)) from None
    if not start:
        raise SheetError(Message("sheet.empty_file", name=path.name))
    if start == _OLE2 or path.suffix.lower() == ".xls":
        raise SheetError(Message("sheet.old_xls", name=path.name))


def _initiatives_sheet(sheets: list[Any], cancelled: IsCancelled | None):
    """The sheet named for initiatives, else the first whose header has a title column: a
    workbook often opens on a sheet of instructions or notes."""
    named = _pick(sheets, ("sang kien", "initiatives"))
    skipped = ("tac gia", "authors", "danh muc", "lists")
    others = [s for s in sheets if s is not named and header_key(s.title) not in skipped]
    candidates = [named] if named is not None else others or sheets[:1]
    for sheet in candidates:
        found = _read_sheet(sheet, INITIATIVE_COLUMNS, "title", cancelled)
        if found is not None:
            return sheet, found
    for sheet in candidates:
        _refuse_header_without_title(sheet)
    names = ", ".join(f"'{s.title}'" for s in candidates)
    raise SheetError(Message("sheet.no_header_in_sheet", sheet=names.strip("'")))


def _refuse_header_without_title(sheet: Any) -> None:
    """A row that has several of the register's headers but no title column is the header with
    that column missing or misspelt: say so, rather than that there is no header."""
    index = header_index(INITIATIVE_COLUMNS)
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        known = {index.get(header_key(v)) for v in values if isinstance(v, str) and v.strip()}
        if len(known - {None}) >= MIN_HEADERS:
            raise SheetError(Message("sheet.no_title_column", sheet=sheet.title, row=number))
        if number >= HEADER_SEARCH_ROWS:
            return


class _CsvSheet:
    """A CSV file read like a worksheet (the export's CSV comes back in)."""

    def __init__(self, path: Path) -> None:
        self.title = path.stem
        self.path = path

    def iter_rows(self, values_only: bool = True):
        import csv
        import io

        raw = self.path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise SheetError(Message("sheet.not_utf8", name=self.path.name)) from None
        # read as a file, not line by line: a quoted value's line breaks stay in it
        rows = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text.splitlines()))
        for row in rows:
            yield tuple(cell if cell.strip() else None for cell in row)


def _delimiter(lines: list[str]) -> str:
    """Excel saves CSV with semicolons where the list separator is one (the Vietnamese regional
    format, whose decimal mark is the comma): the first lines tell which."""
    head = "\n".join(lines[:HEADER_SEARCH_ROWS])
    return ";" if head.count(";") > head.count(",") else ","


def _read_csv(path: Path, cancelled) -> Workbook:
    sheet = _CsvSheet(path)
    initiatives = _read_sheet(sheet, INITIATIVE_COLUMNS, "title", cancelled)
    if initiatives is None:
        _refuse_header_without_title(sheet)
        raise SheetError(Message("sheet.no_header_in_file", name=path.name))
    return Workbook(initiatives, None)


def _pick(sheets: list[Any], names: tuple[str, ...]) -> Any:
    return next((s for s in sheets if header_key(s.title) in names), None)


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell ref="([A-Z]+)(\d+):[A-Z]+(\d+)"')


def merged_down(sheet: Any) -> dict[int, list[tuple[int, int, int]]]:
    """{first row: [(column index, first row, last row)]} of the sheet's cells merged over
    several rows: a unit or a date typed once beside the rows it is for. A read-only sheet does
    not read them, so they are found in the sheet's XML, streamed (they follow the rows)."""
    import zipfile

    from openpyxl.utils import column_index_from_string

    archive = getattr(getattr(sheet, "parent", None), "_archive", None)
    if not isinstance(archive, zipfile.ZipFile):
        return {}
    found: dict[int, list[tuple[int, int, int]]] = {}
    tail = b""
    with archive.open(sheet._worksheet_path) as stream:
        while chunk := stream.read(1 << 20):
            text = tail + chunk
            for match in _MERGE.finditer(text):
                first, last = int(match[2]), int(match[3])
                if last > first:
                    column = column_index_from_string(match[1].decode()) - 1
                    found.setdefault(first, []).append((column, first, last))
            tail = text[-200:]
    return {row: sorted(set(spans)) for row, spans in found.items()}


class _FilledDown:
    """Rows with each merged cell's value in every row it covers, as Excel shows it."""

    def __init__(self, rows, merges: dict[int, list[tuple[int, int, int]]]) -> None:
        self.rows, self.merges = rows, merges
        self.open: list[tuple[int, int, Any]] = []  # (column, last row, value)
        self.number = 0

    def __iter__(self):
        return self

    def __next__(self) -> tuple:
        values = next(self.rows)
        self.number += 1
        self.open = [span for span in self.open if span[1] >= self.number]
        if self.open:
            values = list(values)
            for column, _last, value in self.open:
                values += [None] * (column + 1 - len(values))
                if values[column] is None:
                    values[column] = value
            values = tuple(values)
        for column, _first, last in self.merges.get(self.number, ()):
            if column < len(values):
                self.open.append((column, last, values[column]))
        return values


def _read_sheet(
    sheet: Any, columns: tuple[Column, ...], needed: str, cancelled: IsCancelled | None
) -> SheetRows | None:
    index = header_index(columns)
    rows = sheet.iter_rows(values_only=True)
    merges = merged_down(sheet)
    if merges:
        rows = _FilledDown(iter(rows), merges)
    found = None
    number = 0
    for number, values in enumerate(rows, start=1):
        found = _header(values, index, needed)
        if found is not None or number >= HEADER_SEARCH_ROWS:
            break
    if found is None:
        return None
    positions, headers, ignored = found
    result = SheetRows(sheet.title, number, headers, ignored_headers=ignored)
    for row_number, values in enumerate(rows, start=number + 1):
        record = {key: values[i] for key, i in positions.items() if i < len(values)}
        if any(_filled(v) for v in record.values()):
            result.rows.append((row_number, record))
        if cancelled is not None and row_number % 1000 == 0 and cancelled():
            raise ImportCancelled
    return result


def _filled(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _header(values: tuple, index: dict[str, str], needed: str):
    positions: dict[str, int] = {}
    headers: dict[str, str] = {}
    ignored: list[str] = []
    for i, value in enumerate(values):
        if not isinstance(value, str) or not value.strip():
            continue
        key = index.get(header_key(value))
        if key is None or key in positions:
            ignored.append(" ".join(value.split()))
        else:
            positions[key], headers[key] = i, " ".join(value.split())
    if needed in positions and len(positions) >= MIN_HEADERS:
        return positions, headers, ignored
    return None
