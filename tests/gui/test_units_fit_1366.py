"""A clerk opens Units & targets on a 1366×768 laptop: the tree shows each unit's level, its
targets per phase, what is registered and the progress bar without scrolling sideways, in
Vietnamese and in English; the site type and member count (shown beside for the chosen unit) come
back through the header's menu."""

from __future__ import annotations

import pytest
from pages_support import page_context

from desktop.i18n import install_translators
from desktop.views.units_page import MEMBERS_COLUMN, UnitsPage

NAVIGATION = 190  # the window's page list, left of the page


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_unit_tree_fits_a_laptop_screen(qtbot, qapp, tmp_path, hq, language):
    install_translators(qapp, language)
    try:
        page = UnitsPage(page_context(hq, tmp_path / "s.ini"))
        qtbot.addWidget(page)
        page.resize(1366 - NAVIGATION, 700)
        page.show()
        page.page_shown()
        qtbot.waitUntil(lambda: page.model.rowCount() > 0)
        tree = page.tree
        progress = page.model.progress_column()
        assert not tree.isColumnHidden(progress) and tree.columnWidth(progress) > 0
        assert tree.header().length() <= tree.viewport().width()
        qtbot.waitUntil(lambda: not tree.horizontalScrollBar().isVisible(), timeout=3000)

        page.column_actions[MEMBERS_COLUMN].setChecked(True)  # the header's menu
        assert not tree.isColumnHidden(MEMBERS_COLUMN)
        page.reload()  # a refresh keeps what the person chose to see
        assert not tree.isColumnHidden(MEMBERS_COLUMN)
    finally:
        install_translators(qapp, "vi")
