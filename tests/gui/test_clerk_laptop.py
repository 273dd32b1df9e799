"""A clerk's day on a 1366×768 laptop with a 40-pixel taskbar: the window starts maximised, the
dialogs fit, the filter panel folds away, status and field show without scrolling sideways,
dates are typed with the keyboard, and a saved initiative says its number and is selected."""

from __future__ import annotations

import datetime as dt

import pytest
from initiatives_support import clerk_world, settle, unit
from PySide6.QtCore import Qt

from desktop.dialogs.initiative_form import InitiativeForm
from desktop.main_window import MainWindow
from desktop.models.initiative_table import COLUMN_INDEX
from desktop.views.initiatives_page import InitiativesPage
from desktop.widgets.date_edit import DateEdit

LAPTOP_WIDTH, LAPTOP_HEIGHT = 1366, 768 - 40
TITLE_BAR = 32


@pytest.fixture
def clerk(tmp_path):
    world = clerk_world(tmp_path)
    yield world
    world.database.close()


@pytest.fixture
def page(qtbot, clerk):
    page = InitiativesPage(clerk.context)
    qtbot.addWidget(page)
    page.resize(LAPTOP_WIDTH - 200, LAPTOP_HEIGHT - 80)  # less the navigation and the menus
    page.show()
    settle(qtbot, lambda: page.model.rowCount() == 3)
    return page


def test_the_window_starts_maximised_the_first_time_then_at_the_size_chosen(qtbot, clerk):
    window = MainWindow(clerk.context, pages=["desktop.views.settings_page:SettingsPage"])
    qtbot.addWidget(window)
    assert window.windowState() & Qt.WindowState.WindowMaximized
    window.show()
    window.showNormal()
    window.resize(700, 500)
    window.close()
    again = MainWindow(clerk.context, pages=["desktop.views.settings_page:SettingsPage"])
    qtbot.addWidget(again)
    again.show()
    assert not again.windowState() & Qt.WindowState.WindowMaximized
    assert again.height() == 500


def test_the_initiative_dialog_fits_a_laptop_less_its_taskbar(qtbot, clerk):
    form = InitiativeForm(clerk.context, None, unit_id=unit("VSP-TD03"))
    qtbot.addWidget(form)
    form.show()
    assert form.width() <= LAPTOP_WIDTH
    assert form.height() + TITLE_BAR <= LAPTOP_HEIGHT
    hint = form.minimumSizeHint()
    assert hint.width() <= LAPTOP_WIDTH and hint.height() + TITLE_BAR <= LAPTOP_HEIGHT


def test_the_filter_panel_folds_away_and_stays_folded(qtbot, clerk, page):
    assert page.filter_panel.isVisible()
    qtbot.mouseClick(page.filter_toggle, Qt.MouseButton.LeftButton)
    assert not page.filter_panel.isVisible()
    page.save_state()
    again = InitiativesPage(clerk.context)
    qtbot.addWidget(again)
    again.show()
    assert not again.filter_panel.isVisible()


def test_status_and_field_are_seen_without_scrolling_sideways(qtbot, page):
    header = page.table.horizontalHeader()
    width = page.table.viewport().width()
    for key in ("reg_no", "title", "status", "field"):
        section = COLUMN_INDEX[key]
        assert not header.isSectionHidden(section)
        assert header.sectionViewportPosition(section) + header.sectionSize(section) <= width, key


def test_a_search_is_not_brought_back_silently_and_a_filter_says_so(qtbot, clerk, page):
    page.search.setText("dau khi")
    page.unit_filter.set_unit(unit("PVGAS"))
    page.apply_filters()
    page.save_state()
    again = InitiativesPage(clerk.context)
    qtbot.addWidget(again)
    again.show()
    assert again.search.text() == ""
    assert again.filter_hint.isVisible()  # the unit filter is kept, and said
    qtbot.mouseClick(
        again.findChild(type(again.clear_button), "clearFilterHint"), Qt.MouseButton.LeftButton
    )
    settle(qtbot, lambda: again.model.rowCount() == 3)
    assert not again.filter_hint.isVisible()


@pytest.mark.parametrize("typed", ["15082023", "15/08/2023", "15-8-2023"])
def test_a_date_is_typed_with_the_keyboard(qtbot, typed):
    edit = DateEdit("(chưa nhập)")
    qtbot.addWidget(edit)
    edit.show()
    assert edit.text() == ""
    qtbot.keyClicks(edit, typed)
    edit.editingFinished.emit()
    assert edit.value() == dt.date(2023, 8, 15)
    assert edit.text() == "15/08/2023"


def test_an_empty_date_opens_its_calendar_on_today_and_a_wrong_one_is_red(qtbot):
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.show_calendar()
    assert edit.calendar.selectedDate().toPython() == dt.date.today()
    qtbot.keyClicks(edit, "31022023")
    assert edit.value() is None and not edit.is_valid()


def test_a_new_initiative_is_registered_today_by_default(qtbot, clerk):
    form = InitiativeForm(clerk.context, None, unit_id=unit("VSP-TD03"))
    qtbot.addWidget(form)
    assert form.fields["registered_on"].value() == dt.date.today()


def test_a_saved_initiative_says_its_number_and_is_selected(qtbot, clerk, page):
    from db.queries.initiatives import AuthorShare, register_initiative

    data = {
        "title": "Bơm mới",
        "solution_type": "technical",
        "unit_id": unit("VSP-TD03"),
        "registered_on": dt.date(2022, 5, 1),
        "status": "draft",
    }
    with clerk.database.transaction() as session:
        new = register_initiative(session, data, [AuthorShare(clerk.an, 100)], actor="t")
        new_id, reg_no = new.id, new.reg_no
    clerk.context.records_changed.emit()
    page.show_saved(new_id)
    settle(qtbot, lambda: page.model.rowCount() == 4 and page.table.currentIndex().isValid())
    assert reg_no in page.saved_message
    assert page.model.row_at(page.table.currentIndex().row()).title == "Bơm mới"


def test_fields_are_listed_in_vietnamese_order(qtbot, page):
    names = [page.field_filter.itemText(i) for i in range(1, page.field_filter.count())]
    first_letters = [name[0].replace("Đ", "D") for name in names]
    assert first_letters == sorted(first_letters)  # Điện and Đào tạo with D, before Xây lắp
    assert any(name.startswith("Đ") for name in names)
    assert names.index(next(n for n in names if n.startswith("Đ"))) < names.index(
        next(n for n in names if n.startswith("X"))
    )


def test_a_table_sorts_its_texts_in_vietnamese_order():
    from desktop.models.row_table import _comparable

    titles = ["Xây lắp giàn", "Điện mặt trời", "Đào tạo thợ hàn", "An toàn", "Ăn ca"]
    assert sorted(titles, key=_comparable) == [
        "An toàn",
        "Ăn ca",
        "Đào tạo thợ hàn",
        "Điện mặt trời",
        "Xây lắp giàn",
    ]
