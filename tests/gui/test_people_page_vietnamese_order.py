"""The authors page shows its people in Vietnamese order, and again after sorting by name."""

from __future__ import annotations

import datetime as dt

from pages_support import page_context
from PySide6.QtCore import Qt

from db.queries.people import add_person
from desktop.tasks import wait_for_tasks
from desktop.views.people_page import PeoplePage

NAMES = ["Đặng Văn Huy", "Dương Thị Lan", "Đỗ Minh", "Bùi An", "Ứng Văn B", "Uông C"]
IN_ORDER = ["Bùi An", "Dương Thị Lan", "Đặng Văn Huy", "Đỗ Minh", "Uông C", "Ứng Văn B"]


def test_the_authors_page_lists_dang_after_duong_and_ung_after_uong(qtbot, tmp_path, node_db):
    with node_db.transaction() as session:
        for name in NAMES:
            add_person(session, {"full_name": name}, actor="Lan")
        for born in (dt.date(1990, 1, 1), dt.date(1970, 5, 5)):
            add_person(session, {"full_name": "Đỗ Minh", "birth_date": born}, actor="Lan")
    page = PeoplePage(page_context(node_db, tmp_path / "s.ini"))
    qtbot.addWidget(page)
    page.show()
    page.page_shown()
    wait_for_tasks()
    qtbot.waitUntil(lambda: len(page.model.rows) == len(NAMES) + 2)
    shown = [(r.full_name, r.birth_date) for r in page.model.rows]
    minh = [("Đỗ Minh", None), ("Đỗ Minh", dt.date(1970, 5, 5)), ("Đỗ Minh", dt.date(1990, 1, 1))]
    assert shown == [(name, None) for name in IN_ORDER[:3]] + minh + [
        (name, None) for name in IN_ORDER[4:]
    ]
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [(r.full_name, r.birth_date) for r in page.model.rows] == shown
