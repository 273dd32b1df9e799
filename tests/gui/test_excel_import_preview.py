"""A union office's clerk opens a good sheet: before anything is written the preview lists every
row as it will be written (new or updated, its registration number, title, unit and authors);
a sheet with errors opens on its problems, with the rows that have them marked."""

import pytest
from exchange_sheets import BAD_UNIT_ROW, write_messy_sheet
from initiatives_support import clerk_world, settle
from openpyxl import Workbook

from desktop.views.initiatives_page import InitiativesPage

HEADER = ["Số đăng ký", "Tên sáng kiến", "Loại giải pháp", "Mã đơn vị", "Ngày đăng ký", "Tác giả"]


@pytest.fixture
def clerk(tmp_path):
    world = clerk_world(tmp_path)
    yield world
    world.database.close()


@pytest.fixture
def page(qtbot, clerk):
    page = InitiativesPage(clerk.context)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, lambda: page.model.rowCount() == 3)
    return page


def opened(qtbot, page, sheet):
    from desktop.views.initiatives_excel import import_sheet

    import_sheet(page, sheet)
    dialog = page.import_dialog
    qtbot.addWidget(dialog)
    settle(qtbot, lambda: dialog.preview is not None)
    return dialog


def table_rows(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_a_good_sheets_rows_show_before_they_are_written(qtbot, page, tmp_path):
    book = Workbook()
    book.active.append(HEADER)
    book.active.append(
        [
            "",
            "Lắp cảm biến rung cho bơm ép vỉa",
            "Giải pháp kỹ thuật",
            "VSP",
            "14/4/2023",
            "Nguyễn Văn Hải (70%); Đỗ Thị Lan (30%)",
        ]
    )
    book.save(tmp_path / "so.xlsx")
    dialog = opened(qtbot, page, tmp_path / "so.xlsx")
    assert dialog.tabs.currentWidget() is dialog.rows
    assert dialog.tabs.tabText(0) == "Sáng kiến (1)"
    assert table_rows(dialog.rows) == [
        [
            "2",
            "Thêm mới",
            "(cấp khi ghi)",
            "Lắp cảm biến rung cho bơm ép vỉa",
            "VSP",
            "Nguyễn Văn Hải (70%); Đỗ Thị Lan (30%)",
        ]
    ]
    assert page.model.rowCount() == 3  # nothing written yet
    dialog.import_button.click()
    settle(qtbot, lambda: dialog.result is not None)
    settle(qtbot, lambda: page.model.rowCount() == 4)


def test_a_sheet_with_errors_opens_on_its_problems_and_marks_its_rows(qtbot, page, tmp_path):
    dialog = opened(qtbot, page, write_messy_sheet(tmp_path / "messy.xlsx"))
    assert dialog.tabs.currentWidget() is dialog.problems
    actions = {row[0]: row[1] for row in table_rows(dialog.rows)}
    assert actions[str(BAD_UNIT_ROW)] == "Có lỗi"
    assert list(actions.values()).count("Thêm mới") == 2


def test_a_sheet_whose_every_row_has_an_error_offers_no_valid_rows_to_import(qtbot, page, tmp_path):
    book = Workbook()
    book.active.append(HEADER)
    book.active.append(["", "Lắp cảm biến rung", "Giải pháp kỹ thuật", "VSP-XYZ", "14/4/2023", ""])
    book.save(tmp_path / "so.xlsx")
    dialog = opened(qtbot, page, tmp_path / "so.xlsx")
    assert dialog.preview.has_errors and not dialog.preview.valid_rows()
    assert not dialog.only_valid.isVisibleTo(dialog)
    assert not dialog.import_button.isEnabled()
