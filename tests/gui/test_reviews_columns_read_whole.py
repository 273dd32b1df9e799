"""A council secretary on a laptop reads the review queue's headings whole beside the sort arrow
("Ngày đăng ký", "Registered on") and every status whole ("Needs more information", not
"Needs more in…"), in Vietnamese and in English."""

from __future__ import annotations

import pytest
from pages_support import page_context

from db.vocab import STATUS
from desktop.i18n import install_translators
from desktop.views.reviews_page import QUEUE_STATUSES, ReviewsPage


@pytest.mark.parametrize("language", ["vi", "en"])
def test_headings_and_statuses_fit(qtbot, qapp, tmp_path, node_db, language):
    install_translators(qapp, language)
    try:
        context = page_context(node_db, tmp_path / "s.ini")
        context.language = language
        page = ReviewsPage(context)
        qtbot.addWidget(page)
        page.resize(1366 - 190, 700)
        page.show()
        header = page.table.horizontalHeader()
        for column in range(header.count()):
            needed = header.sectionSizeFromContents(column).width()
            assert header.sectionSize(column) >= needed, page.model.headerData(
                column, header.orientation()
            )
        metrics = page.table.fontMetrics()
        widest = max(metrics.horizontalAdvance(STATUS.label(c, language)) for c in QUEUE_STATUSES)
        assert header.sectionSize(5) > widest
    finally:
        install_translators(qapp, "vi")
