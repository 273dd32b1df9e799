"""The clerk exports what the filters show to Excel from the Sáng kiến page, and imports a messy
sheet through the preview: the problems are listed by row and column, nothing is imported until
she chooses to import only the valid rows."""

import pytest
from exchange_sheets import BAD_UNIT_ROW, SHARE_90_ROW, write_messy_sheet
from initiatives_support import clerk_world, settle, unit
from openpyxl import load_workbook

from desktop.views.initiatives_page import InitiativesPage


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


def test_export_writes_what_the_filters_show(qtbot, page, tmp_path):
    from desktop.views.initiatives_excel import export_shown

    page.unit_filter.set_unit(unit("VSP"))
    settle(qtbot, lambda: page.model.rowCount() == 2)
    out = tmp_path / "vsp.xlsx"
    export_shown(page, out)
    settle(qtbot, lambda: getattr(page, "last_export", None) is not None)
    sheet = load_workbook(out)["Sáng kiến"]
    titles = {row[1] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert titles == {"Hệ thống giám sát Dầu khí tự động", "Cải tiến van xả áp máy nén khí"}


def test_a_messy_sheet_is_imported_only_as_far_as_its_valid_rows(qtbot, page, clerk, tmp_path):
    from desktop.views.initiatives_excel import import_sheet

    sheet = write_messy_sheet(tmp_path / "messy.xlsx")
    import_sheet(page, sheet)
    dialog = page.import_dialog
    qtbot.addWidget(dialog)
    settle(qtbot, lambda: dialog.preview is not None)
    rows = {dialog.problems.item(r, 0).text() for r in range(dialog.problems.rowCount())}
    assert {str(BAD_UNIT_ROW), str(SHARE_90_ROW)} <= rows
    assert not dialog.import_button.isEnabled()
    assert dialog.only_valid.isVisibleTo(dialog)
    dialog.only_valid.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    settle(qtbot, lambda: dialog.result is not None)
    assert len(dialog.result.created) == 2
    settle(qtbot, lambda: page.model.rowCount() == 5)


def test_the_template_is_saved_from_the_page_in_the_interface_language(qtbot, page, tmp_path):
    from desktop.views.initiatives_excel import save_template

    out = tmp_path / "mau.xlsx"
    save_template(page, out)
    settle(qtbot, lambda: getattr(page, "last_template", None) is not None)
    book = load_workbook(out)
    assert book.sheetnames[:2] == ["Sáng kiến", "Danh mục"]
    assert book["Sáng kiến"]["A1"].value == "Số đăng ký"
