"""Import initiatives from a sheet: read it, preview every row (new, updated, unchanged, and every
problem with its row, column and what to do), then apply in one transaction.

The preview writes nothing. It checks each row with the register's own rules (db/validation.py,
through the checks `initiative add` runs), so a row the preview passes is one the register takes.
A sheet with errors writes nothing unless the person chooses to import only the valid rows.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import get_close_matches
from itertools import pairwise
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.changes import RecordWriter
from db.exchange import cells
from db.exchange.columns import AUTHOR_COLUMNS, INITIATIVE_COLUMNS, header_key
from db.exchange.sheet import ImportCancelled, SheetError, SheetRows, read_workbook
from db.exchange.template import example_row
from db.messages import Joined, Message
from db.models import Field, Initiative, Person, Unit
from db.progress import IsCancelled, OnProgress
from db.queries.initiatives import (
    EDITABLE_FIELDS,
    AuthorShare,
    authors_of,
    authors_problems,
    register_initiative,
    update_initiative,
)
from db.queries.people import clean_person_values, create_person
from db.search import fold
from db.validation import (
    DECISION_STATUSES,
    INITIAL_STATUSES,
    Problem,
    ValidationFailed,
    concerns,
    decision_status_problems,
    initial_status_problems,
    initiative_problems,
    status_change_problems,
)
from db.vocab import CURRENCY, SOLUTION_TYPE, STATUS, STATUS_FLOW, Term, Vocabulary

# How a cell of each kind of column is read (db/exchange/columns.py): a column whose key is an
# Initiative field and that `_RowChecker.typed_value` does not name is read by its kind alone.
CELL_READERS = {
    "text": cells.text,
    "date": cells.date,
    "number": cells.whole_number,
    "yes_no": cells.yes_no,
}
# A problem's field (db/validation) -> the sheet column it is about.
FIELD_COLUMN = {c.field: c.key for c in INITIATIVE_COLUMNS if c.field}
# "Họ tên (60%)" as the export writes it, and as people type it: "Họ tên (60)", "Họ tên 60%",
# "Họ tên - 60%", "Họ tên: 60%".
_AUTHOR_TEXT = re.compile(
    r"^(?P<name>.+?)\s*(?:\(\s*(?P<share>[^()]*?)\s*%?\s*\)|[-–:]?\s*(?P<percent>\d+)\s*%)$"
)
# Authors are separated by ";" as exported, or by a line break (Alt+Enter) or a comma outside
# brackets as typed: a Vietnamese name holds neither.
_AUTHOR_SEPARATOR = re.compile(r"[;\n]|,(?![^()]*\))")
HEADERS = {c.key: c for c in INITIATIVE_COLUMNS}
AUTHOR_HEADERS = {c.key: c for c in AUTHOR_COLUMNS}


class ImportRefused(ValueError):
    """The sheet has errors and the person did not choose to import only the valid rows."""


# ---- what the preview shows ----------------------------------------------------------------------


@dataclass(frozen=True)
class RowProblem:
    sheet: str
    row: int  # the Excel row number (0: the sheet as a whole)
    column: str  # the header as the sheet spells it ("" for the whole row)
    vi: str
    en: str
    error: bool = True  # False: a warning; the row is imported as the message says

    def message(self, lang: str = "vi") -> str:
        where = self._where(lang)
        return f"{where}: {self.en if lang == 'en' else self.vi}" if where else self.vi

    def _where(self, lang: str) -> str:
        parts = []
        if self.row:
            parts.append(Message("sheet.where_row", row=self.row).text(lang))
        if self.column:
            parts.append(Message("sheet.where_column", column=self.column).text(lang))
        return ", ".join(parts)


@dataclass
class AuthorSpec:
    full_name: str
    share: Any
    birth_date: dt.date | None = None
    unit_id: str | None = None
    job_title: str | None = None
    qualification: str | None = None
    employee_no: str | None = None
    union_member: bool = True
    person_id: str | None = None  # an existing person with the same name, birth date and unit

    def person_values(self) -> dict[str, Any]:
        keys = ("full_name", "birth_date", "unit_id", "job_title", "qualification", "employee_no")
        values = {k: getattr(self, k) for k in keys if getattr(self, k) is not None}
        return clean_person_values(values | {"union_member": self.union_member})

    def key(self) -> tuple:
        return (self.full_name, self.birth_date, self.unit_id)


@dataclass
class PlannedRow:
    row: int
    action: str  # "new", "update" or "unchanged"
    reg_no: str | None
    values: dict[str, Any]
    authors: list[AuthorSpec] | None  # None: the authors stay as they are
    initiative_id: str | None = None
    duplicate_of: str | None = None  # a registration number, resolved when applied
    title: str = ""
    status_steps: list[str] = field(default_factory=list)  # moves after registering
    unit: str = ""  # the unit as the sheet writes it, for the preview

    def authors_text(self) -> str:
        return "; ".join(f"{a.full_name} ({a.share}%)" for a in self.authors or [])


@dataclass
class ImportPreview:
    path: Path
    sheet: str
    header_row: int
    rows: list[PlannedRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def error_rows(self) -> set[int]:
        return {p.row for p in self.problems if p.error and p.sheet == self.sheet}

    @property
    def has_errors(self) -> bool:
        return any(p.error for p in self.problems)

    def valid_rows(self) -> list[PlannedRow]:
        bad = self.error_rows
        return [r for r in self.rows if r.row not in bad]

    def count(self, action: str, only_valid: bool = True) -> int:
        rows = self.valid_rows() if only_valid else self.rows
        return sum(1 for r in rows if r.action == action)


@dataclass
class ImportResult:
    created: list[str]  # registration numbers
    updated: list[str]
    skipped_rows: list[int]


# ---- preview -------------------------------------------------------------------------------------


def preview_import(
    session: Session,
    path: Path | str,
    *,
    progress: OnProgress | None = None,
    cancelled: IsCancelled | None = None,
) -> ImportPreview:
    """Read the sheet and check every row; nothing is written."""
    book = read_workbook(path, cancelled)
    sheet = book.initiatives
    if not sheet.rows:
        where = {"sheet": sheet.title, "row": sheet.header_row, "next": sheet.header_row + 1}
        raise SheetError(Message("sheet.no_rows", **where))
    _refuse_missing_columns(sheet)
    preview = ImportPreview(Path(path), sheet.title, sheet.header_row)
    lookups = _Lookups(session)
    authors_by_reg = _authors_sheet(book.authors, lookups, preview) if book.authors else {}
    for header in sheet.ignored_headers:
        preview.problems.append(_ignored_column(sheet.title, sheet.header_row, header))
    seen: dict[str, int] = {}
    total = len(sheet.rows)
    for done, (number, raw) in enumerate(sheet.rows, start=1):
        checker = _RowChecker(session, lookups, sheet, number, preview)
        planned = checker.plan(raw, authors_by_reg, seen)
        if planned is not None:
            preview.rows.append(planned)
        if done % 200 == 0 or done == total:
            if cancelled is not None and cancelled():
                raise ImportCancelled
            if progress is not None:
                progress(done, total)
    return preview


# Columns every new initiative needs (db.validation.REQUIRED_INITIATIVE), the unit by its code or
# its name; the title is the header's own test (db/exchange/sheet.py).
NEEDED_COLUMNS = (("solution_type",), ("unit_code", "unit_name"), ("registered_on",))


def _refuse_missing_columns(sheet: SheetRows) -> None:
    """A sheet of new initiatives (no registration numbers) without a column every row needs is
    one mistake, said once with the header that was perhaps meant, not once per row."""
    if any(cells.text(raw.get("reg_no")) for _number, raw in sheet.rows):
        return  # rows that update an initiative may leave any column out
    for keys in NEEDED_COLUMNS:
        if any(key in sheet.headers for key in keys):
            continue
        column = HEADERS[keys[0]]
        named = Term(column.key, column.vi, column.en)
        wanted = [header_key(column.vi), header_key(column.en)]
        near = next(
            (h for h in sheet.ignored_headers if get_close_matches(header_key(h), wanted, 1, 0.7)),
            None,
        )
        where = {"sheet": sheet.title, "row": sheet.header_row, "column": named}
        if near is None:
            raise SheetError(Message("sheet.missing_column", **where))
        raise SheetError(Message("sheet.missing_column_near", near=near, **where))


def _ignored_column(sheet: str, row: int, header: str) -> RowProblem:
    said = Message("sheet.column_ignored")
    return RowProblem(sheet, row, header, said.text("vi"), said.text("en"), error=False)


class _Lookups:
    """Units, fields and people read once, so that checking 10,000 rows costs no query per row."""

    def __init__(self, session: Session) -> None:
        self.units: dict[str, str] = {}
        # Held here so that the register's checks find them in the session, not by a query each.
        self.loaded_units = list(session.scalars(select(Unit).where(Unit.deleted.is_(False))))
        for unit in self.loaded_units:
            self.units[unit.code.upper()] = unit.id
            self.units.setdefault(fold(unit.name), unit.id)
        self.fields: dict[str, str] = {}
        for field_id, code, name in session.execute(
            select(Field.id, Field.code, Field.name).where(Field.deleted.is_(False))
        ):
            self.fields[header_key(name)] = field_id
            self.fields.setdefault(header_key(code), field_id)
        self.people: dict[tuple, list[str]] = defaultdict(list)
        self.new_rows: dict[tuple, int] = {}  # (title, unit, date) of a new row -> its row
        for person_id, name, born, unit_id in session.execute(
            select(Person.id, Person.full_name, Person.birth_date, Person.unit_id).where(
                Person.deleted.is_(False), Person.birth_date.is_not(None)
            )
        ):
            self.people[(name, born, unit_id)].append(person_id)

    def unit(self, text: str) -> str | None:
        code = text.split(" ", 1)[0].upper() if text else ""
        return self.units.get(text.upper()) or self.units.get(code) or self.units.get(fold(text))

    def near_unit(self, typed: str) -> str | None:
        """The unit codes a mistyped one was perhaps meant to be ("VSP-MPS1": 'VSP-MSP1')."""
        codes = [unit.code for unit in self.loaded_units]
        near = sorted(get_close_matches(typed.strip().upper(), codes, 3, 0.8))
        return ", ".join(f"'{code}'" for code in near) or None

    def person(self, spec: AuthorSpec) -> str | None:
        if spec.birth_date is None:
            return None
        found = self.people.get(spec.key(), [])
        return found[0] if len(found) == 1 else None


def vocabulary_code(vocabulary: Vocabulary, typed: str) -> str | None:
    wanted = fold(typed).strip()
    for term in vocabulary:
        if wanted in (term.code.lower(), fold(term.vi), fold(term.en)):
            return term.code
    return None


class _RowChecker:
    """One row of the initiatives sheet: its values typed, looked up and checked."""

    def __init__(self, session, lookups: _Lookups, sheet: SheetRows, row: int, preview) -> None:
        self.session, self.lookups, self.sheet, self.row = session, lookups, sheet, row
        self.preview = preview
        self.problems: list[RowProblem] = []
        self.bad_keys: set[str] = set()  # cells already reported: no second "required" for them

    def problem(self, key: str, said: Message, error: bool = True) -> None:
        if error:
            self.bad_keys.add(key)
        header = self.sheet.headers.get(key) or (HEADERS[key].vi if key in HEADERS else "")
        vi, en = said.text("vi"), said.text("en")
        self.problems.append(RowProblem(self.sheet.title, self.row, header, vi, en, error))

    def plan(self, raw: dict[str, Any], authors_by_reg, seen: dict[str, int]) -> PlannedRow | None:
        values = self.typed_values(raw)
        if is_example_row(values):
            self.problem("title", Message("sheet.example_row"))
        reg_no = values.pop("reg_no", None)
        duplicate_of = values.pop("duplicate_of", None)
        authors = self.authors(raw, reg_no, authors_by_reg)
        if reg_no and reg_no in seen:
            self.problem("reg_no", Message("sheet.reg_no_twice", reg_no=reg_no, row=seen[reg_no]))
        elif reg_no:
            seen[reg_no] = self.row
        existing = (
            self.session.scalar(select(Initiative).where(Initiative.reg_no == reg_no))
            if reg_no
            else None
        )
        if existing is None:
            planned = self.new_row(reg_no, values, authors)
        else:
            planned = self.updated_row(existing, values, authors)
        planned.duplicate_of = duplicate_of
        planned.unit = cells.text(raw.get("unit_code") or raw.get("unit_name")) or ""
        self.preview.problems += self.problems
        return planned

    # -- cells --

    def typed_values(self, raw: dict[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key, value in raw.items():
            try:
                self.typed_value(key, value, values)
            except cells.CellError as error:
                self.problem(key, error.message)
        return values

    def typed_value(self, key: str, value: Any, values: dict[str, Any]) -> None:
        if key == "reg_no" or key == "duplicate_of":
            values[key] = (cells.text(value) or "").upper() or None
        elif key == "benefit_value":
            amount, currency = cells.money(value)
            values[key] = amount
            if currency:
                values.setdefault("benefit_currency", currency)
        elif key == "benefit_currency":
            self.currency(cells.text(value), values)
        elif key in ("solution_type", "status"):
            self.vocabulary(key, cells.text(value), values)
        elif key == "field":
            self.field(cells.text(value), values)
        elif key == "unit_code" or (key == "unit_name" and "unit_code" not in self.sheet.headers):
            self.unit(cells.text(value), values)
        elif key in Initiative.__table__.columns:
            values[key] = CELL_READERS[HEADERS[key].kind](value)

    def currency(self, typed: str | None, values: dict[str, Any]) -> None:
        if typed is None:
            return
        code = vocabulary_code(CURRENCY, typed) or cells._CURRENCY_WORDS.get(typed.lower())
        if code is None:
            raise cells.CellError(Message("sheet.currency_unclear", typed=typed))
        values["benefit_currency"] = code

    def vocabulary(self, key: str, typed: str | None, values: dict[str, Any]) -> None:
        if typed is None:
            values[key] = None
            return
        vocabulary = SOLUTION_TYPE if key == "solution_type" else STATUS
        code = vocabulary_code(vocabulary, typed)
        if code is None:
            choices = Joined(list(vocabulary), "; ")
            raise cells.CellError(Message("sheet.not_in_list", typed=typed, choices=choices))
        values[key] = code

    def field(self, typed: str | None, values: dict[str, Any]) -> None:
        if typed is None:
            values["field_id"] = None
            return
        found = self.lookups.fields.get(header_key(typed))
        if found is None:
            raise cells.CellError(Message("sheet.no_such_field", typed=typed))
        values["field_id"] = found

    def unit(self, typed: str | None, values: dict[str, Any]) -> None:
        if typed is None:
            values["unit_id"] = None
            return
        found = self.lookups.unit(typed)
        if found is None:
            near = self.lookups.near_unit(typed)
            if near is not None:
                raise cells.CellError(Message("sheet.no_such_unit_near", typed=typed, near=near))
            raise cells.CellError(Message("sheet.no_such_unit", typed=typed))
        values["unit_id"] = found

    # -- authors --

    def authors(self, raw: dict[str, Any], reg_no: str | None, by_reg) -> list[AuthorSpec] | None:
        if reg_no and reg_no in by_reg:
            specs = by_reg[reg_no]
            if None in specs:  # its rows on the authors sheet have problems, listed there
                self.problem("authors", Message("sheet.author_rows_wrong"))
                return []
            return specs
        if "authors" not in raw:
            return None
        typed = cells.text(raw["authors"])
        parts = _AUTHOR_SEPARATOR.split(typed or "")
        specs = [self.author_text(part) for part in parts if part.strip()]
        if len(specs) == 1 and specs[0].share is None:
            specs[0].share = 100  # one author, no share written: all of it
        unshared = [spec.full_name for spec in specs if spec.share is None]
        if unshared:
            names = Term("", ", ".join(unshared), ", ".join(unshared))
            self.problem("authors", Message("sheet.share_missing", names=names))
        for spec in specs:
            spec.person_id = self.lookups.person(spec)
        return specs

    def author_text(self, part: str) -> AuthorSpec:
        match = _AUTHOR_TEXT.match(part.strip())
        if match is None:
            return AuthorSpec(" ".join(part.split()), None)
        share_text = (match["share"] or match["percent"]).replace("%", "").strip()
        share: Any = int(share_text) if share_text.isdigit() else share_text
        return AuthorSpec(" ".join(match["name"].split()), share)

    # -- new and updated rows --

    def new_row(self, reg_no, values: dict[str, Any], authors) -> PlannedRow:
        values = {k: v for k, v in values.items() if v is not None}
        wanted = values.get("status", "draft")
        if wanted in DECISION_STATUSES:
            self.decision_note(wanted)
            values["status"] = wanted = "under_review"
            values.pop("recognised_on", None)
        steps = status_steps(wanted)
        problems = initiative_problems({"status": "draft", **values})
        if steps:  # registered as submitted, then moved along the flow, each move checked
            values["status"] = steps[0]
            for old, new in pairwise(steps):
                problems += status_change_problems(old, new)
            if len(steps) > 1:
                self.status_note(steps[-1])
        problems += initial_status_problems(values.get("status"))
        if reg_no:
            values["reg_no"] = reg_no
        else:  # a row with its own number is its own initiative, even with the same title
            self.same_as_registered(values)
        self.rule_problems(problems)
        self.rule_problems(authors_problems(self.session, _shares(authors or [])))
        planned = PlannedRow(
            self.row, "new", reg_no, values, authors or [], title=values.get("title") or ""
        )
        planned.status_steps = steps[1:]
        return planned

    def same_as_registered(self, values: dict[str, Any]) -> None:
        """A new row with the title, unit and registration date of an initiative already in the
        register, or of a row above: the same sheet imported twice, which would register every
        initiative again."""
        key = (values.get("title"), values.get("unit_id"), values.get("registered_on"))
        if None in key:
            return
        earlier = self.lookups.new_rows.setdefault(key, self.row)
        if earlier != self.row:
            self.problem("title", Message("sheet.same_as_row", row=earlier))
            return
        title, unit_id, registered_on = key
        found = self.session.scalar(
            select(Initiative.reg_no).where(
                Initiative.registered_on == registered_on,
                Initiative.unit_id == unit_id,
                Initiative.title == title,
                Initiative.deleted.is_(False),
            )
        )
        if found:
            self.problem("title", Message("sheet.already_registered", reg_no=found))

    def decision_note(self, status: str) -> None:
        said = Message("sheet.status_from_decision", status=STATUS.term(status))
        self.problem("status", said, error=False)

    def status_note(self, status: str) -> None:
        said = Message("sheet.status_as_written", status=STATUS.term(status))
        self.problem("status", said, error=False)

    def updated_row(self, existing: Initiative, values: dict[str, Any], authors) -> PlannedRow:
        if existing.deleted:
            self.problem("reg_no", Message("sheet.initiative_deleted", reg_no=existing.reg_no))
        changed = {
            k: v for k, v in values.items() if k in EDITABLE_FIELDS and getattr(existing, k) != v
        }
        merged = {f: getattr(existing, f) for f in EDITABLE_FIELDS} | changed
        problems = [p for p in initiative_problems(merged) if concerns(p, changed)]
        if "status" in changed:
            problems += status_change_problems(existing.status, changed["status"])
            problems += decision_status_problems(existing.status, changed["status"])
        if authors is not None and self.same_authors(existing, authors):
            authors = None
        if authors is not None:
            problems += authors_problems(self.session, _shares(authors))
        self.rule_problems(problems)
        action = "update" if changed or authors is not None else "unchanged"
        return PlannedRow(
            self.row, action, existing.reg_no, changed, authors, existing.id, title=existing.title
        )

    def same_authors(self, existing: Initiative, authors: list[AuthorSpec]) -> bool:
        """Whether the sheet names the initiative's current authors with the same shares; an
        author the sheet names as one of them (same name, and birth date if given) is that
        person, not a new one."""
        current = authors_of(self.session, [existing.id]).get(existing.id, [])
        for spec in authors:
            if spec.person_id is None:
                same = [
                    a
                    for a in current
                    if fold(a.full_name) == fold(spec.full_name)
                    and spec.birth_date in (None, a.person.birth_date)
                ]
                spec.person_id = same[0].person_id if len(same) == 1 else None
        return [(a.person_id, a.share) for a in current] == [
            (a.person_id, a.share) for a in authors
        ]

    def rule_problems(self, problems: list[Problem]) -> None:
        for p in dict.fromkeys(problems):
            key = FIELD_COLUMN.get(p.field, p.field)
            if key in self.bad_keys:
                continue
            lowered = Term(p.code, _lower_first(p.vi), _lower_first(p.en))
            self.problem(
                key if key in HEADERS else "", Message("validation.problem", problem=lowered)
            )


def is_example_row(values: dict[str, Any]) -> bool:
    """The template's example row (db/exchange/template.py), left in the sheet by mistake."""
    example = example_row("", "")
    return all(values.get(k) == example[k] for k in ("title", "essence", "registered_on"))


def status_steps(status: str) -> list[str]:
    """The statuses a new initiative passes through to reach `status`: it starts as a draft or
    submitted (the register's rule for new ones) and moves along STATUS_FLOW, the shortest way."""
    if status in INITIAL_STATUSES or status not in STATUS:
        return []
    paths = {"submitted": ["submitted"]}
    queue = ["submitted"]
    while queue:
        current = queue.pop(0)
        for following in STATUS_FLOW.get(current, ()):
            if following not in paths:
                paths[following] = [*paths[current], following]
                queue.append(following)
    return paths.get(status, [])


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2].isalpha() and not text[:2].isupper() else text


def _shares(authors: list[AuthorSpec]) -> list[AuthorShare]:
    """AuthorShare for the register's checks; a new person carries the details it will have."""
    shares = []
    for a in authors:
        if a.person_id:
            shares.append(AuthorShare(person_id=a.person_id, share=a.share))
        else:
            details = a.person_values()
            details.pop("union_member", None)
            shares.append(AuthorShare(share=a.share, **details))
    return shares


# ---- the authors sheet ---------------------------------------------------------------------------


def _authors_sheet(sheet: SheetRows, lookups: _Lookups, preview: ImportPreview):
    """{registration number: [AuthorSpec]} from the sheet with one row per author share."""
    found: dict[str, list[tuple[int, AuthorSpec]]] = defaultdict(list)
    for number, raw in sheet.rows:
        problems: list[RowProblem] = []

        def problem(key: str, said: Message, number=number, problems=problems) -> None:
            header = sheet.headers.get(key) or AUTHOR_HEADERS[key].vi
            problems.append(
                RowProblem(sheet.title, number, header, said.text("vi"), said.text("en"))
            )

        reg_no = (cells.text(raw.get("reg_no")) or "").upper()
        spec = _author_row(raw, lookups, problem)
        if not reg_no:
            problem("reg_no", Message("sheet.reg_no_missing"))
        preview.problems += problems
        found[reg_no].append((_ordinal(raw), None if problems else spec))
    return {reg: [s for _o, s in sorted(items, key=lambda i: i[0])] for reg, items in found.items()}


def _ordinal(raw: dict[str, Any]) -> int:
    try:
        return cells.whole_number(raw.get("ordinal")) or 0
    except cells.CellError:
        return 0


def _author_row(raw: dict[str, Any], lookups: _Lookups, problem) -> AuthorSpec:
    spec = AuthorSpec(" ".join((cells.text(raw.get("full_name")) or "").split()), None)
    readers = {
        "share": lambda v: setattr(spec, "share", cells.whole_number(v)),
        "birth_date": lambda v: setattr(spec, "birth_date", cells.date(v)),
        "job_title": lambda v: setattr(spec, "job_title", cells.text(v)),
        "qualification": lambda v: setattr(spec, "qualification", cells.text(v)),
        "employee_no": lambda v: setattr(spec, "employee_no", cells.text(v)),
        "union_member": lambda v: setattr(spec, "union_member", cells.yes_no(v) if v else True),
    }
    for key, read in readers.items():
        try:
            read(raw.get(key))
        except cells.CellError as error:
            problem(key, error.message)
    unit = cells.text(raw.get("unit_code"))
    if unit:
        spec.unit_id = lookups.unit(unit)
        if spec.unit_id is None:
            problem("unit_code", Message("sheet.no_such_unit", typed=unit))
    spec.person_id = lookups.person(spec)
    return spec


# ---- apply ---------------------------------------------------------------------------------------


def apply_import(
    session: Session,
    preview: ImportPreview,
    *,
    actor: str = "",
    only_valid: bool = False,
    progress: OnProgress | None = None,
    cancelled: IsCancelled | None = None,
) -> ImportResult:
    """Write the previewed rows in the caller's transaction (one transaction for the sheet)."""
    if preview.has_errors and not only_valid:
        raise ImportRefused(Message("sheet.has_errors", count=len(preview.error_rows)))
    rows = preview.valid_rows()
    result = ImportResult([], [], sorted(preview.error_rows))
    people: dict[tuple, str] = {}
    writer = RecordWriter(session, actor)
    for done, planned in enumerate(rows, start=1):
        _apply_row(session, writer, planned, people, actor, result)
        if done % 100 == 0 or done == len(rows):
            if cancelled is not None and cancelled():
                raise ImportCancelled
            if progress is not None:
                progress(done, len(rows))
    return result


def _apply_row(session, writer, planned: PlannedRow, people, actor, result) -> None:
    if planned.action == "unchanged":
        return
    values = dict(planned.values)
    if planned.duplicate_of:
        original = session.scalar(
            select(Initiative.id).where(Initiative.reg_no == planned.duplicate_of)
        )
        if original:
            values["duplicate_of_id"] = original
    authors = None
    if planned.authors is not None:
        authors = [
            AuthorShare(person_id=_person_id(writer, a, people), share=a.share)
            for a in planned.authors
        ]
    try:
        if planned.action == "new":
            made = register_initiative(session, values, authors or [], actor)
            for status in planned.status_steps:
                update_initiative(session, made.id, {"status": status}, actor=actor)
            result.created.append(made.reg_no)
        else:
            update_initiative(session, planned.initiative_id, values, authors, actor)
            result.updated.append(planned.reg_no)
    except ValidationFailed as failed:
        problems = Term("", str(failed), " ".join(failed.messages("en")))
        raise ImportRefused(
            Message("sheet.row_refused", row=planned.row, problems=problems)
        ) from None


def _person_id(writer: RecordWriter, spec: AuthorSpec, people: dict[tuple, str]) -> str:
    if spec.person_id:
        return spec.person_id
    key = spec.key()
    if key not in people:
        people[key] = create_person(writer, spec.person_values()).id
    return people[key]
