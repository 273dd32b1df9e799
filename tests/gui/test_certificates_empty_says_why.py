"""An officer on a new machine opens the certificates page: the list is empty, and the preview
says where initiatives to certify come from (recognised on the Reviews page) instead of asking
to choose one from an empty list; in English in the English window."""

from __future__ import annotations

import pytest
from pages_support import page_context
from qt_waiting import settle

from desktop.i18n import install_translators
from desktop.tasks import wait_for_tasks


def opened_page(qtbot, node_db, tmp_path):
    from desktop.views.certificates_page import CertificatesPage

    page = CertificatesPage(page_context(node_db, tmp_path / "settings.ini"))
    qtbot.addWidget(page)
    page.resize(1180, 700)
    page.show()
    page.page_shown()
    settle(qtbot)
    wait_for_tasks()
    return page


@pytest.mark.parametrize(("language", "words"), [("vi", "trang Xét duyệt"), ("en", "Reviews")])
def test_an_empty_list_says_where_initiatives_come_from(
    qtbot, qapp, tmp_path, node_db, language, words
):
    install_translators(qapp, language)
    try:
        page = opened_page(qtbot, node_db, tmp_path)
        assert page.issue.model.rowCount() == 0
        note = page.issue.preview.note
        qtbot.waitUntil(lambda: words in note.text(), timeout=5000)
        assert note.isVisible()
    finally:
        wait_for_tasks()
        install_translators(qapp, "vi")
