"""Write the register (what a filter selects) to .xlsx or .csv, streaming: one batch of rows in
memory at a time, so a million initiatives take the same memory as a thousand.

The workbook has a sheet of initiatives (authors as "Họ tên (60%); …") and a sheet with one row
per author share; both have a frozen, filtered header and widths that fit the first rows.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from decimal import Decimal
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from db.exchange.columns import AUTHOR_COLUMNS, INITIATIVE_COLUMNS, Column, sheet_name
from db.messages import Message
from db.models import Field, Initiative, InitiativeAuthor, Person, Phase, Unit
from db.progress import IsCancelled, OnProgress, OperationCancelled
from db.queries.filters import InitiativeFilter, apply_filter, ranked
from db.vocab import SOLUTION_TYPE, STATUS

BATCH = 1000
EXPORT_CACHE_KIB = 8192
WIDTH_SAMPLE = 200  # rows whose text sets the column widths (the rest are streamed)
DATE_FORMAT = "DD/MM/YYYY"
MONEY_FORMAT = "#,##0"
CENTS_FORMAT = "#,##0.00"  # an amount with cents (USD; db/money.py) shows them
CSV_SEPARATORS = (",", ";")


class ExportCancelled(OperationCancelled):
    """The person pressed Cancel: no file was written."""


class ExportError(ValueError):
    """A file name or place that cannot take the export; the message says what to do."""


@dataclass
class ExportSummary:
    path: Path
    initiatives: int
    authors: int


# ---- reading the rows ----------------------------------------------------------------------------

_FIELDS = [c.key for c in INITIATIVE_COLUMNS]
_YES_NO = [c.key for c in INITIATIVE_COLUMNS if c.kind == "yes_no"]


@dataclass(frozen=True)
class TableOrder:
    """The order the window's table shows: its sort column's key (db.queries.browse.SORT_KEYS)
    and direction; a search's best matches first, as the table has them."""

    key: str = "registered_on"
    descending: bool = False


def _initiative_query(f: InitiativeFilter, order: TableOrder | None = None):
    """A row per initiative: its id, then every column but the authors in INITIATIVE_COLUMNS'
    order, each an Initiative field of the column's key unless named here. In `order` (the
    table's, through the same ordering as db.queries.browse), else by date and number."""
    unit = aliased(Unit)
    original = aliased(Initiative)
    named = {
        "field": Field.name,
        "unit_code": unit.code,
        "unit_name": unit.name,
        "phase": Phase.name,
        "duplicate_of": original.reg_no,
    }
    fields = Initiative.__table__.c
    columns = [named[k] if k in named else fields[k] for k in _FIELDS if k != "authors"]
    query = (
        select(Initiative.id, *columns)
        .outerjoin(unit, unit.id == Initiative.unit_id)
        .outerjoin(original, original.id == Initiative.duplicate_of_id)
        .outerjoin(Field, Field.id == Initiative.field_id)
        .outerjoin(Phase, Phase.id == Initiative.phase_id)
    )
    if order is None:
        return apply_filter(query, f).order_by(Initiative.registered_on, Initiative.reg_no)
    from db.queries.browse import sort_order

    return ranked(apply_filter(query, f), f).order_by(*sort_order(order.key, order.descending))


def _authors_of(session: Session, ids: list[str]) -> dict[str, list[tuple]]:
    """Per initiative, its live authors in order: (ordinal, name, birth, unit code, unit name,
    job title, qualification, employee no, union member, share)."""
    unit = aliased(Unit)
    rows = session.execute(
        select(
            InitiativeAuthor.initiative_id,
            InitiativeAuthor.ordinal,
            Person.full_name,
            Person.birth_date,
            unit.code,
            unit.name,
            Person.job_title,
            Person.qualification,
            Person.employee_no,
            Person.union_member,
            InitiativeAuthor.share,
        )
        .join(Person, Person.id == InitiativeAuthor.person_id)
        .outerjoin(unit, unit.id == Person.unit_id)
        .where(InitiativeAuthor.initiative_id.in_(ids), InitiativeAuthor.deleted.is_(False))
        .order_by(InitiativeAuthor.initiative_id, InitiativeAuthor.ordinal)
    )
    found: dict[str, list[tuple]] = defaultdict(list)
    for initiative_id, *author in rows:
        found[initiative_id].append(tuple(author))
    return found


def register_rows(
    session: Session, f: InitiativeFilter, lang: str = "vi", order: TableOrder | None = None
) -> Iterator[tuple[list[Any], list[list[Any]]]]:
    """(initiative row, its author rows) in the export's column order, a batch per query."""
    query = _initiative_query(f, order).execution_options(yield_per=BATCH)
    rows = session.execute(query)
    while batch := list(islice(rows, BATCH)):
        authors = _authors_of(session, [row[0] for row in batch])
        for initiative_id, *values in batch:
            yield _readable(values, authors.get(initiative_id, []), lang)


def _readable(values: list[Any], authors: list[tuple], lang: str) -> tuple[list, list[list]]:
    row = dict(zip([k for k in _FIELDS if k != "authors"], values, strict=True))
    row["solution_type"] = SOLUTION_TYPE.label(row["solution_type"], lang)
    row["status"] = STATUS.label(row["status"], lang)
    yes, no = Message("sheet.yes").text(lang), Message("sheet.no").text(lang)
    for key in _YES_NO:
        row[key] = yes if row[key] else None
    row["authors"] = "; ".join(f"{a[1]} ({a[9]}%)" for a in authors)
    reg_no = row["reg_no"]
    author_rows = [[reg_no, *a[:8], yes if a[8] else no, a[9]] for a in authors]
    return [row[k] for k in _FIELDS], author_rows


def count_rows(session: Session, f: InitiativeFilter) -> int:
    query = apply_filter(select(Initiative.id), f).subquery()
    return session.scalar(select(func.count()).select_from(query)) or 0


# ---- writing -------------------------------------------------------------------------------------


def export_register(
    session: Session,
    f: InitiativeFilter,
    path: Path | str,
    *,
    lang: str = "vi",
    order: TableOrder | None = None,
    separator: str = ",",
    progress: OnProgress | None = None,
    cancelled: IsCancelled | None = None,
) -> ExportSummary:
    """Write what `f` selects to `path` (.xlsx or .csv), in `order` (the window's table's; by
    registration date and number without one); the file appears whole or not at all. A .csv's
    `separator`: "," or ";" (what Excel expects where the decimal mark is a comma, as in the
    Vietnamese regional format); a value holding it, a quote or a line break is quoted."""
    from db.fileutil import atomic_path

    path = Path(path)
    kind = path.suffix.lower()
    if kind not in (".xlsx", ".csv"):
        raise ExportError(Message("exchange.file_kind", name=path.name))
    if separator not in CSV_SEPARATORS:
        raise ValueError(f"CSV separator {separator!r} is not one of {CSV_SEPARATORS}")
    total = count_rows(session, f)
    counter = _Counter(total, progress, cancelled)
    rows = counter.counted(register_rows(session, f, lang, order))
    with small_page_cache(session), atomic_path(path) as temp:
        if kind == ".csv":
            _write_csv(temp, rows, lang, separator)
        else:
            _write_xlsx(temp, rows, lang)
    return ExportSummary(path, counter.done, counter.authors)


@contextmanager
def small_page_cache(session: Session):
    """One pass over the register needs no cache, and SQLite's sorter takes as much memory as
    the page cache allows: a small one keeps the export's memory flat at a million rows."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{EXPORT_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


class _Counter:
    def __init__(self, total: int, progress: OnProgress | None, cancelled) -> None:
        self.total, self.progress, self.cancelled = total, progress, cancelled
        self.done = self.authors = 0

    def counted(self, rows: Iterator[tuple[list, list[list]]]):
        for row in rows:
            yield row
            self.done += 1
            self.authors += len(row[1])
            if self.done % BATCH == 0:
                self.check()
        self.check()

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled(Message("exchange.export_cancelled"))
        if self.progress is not None:
            self.progress(self.done, self.total)


def _write_csv(temp: Path, rows, lang: str, separator: str = ",") -> None:
    # UTF-8 with a BOM: Excel opens it with the Vietnamese letters intact.
    with open(temp, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=separator)
        writer.writerow([c.header(lang) for c in INITIATIVE_COLUMNS])
        for row, _authors in rows:
            writer.writerow([_csv_text(v) for v in row])


def _csv_text(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return "" if value is None else value


def _write_xlsx(temp: Path, rows, lang: str) -> None:
    from openpyxl import Workbook

    # The file is opened first: a folder that is gone (a USB stick pulled out) is told before
    # the register is read, not after.
    with open(temp, "wb") as handle:
        workbook = Workbook(write_only=True)
        try:
            main = _Sheet(workbook, sheet_name("initiatives", lang), INITIATIVE_COLUMNS, lang)
            people = _Sheet(workbook, sheet_name("authors", lang), AUTHOR_COLUMNS, lang)
            for row, author_rows in rows:
                main.append(row)
                for author in author_rows:
                    people.append(author)
            main.close()
            people.close()
            workbook.save(handle)
        except BaseException:
            _abandon(workbook)
            raise


def _abandon(workbook) -> None:
    """Close the sheets' half-written streams and remove their temporary files: left to the
    garbage collector, the streams end in the wrong order and print lxml's tracebacks after the
    user's one message (a full disk, a cancelled export)."""
    for sheet in workbook.worksheets:
        with suppress(Exception):
            if not sheet.closed:
                sheet.close()
        writer = getattr(sheet, "_writer", None)
        if writer is not None:
            with suppress(Exception):
                writer.cleanup()


class _Sheet:
    """A write-only sheet that holds back its first rows until it knows the column widths
    (openpyxl write-only needs widths, frozen panes and the filter before the first row)."""

    def __init__(self, workbook, title: str, columns: tuple[Column, ...], lang: str) -> None:
        self.sheet = workbook.create_sheet(title)
        self.columns = columns
        self.lang = lang
        self.held: list[list[Any]] | None = []
        self.count = 0
        self._date_cell = self._styled_cell(DATE_FORMAT)
        self._money_cell = self._styled_cell(MONEY_FORMAT)
        self._cents_cell = self._styled_cell(CENTS_FORMAT)
        from db.exchange.xlsx_rows import RowStream

        styles = {
            "date": self._date_cell(None).style_id,
            "money": self._money_cell(None).style_id,
            "cents": self._cents_cell(None).style_id,
        }
        self.rows = RowStream(self.sheet, [c.kind for c in columns], styles)
        set_up_printing(self.sheet, Message("sheet.page_footer").text(lang))

    def _styled_cell(self, number_format: str):
        from openpyxl.cell import WriteOnlyCell

        sheet = self.sheet

        def cell(value: Any):
            made = WriteOnlyCell(sheet, value=value)
            made.number_format = number_format
            return made

        return cell

    def append(self, row: list[Any]) -> None:
        self.count += 1
        if self.held is not None:
            self.held.append(row)
            if len(self.held) >= WIDTH_SAMPLE:
                self._release()
            return
        self.rows.append(row)

    def _release(self) -> None:
        from openpyxl.utils import get_column_letter

        held, self.held = self.held or [], None
        sheet = self.sheet
        for index, column in enumerate(self.columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = _fit(column, held, index - 1)
        sheet.freeze_panes = "B2"  # the header row and the registration numbers stay in sight
        last = get_column_letter(len(self.columns))
        sheet.auto_filter.ref = f"A1:{last}{max(self.count, 1) + 1}"
        self.rows.append_cells(self._header())
        for row in held:
            self.rows.append(row)

    def _header(self) -> list[Any]:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font, PatternFill

        cells = []
        for column in self.columns:
            cell = WriteOnlyCell(self.sheet, value=column.header(self.lang))
            cell.font = Font(name="Calibri", size=11, bold=True)
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cells.append(cell)
        return cells

    def close(self) -> None:
        if self.held is not None:
            self._release()
        # The filter's range: openpyxl writes it when the sheet closes, after every row.
        from openpyxl.utils import get_column_letter

        last = get_column_letter(len(self.columns))
        self.sheet.auto_filter.ref = f"A1:{last}{self.count + 1}"


def set_up_printing(sheet, footer: str) -> None:
    """A4 landscape with the header row and the registration numbers on every page, the cell
    lines printed and the page numbered: a register printed from Excel reads without the screen."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = 9  # A4
    sheet.print_title_rows = "1:1"
    sheet.print_title_cols = "A:A"
    sheet.print_options.gridLines = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.oddFooter.left.text = "&A"  # the sheet's name
    sheet.oddFooter.right.text = footer


def _fit(column: Column, rows: list[list[Any]], index: int) -> float:
    """The header's longest word or the widest sampled value, within the column's limit."""
    header = max(len(word) for word in column.header().split())
    widths = [header, 8 if column.kind in ("date", "number") else 0]
    if column.kind == "date":
        widths.append(11)
    elif column.kind == "money":
        amounts = (r[index] for r in rows)
        widths += [len(f"{v:,}") for v in amounts if isinstance(v, int | Decimal)]
    else:
        widths += [len(str(r[index])) for r in rows if r[index] is not None]
    return min(max(widths) + 2, column.width + 2)
