"""A second window or program on the same database: a clear message or read-only, never a
"database is locked" traceback; a save that cannot get the database waits briefly, then says so."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from safety_helpers import add_initiatives
from sqlalchemy import text

import db.session
from db.lock import DatabaseBusy, DatabaseInUse, DatabaseReadOnly, program_name, writer_lock
from db.safe_open import close_safely, open_safely

HOLD_GUI = """
import sys
from db.safe_open import open_safely
database = open_safely({path!r}, hold_lock=True, program="SángKiến (cửa sổ chính)")
print("open", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def gui_elsewhere(site_db):
    """Another program (the GUI) has the site's database open."""
    path = site_db.path
    close_safely(site_db)
    process = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(HOLD_GUI.format(path=str(path)))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout.readline().strip() == "open"
    yield path
    process.communicate("\n", timeout=20)


def test_a_second_window_opens_read_only_and_says_why(gui_elsewhere):
    database = open_safely(gui_elsewhere, hold_lock=True, wait_s=0)
    try:
        reason = str(database.guard.read_only_reason)
        assert "đang được mở ở một chương trình khác" in reason
        assert "SángKiến (cửa sổ chính)" in reason and "chỉ đọc" in reason
        with database.session() as session:  # reading works
            assert session.execute(text("SELECT count(*) FROM initiatives")).scalar()
        with pytest.raises(DatabaseReadOnly), database.transaction():
            pass
    finally:
        close_safely(database)


def test_a_command_that_writes_waits_briefly_then_says_another_program_has_it(gui_elsewhere):
    database = open_safely(gui_elsewhere, wait_s=0.3)
    try:
        with pytest.raises(DatabaseInUse, match="đang được mở ở một chương trình khác"):
            add_initiatives(database, 1)
        with database.session() as session:  # reading still works
            assert session.execute(text("SELECT count(*) FROM initiatives")).scalar()
    finally:
        close_safely(database)


def test_the_command_line_prints_one_message_and_no_traceback(gui_elsewhere):
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(gui_elsewhere), "backup"],
        capture_output=True,
        text=True,
    )
    # backup only reads, so it works while the GUI is open
    assert done.returncode == 0, done.stderr
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(gui_elsewhere), "restore", "1"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert "đang được mở ở một chương trình khác" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_lock_goes_with_the_program_that_held_it(site_db):
    path = site_db.path
    close_safely(site_db)
    subprocess.run(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import os, signal
            from db.lock import writer_lock
            writer_lock({str(path)!r}).acquire("x")
            os.kill(os.getpid(), signal.SIGKILL)
        """),
        ],
        check=False,
    )
    lock = writer_lock(path)
    lock.acquire("test", wait_s=0)
    lock.release()


def test_one_program_may_open_its_database_twice(site_db):
    again = open_safely(site_db.path, hold_lock=True, wait_s=0)
    try:
        assert not again.guard.read_only
        add_initiatives(again, 1)
        add_initiatives(site_db, 1)
    finally:
        close_safely(again)


def test_sqlite_staying_locked_becomes_a_clear_busy_message(site_db, monkeypatch):
    import sqlite3

    monkeypatch.setattr(db.session, "BUSY_TIMEOUT_MS", 200)
    site_db.engine.dispose()  # new connections with the short timeout
    blocker = sqlite3.connect(site_db.path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusy, match="đang bận"):
            add_initiatives(site_db, 1)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    add_initiatives(site_db, 1)  # and saving works again once the other writer is done


def test_the_lock_file_names_the_command():
    assert (
        program_name(["--db", "x.db", "initiative", "add", "f.json"]) == "SángKiến initiative add"
    )
