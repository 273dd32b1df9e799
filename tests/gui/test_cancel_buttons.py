"""Cancel means cancel: the progress report and the backup leave no file when the person
pressed Cancel while they were being written."""

from __future__ import annotations

import datetime as dt

import pytest
from initiatives_support import clerk_world

import db.progress
from db.backup import backups_folder
from db.progress import OperationCancelled
from desktop.tasks import wait_for_tasks
from desktop.views.progress_report_button import write_unless_cancelled


@pytest.fixture
def clerk(tmp_path):
    world = clerk_world(tmp_path)
    yield world
    world.database.close()


def test_a_cancelled_progress_report_leaves_no_file(clerk, tmp_path):
    out = tmp_path / "bao-cao.pdf"
    with pytest.raises(OperationCancelled):
        write_unless_cancelled(clerk.database, out, dt.date(2023, 4, 14), None, lambda: True)
    assert list(tmp_path.glob("*bao-cao*")) == []
    assert write_unless_cancelled(clerk.database, out, dt.date(2023, 4, 14), None, lambda: False)
    assert out.exists() and list(tmp_path.glob(".*bao-cao*")) == []


def test_a_cancelled_backup_leaves_no_backup(qtbot, clerk, monkeypatch, message_boxes):
    from desktop.views.backups_page import BackupsPage

    page = BackupsPage(clerk.context)
    qtbot.addWidget(page)
    wait_for_tasks()
    folder = backups_folder(clerk.database.path)
    before = set(folder.glob("*")) if folder.exists() else set()
    monkeypatch.setattr(db.progress.Progress, "cancelled", lambda _progress: True)  # Cancel pressed
    page.backup_now()
    wait_for_tasks()
    qtbot.wait(50)
    after = set(folder.glob("*")) if folder.exists() else set()
    assert after == before
    assert not [text for kind, text in message_boxes if kind == "information"]


def test_an_empty_backup_list_says_what_to_do(qtbot, clerk):
    from desktop.views.backups_page import BackupsPage

    page = BackupsPage(clerk.context)
    qtbot.addWidget(page)
    page.show()
    page.show_backups([])
    assert page.empty_hint.isVisible() and "Sao lưu ngay" in page.empty_hint.text()
