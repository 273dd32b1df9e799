"""The secretary sorts the certificate register by title, Z to A, and saves it to Excel: the
workbook holds the certificates the table shows, in that order, under the same column headings
and with the same texts (level, signer, "In lại 1 lần"), the issue date a real date. The
command line writes the same workbook (`certificate-register -o`)."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from pages_support import page_context
from PySide6.QtCore import Qt
from qt_waiting import settle, wait_for

from db.demo import build_demo
from db.session import open_database
from desktop.__main__ import main
from desktop.views.certificate_register_panel import RegisterPanel

TITLE_COLUMN, DATE_COLUMN = 4, 1


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo(path, initiatives=300)
    return path


@pytest.fixture
def panel(qtbot, demo_path, tmp_path):
    database = open_database(demo_path)
    panel = RegisterPanel(page_context(database, tmp_path / "settings.ini"))
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    wait_for(qtbot, lambda: panel.model.rowCount() > 0)
    yield panel
    settle(qtbot)
    database.close()


def shown(model) -> list[list[str]]:
    return [
        [model.index(r, c).data() or "" for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_register_is_saved_to_excel_as_the_table_shows_it(qtbot, panel, tmp_path):
    panel.table.sortByColumn(TITLE_COLUMN, Qt.SortOrder.DescendingOrder)
    model = panel.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    out = panel.export_shown(tmp_path / "so-gcn.xlsx")
    assert out is not None and "Đã xuất" in panel.count_label.text()

    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == headers
    table = shown(model)
    assert len(rows) - 1 == len(table) > 1
    for written, seen in zip(rows[1:], table, strict=True):
        assert isinstance(written[DATE_COLUMN], dt.datetime)
        cells = [written[DATE_COLUMN].strftime("%d/%m/%Y") if c == DATE_COLUMN else v or ""
                 for c, v in enumerate(written)]  # fmt: skip
        assert cells == seen


def test_the_command_line_writes_the_register_workbook(demo_path, tmp_path, capsys):
    out = tmp_path / "so.xlsx"
    assert main(["--db", str(demo_path), "certificate-register", "-o", str(out)]) == 0
    assert main(["--db", str(demo_path), "certificate-register", "--json"]) == 0
    printed = capsys.readouterr().out
    count = printed.count('"number"')
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][0] == "Số giấy chứng nhận" and len(rows) - 1 == count > 0
