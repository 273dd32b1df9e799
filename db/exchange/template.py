"""The import template: the header row, drop-down lists (units, fields, solution types, statuses,
currencies) and one example row, so a clerk types a sheet the import reads without surprises."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.exchange.collation import vietnamese_key
from db.exchange.columns import AUTHOR_COLUMNS, INITIATIVE_COLUMNS, sheet_name
from db.messages import Message
from db.models import Field, Unit
from db.node import node_unit
from db.vocab import CURRENCY, SOLUTION_TYPE, STATUS

# Columns the register fills itself: the template leaves them out.
LEFT_OUT = ("unit_name", "phase", "recognised_on", "duplicate_of")
MAX_ROWS = 5000  # rows the drop-down lists cover


def template_columns():
    return [c for c in INITIATIVE_COLUMNS if c.key not in LEFT_OUT]


def example_row(unit_code: str, field_name: str, lang: str = "vi") -> dict:
    return {
        "title": "Cải tiến quy trình bảo dưỡng máy nén khí",
        "solution_type": SOLUTION_TYPE.label("technical", lang),
        "field": field_name,
        "unit_code": unit_code,
        "registered_on": dt.date(2022, 7, 1),
        "first_applied_on": dt.date(2022, 6, 15),
        "investor": "Liên doanh Việt – Nga Vietsovpetro",
        "authors": "Nguyễn Văn An (60%); Trần Thị Bình (40%)",
        "essence": "Thay đổi chu kỳ bảo dưỡng theo giờ chạy máy thực tế.",
        "benefit_value": 500_000_000,
        "benefit_currency": "VND",
        "status": STATUS.label("draft", lang),
    }


def write_template(session: Session, path: Path | str, lang: str = "vi") -> Path:
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from db.exchange.export import ExportError
    from db.fileutil import atomic_path

    if Path(path).suffix.lower() != ".xlsx":  # a workbook under another name opens as garbage
        raise ExportError(Message("exchange.template_kind", name=Path(path).name))
    units = list(
        session.execute(
            select(Unit.code, Unit.name).where(Unit.deleted.is_(False)).order_by(Unit.code)
        )
    )
    fields = sorted(
        session.scalars(select(Field.name).where(Field.deleted.is_(False))), key=vietnamese_key
    )
    book = Workbook()
    sheet = book.active
    sheet.title = sheet_name("initiatives", lang)
    columns = template_columns()
    sheet.append([c.header(lang) for c in columns])
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index)
        cell.font = Font(name="Calibri", size=11, bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[get_column_letter(index)].width = min(column.width, 40) + 2
    own = node_unit(session)
    example_unit = own.code if own is not None else units[0][0] if units else ""
    example = example_row(example_unit, fields[0] if fields else "", lang)
    sheet.append([example.get(c.key) for c in columns])
    for index, column in enumerate(columns, start=1):
        if column.kind == "date":
            sheet.cell(row=2, column=index).number_format = "DD/MM/YYYY"
        elif column.kind == "money":
            sheet.cell(row=2, column=index).number_format = "#,##0"
    sheet.freeze_panes = "A2"

    lists = book.create_sheet(sheet_name("lists", lang))
    choices = {
        "unit_code": [code for code, _name in units],
        "field": fields,
        "solution_type": [t.label(lang) for t in SOLUTION_TYPE],
        "status": [STATUS.label(c, lang) for c in ("draft", "submitted")],
        "benefit_currency": CURRENCY.codes(),
    }
    keys = [c.key for c in columns]
    for list_index, (key, values) in enumerate(choices.items(), start=1):
        letter = get_column_letter(list_index)
        lists.cell(
            row=1, column=list_index, value=next(c.header(lang) for c in columns if c.key == key)
        )
        for row, value in enumerate(values, start=2):
            lists.cell(row=row, column=list_index, value=value)
        if key == "unit_code":  # the unit names beside their codes, for the person choosing
            for row, (_code, name) in enumerate(units, start=2):
                lists.cell(row=row, column=len(choices) + 1, value=name)
        target = get_column_letter(keys.index(key) + 1)
        validation = DataValidation(
            type="list",
            formula1=f"'{lists.title}'!${letter}$2:${letter}${max(len(values), 1) + 1}",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="SángKiến",
            error=Message("template.pick_from_list").text(lang),
        )
        validation.add(f"{target}2:{target}{MAX_ROWS}")
        sheet.add_data_validation(validation)
    unit_name = Message("template.unit_name").text(lang)
    lists.cell(row=1, column=len(choices) + 1, value=unit_name)
    for letter in "ABCDEF":
        lists.column_dimensions[letter].width = 30

    authors = book.create_sheet(sheet_name("authors", lang))
    authors.append([c.header(lang) for c in AUTHOR_COLUMNS])
    for index, column in enumerate(AUTHOR_COLUMNS, start=1):
        authors.cell(row=1, column=index).font = Font(name="Calibri", size=11, bold=True)
        authors.column_dimensions[get_column_letter(index)].width = column.width + 2
    column = next(c for c in INITIATIVE_COLUMNS if c.key == "authors").header(lang)
    note = Message("template.authors_note", column=column).text(lang)
    authors["A1"].comment = Comment(note, "SángKiến")
    authors.freeze_panes = "A2"
    path = Path(path)
    with atomic_path(path) as temp:
        book.save(temp)
    return path
