"""The "Sao lưu" page: a clerk who has never seen it restores yesterday's data, and the history
dialog shows who changed a record."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QPushButton
from safety_helpers import add_initiatives

from db.backup import backups_folder, list_backups, make_backup
from db.models import Initiative
from desktop.tasks import wait_for_tasks
from desktop.views.registry import NodeInfo, PageContext


@pytest.fixture
def context(site_db, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("user/name", "Nguyễn Thị Hoa")
    return PageContext(site_db, NodeInfo("n", "VSP"), settings, "vi")


@pytest.fixture
def messages(monkeypatch):
    """Message boxes answer themselves: questions with their default button; texts recorded."""
    shown: list[str] = []

    def record(_parent, _title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    def answer(box):
        shown.append(box.text())
        box.defaultButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "information", record)
    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "exec", answer)
    return shown


def yesterdays_backup(database):
    yesterday = dt.datetime.now() - dt.timedelta(days=1)
    name = f"{database.path.stem}-{yesterday:%Y%m%d}-173000-daily.db"
    return make_backup(database, backups_folder(database.path) / name, "daily").path


def count(database) -> int:
    with database.session() as session:
        return session.query(Initiative).count()


def wait_until_listed(qtbot, page, rows: int) -> None:
    qtbot.waitUntil(lambda: page.table.rowCount() == rows, timeout=10000)


def test_a_fresh_user_restores_yesterdays_backup(qtbot, context, site_db, messages):
    from desktop.views.backups_page import BackupsPage

    yesterdays_backup(site_db)  # 3 initiatives yesterday evening
    add_initiatives(site_db, 4)  # today's work, then something went wrong
    page = BackupsPage(context)
    qtbot.addWidget(page)
    wait_until_listed(qtbot, page, 1)
    assert "hôm qua" in page.table.item(0, 0).text()
    assert page.table.item(0, 2).text() == "3"
    assert page.selected_backup() is not None  # yesterday's is already chosen
    restore = page.findChild(QPushButton, "restore")
    assert restore.isEnabled() and "Khôi phục" in restore.text()
    restore.click()
    wait_for_tasks()
    qtbot.waitUntil(lambda: any("Đã khôi phục" in m for m in messages), timeout=10000)
    assert "hôm qua" in messages[0] and "3 sáng kiến" in messages[0]  # the question said when
    assert count(site_db) == 3
    wait_until_listed(qtbot, page, 2)  # today's data was kept aside first
    assert {b.reason for b in list_backups(site_db)} == {"daily", "restore"}


def test_cancelling_the_question_restores_nothing(qtbot, context, site_db, monkeypatch):
    from desktop.views.backups_page import BackupsPage

    yesterdays_backup(site_db)
    add_initiatives(site_db, 1)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)  # closed without choosing
    page = BackupsPage(context)
    qtbot.addWidget(page)
    wait_until_listed(qtbot, page, 1)
    page.findChild(QPushButton, "restore").click()
    wait_for_tasks()
    assert count(site_db) == 4


def test_back_up_now_adds_a_line(qtbot, context, site_db, messages):
    from desktop.views.backups_page import BackupsPage

    page = BackupsPage(context)
    qtbot.addWidget(page)
    wait_for_tasks()
    page.findChild(QPushButton, "backupNow").click()
    wait_until_listed(qtbot, page, 1)
    assert page.table.item(0, 1).text() == "Sao lưu thủ công"
    assert "hôm nay" in page.table.item(0, 0).text()


def test_a_damaged_database_shows_why_on_the_page(qtbot, site_db, tmp_path, monkeypatch):
    from db.safe_open import close_safely, open_safely, run_due_check
    from desktop.views.backups_page import BackupsPage

    yesterdays_backup(site_db)
    path = site_db.path
    close_safely(site_db)
    with open(path, "r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\x0d\xff" * 2048)
    monkeypatch.setattr("db.opening.CHECK_AT_OPEN_BYTES", 0)  # a big file (a small one: at open)
    damaged = open_safely(path, hold_lock=True, wait_s=0)
    assert damaged.guard.check_due == "changed while closed"  # the window checks it ...
    assert run_due_check(damaged)  # ... in the background, and turns read-only
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    page = BackupsPage(PageContext(damaged, NodeInfo("n", "VSP"), settings, "vi"))
    qtbot.addWidget(page)
    try:
        assert not page.banner.isHidden() and "bị hỏng" in page.banner.text()
        wait_until_listed(qtbot, page, 1)
    finally:
        wait_for_tasks()
        close_safely(damaged)


def test_the_history_dialog_lists_who_changed_what(qtbot, context, site_db):
    from db.changes import RecordWriter
    from desktop.dialogs.audit_dialog import AuditDialog

    with site_db.transaction() as session:
        row = session.query(Initiative).filter_by(reg_no="VSP-2022-0001").one()
        RecordWriter(session, "Lê Văn Tám").update(row, title="Bơm mới")
        row_id = row.id
    dialog = AuditDialog(context, row_id, "VSP-2022-0001")
    qtbot.addWidget(dialog)
    newest = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    assert newest[1:5] == ["Lê Văn Tám", "Sửa", "Sáng kiến", "Tên sáng kiến"]
    assert newest[6] == "Bơm mới"
    assert dialog.table.rowCount() == 1 + 5  # the edit, then the creation's five fields


@pytest.mark.parametrize(
    ("language", "shown"), [("vi", "Bản hỏng được giữ lại"), ("en", "Damaged copy kept")]
)
def test_every_kind_of_backup_is_named_in_the_interface_language(qapp, language, shown):
    """The page names each backup's reason from the one list in db/backup.py, the damaged file a
    restore keeps too."""
    import datetime as dt
    from pathlib import Path

    from db.backup import BackupInfo
    from desktop.i18n import install_translators
    from desktop.views.backups_page import backup_cells

    damaged = BackupInfo(
        Path("site-20261203-010000-damaged.db"), dt.datetime(2026, 12, 3), "damaged"
    )
    install_translators(qapp, language)
    try:
        assert backup_cells(damaged)[1] == shown
    finally:
        install_translators(qapp, "vi")
