"""Help a clerk finds without asking: F1 opens the user guide (Vietnamese or English, offline,
with pictures of the real window) at the page in front; the audit trail opens from the form and
from the Help menu; the About box speaks the user's words."""

from __future__ import annotations

import re

import pytest
from initiatives_support import clerk_world, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.dialogs.about import about_text
from desktop.dialogs.audit_dialog import AuditDialog
from desktop.dialogs.help_window import HELP, HelpWindow
from desktop.dialogs.initiative_form import InitiativeForm
from desktop.main_window import MainWindow

PAGES = [
    "desktop.views.initiatives_page:InitiativesPage",
    "desktop.views.settings_page:SettingsPage",
]


@pytest.fixture
def clerk(tmp_path):
    world = clerk_world(tmp_path)
    yield world
    world.database.close()


@pytest.fixture
def window(qtbot, clerk):
    window = MainWindow(clerk.context, PAGES)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_guide_exists_in_both_languages_with_its_pictures(language):
    guide = (HELP / f"guide_{language}.html").read_text(encoding="utf-8")
    for page in ("initiativespage", "reviewspage", "certificatespage", "backupspage"):
        assert f'name="{page}"' in guide
    pictures = re.findall(r'<img src="([^"]+)"', guide)
    assert pictures
    for picture in pictures:
        assert (HELP / picture).is_file(), picture


def test_f1_opens_the_guide_at_the_page_in_front(qtbot, window):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(getattr(window, "help_window", None), HelpWindow))
    browser = window.help_window.browser
    assert "Hướng dẫn sử dụng SángKiến" in browser.toPlainText()
    assert browser.verticalScrollBar().value() > 0 or not browser.verticalScrollBar().maximum()
    window.help_window.close()


def test_the_audit_trail_opens_from_the_form_and_from_the_menu(qtbot, clerk, window, monkeypatch):
    page = window.page_named("InitiativesPage")
    settle(qtbot, lambda: page.model.rowCount() == 3)
    page.table.selectRow(0)
    window.show_history()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, AuditDialog)]
    assert dialogs and dialogs[-1].table.rowCount() > 0
    for dialog in dialogs:
        dialog.close()

    form = InitiativeForm(clerk.context, page.selected_initiative().id)
    qtbot.addWidget(form)
    assert form.history_button.isVisibleTo(form)
    form.history_button.click()
    assert isinstance(form.history_window, AuditDialog)
    form.history_window.close()
    menu_texts = [a.text() for a in window.menuBar().actions()[-1].menu().actions()]
    assert "&Hướng dẫn sử dụng" in menu_texts
    assert "&Lịch sử thay đổi của sáng kiến…" in menu_texts


def test_the_about_box_speaks_the_users_words():
    text = about_text("/home/lan/sangkien.db")
    for programmer_word in ("Python", "PySide", "SQLite", "SQLAlchemy", "ReportLab", "Qt"):
        assert programmer_word not in text
    assert "F1" in text and "/home/lan/sangkien.db" in text
