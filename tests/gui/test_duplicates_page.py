"""Issue 14 in the window: the Duplicates page shows the pair side by side and a person decides
"Cùng một sáng kiến", then undoes it; the People page merges the same person typed twice."""

from __future__ import annotations

import datetime as dt

import pytest
from initiatives_support import hq_database, make_context, settle, unit
from PySide6.QtCore import Qt
from sqlalchemy import select

from db.models import Initiative, InitiativeAuthor, Person
from db.queries.initiatives import AuthorShare, register_initiative
from desktop.dialogs.merge_people_dialog import MergePeopleDialog
from desktop.views.duplicates_page import DuplicatesPage

BORN = dt.date(1979, 9, 2)


def file(database, title, unit_code, author, registered):
    data = {
        "title": title,
        "solution_type": "technical",
        "unit_id": unit(unit_code),
        "registered_on": registered,
        "status": "submitted",
        "essence": "Lắp bộ lọc tách nước trước bơm, giảm hỏng phớt.",
    }
    person = AuthorShare(full_name=author, birth_date=BORN, unit_id=unit(unit_code), share=100)
    with database.transaction() as session:
        return register_initiative(session, data, [person], actor="clerk").id


@pytest.fixture
def hq(tmp_path):
    database = hq_database(tmp_path / "hq.db")
    first = file(
        database,
        "Lắp bộ lọc tách nước cho bơm dầu thô",
        "VSP-MSP1",
        "Phạm Hòa",
        dt.date(2022, 3, 1),
    )
    second = file(
        database, "bom dau tho: lap bo loc tach nuoc", "VSP-TD03", "Pham Hoa", dt.date(2022, 5, 2)
    )
    yield database, make_context(database, tmp_path / "settings.ini"), first, second
    database.close()


def status(database, initiative_id):
    with database.session() as session:
        row = session.get(Initiative, initiative_id)
        return row.status, row.duplicate_of_id


def test_a_person_decides_same_on_the_duplicates_page_and_undoes_it(qtbot, hq):
    database, context, first, second = hq
    page = DuplicatesPage(context)
    qtbot.addWidget(page)
    page.show()
    page.page_shown()
    settle(qtbot, lambda: page.table.rowCount() == 1)
    assert page.table.item(0, 1).text().startswith("VSP-MSP1-2022-")
    assert page.table.item(0, 2).text().startswith("VSP-TD03-2022-")
    assert "Lắp bộ lọc tách nước" in page.original.toPlainText()
    assert "bom dau tho" in page.later.toPlainText()

    qtbot.mouseClick(page.same_button, Qt.MouseButton.LeftButton)
    assert status(database, second) == ("duplicate", first)
    settle(qtbot, lambda: page.table.rowCount() == 0)
    assert page.undo_button.isEnabled()

    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert status(database, second) == ("submitted", None)
    settle(qtbot, lambda: page.table.rowCount() == 1)


def test_a_decision_of_an_earlier_day_is_reversed_from_the_decided_tab(qtbot, hq):
    """The council decided "same" yesterday (or another node did, and a package brought it):
    today the page lists it under "Đã quyết định", and Hoàn tác reverses it."""
    from db.duplicates.decisions import decide_pair

    database, context, first, second = hq
    with database.transaction() as session:
        decide_pair(session, first, second, "same", actor="Hội đồng")
    page = DuplicatesPage(context)
    qtbot.addWidget(page)
    page.show()
    page.page_shown()
    settle(qtbot, lambda: page.decisions_table.rowCount() == 1)
    assert page.table.rowCount() == 0 and not page.undo_button.isEnabled()

    page.tabs.setCurrentIndex(1)
    page.decisions_table.selectRow(0)
    assert page.decisions_table.item(0, 0).text() == "Cùng một sáng kiến"
    assert "bom dau tho" in page.later.toPlainText()
    assert page.undo_button.isEnabled() and not page.same_button.isEnabled()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert status(database, second) == ("submitted", None)
    settle(qtbot, lambda: page.decisions_table.rowCount() == 0 and page.table.rowCount() == 1)


def test_the_same_person_typed_twice_is_merged_from_the_people_page(qtbot, hq):
    database, context, _first, _second = hq
    dialog = MergePeopleDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and dialog.keep.count() == 2
    kept_id = dialog.keep.currentData()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    with database.session() as session:
        authors = set(session.scalars(select(InitiativeAuthor.person_id)))
        live = session.scalars(select(Person.id).where(Person.deleted.is_(False))).all()
    assert authors == {dialog.keep.itemData(0)} if dialog.keep.count() else len(authors) == 1
    assert authors == {kept_id} and live == [kept_id]
    assert dialog.list.count() == 0

    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    with database.session() as session:
        assert len(set(session.scalars(select(InitiativeAuthor.person_id)))) == 2
    assert dialog.list.count() == 1
