"""A reviewer (Reviews page) or a clerk (Authors page) on a 1366×768 laptop looks at the unit
picker: the node's own unit, picked at first, reads whole; a longer unit name is cut in the
middle, so its code and the name's end stay readable; the whole name is in the tooltip and in the
opened list, which is wide enough for its widest line."""

from __future__ import annotations

import pytest
from pages_support import page_context
from PySide6.QtCore import Qt

from db.models import Unit
from desktop.views.people_page import PeoplePage
from desktop.views.reviews_page import ReviewsPage

NAVIGATION = 190  # the window's page list, left of the page


def longest_unit_id(database) -> str:
    with database.session() as session:
        units = session.query(Unit).all()
        return max(units, key=lambda unit: len(unit.name)).id


@pytest.mark.parametrize("page_class", [ReviewsPage, PeoplePage])
def test_the_unit_picker_reads_whole_or_cut_in_the_middle(qtbot, tmp_path, hq, page_class):
    page = page_class(page_context(hq, tmp_path / "s.ini"))
    qtbot.addWidget(page)
    page.resize(1366 - NAVIGATION, 700)
    page.show()
    picker = page.unit
    qtbot.waitUntil(lambda: picker.unit_text() != "")
    metrics = picker.fontMetrics()
    top = picker.unit_text()  # «CDDKVN — Công đoàn Dầu khí Việt Nam»
    qtbot.waitUntil(lambda: picker.shown_text() == top, timeout=3000)

    assert picker.set_unit(longest_unit_id(hq))
    whole = picker.unit_text()
    code, _, name = whole.partition(" — ")
    assert metrics.horizontalAdvance(whole) > picker.width()  # the case this part is about
    shown = picker.shown_text()
    assert "…" in shown and shown.startswith(code) and shown.endswith(name[-3:])
    assert metrics.horizontalAdvance(shown) < picker.width()
    assert picker.toolTip() == whole

    picker.showPopup()
    try:
        tree = picker.view()
        assert tree.textElideMode() == Qt.TextElideMode.ElideMiddle
        assert tree.minimumWidth() >= metrics.horizontalAdvance(whole) + tree.indentation()
    finally:
        picker.hidePopup()
