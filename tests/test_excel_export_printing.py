"""A clerk prints the exported register and the blank template from Excel: A4 landscape, the
header row and the registration numbers on every page, the pages numbered, and the headers in the
same font as the rows (a bold font without a name prints in another face); the template's
lists in Vietnamese order."""

from __future__ import annotations

import pytest

from db.reference import init_node
from db.session import open_database
from desktop.__main__ import main


@pytest.fixture
def rig(tmp_path):
    path = tmp_path / "vsp.db"
    database = open_database(path, create=True)
    init_node(database, "VSP")
    database.close()
    return path


@pytest.mark.parametrize("lang, footer", [("vi", "Trang &P / &N"), ("en", "Page &P of &N")])
def test_the_exported_register_prints_landscape_with_its_header_on_every_page(
    rig, tmp_path, capsys, lang, footer
):
    from openpyxl import load_workbook

    out = tmp_path / "so.xlsx"
    assert main(["--db", str(rig), "initiative", "export", "--lang", lang, "-o", str(out)]) == 0
    capsys.readouterr()
    for sheet in load_workbook(out).worksheets:
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.paperSize == 9  # A4
        assert sheet.print_title_rows == "$1:$1" and sheet.print_title_cols == "$A:$A"
        assert sheet.print_options.gridLines
        assert sheet.freeze_panes == "B2"  # scrolling right keeps the registration numbers
        assert sheet.oddFooter.right.text == footer
        assert sheet["A1"].font.name == "Calibri" and sheet["A1"].font.b


def test_the_templates_headers_are_in_the_rows_font(rig, tmp_path, capsys):
    from openpyxl import load_workbook

    out = tmp_path / "mau.xlsx"
    assert main(["--db", str(rig), "initiative", "template", "-o", str(out)]) == 0
    capsys.readouterr()
    book = load_workbook(out)
    for title in ("Sáng kiến", "Tác giả"):
        assert book[title]["A1"].font.name == "Calibri" and book[title]["A1"].font.b


def test_the_templates_list_of_fields_is_in_vietnamese_order(rig, tmp_path, capsys):
    from openpyxl import load_workbook

    from db.exchange.collation import vietnamese_key

    out = tmp_path / "mau.xlsx"
    assert main(["--db", str(rig), "initiative", "template", "-o", str(out)]) == 0
    capsys.readouterr()
    lists = load_workbook(out)["Danh mục"]
    fields = [r[0] for r in lists.iter_rows(min_row=2, min_col=2, max_col=2, values_only=True)]
    fields = [f for f in fields if f]
    assert fields == sorted(fields, key=vietnamese_key)
    # "Điện" and "Đào tạo" with D, not after "Xây lắp"; "Tài chính" before "Thăm dò"
    assert fields.index("Điện") < fields.index("Hàng hải – vận tải")
    assert fields.index("Tài chính – kế toán – ngân hàng") < fields.index(
        "Thăm dò – địa chất dầu khí"
    )


def test_vietnamese_order_puts_each_letter_in_its_place():
    from db.exchange.collation import vietnamese_key

    words = ["Xây lắp", "Điện", "Dầu khí", "Ăn uống", "An toàn", "Thăm dò", "Tài chính", "Cơ khí"]
    assert sorted(words, key=vietnamese_key) == [
        "An toàn", "Ăn uống", "Cơ khí", "Dầu khí", "Điện", "Tài chính", "Thăm dò", "Xây lắp",
    ]  # fmt: skip


def test_the_template_comes_in_english_and_only_as_xlsx(rig, tmp_path, capsys):
    from openpyxl import load_workbook

    out = tmp_path / "template.xlsx"
    assert main(["--db", str(rig), "initiative", "template", "--lang", "en", "-o", str(out)]) == 0
    book = load_workbook(out)
    assert book.sheetnames == ["Initiatives", "Lists", "Authors"]
    assert book["Initiatives"]["B1"].value == "Title"
    capsys.readouterr()
    for name in ("mau.csv", "mau"):
        assert main(["--db", str(rig), "initiative", "template", "-o", str(tmp_path / name)]) == 1
        assert "phải kết thúc bằng .xlsx" in capsys.readouterr().err
        assert not (tmp_path / name).exists()
