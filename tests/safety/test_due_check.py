"""A person at a rig never waits minutes for a read (issue 13): after an unclean shutdown the
full check of a big file is deferred, reads go on at once, and the first write runs the check
first, so nothing lands on a damaged file. The rule: docs/ARCHITECTURE.md, "The file"."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from safety_helpers import add_initiatives, kill_a_window_holding, make_site
from sqlalchemy import text

import db.integrity
from db.integrity import CheckCancelled
from db.lock import writer_lock
from db.safe_open import (
    CheckRunning,
    DatabaseDamaged,
    close_safely,
    open_safely,
    run_due_check,
)
from desktop.__main__ import main


@pytest.fixture
def big_site(tmp_path, monkeypatch) -> Path:
    """A site database closed cleanly, treated as big (above the size checked on opening)."""
    database = make_site(tmp_path / "site.db")
    add_initiatives(database, 3)
    close_safely(database)
    monkeypatch.setattr("db.opening.CHECK_AT_OPEN_BYTES", 0)
    return database.path


def damage(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\x0d\xff" * 2048)


def initiatives_in(path: Path) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM initiatives").fetchone()[0]
    finally:
        conn.close()


def sangkien(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def new_initiative(tmp_path) -> Path:
    path = tmp_path / "new.json"
    conn = sqlite3.connect(tmp_path / "site.db")
    unit = conn.execute("SELECT id FROM units WHERE code = 'VSP'").fetchone()[0]
    conn.close()
    path.write_text(
        '{"title": "Giàn khoan: thay gioăng bơm", "solution_type": "technical", '
        f'"unit_id": "{unit}", "registered_on": "2022-03-02"}}',
        encoding="utf-8",
    )
    return path


def test_after_an_unclean_shutdown_a_reading_command_answers_at_once_and_says_the_check_is_due(
    big_site, full_checks, capsys
):
    kill_a_window_holding(big_site)
    code, out, err = sangkien(capsys, "--db", big_site, "initiative", "list")
    assert code == 0 and "VSP-2022-0003" in out
    assert full_checks == []  # the file was not read through
    assert err.count("\n") == 1 and "Đến hạn kiểm tra toàn vẹn site.db" in err
    assert "không được đóng đúng cách" in err and "sangkien check" in err
    code, out, err = sangkien(capsys, "--lang", "en", "--db", big_site, "initiative", "list")
    assert "The integrity check of site.db is due" in err and "not closed cleanly" in err


def test_the_first_write_after_an_unclean_shutdown_checks_first_and_records_it(
    big_site, full_checks, capsys, tmp_path
):
    kill_a_window_holding(big_site)
    code, _out, err = sangkien(
        capsys, "--db", big_site, "initiative", "add", new_initiative(tmp_path)
    )
    assert code == 0, err
    assert full_checks == [big_site]  # (a check longer than 0.25 s prints how far it is)
    assert initiatives_in(big_site) == 4
    code, _out, err = sangkien(capsys, "--db", big_site, "initiative", "list")
    assert err == "" and len(full_checks) == 1  # checked once: no longer due


def test_a_write_on_a_file_damaged_by_the_crash_is_refused_and_nothing_lands(
    big_site, capsys, tmp_path
):
    kill_a_window_holding(big_site)
    damage(big_site)
    code, _out, err = sangkien(
        capsys, "--db", big_site, "initiative", "add", new_initiative(tmp_path)
    )
    assert code == 1 and "bị hỏng" in err and "Traceback" not in err
    database = open_safely(big_site)
    try:
        with pytest.raises(DatabaseDamaged, match="bị hỏng"), database.transaction():
            pass
        assert database.guard.read_only and database.guard.damaged
    finally:
        close_safely(database)


def test_stopping_the_check_before_a_write_writes_nothing_and_it_stays_due(big_site):
    kill_a_window_holding(big_site)
    database = open_safely(big_site)
    try:
        guard = database.guard
        assert guard.check_due == "unclean shutdown"
        with pytest.raises(CheckCancelled, match="Đã dừng kiểm tra toàn vẹn"):
            guard.settle_check(cancelled=lambda: True)
        assert guard.check_due == "unclean shutdown" and not guard.read_only
    finally:
        close_safely(database)
    assert initiatives_in(big_site) == 3
    assert writer_lock(big_site).holder()["open"]  # still the unclean shutdown's record


def test_a_write_in_the_window_before_its_background_check_ends_is_refused_not_frozen(big_site):
    kill_a_window_holding(big_site)
    damage(big_site)
    window = open_safely(big_site, hold_lock=True, wait_s=0)
    try:
        assert window.guard.check_due and not window.guard.read_only  # the window opens at once
        with (
            pytest.raises(CheckRunning, match=r"Đang kiểm tra toàn vẹn site\.db"),
            window.transaction() as session,
        ):
            session.execute(text("DELETE FROM initiatives"))
        assert run_due_check(window)  # the background check finds the damage
        assert window.guard.read_only and window.guard.damaged
        with pytest.raises(DatabaseDamaged, match="bị hỏng"), window.transaction():
            pass
    finally:
        close_safely(window)
    assert initiatives_in(big_site) == 3


def test_the_window_writes_once_its_background_check_passed(big_site):
    kill_a_window_holding(big_site)
    window = open_safely(big_site, hold_lock=True, wait_s=0)
    try:
        assert run_due_check(window) == []
        with window.transaction() as session:
            session.execute(text("DELETE FROM initiatives"))
    finally:
        close_safely(window)
    assert initiatives_in(big_site) == 0


def test_a_small_file_is_still_checked_as_it_opens(tmp_path, full_checks):
    database = make_site(tmp_path / "site.db")
    close_safely(database)
    kill_a_window_holding(database.path)
    damage(database.path)
    reopened = open_safely(database.path)
    try:
        assert full_checks == [database.path]
        assert reopened.guard.damaged and reopened.guard.read_only
    finally:
        close_safely(reopened)


def test_sangkien_check_settles_the_due_check(big_site, full_checks, capsys):
    kill_a_window_holding(big_site)
    code, out, err = sangkien(capsys, "--db", big_site, "check")
    assert code == 0 and "Cơ sở dữ liệu tốt" in out
    code, out, err = sangkien(capsys, "--db", big_site, "initiative", "list")
    assert err == "" and full_checks == []


def test_the_window_opens_at_once_after_an_unclean_shutdown_and_turns_read_only_on_damage(
    qtbot, big_site, tmp_path, monkeypatch
):
    import threading

    from qt_waiting import wait_for

    from desktop.app import Application, app_settings
    from desktop.tasks import wait_for_tasks

    kill_a_window_holding(big_site)
    damage(big_site)
    go_on = threading.Event()  # the check of a 13 GB file takes minutes: hold it back
    real = db.integrity.quick_check_file

    def slow_check(path, *how):
        go_on.wait(30)
        return real(path, *how)

    monkeypatch.setattr("db.safe_open.quick_check_file", slow_check)
    warned = []  # the window's modal "read-only" box, recorded instead of shown
    monkeypatch.setattr("desktop.views.backups_page.warn_read_only", lambda *a: warned.append(a))
    application = Application(app_settings(tmp_path / "settings.ini"), "vi")
    try:
        assert application.open(big_site)  # the window is there while the check still runs
        guard = application.database.guard
        assert application.window.isVisible() and not guard.read_only
        go_on.set()
        wait_for(qtbot, lambda: warned)
        assert guard.read_only and guard.damaged and "bị hỏng" in guard.read_only_reason.text("vi")
    finally:
        go_on.set()
        wait_for_tasks()
        application.close_window()
