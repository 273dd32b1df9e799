"""Fixtures the window's stories share."""

from __future__ import annotations

import pytest

from db.reference import init_node
from db.session import open_database


@pytest.fixture
def hq(tmp_path):
    """A headquarters node (CDDKVN) with the reference data and no initiatives."""
    database = open_database(tmp_path / "hq.db", create=True)
    init_node(database, "CDDKVN")
    yield database
    database.close()
