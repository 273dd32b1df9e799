"""Fixtures for the data-safety stories."""

from __future__ import annotations

import pytest
from safety_helpers import add_initiatives, make_site

from db.safe_open import close_safely
from db.session import Database


@pytest.fixture
def site_db(tmp_path) -> Database:
    """A site database (node VSP) with 3 initiatives, opened as the command line opens it."""
    database = make_site(tmp_path / "site.db")
    add_initiatives(database, 3)
    yield database
    close_safely(database)
