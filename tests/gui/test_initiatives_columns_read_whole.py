"""On a clerk's laptop the initiatives table opens with its headings read whole beside the sort
arrow ("Ngày đăng ký" / "Registered on", not "Registered o▾") and every status whole ("Needs more
information", not "Needs more inform…"), in Vietnamese and in English; the title gives the room."""

from __future__ import annotations

import pytest
from initiatives_support import hq_database, make_context

from db.vocab import STATUS
from desktop.i18n import install_translators
from desktop.models.initiative_table import COLUMN_INDEX
from desktop.views.initiatives_page import InitiativesPage


@pytest.fixture
def database(tmp_path):
    database = hq_database(tmp_path / "hq.db")
    yield database
    database.close()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_headings_and_statuses_fit_their_columns(qtbot, qapp, tmp_path, database, language):
    install_translators(qapp, language)
    try:
        context = make_context(database, tmp_path / "s.ini")
        context.language = language
        page = InitiativesPage(context)
        qtbot.addWidget(page)
        page.resize(1366 - 190, 700)
        page.show()
        header = page.table.horizontalHeader()
        assert header.isSortIndicatorShown()
        for index in range(header.count()):
            if not header.isSectionHidden(index):
                needed = header.sectionSizeFromContents(index).width()
                assert header.sectionSize(index) >= needed, header.model().headerData(
                    index, header.orientation()
                )
        metrics = page.table.fontMetrics()
        widest = max(metrics.horizontalAdvance(s.label(language)) for s in STATUS)
        assert header.sectionSize(COLUMN_INDEX["status"]) > widest
        assert header.sectionSize(COLUMN_INDEX["title"]) >= 200
    finally:
        install_translators(qapp, "vi")
