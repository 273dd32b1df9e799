"""A clerk who installed a new version opens the register the old one made: its upgrade (a full
check, then the migrations, minutes for a large headquarters) shows a window saying what is
happening, instead of nothing on the screen until it is done; then the register opens."""

from __future__ import annotations

import contextlib
import sqlite3
import threading

import pytest
from alembic import command
from initiatives_support import clerk_world
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

import desktop.app as app_module
from db.migrate import alembic_config, head_revision
from desktop.app import Application, app_settings
from desktop.tasks import wait_for_tasks


@pytest.fixture
def made_by_the_last_version(tmp_path, qapp):
    world = clerk_world(tmp_path / "hq")
    path = world.database.path
    command.downgrade(alembic_config(world.database.engine), "0017")
    world.database.close()
    return path


def test_an_upgrade_says_so_while_it_runs_then_the_register_opens(
    qtbot, tmp_path, monkeypatch, made_by_the_last_version
):
    seen: list[str] = []
    upgrading = threading.Event()
    may_go_on = threading.Event()
    open_ready = app_module.open_ready

    def slow_open_ready(path):
        upgrading.set()
        assert may_go_on.wait(60)  # the window below looks meanwhile
        return open_ready(path)

    def look() -> None:
        if not upgrading.is_set():
            QTimer.singleShot(20, look)
            return
        seen.extend(
            w.labelText()
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        )
        may_go_on.set()

    monkeypatch.setattr(app_module, "open_ready", slow_open_ready)
    application = Application(app_settings(tmp_path / "settings.ini"), "vi")
    QTimer.singleShot(0, look)
    try:
        assert application.open(made_by_the_last_version)
        [said] = seen
        assert said.startswith(f"Đang nâng cấp cơ sở dữ liệu {made_by_the_last_version.name}")
        assert "xin đừng tắt máy" in said
        assert application.window.context.database.path == made_by_the_last_version
        assert not any(
            isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    finally:
        may_go_on.set()
        wait_for_tasks()
        application.close_window()
    with contextlib.closing(sqlite3.connect(made_by_the_last_version)) as upgraded:
        [(revision,)] = upgraded.execute("SELECT version_num FROM alembic_version")
    assert revision == head_revision()
