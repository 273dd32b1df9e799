"""Fixtures the window's stories share."""

from __future__ import annotations

import pytest

from db.reference import init_node
from db.session import open_database


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown():
    """Before any fixture closes a database or a widget, the story's background work ends and its
    results reach the window (they may start more: a refresh after an import). A page torn down
    with results still queued for it, or a database closed under a query, can crash Qt."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        from desktop.tasks import wait_until_settled

        wait_until_settled()
    return (yield)


@pytest.fixture
def hq(tmp_path):
    """A headquarters node (CDDKVN) with the reference data and no initiatives."""
    database = open_database(tmp_path / "hq.db", create=True)
    init_node(database, "CDDKVN")
    yield database
    database.close()
