"""The reviews page lists what awaits a council in this node's scope."""

from __future__ import annotations

import pytest
from initiative_world import build_world
from pages_support import page_context, submit_initiative

from desktop.tasks import wait_for_tasks
from desktop.views.reviews_page import ReviewsPage


@pytest.fixture
def world_db(node_db):
    return node_db, build_world(node_db)


def shown_page(qtbot, context) -> ReviewsPage:
    page = ReviewsPage(context)
    qtbot.addWidget(page)
    page.show()
    page.page_shown()
    wait_for_tasks()
    qtbot.waitUntil(lambda: page.count_label.text() != "")
    return page


def test_a_council_sees_the_submitted_initiatives_of_its_scope_and_finds_one_without_diacritics(
    qtbot, tmp_path, world_db
):
    database, world = world_db
    submit_initiative(database, world, "Cải tiến van xả áp giàn Tam Đảo 03")
    submit_initiative(database, world, "Đồng bộ hoá hệ thống đo đếm khí", unit_id=world.pvgas)
    submit_initiative(database, world, "Bản nháp chưa nộp", status="draft")
    page = shown_page(qtbot, page_context(database, tmp_path / "s.ini"))
    titles = {row.title for row in page.model.rows}
    assert titles == {"Cải tiến van xả áp giàn Tam Đảo 03", "Đồng bộ hoá hệ thống đo đếm khí"}
    assert page.count_label.text() == "2 sáng kiến đang chờ xét duyệt."
    page.search.setText("dong bo hoa")
    page.refresh()
    wait_for_tasks()
    qtbot.waitUntil(lambda: len(page.model.rows) == 1)
    assert page.model.rows[0].title == "Đồng bộ hoá hệ thống đo đếm khí"


def test_a_union_node_sees_only_its_own_subtree(qtbot, tmp_path, world_db):
    database, world = world_db
    submit_initiative(database, world, "Cải tiến van xả áp giàn Tam Đảo 03")
    submit_initiative(database, world, "Đồng bộ hoá hệ thống đo đếm khí", unit_id=world.pvgas)
    page = shown_page(qtbot, page_context(database, tmp_path / "s.ini", unit_code="VSP"))
    assert [row.unit_code for row in page.model.rows] == ["VSP-TD03"]


def test_an_initiative_never_reviewed_says_so_in_full(qtbot, tmp_path, world_db):
    database, world = world_db
    submit_initiative(database, world, "Cải tiến van xả áp giàn Tam Đảo 03")
    page = shown_page(qtbot, page_context(database, tmp_path / "s.ini"))
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.history.topLevelItemCount() == 1)
    item = page.history.topLevelItem(0)
    assert item.text(0) == "Chưa xét lần nào"
    assert item.isFirstColumnSpanned()
