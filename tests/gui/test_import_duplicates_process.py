"""Issue 14 at headquarters' Sync page: while a clerk is choosing a package, a process of its
own gets the duplicates check ready (the register's titles loaded); the moment the package is
chosen, the check runs there, beside the package's verification, and the preview shows the
look-alikes it found; a preview closed before the check is done ends that process."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from pages_support import page_context
from PySide6.QtCore import Qt

from desktop.dialogs import file_dialogs

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))

from sync_world import World, register

import db.duplicates.package_check as package_check
from desktop.tasks import wait_for_tasks
from desktop.views.sync_page import SyncPage


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path)
    yield w
    w.close()


@pytest.fixture(autouse=True)
def a_register_worth_a_process(monkeypatch):
    """These stories are about a large register's check process; their register is small."""
    monkeypatch.setattr(package_check, "PROCESS_FROM", 0)


@pytest.fixture
def typed_twice(world):
    """One initiative filed at a platform and typed again, words reordered and without
    diacritics, at a rig; headquarters holds the platform's."""
    hq = world.headquarters()
    msp1, td03 = world.enrol(hq, "VSP-MSP1"), world.enrol(hq, "VSP-TD03")
    register(msp1, "Cải tiến hệ thống hòa đồng bộ máy phát điện")
    register(td03, "may phat dien: cai tien he thong hoa dong bo")
    world.carry(msp1, hq)
    return hq, world.export(td03, "CDDKVN")


@pytest.fixture
def checks_seen(monkeypatch):
    """The checks warmed up when the file dialog opened, those started when packages were
    chosen, and those the preview took up."""
    seen: dict[str, list] = {"warmed": [], "started": [], "taken": []}
    warm, start, take = (
        package_check.warm_up,
        package_check.start_early,
        package_check.package_check,
    )

    def warmed(database):
        warm(database)
        seen["warmed"] += package_check._EARLY

    def started(database, files):
        start(database, files)
        seen["started"] += package_check._EARLY

    def taken(database, files):
        check = take(database, files)
        seen["taken"].append(check)
        return check

    monkeypatch.setattr(package_check, "warm_up", warmed)
    monkeypatch.setattr(package_check, "start_early", started)
    monkeypatch.setattr(package_check, "package_check", taken)
    return seen


def test_the_check_gets_ready_in_its_own_process_and_runs_when_the_package_is_chosen(
    qtbot, monkeypatch, tmp_path, typed_twice, checks_seen
):
    hq, package = typed_twice
    monkeypatch.setattr(file_dialogs, "open_file_names", lambda *a, **k: ([str(package)], ""))
    page = SyncPage(page_context(hq, tmp_path / "settings.ini"))
    qtbot.addWidget(page)
    page.show()
    assert wait_for_tasks()

    qtbot.mouseClick(page.import_files_button, Qt.MouseButton.LeftButton)
    [warmed] = checks_seen["warmed"]  # ready while the file dialog was open
    [early] = checks_seen["started"]  # running while the package is verified
    assert early is warmed and all(p.pid != os.getpid() for p in early._processes)
    qtbot.waitUntil(lambda: page.preview_dialog is not None, timeout=20000)
    dialog = page.preview_dialog

    def shown():
        wait_for_tasks(50)
        return dialog.similar_table.rowCount() == 1

    qtbot.waitUntil(shown, timeout=20000)
    assert checks_seen["taken"] == [early]  # the preview took up the early check
    incoming, here = (dialog.similar_table.item(0, c).text() for c in (1, 2))
    assert incoming.startswith("VSP-TD03-") and "may phat dien" in incoming
    assert here.startswith("VSP-MSP1-") and "hòa đồng bộ" in here
    dialog.reject()
    assert wait_for_tasks()


def test_a_preview_closed_before_the_check_is_done_ends_its_process(typed_twice):
    hq, package = typed_twice
    package_check.start_early(hq, [package])
    check = package_check.package_check(hq, [package])
    assert check is not None and all(p.is_alive() for p in check._processes)
    check.stop()
    assert not any(p.is_alive() for p in check._processes)
    assert check.result() == {}  # nothing shown


def test_choosing_other_packages_ends_the_check_of_the_first(typed_twice, tmp_path):
    hq, package = typed_twice
    package_check.start_early(hq, [package])
    [first] = package_check._EARLY
    other = tmp_path / "other.skp"
    other.write_bytes(package.read_bytes())
    check = package_check.package_check(hq, [other])
    assert check is not first and not any(p.is_alive() for p in first._processes)
    [(file, [match])] = check.result().items()
    assert file == str(other) and match.incoming.title.startswith("may phat dien")
