"""Shared fixtures. Qt runs offscreen: set before anything imports Qt."""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from db.session import Database, open_database


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """Background queries finish before any fixture closes the database they read: SQLite
    crashes (bus error) when a connection is closed under a running query."""
    if "desktop.tasks" in sys.modules:
        sys.modules["desktop.tasks"].wait_for_tasks()
    yield


@pytest.fixture
def empty_db(tmp_path) -> Database:
    """A migrated database with no node set up."""
    database = open_database(tmp_path / "empty.db", create=True)
    yield database
    database.close()


@pytest.fixture
def node_db(tmp_path) -> Database:
    """A migrated database set up as the headquarters node (CDDKVN) with no reference data."""
    from db.node import create_node

    database = open_database(tmp_path / "node.db", create=True)
    with database.transaction() as session:
        create_node(session, "CDDKVN")
    yield database
    database.close()


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
