"""A clerk starts SángKiến again on the headquarters' database: the dashboard shows its figures
with the window, counted last time from the very same records; after a change it says "đang
tính…" until the new figures are counted, never the old ones as if they were current (issue 13,
db/queries/stats_memo.py)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from qt_waiting import settle, wait_for

from db.compiled import usual_opening_needed
from desktop.app import Application, app_settings
from desktop.cli import run
from desktop.tasks import wait_for_tasks


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert run(["--db", str(path), "demo", "--initiatives", "300"]) == 0
    assert run(["--db", str(path), "check"]) == 0
    return path


@pytest.fixture
def site(built, tmp_path, monkeypatch) -> Path:
    """A copy of the demo, closed cleanly, and a cache folder of its own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    for suffix in ("", ".lock"):
        source = built.with_name(built.name + suffix)
        if source.exists():
            shutil.copy2(source, tmp_path / source.name)
    return tmp_path / built.name


def start(qtbot, tmp_path, path: Path):
    """Start the window on `path` as the program does; (application, its dashboard) as they are
    the moment the window is shown, before any event is handled."""
    from desktop.views.dashboard_page import DashboardPage

    application = Application(app_settings(tmp_path / "settings.ini"), "vi")
    assert application.start(path)
    page = application.window.stack.currentWidget()
    assert isinstance(page, DashboardPage)
    return application, page


def close(application) -> None:
    wait_for_tasks()
    application.close_window()


def counted_fully(qtbot, application, page):
    wait_for(qtbot, lambda: page.figures is not None and application.window.context.database)
    settle(qtbot)
    return page.figures


def test_the_dashboard_shows_last_times_figures_with_the_window_when_nothing_changed(
    qtbot, tmp_path, site
):
    application, page = start(qtbot, tmp_path, site)
    try:
        assert page.figures is None and not page.counting.isHidden()  # never counted here
        assert page.total_card.figure.text() == "đang tính…"
        first = counted_fully(qtbot, application, page)
        assert page.counting.isHidden() and page.total_card.isEnabled()
    finally:
        close(application)
    assert usual_opening_needed(site) == ""

    application, page = start(qtbot, tmp_path, site)
    try:
        assert page.figures == first  # with the window, before anything was counted
        assert page.counting.isHidden() and page.total_card.isEnabled()
        assert page.model.rowCount() == len(first.units) > 0
        counted_fully(qtbot, application, page)
    finally:
        close(application)


def test_after_a_change_the_dashboard_counts_again_and_says_so(qtbot, tmp_path, site):
    from db.models import Initiative
    from db.session import open_database
    from db.vocab import NOT_COUNTED
    from desktop.models.progress_model import load_dashboard

    application, page = start(qtbot, tmp_path, site)
    try:
        before = counted_fully(qtbot, application, page)
    finally:
        close(application)
    database = open_database(site, read_only=True)
    try:
        with database.session() as session:
            counted = session.query(Initiative.id).filter(
                Initiative.deleted.is_(False),
                Initiative.status.not_in(NOT_COUNTED),
                Initiative.registered_on <= dt.date.today(),
            )  # the newest counted today
            newest = counted.order_by(Initiative.registered_on.desc()).first()
    finally:
        database.close()
    assert run(["--db", str(site), "initiative", "delete", newest.id]) == 0
    assert usual_opening_needed(site) == ""

    application, page = start(qtbot, tmp_path, site)
    try:
        assert page.figures is None and not page.counting.isHidden()
        assert page.total_card.figure.text() == "đang tính…"
        after = counted_fully(qtbot, application, page)
        with application.window.context.database.session() as session:
            usual = load_dashboard(session, dt.date.today(), "CDDKVN", page.programme_code())
        assert after == usual != before
        assert page.counting.isHidden()
    finally:
        close(application)
