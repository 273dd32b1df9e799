"""On the Duplicates page each initiative of a pair reads on one line ("VSP-MSP1-2022-0001
(VSP-MSP1) 01/03/2022"), not wrapped into rows of uneven height; the shared authors keep the
rest of the width."""

from __future__ import annotations

from initiatives_support import settle
from test_duplicates_page import hq  # noqa: F401  (the fixture: one initiative filed twice)

from desktop.views.duplicates_page import SIDE_WIDTH_MOST, DuplicatesPage


def test_each_side_of_a_pair_fits_its_column(qtbot, hq):  # noqa: F811
    _database, context, _first, _second = hq
    page = DuplicatesPage(context)
    qtbot.addWidget(page)
    page.resize(1366 - 190, 700)
    page.show()
    page.page_shown()
    settle(qtbot, lambda: page.table.rowCount() == 1)
    table = page.table
    metrics = table.fontMetrics()
    for column in (1, 2):
        text = table.item(0, column).text()
        assert table.columnWidth(column) > metrics.horizontalAdvance(text), text
        assert table.columnWidth(column) <= SIDE_WIDTH_MOST
    assert table.rowHeight(0) < 2 * metrics.height()
    assert table.columnWidth(3) > 150  # the shared authors are still read
