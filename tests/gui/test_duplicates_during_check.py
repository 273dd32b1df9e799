"""After an unclean shutdown the window checks the database in the background and nothing is
written until it is done. A secretary who opens the Duplicates page meanwhile (comparing stores
what it compared) sees a note on the page, not an error box about saving she never asked for,
and the pairs appear by themselves once the check is over."""

from __future__ import annotations

from initiatives_support import settle
from test_duplicates_page import hq  # noqa: F401  (the fixture: one initiative filed twice)

import db.duplicates.candidates as candidates
from db.messages import Message
from db.safe_open import CheckRunning
from desktop.views import duplicates_page
from desktop.views.duplicates_page import DuplicatesPage


def test_the_page_waits_for_the_integrity_check_without_an_error_box(qtbot, hq, monkeypatch):  # noqa: F811
    _database, context, _first, _second = hq
    real = candidates.pairs_to_decide
    checking = [True]

    def pairs_while_checking(*args, **kwargs):
        if checking[0]:
            why = "lần trước SángKiến không được đóng đúng cách"
            raise CheckRunning(Message("open.check_running", name="hq.db", why=why))
        return real(*args, **kwargs)

    boxes = []
    monkeypatch.setattr(candidates, "pairs_to_decide", pairs_while_checking)
    monkeypatch.setattr(duplicates_page, "RETRY_MS", 50)
    monkeypatch.setattr(duplicates_page, "show_error", lambda *a: boxes.append(a))
    monkeypatch.setattr("desktop.tasks.show_error", lambda *a: boxes.append(a))
    page = DuplicatesPage(context)
    qtbot.addWidget(page)
    page.show()
    page.page_shown()
    settle(qtbot, lambda: "kiểm tra toàn vẹn" in page.heading.text())
    assert boxes == [] and page.table.rowCount() == 0

    checking[0] = False  # the check is over
    settle(qtbot, lambda: page.table.rowCount() == 1)
    assert boxes == []


def test_a_read_only_database_says_why_on_the_page_without_an_error_box(qtbot, hq, monkeypatch):  # noqa: F811
    from db.lock import DatabaseReadOnly

    _database, context, _first, _second = hq

    def read_only(*_args, **_kwargs):
        reason = "Tệp hq.db đang được mở ở máy khác."
        raise DatabaseReadOnly(Message("open.in_use_read_only", reason=reason))

    boxes = []
    monkeypatch.setattr(candidates, "pairs_to_decide", read_only)
    monkeypatch.setattr(duplicates_page, "show_error", lambda *a: boxes.append(a))
    monkeypatch.setattr("desktop.tasks.show_error", lambda *a: boxes.append(a))
    page = DuplicatesPage(context)
    qtbot.addWidget(page)
    page.show()
    page.page_shown()
    settle(qtbot, lambda: "hq.db" in page.heading.text())
    assert boxes == []
