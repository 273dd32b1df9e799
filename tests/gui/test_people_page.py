"""A clerk finds authors without diacritics, adds one, and is warned about a likely duplicate."""

from __future__ import annotations

import datetime as dt

import pytest
from initiative_world import build_world
from pages_support import page_context, submit_initiative
from PySide6.QtCore import Qt

from db.queries.people_list import people_list
from desktop.dialogs.person_dialog import PersonDialog
from desktop.tasks import wait_for_tasks
from desktop.views.people_page import PeoplePage


@pytest.fixture
def world_db(node_db):
    return node_db, build_world(node_db)


def shown_page(qtbot, context) -> PeoplePage:
    page = PeoplePage(context)
    qtbot.addWidget(page)
    page.show()
    page.page_shown()
    wait_for_tasks()
    qtbot.waitUntil(lambda: page.count_label.text() != "")
    return page


def search(qtbot, page: PeoplePage, text: str, rows: int) -> None:
    page.search.setText(text)
    page.refresh()
    wait_for_tasks()
    qtbot.waitUntil(lambda: len(page.model.rows) == rows)


def test_typing_nguyen_an_finds_nguyen_van_an_with_his_two_initiatives(qtbot, tmp_path, world_db):
    database, world = world_db
    submit_initiative(database, world, "Cải tiến van xả áp giàn Tam Đảo 03")
    submit_initiative(database, world, "Tối ưu máy nén khí")
    page = shown_page(qtbot, page_context(database, tmp_path / "s.ini"))
    assert page.count_label.text() == "2 tác giả."
    search(qtbot, page, "nguyen an", 1)
    person = page.model.rows[0]
    assert (person.full_name, person.unit_code, person.initiatives) == (
        "Nguyễn Văn An",
        "VSP-TD03",
        2,
    )
    page.table.selectRow(0)
    assert page.person_label.text() == "Sáng kiến của Nguyễn Văn An (2)"
    assert {row.share for row in page.authored.rows} == {60}


def test_adding_a_second_nguyen_van_an_born_the_same_day_warns_and_flags_both(
    qtbot, tmp_path, world_db
):
    database, _world = world_db
    context = page_context(database, tmp_path / "s.ini")
    dialog = PersonDialog(context)
    qtbot.addWidget(dialog)
    dialog.full_name.insert("nguyễn văn  an")  # QTest types ASCII only
    dialog.birth_date.set_value(dt.date(1985, 3, 2))
    dialog.check_duplicates()
    assert not dialog.duplicates.isHidden()
    assert "Nguyễn Văn An, 02/03/1985, VSP-TD03" in dialog.duplicates.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None
    with database.session() as session:
        flagged = [row for row in people_list(session).rows if row.possible_duplicate]
    assert sorted(row.full_name for row in flagged) == ["Nguyễn Văn An", "nguyễn văn an"]


def test_a_person_without_a_name_is_refused_beside_the_name(qtbot, tmp_path, world_db):
    database, _world = world_db
    dialog = PersonDialog(page_context(database, tmp_path / "s.ini"))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.job_title, "Ky su khoan")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is None
    assert dialog.messages.labels["full_name"].text() == "Chưa nhập họ tên tác giả."


def test_editing_a_job_title_saves_it(qtbot, tmp_path, world_db):
    database, world = world_db
    dialog = PersonDialog(page_context(database, tmp_path / "s.ini"), world.binh)
    qtbot.addWidget(dialog)
    assert dialog.full_name.text() == "Trần Thị Bình"
    dialog.job_title.setText("Trưởng ca vận hành")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with database.session() as session:
        (row,) = [r for r in people_list(session, "tran binh").rows]
        assert row.job_title == "Trưởng ca vận hành"
