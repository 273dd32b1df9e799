"""A council secretary opens a brand-new headquarters database: the dashboard's next steps fit
the top of the tree (set up the units' PCs, gather their packages), not a site's "send it up to
the unit above" — headquarters has none. A site still reads its own steps."""

from __future__ import annotations

import pytest
from initiatives_support import make_context, settle

from db.reference import init_node
from db.session import open_database
from desktop.views.dashboard_page import DashboardPage


def empty_dashboard(qtbot, tmp_path, unit_code: str) -> str:
    database = open_database(tmp_path / f"{unit_code}.db", create=True)
    init_node(database, unit_code)
    page = DashboardPage(make_context(database, tmp_path / "settings.ini"))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    settle(qtbot, lambda: page.figures is not None)
    text = page.empty_state.text()
    page.close()
    database.close()
    return text


def test_an_empty_headquarters_is_told_to_set_up_its_units_and_gather_their_packages(
    qtbot, tmp_path
):
    text = empty_dashboard(qtbot, tmp_path, "CDDKVN")
    assert "Ctrl+N" in text and "Tạo gói khởi tạo" in text and "Nhập cả thư mục" in text
    assert "cấp trên" not in text


@pytest.mark.parametrize("unit_code", ["VSP-TD03", "VSP"])
def test_an_empty_unit_below_it_still_sends_up(qtbot, tmp_path, unit_code):
    text = empty_dashboard(qtbot, tmp_path, unit_code)
    assert "Gửi lên cấp trên" in text and "Tạo gói khởi tạo" not in text
