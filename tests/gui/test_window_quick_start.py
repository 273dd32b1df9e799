"""A clerk starts SángKiến on the database it closed cleanly last time: the window shows at once,
its unit in the status bar, before SQLAlchemy is loaded; the page
comes a moment later, as it always looked, and what the clerk asked for meanwhile is done then
(issue 13, docs/ARCHITECTURE.md "Start-up of a command and of the window")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from qt_waiting import settle, wait_for

from db.compiled import usual_opening_needed
from desktop.app import Application, app_settings
from desktop.cli import run
from desktop.tasks import wait_for_tasks
from desktop.views.registry import NAVIGATION, page_slots


@pytest.fixture
def closed_cleanly(tmp_path, monkeypatch) -> Path:
    """A site's database, set up and checked: nothing to do at its next opening but open it."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # the compiled-SQL cache
    path = tmp_path / "site.db"
    assert run(["--db", str(path), "init", "--unit", "VSP"]) == 0
    assert run(["--db", str(path), "check"]) == 0
    assert usual_opening_needed(path) == ""
    return path


def test_the_window_shows_before_its_database_opens_and_the_page_follows(
    qtbot, tmp_path, closed_cleanly
):
    from desktop.views.initiatives_page import InitiativesPage

    application = Application(app_settings(tmp_path / "settings.ini"), "vi")
    try:
        assert application.start(closed_cleanly)
        window = application.window
        assert window.context.database is None  # shown first, opened after its first paint
        assert window.unit_label.text().startswith("Đơn vị: VSP — Công đoàn")
        assert str(closed_cleanly) in window.path_label.text()

        window.focus_search()  # Ctrl+F before the database is open: done once it is
        assert window.statusBar().currentMessage() == "Đang mở cơ sở dữ liệu…"

        wait_for(qtbot, lambda: window.context.database is not None)
        settle(qtbot)
        assert application.database is window.context.database
        assert isinstance(window.stack.currentWidget(), InitiativesPage)
        assert window.statusBar().currentMessage() == ""
        assert window.count_label.text() == "0 sáng kiến"
    finally:
        wait_for_tasks()
        application.close_window()
    assert usual_opening_needed(closed_cleanly) == ""  # closed cleanly: quick again next time


def test_a_window_closed_before_its_database_opened_leaves_the_file_closed_cleanly(
    qtbot, tmp_path, closed_cleanly
):
    application = Application(app_settings(tmp_path / "settings.ini"), "vi")
    assert application.start(closed_cleanly)
    application.close_window()  # at once: the opening in the background is waited for
    assert usual_opening_needed(closed_cleanly) == ""


def test_a_database_that_needs_more_than_opening_opens_the_usual_way(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = tmp_path / "site.db"
    assert run(["--db", str(path), "init", "--unit", "VSP"]) == 0  # its full check is due
    application = Application(app_settings(tmp_path / "settings.ini"), "vi")
    try:
        assert application.start(path)
        assert application.window.context.database is not None
    finally:
        wait_for_tasks()
        application.close_window()


FIRST_PAINT_PROBE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import desktop.app as app_module
import desktop.views.backups_page as backups_page

backups_page.start_daily_backup = lambda context: None
seen = []


class Watch(QObject):
    def eventFilter(self, obj, event):
        if not seen and event.type() == QEvent.Type.Paint and obj.isWidgetType():
            if isinstance(obj.window(), QMainWindow):
                seen.append("sqlalchemy" in sys.modules)
        return False


styled = app_module.style_application


def style_and_watch(app):
    app._watch = Watch()
    app.installEventFilter(app._watch)
    styled(app)


app_module.style_application = style_and_watch
after = app_module.Application._after_showing


def report(window, database):
    after(window, database)
    page = type(window.stack.currentWidget()).__name__
    print("sqlalchemy at the first paint:", seen, "then the page:", page, flush=True)
    QTimer.singleShot(0, QApplication.quit)  # closed the usual way


app_module.Application._after_showing = staticmethod(report)
from desktop.__main__ import main

main(["--db", sys.argv[1]])
"""


def test_the_window_paints_before_sqlalchemy_is_imported(tmp_path, closed_cleanly):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    starts = [
        subprocess.run(
            [sys.executable, "-c", FIRST_PAINT_PROBE, str(closed_cleanly)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        for _ in range(2)  # the first start compiles the SQL it reads (SQLAlchemy), the next not
    ]
    said = [start.stdout.strip() for start in starts]
    detail = "\n".join(said) + starts[-1].stderr[-3000:]
    assert said[1] == "sqlalchemy at the first paint: [False] then the page: DashboardPage", detail


def test_the_navigation_shows_each_page_as_the_page_names_itself():
    for slot in page_slots():
        page_class = slot.page_class()
        assert NAVIGATION[slot.name] == (page_class.title, page_class.icon)


# ---- the initiatives page's first rows, before the page is made -----------------------------------


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory) -> Path:
    """A demo database, checked: its next opening is quick."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert run(["--db", str(path), "demo", "--initiatives", "300"]) == 0
    assert run(["--db", str(path), "check"]) == 0
    return path


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_first_rows_read_without_sqlalchemy_are_the_tables_first_page_cell_for_cell(
    qtbot, qapp, tmp_path, demo_site, language
):
    from PySide6.QtCore import Qt

    from db.queries.first_look import first_look
    from db.session import open_database
    from desktop.i18n import install_translators
    from desktop.models.initiative_table import InitiativeTableModel
    from desktop.views.first_rows import FIRST_ROWS, FirstRowsPage

    install_translators(qapp, language)
    try:
        look = first_look(demo_site, tmp_path / "cache", rows=FIRST_ROWS)
        stand_in = FirstRowsPage(look.rows, app_settings(tmp_path / "s.ini"), language)
        qtbot.addWidget(stand_in)
        database = open_database(demo_site, read_only=True)
        table = InitiativeTableModel(database, language)  # no owner: loads at once
        table.load()
        first = stand_in.table.model()
        assert first.rowCount() == FIRST_ROWS < table.rowCount()
        roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole)
        for column in range(table.columnCount()):
            assert first.headerData(column, Qt.Orientation.Horizontal) == table.headerData(
                column, Qt.Orientation.Horizontal
            )
            for row in range(FIRST_ROWS):
                for role in roles:
                    theirs = table.data(table.index(row, column), role)
                    assert first.data(first.index(row, column), role) == theirs, (row, column)
        database.close()
    finally:
        install_translators(qapp, "vi")


def leave_window_on_initiatives_page(settings_path: Path, path: Path, qtbot) -> None:
    """A session before: the clerk closed the window on the initiatives page."""
    application = Application(app_settings(settings_path), "vi")
    assert application.open(path)
    application.window.page_named("InitiativesPage")
    settle(qtbot)
    application.close_window()


def test_a_window_left_on_the_initiatives_page_opens_on_its_first_rows_then_the_page(
    qtbot, tmp_path, demo_site, monkeypatch
):
    from desktop.views.first_rows import FirstRowsPage
    from desktop.views.initiatives_page import InitiativesPage

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    leave_window_on_initiatives_page(tmp_path / "settings.ini", demo_site, qtbot)
    application = Application(app_settings(tmp_path / "settings.ini"), "vi")
    try:
        assert application.start(demo_site)
        window = application.window
        stand_in = window.stack.currentWidget()
        assert isinstance(stand_in, FirstRowsPage) and window.context.database is None
        assert stand_in.table.model().rowCount() == 100
        wait_for(qtbot, lambda: window._stand_in is None and window.context.database is not None)
        settle(qtbot)
        page = window.stack.currentWidget()
        assert isinstance(page, InitiativesPage) and page.model.rowCount() > 100
        assert window.stack.count() == window.navigation.count()  # the stand-in is gone
    finally:
        wait_for_tasks()
        application.close_window()


def test_a_window_left_on_a_filtered_list_waits_for_the_page_itself(
    qtbot, tmp_path, demo_site, monkeypatch
):
    """Its first rows are not the table's own first page: nothing is shown that would change."""
    from desktop.views.first_rows import FirstRowsPage

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    leave_window_on_initiatives_page(tmp_path / "settings.ini", demo_site, qtbot)
    settings = app_settings(tmp_path / "settings.ini")
    settings.setValue("pages/initiatives/filter", '{"status": "recognised"}')
    settings.sync()
    application = Application(settings, "vi")
    try:
        assert application.start(demo_site)
        assert not isinstance(application.window.stack.currentWidget(), FirstRowsPage)
    finally:
        wait_for_tasks()
        application.close_window()


# ---- the dashboard, the first page of a first start, read with sqlite3 alone --------------------


def test_the_dashboard_read_with_sqlite3_alone_shows_what_a_session_shows(tmp_path, demo_site):
    import datetime as dt

    from db.compiled import SessionReader, open_file_reader
    from db.queries.programme_dates import programme_choices_of
    from db.queries.programmes import programme_choices
    from db.session import open_database
    from desktop.models.progress_model import load_dashboard
    from desktop.views.dashboard_page import figures_of

    database = open_database(demo_site, read_only=True)
    reader = open_file_reader(demo_site, tmp_path / "cache")
    try:
        with database.session() as session:
            assert [vars(p) for p in programme_choices_of(reader)] == [
                vars(p) for p in programme_choices(session)
            ]
            assert programme_choices_of(SessionReader(session)) == programme_choices_of(reader)
            for day, programme in ((dt.date(2023, 4, 14), None), (dt.date.today(), None)):
                usual = load_dashboard(session, day, "CDDKVN", programme)
                assert figures_of(reader, day, "CDDKVN", programme) == usual
    finally:
        reader.close()
        database.close()


def test_a_first_start_shows_the_dashboard_before_the_database_opens(
    qtbot, tmp_path, demo_site, monkeypatch
):
    import datetime as dt

    from desktop.models.progress_model import load_dashboard
    from desktop.views.dashboard_page import DashboardPage

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    application = Application(app_settings(tmp_path / "settings.ini"), "vi")
    try:
        assert application.start(demo_site)
        window = application.window
        page = window.stack.currentWidget()
        assert isinstance(page, DashboardPage) and window.context.database is None
        assert not page.report_button.isEnabled()  # the report waits for the database
        wait_for(qtbot, lambda: page.figures is not None and window.context.database is not None)
        settle(qtbot)
        assert page.report_button.isEnabled()
        with window.context.database.session() as session:
            usual = load_dashboard(session, dt.date.today(), "CDDKVN", page.programme_code())
        assert page.figures == usual
        assert page.model.rowCount() == len(usual.units) > 0
    finally:
        wait_for_tasks()
        application.close_window()
