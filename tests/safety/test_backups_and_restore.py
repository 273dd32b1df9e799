"""A clerk with no IT support gets backups without asking and brings yesterday's data back."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from safety_helpers import add_initiatives, make_site

from db.backup import (
    BackupError,
    BackupInfo,
    backup_before,
    backups_folder,
    backups_to_remove,
    daily_backup_if_due,
    list_backups,
    make_backup,
)
from db.lock import DatabaseInUse
from db.messages import message_of
from db.models import AuditEntry, Initiative
from db.node import this_node
from db.restore import restore_backup
from db.safe_open import close_safely


def count_initiatives(database) -> int:
    with database.session() as session:
        return session.query(Initiative).count()


def test_a_backup_is_listed_with_its_date_reason_and_number_of_initiatives(site_db):
    path = backup_before(site_db, "manual")
    assert path.parent == backups_folder(site_db.path)
    [info] = list_backups(site_db)
    assert (info.path, info.reason, info.initiatives, info.checked_ok) == (path, "manual", 3, True)
    assert info.reason_label == "Sao lưu thủ công"
    assert info.unit_code == "VSP"


def test_a_backup_is_one_self_contained_file(site_db):
    path = backup_before(site_db, "import")
    assert not path.with_name(path.name + "-wal").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_the_daily_backup_is_made_once_a_day(site_db):
    assert daily_backup_if_due(site_db) is not None
    assert daily_backup_if_due(site_db) is None
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert daily_backup_if_due(site_db, today=tomorrow) is not None


def info_at(when: dt.datetime) -> BackupInfo:
    return BackupInfo(path=None, created_at=when, reason="daily")


def test_rotation_keeps_the_last_ten_and_the_newest_of_every_month():
    start = dt.datetime(2022, 1, 1, 8)
    backups = [info_at(start + dt.timedelta(days=day)) for day in range(120)]
    kept = {id(b) for b in backups} - {id(b) for b in backups_to_remove(backups)}
    kept_dates = sorted(b.created_at.date() for b in backups if id(b) in kept)
    last_ten = [b.created_at.date() for b in backups[-10:]]
    month_ends = [dt.date(2022, 1, 31), dt.date(2022, 2, 28), dt.date(2022, 3, 31)]
    assert kept_dates == month_ends + last_ten


def test_backups_rotate_on_disk(site_db):
    for _ in range(13):
        backup_before(site_db, "import")
    assert len(list_backups(site_db)) == 10
    assert len(list(backups_folder(site_db.path).glob("*.db.json"))) == 10


def test_restoring_yesterdays_backup_brings_its_records_back_and_keeps_todays_aside(site_db):
    yesterday = backup_before(site_db, "daily")
    add_initiatives(site_db, 2)
    assert count_initiatives(site_db) == 5
    result = restore_backup(site_db, yesterday, actor="Nguyễn Thị Hoa")
    assert count_initiatives(site_db) == 3  # the open database sees the restored data at once
    assert result.safety_backup is not None and result.safety_backup.exists()
    safety = next(b for b in list_backups(site_db) if b.path == result.safety_backup)
    assert safety.reason == "restore" and safety.initiatives == 5


def test_after_a_restore_new_changes_get_sequence_numbers_never_used_before(site_db):
    yesterday = backup_before(site_db, "daily")
    add_initiatives(site_db, 2)
    with site_db.session() as session:
        last_seq_before = this_node(session).last_seq
    restore_backup(site_db, yesterday)
    with site_db.session() as session:
        assert this_node(session).last_seq == last_seq_before
    add_initiatives(site_db, 1)
    from db.integrity import check_database

    assert check_database(site_db).ok


def test_the_restore_is_written_in_the_audit_trail(site_db):
    yesterday = backup_before(site_db, "daily")
    restore_backup(site_db, yesterday, actor="Nguyễn Thị Hoa")
    with site_db.session() as session:
        entry = session.query(AuditEntry).filter_by(action="restore").one()
    assert entry.actor == "Nguyễn Thị Hoa" and entry.row_id == yesterday.name


def test_a_file_that_is_not_a_database_is_refused_and_nothing_changes(site_db, tmp_path):
    photo = tmp_path / "anh.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"x" * 5000)
    with pytest.raises(BackupError, match="không phải bản sao lưu SángKiến") as refused:
        restore_backup(site_db, photo)
    english = message_of(refused.value).text("en")
    assert (
        english
        == "anh.jpg could not be restored: this file is not a SángKiến backup (it is not a database)."
    )
    assert count_initiatives(site_db) == 3 and list_backups(site_db) == []


def test_another_programs_database_is_refused(site_db, tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(BackupError, match="không phải cơ sở dữ liệu SángKiến"):
        restore_backup(site_db, other)


def test_a_missing_file_is_refused(site_db, tmp_path):
    with pytest.raises(BackupError, match="Không tìm thấy"):
        restore_backup(site_db, tmp_path / "khong-co.db")


def damage(path, at_page: int = 3) -> None:
    with open(path, "r+b") as handle:
        handle.seek(4096 * at_page)
        handle.write(b"\x0d\xff" * 2048)


def test_a_damaged_backup_is_refused(site_db):
    backup = backup_before(site_db, "daily")
    damage(backup)
    with pytest.raises(BackupError, match="hỏng"):
        restore_backup(site_db, backup)
    assert count_initiatives(site_db) == 3


def test_a_backup_from_a_newer_version_is_refused(site_db, tmp_path):
    newer = tmp_path / "newer.db"
    make_backup(site_db, newer, "manual")
    conn = sqlite3.connect(newer)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    with pytest.raises(BackupError, match="cập nhật SángKiến"):
        restore_backup(site_db, newer)


def test_a_backup_of_another_site_is_refused_unless_asked_for(site_db, tmp_path):
    other = make_site(tmp_path / "other" / "site.db")
    copy = backup_before(other, "manual")
    close_safely(other)
    with pytest.raises(BackupError, match="máy/đơn vị khác"):
        restore_backup(site_db, copy)
    restore_backup(site_db, copy, allow_other_node=True)
    assert count_initiatives(site_db) == 0


def test_restore_waits_for_no_one_when_another_program_has_the_database_open(site_db, tmp_path):
    import subprocess
    import sys
    import textwrap

    backup = backup_before(site_db, "daily")
    close_safely(site_db)  # this program lets go of the database; another one takes it
    holder = textwrap.dedent(f"""
        import sys, time
        from db.lock import writer_lock
        writer_lock({str(site_db.path)!r}).acquire("SángKiến GUI")
        print("held", flush=True)
        sys.stdin.readline()
    """)
    process = subprocess.Popen(
        [sys.executable, "-c", holder], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout.readline().strip() == "held"
        with pytest.raises(DatabaseInUse, match="đang được mở ở một chương trình khác"):
            restore_backup(site_db.path, backup, lock_wait_s=0.2)
    finally:
        process.communicate("\n")


def test_restoring_over_a_damaged_database_works(site_db, tmp_path):
    good = backup_before(site_db, "daily")
    path = site_db.path
    close_safely(site_db)
    damage(path, at_page=2)
    restore_backup(path, good)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM initiatives").fetchone()[0] == 3
    conn.close()


def test_an_upgrade_that_changes_nothing_in_the_file_copies_nothing(tmp_path, monkeypatch):
    import db.migrate as migrate

    database = make_site(tmp_path / "site.db")
    close_safely(database)
    monkeypatch.setattr(migrate, "head_revision", lambda: "0099")  # a newer program
    monkeypatch.setattr("alembic.command.upgrade", lambda *args, **kwargs: None)
    from db.session import open_database

    close_safely(open_database(tmp_path / "site.db"))
    assert list_backups(tmp_path / "site.db") == []  # (test_migration_safety.py: a real one)


def test_a_site_database_from_the_first_release_is_backed_up_and_upgraded(tmp_path):
    """A real upgrade: a database at revision 0001 (before the live-by-date index) opens in this
    version, keeps a backup as it was, and gets the index without losing a record."""
    import sqlite3

    from alembic import command

    from db.migrate import alembic_config, head_revision
    from db.session import open_database

    database = make_site(tmp_path / "site.db")
    count = database.engine.connect().exec_driver_sql("SELECT count(*) FROM initiatives").scalar()
    command.downgrade(alembic_config(database.engine), "0001")
    close_safely(database)
    indexes = "SELECT name FROM sqlite_master WHERE name = 'ix_initiatives_browse'"  # 0007
    assert sqlite3.connect(tmp_path / "site.db").execute(indexes).fetchall() == []

    close_safely(open_database(tmp_path / "site.db"))
    connection = sqlite3.connect(tmp_path / "site.db")
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
        head_revision(),
    )
    assert connection.execute(indexes).fetchall() == [("ix_initiatives_browse",)]
    assert connection.execute("SELECT count(*) FROM initiatives").fetchone() == (count,)
    assert [b.reason for b in list_backups(tmp_path / "site.db")] == ["migrate"]


def test_a_backup_of_a_database_locked_elsewhere_gives_up_with_a_message(tmp_path, monkeypatch):
    """Python's sqlite3 retries a busy backup step for ever: a program holding the database
    locked must end in the backup's message, not a window that waits without end."""
    import db.backup as backup

    source, target = tmp_path / "held.db", tmp_path / "copy.db"
    holder = sqlite3.connect(source, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")  # another program writing, and not letting go
    monkeypatch.setattr(backup, "BUSY_GIVE_UP", 0.0)
    try:
        with pytest.raises(OSError) as raised:
            backup.online_copy(source, target)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    said = message_of(raised.value).text()
    assert "SQLite báo «database is locked»" in said
    assert "Hãy đóng các chương trình đang mở cơ sở dữ liệu" in said
