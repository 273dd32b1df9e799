"""A clerk who switched the interface to English and then opens another database sees that
database in English too, with no restart (the language is the person's, not the database's)."""

from __future__ import annotations

import pytest
from initiatives_support import clerk_world
from PySide6.QtWidgets import QApplication

from desktop.app import Application, app_settings
from desktop.i18n import install_translators
from desktop.tasks import wait_for_tasks


@pytest.fixture
def two_databases(tmp_path, qapp):
    paths = []
    for name in ("hq", "other"):
        world = clerk_world(tmp_path / name)
        paths.append(world.database.path)
        world.database.close()
    yield paths
    install_translators(qapp, "vi")  # the language every other test expects


def navigation_texts(window) -> list[str]:
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


def test_another_database_opens_in_the_language_chosen_in_settings(qtbot, tmp_path, two_databases):
    first, second = two_databases
    install_translators(QApplication.instance(), "vi")
    application = Application(app_settings(tmp_path / "settings.ini"), "vi")
    try:
        assert application.open(first)
        window = application.window
        assert "Sáng kiến" in navigation_texts(window)
        settings = window.page_named("SettingsPage")
        settings.language.setCurrentIndex(settings.language.findData("en"))
        qtbot.waitUntil(lambda: "Initiatives" in navigation_texts(window), timeout=3000)

        assert application.open(second)
        reopened = application.window
        assert reopened is not window and reopened.context.database.path == second
        assert reopened.context.language == "en"
        texts = navigation_texts(reopened)
        assert "Initiatives" in texts and "Sáng kiến" not in texts
        assert reopened.menuBar().actions()[0].text() == "&File"
    finally:
        wait_for_tasks()
        application.close_window()
