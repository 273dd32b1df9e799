"""What the last walks found in the window, mended: the title bar names the database, and a
page that cannot be made (the server gone) says so once and leaves the window usable."""

from __future__ import annotations

import pytest
from initiatives_support import clerk_world, settle
from PySide6.QtWidgets import QMessageBox

from db.engines import ServerAddress
from db.fileutil import DatabaseError
from db.messages import Message
from desktop.i18n import install_translators
from desktop.main_window import MainWindow
from desktop.tasks import wait_for_tasks

SERVER_DOWN = Message(
    "server.not_running",
    host="db.hq.pvn",
    port=5432,
    address="postgresql://thu@db.hq.pvn/sangkien",
)


@pytest.fixture
def clerk(tmp_path):
    return clerk_world(tmp_path)


@pytest.fixture
def english(qapp):
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "vi")


def test_the_title_bar_names_the_database_file(qtbot, clerk):
    window = MainWindow(clerk.context)
    qtbot.addWidget(window)
    name = clerk.database.path.name
    assert window.windowTitle() == f"{name} — SángKiến"


def test_the_title_bar_names_a_servers_database_and_host_never_a_password(qtbot, clerk, english):
    context = clerk.context
    context.path = ServerAddress("postgresql://thu:secret@db.hq.pvn:5433/sangkien")
    window = MainWindow(context)  # as on a server (the pages' reads are not this test's)
    qtbot.addWidget(window)
    assert window.windowTitle() == "sangkien on db.hq.pvn — SángKiến"
    assert "secret" not in window.windowTitle()


def test_a_page_that_cannot_be_read_says_the_server_is_gone_and_the_window_goes_on(
    qtbot, clerk, monkeypatch
):
    window = MainWindow(clerk.context)
    qtbot.addWidget(window)
    window.show()
    names = [slot.name for slot in window._slots]
    window.navigation.setCurrentRow(names.index("InitiativesPage"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _title, text: shown.append(text))
    database = clerk.database
    session = database.session

    def gone(*_args, **_kwargs):
        raise DatabaseError(SERVER_DOWN)

    monkeypatch.setattr(database, "session", gone)
    window.navigation.setCurrentRow(names.index("PeoplePage"))  # "Tác giả"
    assert shown == [SERVER_DOWN.text("vi")]
    assert "PostgreSQL không chạy ở đó" in shown[0]
    # the window stays on the page it showed, and the navigation says so
    assert window.navigation.currentRow() == names.index("InitiativesPage")
    assert window.stack.currentWidget() is window.pages[names.index("InitiativesPage")]
    # the server back: the page opens
    monkeypatch.setattr(database, "session", session)
    window.navigation.setCurrentRow(names.index("PeoplePage"))
    settle(
        qtbot, lambda: window.stack.currentWidget() is window.pages.get(names.index("PeoplePage"))
    )


def test_a_failed_search_stops_saying_it_searches_and_says_it_failed_once(
    qtbot, clerk, monkeypatch
):
    from desktop.views.initiatives_page import InitiativesPage

    page = InitiativesPage(clerk.context)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, lambda: page.model.rowCount() == 3)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _title, text: shown.append(text))
    database = clerk.database
    session = database.session

    def gone(*_args, **_kwargs):
        raise DatabaseError(SERVER_DOWN)

    monkeypatch.setattr(database, "session", gone)
    page.search.setText("dau khi")
    page.apply_filters()
    settle(qtbot, lambda: page.count_label.text() != "Đang tìm…")
    assert page.count_label.text() == "Tìm kiếm không thành công"
    wait_for_tasks()
    qtbot.wait(50)
    assert shown == [SERVER_DOWN.text("vi")]  # once, though its rows and count both failed
    # the server back: the next search finds
    monkeypatch.setattr(database, "session", session)
    page.apply_filters()
    settle(qtbot, lambda: page.count_label.text() == "1 sáng kiến")
