"""On the Units & targets page the level column is as wide as the levels it shows once the units
under headquarters are listed: "Công đoàn trực thuộc" / "Subordinate union" whole, not cut to
"Subordinate…" because the column was sized while only headquarters' row showed."""

from __future__ import annotations

import pytest
from pages_support import page_context

from desktop.i18n import install_translators
from desktop.views.units_page import UnitsPage


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_level_shown_fits_its_column(qtbot, qapp, tmp_path, hq, language):
    install_translators(qapp, language)
    try:
        page = UnitsPage(page_context(hq, tmp_path / "s.ini"))
        qtbot.addWidget(page)
        page.resize(1366, 700)
        page.show()
        page.page_shown()
        tree, model = page.tree, page.tree.model()
        root = model.index(0, 0)
        assert tree.isExpanded(root) and model.rowCount(root) > 5
        needed = max(tree.sizeHintForColumn(1), tree.header().sectionSizeHint(1))
        levels = [model.index(r, 1, root).data() for r in range(model.rowCount(root))]
        assert tree.columnWidth(1) >= needed, levels[:3]
        widest = max(levels, key=lambda text: tree.fontMetrics().horizontalAdvance(text))
        assert tree.columnWidth(1) > tree.fontMetrics().horizontalAdvance(widest)
    finally:
        install_translators(qapp, "vi")
