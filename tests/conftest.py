"""Shared fixtures. Qt runs offscreen: set before anything imports Qt."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from db.session import Database, open_database


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
