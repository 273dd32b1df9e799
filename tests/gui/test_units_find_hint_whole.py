"""On Units & targets at 1366×768 the search box's hint reads whole ("Find a unit by code or
name (accents optional)", not "… (accents option"), in Vietnamese and in English; the sentence
about what this machine may edit wraps beside it instead."""

from __future__ import annotations

import pytest
from pages_support import page_context

from desktop.i18n import install_translators
from desktop.views.units_page import UnitsPage

NAVIGATION = 190  # the window's page list, left of the page


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_search_hint_is_read_whole(qtbot, qapp, tmp_path, hq, language):
    install_translators(qapp, language)
    try:
        page = UnitsPage(page_context(hq, tmp_path / "s.ini"))
        qtbot.addWidget(page)
        # the demo's programme "Sáng kiến vì người lao động 2025–2027" takes more of the row
        # than this database's: a narrower page stands for it
        page.resize(1366 - NAVIGATION - 170, 700)
        page.show()
        page.page_shown()
        qtbot.waitUntil(lambda: page.model.rowCount() > 0)
        qtbot.waitUntil(lambda: page.scope_label.width() > 100)  # laid out with its sentence
        find = page.find
        hint = find.fontMetrics().horizontalAdvance(find.placeholderText())
        assert find.width() > hint + 20, find.placeholderText()
        assert page.scope_label.text() and page.scope_label.isVisible()
        assert page.new_programme_button.isVisible()
        right = page.new_programme_button.geometry().right()
        assert right <= page.width()
    finally:
        install_translators(qapp, "vi")
