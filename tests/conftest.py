"""Shared fixtures. Qt runs offscreen: set before anything imports Qt."""

import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# pg_dump backups of test servers (issue 18) go to a scratch folder, never the user's
os.environ.setdefault("SANGKIEN_SERVER_BACKUPS", os.path.join(tempfile.mkdtemp(), "backups"))
# the commands' compiled SQL (db/compiled.py) goes to a scratch cache folder, never the user's
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="sangkien-cache-")

import pytest

from db.session import Database, open_database


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """Background queries finish before any fixture closes the database they read: SQLite
    crashes (bus error) when a connection is closed under a running query."""
    if "desktop.tasks" in sys.modules:
        sys.modules["desktop.tasks"].wait_for_tasks()
    yield


# ---- the two engines (issue 18; tests/engine_world.py) ------------------------------------------

ENGINES = ("sqlite", "postgresql")
_server: dict = {}


def pytest_addoption(parser):
    parser.addoption(
        "--postgres",
        choices=("auto", "off"),
        default="auto",
        help="auto: tests marked both_engines also run on a throwaway PostgreSQL cluster when "
        "PostgreSQL is installed; off: only on SQLite",
    )


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "both_engines: runs on SQLite and on a throwaway PostgreSQL server"
    )


def pytest_generate_tests(metafunc):
    if "engine" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_engines"):
        metafunc.parametrize("engine", ENGINES, indirect=True)


@pytest.fixture(scope="session")
def server_world(request):
    """The throwaway PostgreSQL cluster, started at the first server test (see engine_world)."""
    from engine_world import start_server_world

    if "world" not in _server:
        _server["world"], _server["reason"] = start_server_world(
            request.config.getoption("--postgres")
        )
        if _server["world"] is not None:
            request.addfinalizer(_server["world"].stop)
    return _server["world"]


@pytest.fixture(scope="session")
def pg(server_world):
    """The running server world; the test is skipped (and the summary says why) without one."""
    from engine_world import skip_without

    return skip_without(server_world, _server.get("reason", ""))


@pytest.fixture
def engine(request) -> str:
    """ "sqlite", or "postgresql" for the server half of a both_engines test."""
    name = getattr(request, "param", "sqlite")
    if name == "postgresql":
        request.getfixturevalue("pg")
    return name


@pytest.fixture
def db_target(engine, tmp_path, request):
    """db_target(label): where a new database goes on this test's engine: a file path, or the
    address of a fresh migrated database on the server."""

    def target(label: str = "node", *, migrated: bool = True):
        if engine == "sqlite":
            return tmp_path / f"{label}.db"
        return request.getfixturevalue("pg").new_database(label, migrated=migrated)

    return target


def pytest_terminal_summary(terminalreporter):
    world = _server.get("world")
    if world is not None:
        terminalreporter.write_line(
            f"PostgreSQL: server tests ran on a throwaway cluster ({world.made} databases)."
        )
    elif "reason" in _server:
        terminalreporter.write_line(f"PostgreSQL: server tests SKIPPED: {_server['reason']}.")


@pytest.fixture
def empty_db(db_target) -> Database:
    """A migrated database with no node set up."""
    database = open_database(db_target("empty"), create=True)
    yield database
    database.close()


@pytest.fixture
def node_db(db_target) -> Database:
    """A migrated database set up as the headquarters node (CDDKVN) with no reference data."""
    from db.node import create_node

    database = open_database(db_target("node"), create=True)
    with database.transaction() as session:
        create_node(session, "CDDKVN")
    yield database
    database.close()


@pytest.fixture(autouse=True)
def no_check_process_left_behind():
    """A duplicates check process a story started (the Sync page starts one when the file dialog
    opens) ends with the story, never lingering into the next one."""
    yield
    checks = sys.modules.get("db.duplicates.package_check")
    if checks is not None:
        for check in checks._taken():
            check.stop()


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(request, monkeypatch):
    """A modal QMessageBox in a headless test would wait forever for a click. Answer each one
    instead (Discard/No/Ok: the cautious choice), and keep what was asked so a test can check it
    with `message_boxes`. A test that wants another answer monkeypatches its own."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield []
        return
    from PySide6.QtWidgets import QMessageBox

    asked: list[tuple[str, str]] = []

    def answer(kind, default):
        def ask(parent, title, text, *args, **kwargs):
            asked.append((kind, text))
            return default

        return staticmethod(ask)

    button = QMessageBox.StandardButton
    monkeypatch.setattr(QMessageBox, "question", answer("question", button.Discard))
    monkeypatch.setattr(QMessageBox, "warning", answer("warning", button.Ok))
    monkeypatch.setattr(QMessageBox, "critical", answer("critical", button.Ok))
    monkeypatch.setattr(QMessageBox, "information", answer("information", button.Ok))
    yield asked


@pytest.fixture
def message_boxes(no_blocking_message_boxes):
    """The (kind, text) of every message box a test's widgets showed."""
    return no_blocking_message_boxes
