"""Fixtures for the data-safety stories."""

from __future__ import annotations

from pathlib import Path

import pytest
from safety_helpers import add_initiatives, make_site

import db.integrity
from db.safe_open import close_safely
from db.session import Database


@pytest.fixture
def site_db(tmp_path) -> Database:
    """A site database (node VSP) with 3 initiatives, opened as the command line opens it."""
    database = make_site(tmp_path / "site.db")
    add_initiatives(database, 3)
    yield database
    close_safely(database)


@pytest.fixture
def full_checks(monkeypatch) -> list[Path]:
    """Every full check (PRAGMA quick_check over the whole file) made from now on."""
    made: list[Path] = []
    real = db.integrity.quick_check_file

    def counted(path, *how):
        made.append(Path(path))
        return real(path, *how)

    monkeypatch.setattr("db.safe_open.quick_check_file", counted)
    return made
