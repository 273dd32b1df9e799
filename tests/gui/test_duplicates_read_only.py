"""A secretary opens a copy of the register from a write-protected USB stick (read-only) and looks
at the Duplicates page, which nobody had opened on that copy: she sees the pairs to decide, as a
writable copy would show them, with no error box, and nothing is written to the stick."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3

import pytest
from initiatives_support import make_context, settle
from test_duplicates_page import file, hq  # noqa: F401  (the fixture: one initiative filed twice)

import db.opening
from db.duplicates.candidates import pairs_to_decide
from db.duplicates.decisions import decide_pair
from db.safe_open import close_safely, open_safely
from desktop.views import duplicates_page
from desktop.views.duplicates_page import DuplicatesPage


@pytest.fixture
def on_a_stick(hq, monkeypatch):  # noqa: F811
    """The hq database, closed, then opened as the window opens a file on a read-only medium."""
    database, _context, first, second = hq
    path = database.path
    database.close()
    monkeypatch.setattr(db.opening, "on_read_only_medium", lambda _path: True)
    before = path.read_bytes()
    stick = open_safely(path, hold_lock=True)
    assert stick.guard.read_only
    yield stick, first, second
    close_safely(stick)
    assert path.read_bytes() == before  # nothing written: the pairs were compared in memory
    assert stored(path) == (0, None)


def stored(path) -> tuple[int, str | None]:
    """How many pairs the file stores, and up to which change it compared them."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        pairs = connection.execute("SELECT count(*) FROM duplicate_candidates").fetchone()[0]
        mark = connection.execute(
            "SELECT value FROM local_settings WHERE key = 'duplicates.pairs_seq'"
        ).fetchone()
    return pairs, mark and mark[0]


def test_a_read_only_copy_shows_its_pairs_without_writing(on_a_stick):
    stick, first, second = on_a_stick
    pairs = pairs_to_decide(stick)
    assert [(p.original.id, p.later.id) for p in pairs] == [(first, second)]


def test_the_duplicates_page_of_a_read_only_copy_shows_the_pair(
    qtbot, on_a_stick, tmp_path, monkeypatch
):
    stick, _first, _second = on_a_stick
    boxes = []
    monkeypatch.setattr(duplicates_page, "show_error", lambda *a: boxes.append(a))
    monkeypatch.setattr("desktop.tasks.show_error", lambda *a: boxes.append(a))
    page = DuplicatesPage(make_context(stick, tmp_path / "settings.ini"))
    qtbot.addWidget(page)
    page.show()
    page.page_shown()
    settle(qtbot, lambda: page.table.rowCount() == 1)
    assert page.table.item(0, 1).text().startswith("VSP-MSP1-2022-")
    assert boxes == []


def test_a_pair_decided_before_is_not_shown_again_on_a_read_only_copy(hq, monkeypatch):  # noqa: F811
    database, _context, first, second = hq
    third = file(
        database, "Lắp bộ lọc tách nước bơm dầu thô", "VSP", "Phạm Hòa", dt.date(2022, 6, 1)
    )
    with database.transaction() as session:
        decide_pair(session, first, second, "different", actor="Hội đồng")
    path = database.path
    database.close()
    monkeypatch.setattr(db.opening, "on_read_only_medium", lambda _path: True)
    stick = open_safely(path, hold_lock=True)
    try:
        shown = {frozenset((p.original.id, p.later.id)) for p in pairs_to_decide(stick)}
    finally:
        close_safely(stick)
    assert frozenset((first, second)) not in shown
    assert frozenset((first, third)) in shown
