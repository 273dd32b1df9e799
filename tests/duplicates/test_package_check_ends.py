"""The import preview never waits for ever on its duplicates check (issue 14): a check process
that gives no answer in time is ended, and the preview lists no look-alikes, as on an error."""

from pathlib import Path

import db.duplicates.package_check as package_check
from db.duplicates.package_check import PackageCheck


def test_a_check_that_never_answers_is_ended_and_counts_as_no_look_alikes(node_db, monkeypatch):
    monkeypatch.setattr(package_check, "ANSWER_WITHIN", 1.0)
    check = PackageCheck(Path(node_db.engine.url.database))  # warmed up, never told its files
    try:
        assert check.result() == {}  # its child would have waited WAIT_FOR_FILES (two minutes)
        assert not any(p.is_alive() for p in check._processes)
    finally:
        check.stop()


def test_a_check_stopped_twice_and_asked_after_is_quiet(node_db, tmp_path):
    check = PackageCheck(Path(node_db.engine.url.database)).check([tmp_path / "none.skp"])
    check.stop()
    check.stop()
    assert check.result() == {}
    assert not any(p.is_alive() for p in check._processes)
