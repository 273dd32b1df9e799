"""A union office fills the import sheet as people do: an empty file, an Excel 97-2003 .xls, a
file still open in Excel, the data on a second sheet behind one of instructions, the title column
left out, the unit column misspelt. Each gets one message that says which sheet, row and column
and what to do, and the database stays exactly as it was."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from db.reference import init_node
from db.session import open_database
from desktop.__main__ import main

HEADER = ["Tên sáng kiến", "Loại giải pháp", "Mã đơn vị", "Ngày đăng ký", "Tác giả"]
ROWS = [
    ["Lắp cảm biến rung cho bơm ép vỉa", "Giải pháp kỹ thuật", "VSP", "14/4/2023", "Lê Văn Cường"],
    [
        "Giảm thời gian thay choòng khoan",
        "Giải pháp kỹ thuật",
        "VSP",
        dt.datetime(2023, 4, 10),
        "Phạm Đức Thắng",
    ],
]


def sangkien(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out + err


@pytest.fixture
def rig(tmp_path):
    path = tmp_path / "vsp.db"
    database = open_database(path, create=True)
    init_node(database, "VSP")
    database.close()
    return path


def dump(capsys, db):
    code = main(["--db", str(db), "dump"])
    out, _ = capsys.readouterr()
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def workbook(path, sheets: dict[str, list[list]]):
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def refused(capsys, rig, sheet, *lang) -> str:
    """The import's one message; the database is as it was."""
    before = dump(capsys, rig)
    code, said = sangkien(capsys, *lang, "--db", rig, "initiative", "import", sheet)
    assert code == 1
    assert dump(capsys, rig) == before
    assert len(said.strip().splitlines()) == 1, said
    return said


def test_an_empty_file_is_named_as_empty(rig, tmp_path, capsys):
    sheet = tmp_path / "so-cu.xlsx"
    sheet.write_bytes(b"")
    said = refused(capsys, rig, sheet)
    assert "Tệp so-cu.xlsx trống (0 byte)" in said


def test_an_excel_97_workbook_is_asked_to_be_saved_as_xlsx(rig, tmp_path, capsys):
    for name in ("so-cu.xls", "doi-ten.xlsx"):  # a renamed .xls too
        sheet = tmp_path / name
        sheet.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
        said = refused(capsys, rig, sheet)
        assert f"Tệp {name} là dạng Excel 97–2003 (.xls)" in said
        assert "xlrd" not in said and "openpyxl" not in said
    said = refused(capsys, rig, sheet, "--lang", "en")
    assert "Excel 97–2003" in said and "Save As" in said and "không" not in said


def test_a_file_open_in_excel_says_to_close_it(rig, tmp_path, capsys, monkeypatch):
    import db.exchange.sheet as sheet_module

    sheet = workbook(tmp_path / "so-cu.xlsx", {"Sáng kiến": [HEADER, *ROWS]})

    def locked(*_args, **_kwargs):  # what Windows says while Excel holds the file
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(sheet_module, "open", locked, raising=False)
    said = refused(capsys, rig, sheet)
    assert "đang mở trong chương trình khác" in said and "Đóng tệp đó rồi thử lại" in said


def test_the_rows_are_found_on_a_second_sheet_behind_the_instructions(rig, tmp_path, capsys):
    sheet = workbook(
        tmp_path / "so-cu.xlsx",
        {"Hướng dẫn": [["Điền ở trang sau"]], "Danh sách": [HEADER, *ROWS]},
    )
    code, said = sangkien(capsys, "--db", rig, "initiative", "import", sheet, "--dry-run")
    assert code == 0, said
    assert "Trang 'Danh sách', tiêu đề ở dòng 1: 2 sáng kiến mới" in said


def test_a_header_without_the_title_column_is_named_as_such(rig, tmp_path, capsys):
    rows = [[*HEADER[1:]], *[r[1:] for r in ROWS]]
    sheet = workbook(tmp_path / "so-cu.xlsx", {"Sáng kiến": [["SỔ SÁNG KIẾN 2023"], *rows]})
    said = refused(capsys, rig, sheet)
    assert "Dòng tiêu đề (dòng 2, trang 'Sáng kiến') không có cột 'Tên sáng kiến'" in said


def test_a_missing_column_is_said_once_not_once_per_row(rig, tmp_path, capsys):
    rows = [[h for h in HEADER if h != "Mã đơn vị"], *[[*r[:2], *r[3:]] for r in ROWS]]
    sheet = workbook(tmp_path / "so-cu.xlsx", {"Sáng kiến": rows})
    said = refused(capsys, rig, sheet)
    assert "Trang 'Sáng kiến' không có cột 'Mã đơn vị' (dòng tiêu đề 1)" in said


def test_a_misspelt_header_is_offered_as_the_column_meant(rig, tmp_path, capsys):
    header = [h if h != "Mã đơn vị" else "Ma don vi tinh" for h in HEADER]
    sheet = workbook(tmp_path / "so-cu.xlsx", {"Sáng kiến": [header, *ROWS]})
    said = refused(capsys, rig, sheet)
    assert "không có cột 'Mã đơn vị': cột 'Ma don vi tinh' ở dòng tiêu đề 1 có phải là nó?" in said
    said = refused(capsys, rig, sheet, "--lang", "en")
    assert "'Unit code'" in said and "'Ma don vi tinh'" in said


def test_the_same_sheet_imported_twice_registers_nothing_twice(rig, tmp_path, capsys):
    sheet = workbook(tmp_path / "so-cu.xlsx", {"Sáng kiến": [HEADER, *ROWS]})
    code, said = sangkien(capsys, "--db", rig, "initiative", "import", sheet)
    assert code == 0 and "2 sáng kiến mới" in said, said
    registered = [r["reg_no"] for r in dump(capsys, rig) if r["table"] == "initiatives"]
    before = dump(capsys, rig)
    code, said = sangkien(capsys, "--db", rig, "initiative", "import", sheet)
    assert code == 1
    for row, reg_no in zip((2, 3), sorted(registered), strict=True):
        assert f"Dòng {row}, cột 'Tên sáng kiến': sáng kiến {reg_no} đã có cùng tên" in said
    assert dump(capsys, rig) == before


def test_a_row_typed_twice_in_one_sheet_is_shown_beside_the_first(rig, tmp_path, capsys):
    sheet = workbook(tmp_path / "so-cu.xlsx", {"Sáng kiến": [HEADER, *ROWS, ROWS[0]]})
    said = sangkien(capsys, "--db", rig, "initiative", "import", sheet, "--dry-run")[1]
    assert "Dòng 4, cột 'Tên sáng kiến': trùng tên, đơn vị và ngày đăng ký với dòng 2" in said


def test_a_unit_typed_once_in_a_merged_cell_counts_for_every_row_it_spans(rig, tmp_path, capsys):
    from openpyxl import load_workbook

    third = ["Sơn chống ăn mòn chân đế", "Giải pháp kỹ thuật", None, None, "Hoàng Thị Em"]
    sheet = workbook(tmp_path / "so-cu.xlsx", {"Sáng kiến": [HEADER, *ROWS, third]})
    book = load_workbook(sheet)
    book.active.merge_cells("C2:C4")  # the unit, once for the three rows
    book.active.merge_cells("D3:D4")  # the date, once for the last two
    book.save(sheet)
    code, said = sangkien(capsys, "--db", rig, "initiative", "import", sheet)
    assert code == 0 and "3 sáng kiến mới" in said, said
    records = [r for r in dump(capsys, rig) if r["table"] == "initiatives"]
    assert {r["registered_on"] for r in records} == {"2023-04-14", "2023-04-10"}
    assert len(records) == 3 and len({r["unit_id"] for r in records}) == 1


def test_a_sheet_with_only_its_header_says_where_to_fill_in(rig, tmp_path, capsys):
    sheet = workbook(tmp_path / "so-cu.xlsx", {"Sáng kiến": [HEADER]})
    said = refused(capsys, rig, sheet)
    assert "Trang 'Sáng kiến' không có sáng kiến nào dưới dòng tiêu đề (dòng 1)" in said
    assert "điền từ dòng 2" in said


@pytest.mark.parametrize("typed", ["14/4/2023 0:00", "14/04/2023 00:00:00", "2023-04-14 00:00"])
def test_a_date_with_a_midnight_time_from_another_programs_csv_reads_as_the_date(typed):
    from db.exchange import cells

    assert cells.date(typed) == dt.date(2023, 4, 14)


def test_a_csv_saved_by_excel_in_the_vietnamese_format_with_semicolons_is_read(
    rig, tmp_path, capsys
):
    sheet = tmp_path / "so-cu.csv"
    rows = [
        ";".join(HEADER),
        "Lắp cảm biến rung, bơm ép vỉa;Giải pháp kỹ thuật;VSP;14/4/2023;Lê Văn Cường",
    ]
    sheet.write_text("\n".join(rows) + "\n", encoding="utf-8-sig")
    code, said = sangkien(capsys, "--db", rig, "initiative", "import", sheet)
    assert code == 0, said
    (record,) = [r for r in dump(capsys, rig) if r["table"] == "initiatives"]
    assert record["title"] == "Lắp cảm biến rung, bơm ép vỉa"


AUTHORS_AS_TYPED = [
    "Nguyễn Văn An (60%); Trần Thị Bình (40%)",  # as exported
    "Nguyễn Văn An 60%; Trần Thị Bình 40%",
    "Nguyễn Văn An (60); Trần Thị Bình (40)",
    "Nguyễn Văn An - 60%, Trần Thị Bình - 40%",
    "Nguyễn Văn An (60%)\nTrần Thị Bình (40%)",  # Alt+Enter in the cell
]


@pytest.mark.parametrize("typed", AUTHORS_AS_TYPED)
def test_authors_typed_as_people_type_them_are_two_people_with_their_shares(rig, tmp_path, typed):
    from db.exchange.importer import preview_import
    from db.session import open_database

    row = ["Lắp cảm biến rung", "Giải pháp kỹ thuật", "VSP", "14/4/2023", typed]
    sheet = workbook(tmp_path / "so-cu.xlsx", {"Sáng kiến": [HEADER, row]})
    database = open_database(rig)
    with database.session() as session:
        preview = preview_import(session, sheet)
    database.close()
    assert not preview.problems
    (planned,) = preview.rows
    assert [(a.full_name, a.share) for a in planned.authors] == [
        ("Nguyễn Văn An", 60),
        ("Trần Thị Bình", 40),
    ]


def test_two_authors_without_shares_are_told_how_to_write_them(rig, tmp_path, capsys):
    row = ["Lắp cảm biến rung", "Giải pháp kỹ thuật", "VSP", "14/4/2023", "Nguyễn Văn An; Lê Hà"]
    sheet = workbook(tmp_path / "so-cu.xlsx", {"Sáng kiến": [HEADER, row]})
    said = sangkien(capsys, "--lang", "en", "--db", rig, "initiative", "import", sheet)[1]
    assert "Row 2, column 'Tác giả': no share is written for Nguyễn Văn An, Lê Hà" in said
    assert "None" not in said


def test_a_mistyped_unit_code_is_offered_the_code_meant(rig, tmp_path, capsys):
    row = ["Lắp cảm biến rung", "Giải pháp kỹ thuật", "VSP-TD30", "14/4/2023", "Lê Văn Cường"]
    sheet = workbook(tmp_path / "so-cu.xlsx", {"Sáng kiến": [HEADER, row]})
    said = sangkien(capsys, "--db", rig, "initiative", "import", sheet, "--dry-run")[1]
    assert "không có đơn vị mã 'VSP-TD30': có phải 'VSP-TD03', 'VSP-TD05'?" in said


def test_the_preview_counts_are_written_with_thousands_marks(capsys):
    from types import SimpleNamespace

    from desktop.cli.exchange_commands import print_preview
    from desktop.words import set_language

    counts = {"new": 1605, "update": 0, "unchanged": 12000}
    preview = SimpleNamespace(
        sheet="Sáng kiến",
        header_row=1,
        count=lambda action, _only_valid: counts[action],
        problems=[],
        error_rows=set(),
    )
    print_preview(preview, False)
    assert "1.605 sáng kiến mới, 0 cập nhật, 12.000 không đổi" in capsys.readouterr().out
    set_language("en")
    try:
        print_preview(preview, False)
    finally:
        set_language("vi")
    assert "new initiatives 1,605, updated 0, unchanged 12,000" in capsys.readouterr().out
