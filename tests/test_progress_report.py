"""The progress report an officer sends upwards: its Excel figures are the ones `sangkien stats`
prints (real numbers, live formulas), its PDF reads in Vietnamese exactly with the fonts inside,
and a folder that cannot be written says so and leaves no half file."""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import unicodedata

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

import db.fileutil as fileutil
from db.demo import build_demo
from db.fileutil import StorageError
from db.queries.stats import progress_stats, stats_as_json
from db.session import open_database
from desktop.printing.progress_file import write_progress_report
from desktop.printing.progress_report import REPORT_TITLE

AS_OF = dt.date(2023, 4, 14)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "demo.db"
    build_demo(path, initiatives=300)
    database = open_database(path)
    yield database
    database.close()


def report(database, out, unit_code=None):
    with database.session() as session:
        write_progress_report(session, out, as_of=AS_OF, unit_code=unit_code)
    return out


def stats_json(database, unit_code=None) -> dict:
    with database.session() as session:
        return stats_as_json(progress_stats(session, AS_OF, unit_code))


def dotted(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def floor_rate(part, whole):
    """What the sheet's rate formula =IF(N(F)>0,ROUNDDOWN(D*100/F,0)/100,"—") computes, in
    percent (None: the dash of no target)."""
    return part * 100 // whole if isinstance(whole, int) and whole else None


# ---- Excel --------------------------------------------------------------------------------------


def test_the_excel_units_sheet_holds_the_figures_of_stats_json(demo_db, tmp_path):
    book = load_workbook(report(demo_db, tmp_path / "tien-do.xlsx"))
    expected = stats_json(demo_db)
    assert book.sheetnames == ["Đơn vị", "Giai đoạn"]
    sheet = book["Đơn vị"]
    assert [c.value for c in sheet[1]] == [
        "Mã đơn vị", "Tên đơn vị", "Cấp", "Đã đăng ký", "Đã công nhận", "Chỉ tiêu", "Tỷ lệ",
    ]  # fmt: skip
    assert sheet.freeze_panes == "C2"
    rows = list(sheet.iter_rows(min_row=2, max_row=len(expected["units"]) + 1))
    for row, unit in zip(rows, expected["units"], strict=True):
        code, name, depth, registered, recognised, target, rate = row
        assert (code.value, name.value, depth.value) == (unit["code"], unit["name"], unit["depth"])
        figures = (registered.value, recognised.value, target.value)
        assert figures == (unit["registered"], unit["recognised"], unit["target"] or "—")
        assert all(type(value) is int for value in figures[: 3 if unit["target"] else 2])
        n = rate.row
        assert rate.value == f'=IF(N(F{n})>0,ROUNDDOWN(D{n}*100/F{n},0)/100,"—")'
        assert rate.number_format == "0%"
        assert floor_rate(registered.value, target.value) == unit["percent"]


def test_the_excel_totals_are_sums_that_add_up_to_the_union(demo_db, tmp_path):
    sheet = load_workbook(report(demo_db, tmp_path / "tien-do.xlsx"))["Đơn vị"]
    expected = stats_json(demo_db)
    last = sheet.max_row
    assert sheet.cell(last, 2).value == "Cộng các đơn vị cấp 1"
    assert sheet.cell(last, 4).value == f"=SUMIF($C$2:$C${last - 1},1,D2:D{last - 1})"
    for column, key in ((4, "registered"), (5, "recognised"), (6, "target")):
        level_one = [
            sheet.cell(row, column).value for row in range(2, last) if sheet.cell(row, 3).value == 1
        ]
        assert sum(v for v in level_one if v != "—") == expected["total"][key]


def test_the_excel_phases_sheet_matches_the_phases_of_stats_json(demo_db, tmp_path):
    sheet = load_workbook(report(demo_db, tmp_path / "tien-do.xlsx"))["Giai đoạn"]
    expected = stats_json(demo_db)["phases"]
    assert [c.value for c in sheet[1]][:2] == ["Mã", "Giai đoạn"]
    for number, phase in enumerate(expected, start=2):
        values = [sheet.cell(number, column).value for column in range(1, 8)]
        assert values[0] == (phase["phase"] or "")
        assert values[4:7] == [phase["registered"], phase["recognised"], phase["target"] or "—"]
        assert isinstance(values[2], dt.datetime) and sheet.cell(number, 3).number_format == (
            "dd/mm/yyyy"
        )
        assert sheet.cell(number, 8).value.startswith(f"=IF(N(G{number})>0,")
    total = len(expected) + 2
    assert sheet.cell(total, 2).value == "Cả chương trình"
    assert sheet.cell(total, 5).value == f"=SUM(E2:E{total - 1})"


def test_a_union_below_headquarters_gets_its_own_subtree(demo_db, tmp_path):
    sheet = load_workbook(report(demo_db, tmp_path / "vsp.xlsx", "VSP"))["Đơn vị"]
    expected = stats_json(demo_db, "VSP")
    assert sheet.cell(2, 1).value == "VSP"
    assert sheet.cell(2, 4).value == expected["total"]["registered"]
    codes = [sheet.cell(row, 1).value for row in range(2, sheet.max_row)]
    assert "PTSC" not in codes


# ---- PDF ----------------------------------------------------------------------------------------


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_pdf_reads_in_vietnamese_with_the_figures(demo_db, tmp_path):
    out = report(demo_db, tmp_path / "tien-do.pdf")
    text = pdf_text(out)
    expected = stats_json(demo_db)
    assert unicodedata.is_normalized("NFC", text)
    for words in (
        "CÔNG ĐOÀN DẦU KHÍ VIỆT NAM",
        REPORT_TITLE,
        "Báo cáo tiến độ chương trình 1 triệu sáng kiến",
        "Tính đến ngày 14/04/2023",
        "Theo giai đoạn",
        "Theo đơn vị",
        "Đã đăng ký so với chỉ tiêu theo đơn vị trực thuộc",
        "Cả chương trình",
        "Giai đoạn 1",
        "Giàn khai thác Hải Thạch",
    ):
        assert words in text
    total = expected["total"]
    summary = (
        f"Đã đăng ký {dotted(total['registered'])} sáng kiến, đã công nhận "
        f"{dotted(total['recognised'])}; chỉ tiêu {dotted(total['target'])} — "
        f"đạt {total['percent']}%."
    )
    assert summary in flat(text)
    for unit in expected["units"]:
        assert unit["code"] in text
        assert flat(unit["name"]) in flat(text)


def test_the_unit_table_repeats_its_header_on_every_page(demo_db, tmp_path):
    reader = PdfReader(report(demo_db, tmp_path / "tien-do.pdf"))
    pages = [flat(page.extract_text()) for page in reader.pages]
    first_unit_page = next(i for i, text in enumerate(pages) if "Theo đơn vị" in text)
    assert len(pages) - first_unit_page >= 2  # 109 units do not fit on one page
    for text in pages[first_unit_page:]:
        assert "Mã Đơn vị Đã đăng ký Đã công nhận Chỉ tiêu Tỷ lệ" in text


def test_the_pdf_embeds_its_fonts_and_never_names_helvetica(demo_db, tmp_path):
    reader = PdfReader(report(demo_db, tmp_path / "tien-do.pdf"))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert fonts and not [name for name in fonts if "Helvetica" in name]
    for name, font in fonts.items():
        descendant = (
            font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        )
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, name
        assert re.match(r"/[A-Z]{6}\+Noto", name), name


# ---- where the file goes ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["tien-do.pdf", "tien-do.xlsx"])
def test_a_missing_folder_says_so_and_writes_nothing(demo_db, tmp_path, name):
    with pytest.raises(StorageError, match="Không tìm thấy thư mục"):
        report(demo_db, tmp_path / "USB" / name)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["tien-do.pdf", "tien-do.xlsx"])
def test_a_write_protected_stick_keeps_the_old_report_and_leaves_no_half_file(
    demo_db, tmp_path, monkeypatch, name
):
    old = tmp_path / name
    old.write_bytes(b"bao cao cu")

    def read_only(*_args):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(fileutil.os, "replace", read_only)
    with pytest.raises(StorageError, match="chỉ cho phép đọc"):
        report(demo_db, old)
    assert old.read_bytes() == b"bao cao cu"
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_another_suffix_is_refused_before_anything_is_written(demo_db, tmp_path):
    with pytest.raises(ValueError, match=r"\.pdf hoặc \.xlsx"):
        report(demo_db, tmp_path / "tien-do.docx")
    assert list(tmp_path.iterdir()) == []
