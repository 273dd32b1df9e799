"""The open window keeps its database safe whatever else runs on the PC (issue 10, finding 5).

On Linux, closing ANY descriptor of a file drops every POSIX lock the process holds on it. Qt's
file dialog read the files of the folder it listed to guess their types, so the attachment
dialog opened beside the database dropped SQLite's locks; a command run next believed it was
the last user, checkpointed and deleted the WAL, and every later save of the window was lost.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from db.lock import writer_lock
from db.safe_open import close_safely, open_safely

ROOT = Path(__file__).resolve().parents[2]
linux_only = pytest.mark.skipif(not Path("/proc/locks").exists(), reason="POSIX locks of Linux")


def posix_locks_held_on(path: Path) -> int:
    """How many POSIX locks this process holds on the file (from /proc/locks)."""
    inode, pid = os.stat(path).st_ino, os.getpid()
    lines = Path("/proc/locks").read_text().splitlines()
    return sum(
        1 for line in lines if f":{inode} " in line and f" {pid} " in line.split("POSIX")[-1]
    )


def read_in_another_process(path: Path) -> None:
    """What a clerk's `sangkien --db … initiative list` does while the window is open."""
    command = [sys.executable, "-m", "desktop", "--db", str(path), "initiative", "list"]
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)


def wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


@pytest.fixture
def window_db(site_db):
    """The site database as the window holds it: writer lock taken, a read done."""
    path = site_db.path
    close_safely(site_db)
    database = open_safely(path, hold_lock=True, wait_s=0)
    with database.session() as session:
        session.execute(text("SELECT count(*) FROM initiatives")).all()
    yield database
    close_safely(database)


def list_folder_in_file_dialog(qtbot, folder: Path, **options) -> None:
    from desktop.dialogs.file_dialogs import make_file_dialog

    dialog = make_file_dialog(None, "Chọn tệp đính kèm", str(folder), "Mọi tệp (*)", **options)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(1500)  # the folder model gathers every file's details meanwhile
    dialog.reject()


@linux_only
@pytest.mark.parametrize("choosing_a_database", [False, True])
def test_a_file_dialog_in_the_database_folder_leaves_the_windows_locks(
    qtbot, window_db, choosing_a_database
):
    path = window_db.path
    with window_db.engine.connect() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM initiatives").all()  # a read under way
        held = posix_locks_held_on(path)
        assert held >= 1
        list_folder_in_file_dialog(qtbot, path.parent, show_databases=choosing_a_database)
        assert posix_locks_held_on(path) == held


def test_the_dialog_lists_no_database_companions_and_hides_databases_unless_choosing_one(qtbot):
    from db.paths import is_database_companion, is_database_file
    from desktop.dialogs.file_dialogs import HideDatabaseFiles

    assert HideDatabaseFiles  # the proxy the dialogs use, tested by name here:
    for name in ("site.db-wal", "site.db-shm", "site.db.lock", "site.db-journal", "x.sqlite-wal"):
        assert is_database_companion(name)
    assert is_database_file("Sáng kiến.db") and not is_database_file("bản quét.pdf")
    assert not is_database_companion("report-wal.pdf")


def test_closing_another_descriptor_of_the_lock_file_keeps_the_writer_lock(window_db):
    lock = writer_lock(window_db.path)
    with open(lock.path, encoding="utf-8") as other:  # e.g. someone reading who holds it
        other.read()
    probe = (
        "import sys; from db.lock import writer_lock; "
        f"sys.exit(0 if writer_lock({str(window_db.path)!r}).held_elsewhere() else 1)"
    )
    assert subprocess.run([sys.executable, "-c", probe], cwd=ROOT).returncode == 0


@linux_only
def test_a_reader_never_removes_the_wal_of_a_database_whose_writer_lock_is_held(window_db):
    path = window_db.path
    with window_db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
    with window_db.transaction() as session:
        session.execute(text("UPDATE node SET last_seq = last_seq"))
    # Worst case: something in the window's process dropped SQLite's POSIX locks anyway.
    os.close(os.open(path, os.O_RDONLY))
    read_in_another_process(path)
    assert wal_of(path).exists()
    with window_db.transaction() as session:
        session.execute(text("UPDATE node SET last_seq = last_seq + 0"))
    plain = sqlite3.connect(sqlite_ro(path), uri=True)
    assert plain.execute("SELECT count(*) FROM initiatives").fetchone()[0] == 3
    plain.close()


def sqlite_ro(path: Path) -> str:
    from db.session import read_only_uri

    return read_only_uri(path)


@linux_only
def test_the_windows_save_survives_a_dialog_a_reader_and_kill_9(tmp_path):
    """The issue's own story, with a real window in its own process."""
    folder = tmp_path / "Sáng kiến (2023) 100%"
    folder.mkdir()
    path = folder / "site.db"
    init = [sys.executable, "-m", "desktop", "--db", str(path), "init", "--unit", "VSP-MSP1"]
    subprocess.run(init, check=True, capture_output=True, cwd=ROOT)
    environment = os.environ | {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    story = [sys.executable, str(Path(__file__).with_name("window_story.py"))]
    window = subprocess.Popen(
        [*story, str(path), str(tmp_path / "settings.ini"), "Giảm tiêu hao dầu nhờn máy nén"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
        env=environment | {"PYTHONPATH": str(ROOT)},
        text=True,
    )
    try:
        assert window.stdout.readline().strip() == "saved"
        time.sleep(0.2)
    finally:
        window.send_signal(signal.SIGKILL)
        window.wait(timeout=20)
    conn = sqlite3.connect(path)
    titles = [row[0] for row in conn.execute("SELECT title FROM initiatives")]
    conn.close()
    assert titles == ["Giảm tiêu hao dầu nhờn máy nén"]


def test_a_clerk_cannot_attach_the_database_or_its_wal(qtbot, window_db, tmp_path):
    from desktop.app import app_settings
    from desktop.dialogs.attachments_widget import AttachmentsWidget

    widget = AttachmentsWidget(window_db, app_settings(tmp_path / "settings.ini"))
    qtbot.addWidget(widget)
    for path in (window_db.path, wal_of(window_db.path)):
        assert not widget.add_file(path)
        assert "là tệp cơ sở dữ liệu" in widget.message.text()
    assert widget.pending_files() == []


def test_an_io_error_from_a_removed_wal_says_so_not_that_the_disk_failed(tmp_path):
    from db.safe_open import _wal_removed_message

    path = tmp_path / "site.db"
    path.write_bytes(b"")
    error = sqlite3.OperationalError("disk I/O error")
    message = str(_wal_removed_message(error, str(path)))
    assert "site.db-wal" in message and "bị một chương trình khác xóa" in message
    assert "USB" not in message
    wal_of(path).write_bytes(b"")
    assert _wal_removed_message(error, str(path)) is None  # then it is the disk after all
