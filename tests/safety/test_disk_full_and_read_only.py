"""A full disk or a write-protected USB stick: one clear message, nothing already saved lost,
no half file under the final name. Simulated OS errors everywhere; real small and read-only
mounts where this machine allows them (root on Linux), skipped cleanly elsewhere."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
import sys
import uuid

import pytest
from safety_helpers import add_initiatives, make_site

import db.fileutil as fileutil
from db.backup import backup_before, list_backups
from db.fileutil import StorageError, atomic_path, atomic_write, write_bytes_atomic
from db.lock import DatabaseStorageError
from db.models import Initiative
from db.safe_open import close_safely, open_safely


class FailingFile:
    def __init__(self, handle, error_no):
        self.handle, self.error_no = handle, error_no

    def write(self, data):
        raise OSError(self.error_no, os.strerror(self.error_no))

    def __getattr__(self, name):
        return getattr(self.handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.handle.close()


def failing_writes(monkeypatch, error_no):
    real_open = open
    monkeypatch.setattr(
        fileutil, "open", lambda *a, **k: FailingFile(real_open(*a, **k), error_no), raising=False
    )


def test_writing_to_a_full_disk_says_so_and_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "bao-cao.csv"
    target.write_text("bản cũ", encoding="utf-8")
    failing_writes(monkeypatch, errno.ENOSPC)
    with pytest.raises(StorageError, match="Ổ đĩa đã đầy"):
        write_bytes_atomic(target, b"new")
    assert target.read_text(encoding="utf-8") == "bản cũ"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bao-cao.csv"]


@pytest.mark.parametrize(
    ("error_no", "words"),
    [
        (errno.EROFS, "chỉ cho phép đọc"),
        (errno.EACCES, "Không có quyền ghi"),
        (errno.EIO, "Ổ đĩa báo lỗi đọc/ghi"),
        (errno.ENOENT, "USB đã bị rút"),
        (errno.EFBIG, "FAT32"),
    ],
)
def test_a_refused_rename_leaves_no_half_file(tmp_path, monkeypatch, error_no, words):
    def refuse(*_args):
        raise OSError(error_no, os.strerror(error_no))

    monkeypatch.setattr(fileutil.os, "replace", refuse)
    with pytest.raises(StorageError, match=words):
        write_bytes_atomic(tmp_path / "goi.skp", b"PK" * 1000)
    assert list(tmp_path.iterdir()) == []


def test_an_io_error_blames_a_usb_stick_only_when_the_file_is_on_one(tmp_path, monkeypatch):
    def refuse(*_args):
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(fileutil.os, "replace", refuse)
    with pytest.raises(StorageError) as local:
        write_bytes_atomic(tmp_path / "goi.skp", b"PK")
    assert "USB" not in str(local.value)
    monkeypatch.setattr(fileutil, "on_removable_medium", lambda _path: True)
    with pytest.raises(StorageError, match="USB hỏng"):
        write_bytes_atomic(tmp_path / "goi.skp", b"PK")
    assert fileutil.on_removable_medium("/media/hoa/USB/goi.skp")


def test_a_program_killed_while_writing_leaves_only_a_hidden_temporary_file(tmp_path):
    with contextlib.suppress(KeyboardInterrupt), atomic_write(tmp_path / "goi.skp") as handle:
        handle.write(b"half")
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_libraries_that_write_by_name_get_a_temporary_path(tmp_path):
    with atomic_path(tmp_path / "giay-chung-nhan.pdf") as temp:
        assert temp.parent == tmp_path and temp.name.startswith(".")
        temp.write_bytes(b"%PDF-1.4")
    assert (tmp_path / "giay-chung-nhan.pdf").read_bytes() == b"%PDF-1.4"


def test_saving_with_no_space_left_says_so_and_keeps_every_saved_record(site_db):
    conn = site_db.engine.raw_connection()
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()

    def limit(dbapi_connection, _record):  # the database file may not grow: a full disk
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    from sqlalchemy import event

    event.listen(site_db.engine, "connect", limit)
    site_db.engine.dispose()
    with pytest.raises(DatabaseStorageError, match="Ổ đĩa đã đầy"):
        add_initiatives(site_db, 400)
    with site_db.session() as session:
        assert session.query(Initiative).count() == 3


# ---- real small and read-only disks (root on Linux only) ------------------------------------


@contextlib.contextmanager
def mounted_tmpfs(folder, size: str, read_only: bool = False):
    folder.mkdir(parents=True, exist_ok=True)
    options = f"size={size}" + (",ro" if read_only else "")
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root on Linux")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"mount not permitted here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def test_exporting_to_a_full_usb_stick_says_so_and_leaves_no_half_file(tmp_path):
    with mounted_tmpfs(tmp_path / "usb", "64k") as usb:
        with pytest.raises(StorageError, match="Ổ đĩa đã đầy"):
            write_bytes_atomic(usb / "goi.skp", os.urandom(200_000))
        assert [p for p in usb.iterdir()] == []


def test_exporting_to_a_write_protected_usb_stick_says_so(tmp_path):
    with (
        mounted_tmpfs(tmp_path / "usb", "1m", read_only=True) as usb,
        pytest.raises(StorageError, match="chỉ cho phép đọc"),
    ):
        write_bytes_atomic(usb / "goi.skp", b"PK")


def test_a_database_on_a_disk_that_fills_up_keeps_what_was_saved(tmp_path):
    with mounted_tmpfs(tmp_path / "disk", "900k") as disk:
        database = make_site(disk / "site.db")
        saved = 0
        try:
            with pytest.raises(DatabaseStorageError, match="Ổ đĩa đã đầy"):
                for _ in range(200):
                    add_initiatives(database, 25, prefix=f"VSP-{uuid.uuid4().hex[:6]}")
                    saved += 25
            with database.session() as session:
                assert session.query(Initiative).count() == saved
        finally:
            close_safely(database)
        database = open_safely(disk / "site.db")
        try:
            from db.integrity import check_database

            assert check_database(database).ok
        finally:
            close_safely(database)


def test_a_backup_to_a_full_disk_says_so_and_older_backups_stay(tmp_path):
    with mounted_tmpfs(tmp_path / "disk", "3m") as disk:
        database = make_site(disk / "site.db")
        try:
            backup_before(database, "daily")
            add_initiatives(database, 300)
            with pytest.raises(StorageError, match="Ổ đĩa đã đầy"):
                for _ in range(10):
                    backup_before(database, "manual")
            assert all(b.checked_ok for b in list_backups(database))
            assert not list((disk / "backups").glob(".*"))
        finally:
            close_safely(database)
