"""The clerk sorts the initiatives table by title, Z to A, narrows it to Vietsovpetro, and
exports: the Excel and CSV files hold the rows she sees, in the order she sees them — not the
whole register by date."""

import csv

import pytest
from initiatives_support import clerk_world, settle, unit
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from desktop.models.initiative_table import COLUMNS
from desktop.views.initiatives_excel import export_shown
from desktop.views.initiatives_page import InitiativesPage

TITLE = [c.key for c in COLUMNS].index("title")


@pytest.fixture
def page(qtbot, tmp_path):
    world = clerk_world(tmp_path)
    page = InitiativesPage(world.context)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, lambda: page.model.rowCount() == 3)
    yield page
    world.database.close()


def shown_titles(page) -> list[str]:
    model = page.model
    return [model.data(model.index(row, TITLE)) for row in range(model.rowCount())]


def exported(qtbot, page, out) -> list[str]:
    page.last_export = None
    export_shown(page, out)
    settle(qtbot, lambda: page.last_export is not None)
    if out.suffix == ".csv":
        with open(out, encoding="utf-8-sig", newline="") as handle:
            return [row[1] for row in list(csv.reader(handle))[1:]]
    sheet = load_workbook(out)["Sáng kiến"]
    return [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]


def test_the_export_keeps_the_tables_sort_and_filter(qtbot, page, tmp_path):
    page.table.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
    expected = [
        "Tối ưu tuyến ống dẫn khí Nam Côn Sơn",
        "Hệ thống giám sát Dầu khí tự động",
        "Cải tiến van xả áp máy nén khí",
    ]
    settle(qtbot, lambda: shown_titles(page) == expected)
    assert exported(qtbot, page, tmp_path / "z-a.xlsx") == expected
    assert exported(qtbot, page, tmp_path / "z-a.csv") == expected

    page.unit_filter.set_unit(unit("VSP"))
    settle(qtbot, lambda: page.model.rowCount() == 2)
    assert exported(qtbot, page, tmp_path / "vsp.csv") == shown_titles(page) == expected[1:]

    page.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    settle(qtbot, lambda: shown_titles(page) == expected[:0:-1])
    assert exported(qtbot, page, tmp_path / "vsp-a-z.csv") == expected[:0:-1]


def test_a_searched_table_is_exported_in_its_order(qtbot, page, tmp_path):
    page.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    page.search.setText("khi")  # "khí" in every title: the search's tier, then the title
    page.apply_filters()
    expected = [
        "Cải tiến van xả áp máy nén khí",
        "Hệ thống giám sát Dầu khí tự động",
        "Tối ưu tuyến ống dẫn khí Nam Côn Sơn",
    ]
    settle(qtbot, lambda: page.model.filter.search == "khi" and shown_titles(page) == expected)
    assert exported(qtbot, page, tmp_path / "khi.csv") == expected
