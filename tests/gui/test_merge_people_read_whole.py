"""A secretary merging people typed twice reads each group whole on a laptop, without scrolling
sideways: the two people on one line, why they may be one ("same name and date of birth") on the
next, in Vietnamese and in English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_duplicates_page import hq  # noqa: F401  (the fixture: one person typed at two sites)

from desktop.dialogs.merge_people_dialog import MergePeopleDialog
from desktop.i18n import install_translators


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_group_fits_the_list(qtbot, qapp, hq, language):  # noqa: F811
    _database, context, _first, _second = hq
    install_translators(qapp, language)
    try:
        dialog = MergePeopleDialog(context)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        items = [dialog.list.item(row) for row in range(dialog.list.count())]
        assert items
        reason = "same name" if language == "en" else "cùng họ tên"
        metrics = dialog.list.fontMetrics()
        for item in items:
            people, why = item.text().split("\n")
            assert "↔" in people and reason in why
            widest = max(metrics.horizontalAdvance(line) for line in (people, why))
            assert widest < dialog.list.viewport().width()
        assert not dialog.list.horizontalScrollBar().isVisible()
        assert dialog.list.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOn
    finally:
        install_translators(qapp, "vi")
