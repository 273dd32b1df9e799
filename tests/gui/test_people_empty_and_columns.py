"""A clerk on a new machine opens the authors page and is told how a person gets into it (not
just "no author found"); a search that finds nobody still says so. The list of a person's
initiatives reads its headings whole beside the sort arrow and every status whole, in Vietnamese
and in English."""

from __future__ import annotations

import pytest
from pages_support import page_context

from db.vocab import STATUS
from desktop.i18n import install_translators
from desktop.tasks import wait_for_tasks
from desktop.views.people_page import PeoplePage


def shown_page(qtbot, context) -> PeoplePage:
    page = PeoplePage(context)
    qtbot.addWidget(page)
    page.resize(1366 - 190, 700)
    page.show()
    page.page_shown()
    wait_for_tasks()
    qtbot.waitUntil(lambda: page.count_label.text() != "")
    return page


def test_an_empty_register_says_how_to_add_an_author(qtbot, tmp_path, node_db):
    page = shown_page(qtbot, page_context(node_db, tmp_path / "s.ini"))
    assert "Thêm tác giả…" in page.count_label.text()
    page.search.setText("nguyen")
    page.refresh()
    wait_for_tasks()
    qtbot.waitUntil(lambda: page.count_label.text() == "Không tìm thấy tác giả nào.")
    page.search.setText("")
    page.duplicates_only.setChecked(True)
    page.refresh()
    wait_for_tasks()
    qtbot.waitUntil(lambda: page.count_label.text() == "Không có tác giả nào có thể trùng.")


def test_in_english_the_empty_register_says_it_in_english(qtbot, qapp, tmp_path, node_db):
    install_translators(qapp, "en")
    try:
        page = shown_page(qtbot, page_context(node_db, tmp_path / "s.ini"))
        text = page.count_label.text()
    finally:
        install_translators(qapp, "vi")
    assert "Add author…" in text and "tác giả" not in text


@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_persons_initiatives_read_whole(qtbot, qapp, tmp_path, node_db, language):
    install_translators(qapp, language)
    try:
        context = page_context(node_db, tmp_path / "s.ini")
        context.language = language
        page = shown_page(qtbot, context)
        for table in (page.table, page.authored_table):
            header = table.horizontalHeader()
            for column in range(header.count()):
                needed = header.sectionSizeFromContents(column).width()
                assert header.sectionSize(column) >= needed
        metrics = page.authored_table.fontMetrics()
        widest = max(metrics.horizontalAdvance(term.label(language)) for term in STATUS)
        assert page.authored_table.horizontalHeader().sectionSize(3) > widest
    finally:
        install_translators(qapp, "vi")
