"""A clerk switches the interface language in Settings and the window speaks it at once, with
no restart: navigation, menus, status bar and the pages."""

from __future__ import annotations

import pytest
from initiatives_support import clerk_world, settle
from PySide6.QtWidgets import QApplication

from desktop.i18n import install_translators
from desktop.main_window import MainWindow

PAGES = [
    "desktop.views.initiatives_page:InitiativesPage",
    "desktop.views.settings_page:SettingsPage",
]


@pytest.fixture
def clerk(tmp_path, qapp):
    world = clerk_world(tmp_path)
    yield world
    install_translators(qapp, "vi")  # the language every other test expects
    world.database.close()


def test_english_is_chosen_in_settings_and_shown_at_once(qtbot, clerk):
    install_translators(QApplication.instance(), "vi")
    window = MainWindow(clerk.context, PAGES)
    qtbot.addWidget(window)
    window.show()
    settings = window.page_named("SettingsPage")
    settings.language.setCurrentIndex(settings.language.findData("en"))
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Initiatives", timeout=3000)
    assert window.menuBar().actions()[0].text() == "&File"
    assert clerk.context.language == "en"
    assert window.unit_label.text().startswith("Unit:")
    page = window.page_named("InitiativesPage")
    assert page.new_button.text() == "New initiative"
    settle(qtbot, lambda: page.model.rowCount() == 3)
    window.close()
