"""Whatever file is given as the database, one clear message and the file left as it was
(issue 11); opening is quick whatever the size, and damage is still caught (issue 13)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from safety_helpers import add_initiatives, kill_a_window_holding, make_site
from sqlalchemy import text

from db.lock import writer_lock
from db.migrate import version_number
from db.safe_open import close_safely, open_safely, run_due_check
from desktop.__main__ import main


def sangkien(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def fingerprint(path: Path) -> tuple[str, list[str]]:
    """The file's bytes and which companions exist: what 'nothing changed' means."""
    companions = sorted(p.name for p in path.parent.iterdir() if p.name != path.name)
    return hashlib.sha256(path.read_bytes()).hexdigest(), companions


@pytest.fixture
def closed_site(tmp_path) -> Path:
    database = make_site(tmp_path / "site.db")
    add_initiatives(database, 3)
    close_safely(database)
    return database.path


# ---- what the file is (issue 11) -----------------------------------------------------------------


def test_a_zero_byte_file_is_a_failed_copy_not_an_empty_register(tmp_path, capsys):
    path = tmp_path / "site.db"
    path.write_bytes(b"")
    code, _out, err = sangkien(capsys, "--db", path, "initiative", "list")
    assert code == 1 and "rỗng (0 byte)" in err and "Traceback" not in err
    assert path.stat().st_size == 0 and [p.name for p in tmp_path.iterdir()] == ["site.db"]


def test_a_file_that_is_not_sqlite_is_refused_unchanged(tmp_path, capsys):
    path = tmp_path / "site.db"
    path.write_text("Danh sách sáng kiến năm 2023\n", encoding="utf-8")
    before = fingerprint(path)
    code, _out, err = sangkien(capsys, "--db", path, "initiative", "list")
    assert code == 1 and "không phải cơ sở dữ liệu SángKiến" in err
    assert fingerprint(path) == before


def test_another_programs_sqlite_file_gets_no_tables_of_ours(tmp_path, capsys):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.execute("INSERT INTO songs VALUES ('Bài ca người thợ khoan')")
    conn.commit()
    conn.close()
    before = fingerprint(path)
    code, _out, err = sangkien(capsys, "--db", path, "initiative", "list")
    assert code == 1 and "của một chương trình khác" in err
    assert fingerprint(path) == before


def test_a_database_from_a_newer_sangkien_names_the_version_to_install(closed_site, capsys):
    conn = sqlite3.connect(closed_site)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.execute(f"PRAGMA user_version = {version_number('2.3.0')}")
    conn.commit()
    conn.close()
    before = fingerprint(closed_site)
    code, _out, err = sangkien(capsys, "--db", closed_site, "initiative", "list")
    assert code == 1 and "Traceback" not in err
    assert "Hãy cập nhật SángKiến lên phiên bản 2.3.0" in err
    assert fingerprint(closed_site) == before


def test_a_damaged_database_opens_read_only_offering_the_latest_good_backup(closed_site, capsys):
    from db.backup import backup_before

    good = backup_before(closed_site, "daily")
    with open(closed_site, "r+b") as handle:  # damage while closed: caught at the next open
        handle.seek(4096 * 3)
        handle.write(b"\x0d\xff" * 2048)
    code, _out, err = sangkien(capsys, "--db", closed_site, "initiative", "list")
    assert code == 0 and "bị hỏng" in err and good.name in err


@contextlib.contextmanager
def write_protected(folder: Path):
    """A write-protected USB stick: a tmpfs remounted read-only (root on Linux only)."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a disk needs root on Linux")
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(folder)])
    if done.returncode != 0:
        pytest.skip("mount not permitted here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def test_a_database_on_a_write_protected_stick_opens_read_only_with_a_message(
    closed_site, tmp_path, capsys
):
    with write_protected(tmp_path / "usb") as usb:
        copy = usb / "site.db"
        copy.write_bytes(closed_site.read_bytes())
        subprocess.run(["mount", "-o", "remount,ro", str(usb)], check=True)
        code, out, err = sangkien(capsys, "--db", copy, "initiative", "list")
        assert code == 0 and "VSP-2022-0003" in out and "ổ chỉ đọc" in err
        code, _out, err = sangkien(capsys, "--db", copy, "initiative", "delete", "VSP-2022-0001")
        assert code == 1 and "chỉ đọc" in err and "Traceback" not in err


@pytest.mark.parametrize("folder", ["Sáng kiến (2023)", "Công đoàn 100% #2 [Đợt 1]", "a?b&c=d"])
def test_a_folder_with_any_letters_and_punctuation_holds_a_database(tmp_path, capsys, folder):
    path = tmp_path / folder / "site.db"
    code, _out, err = sangkien(capsys, "--db", path, "init", "--unit", "VSP-MSP1")
    assert code == 0, err
    code, out, err = sangkien(capsys, "--db", path, "initiative", "list", "--json")
    assert code == 0 and out.strip().startswith("["), err
    assert sorted(p.name for p in path.parent.iterdir() if not p.is_dir())[0] == "site.db"


# ---- when the full check runs (issue 13) ---------------------------------------------------------


def test_a_clean_reopen_does_not_read_the_whole_file(closed_site, full_checks):
    first = open_safely(closed_site)  # first open under this policy: never checked yet
    close_safely(first)
    assert len(full_checks) == 1
    for _ in range(3):
        close_safely(open_safely(closed_site))
        close_safely(open_safely(closed_site, hold_lock=True))
    assert len(full_checks) == 1


def test_the_check_runs_again_after_a_week(closed_site, full_checks):
    import datetime as dt

    close_safely(open_safely(closed_site))
    lock = writer_lock(closed_site)
    lock.record_check(dt.datetime.now() - dt.timedelta(days=8))
    lock.try_acquire("test")
    lock.release()
    close_safely(open_safely(closed_site))
    assert len(full_checks) == 2


def test_damage_after_an_unclean_shutdown_is_caught(closed_site, full_checks):
    close_safely(open_safely(closed_site))  # checked once, closed cleanly
    kill_a_window_holding(closed_site)
    stamp = os.stat(closed_site)
    with open(closed_site, "r+b") as handle:  # the crash left a damaged page ...
        handle.seek(4096 * 3)
        handle.write(b"\x0d\xff" * 2048)
    os.utime(closed_site, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))  # ... and no other trace
    database = open_safely(closed_site)
    try:
        assert len(full_checks) == 2
        assert database.guard.damaged and database.guard.read_only
    finally:
        close_safely(database)


def test_the_window_checks_in_the_background_and_turns_read_only_on_damage(
    closed_site, monkeypatch
):
    close_safely(open_safely(closed_site))
    monkeypatch.setattr("db.opening.CHECK_AT_OPEN_BYTES", 0)  # a big file (a small one: at open)
    kill_a_window_holding(closed_site)
    with open(closed_site, "r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\x0d\xff" * 2048)
    window = open_safely(closed_site, hold_lock=True, wait_s=0)
    try:
        assert window.guard.check_due == "unclean shutdown" and not window.guard.read_only
        assert run_due_check(window)
        assert window.guard.read_only and window.guard.damaged
        with pytest.raises(Exception, match="bị hỏng"), window.transaction() as session:
            session.execute(text("DELETE FROM initiatives"))
    finally:
        close_safely(window)


def test_a_backup_always_checks_what_it_copies(closed_site, full_checks):
    from db.backup import backup_before

    close_safely(open_safely(closed_site))
    path = backup_before(closed_site, "manual")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()
