"""Vietsovpetro's union gets a new rig: it adds VSP-TD09 below itself on the Units page, corrects
its members, makes its setup package (the rig's new PC starts from it), and later deactivates
an old platform. A code already taken is refused with a message and nothing is written."""

from __future__ import annotations

import pytest
from pages_support import page_context
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from db.models import Unit
from db.reference import init_node, reference_id
from db.session import open_database
from db.sync.enrolment import init_from_setup_package
from desktop.dialogs import file_dialogs
from desktop.dialogs.unit_dialog import AddUnitDialog, EditUnitDialog
from desktop.tasks import wait_for_tasks
from desktop.views.units_page import UnitsPage


@pytest.fixture
def vsp(tmp_path):
    database = open_database(tmp_path / "vsp.db", create=True)
    init_node(database, "VSP")
    yield database
    database.close()


def shown_page(qtbot, database, tmp_path) -> UnitsPage:
    page = UnitsPage(page_context(database, tmp_path / "s.ini"))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.page_shown()
    return page


def unit(database, code: str) -> Unit | None:
    with database.session() as session:
        return session.scalar(select(Unit).where(Unit.code == code))


def add_rig(qtbot, page, code: str) -> AddUnitDialog:
    page.select_unit(reference_id("unit", "VSP"))
    assert page.add_unit_button.isEnabled()
    dialog = AddUnitDialog(page.context, page.selected(), page)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.code, code)
    dialog.name.setText("Giàn khoan tự nâng Tam Đảo 09")  # keyClicks types ASCII only
    dialog.site_type.setCurrentIndex(dialog.site_type.findData("rig"))
    dialog.members.setValue(85)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return dialog


def test_a_union_adds_a_rig_edits_it_and_makes_its_setup_package(qtbot, tmp_path, vsp, monkeypatch):
    page = shown_page(qtbot, vsp, tmp_path)
    dialog = add_rig(qtbot, page, "vsp-td09")
    assert dialog.saved and dialog.created == "VSP-TD09"
    rig = unit(vsp, "VSP-TD09")
    assert rig.parent_id == reference_id("unit", "VSP")
    assert (rig.level, rig.site_type, rig.member_count) == ("site", "rig", 85)
    page.select_unit(rig.id)
    assert page.selected().code == "VSP-TD09"
    edit = EditUnitDialog(page.context, page.selected(), page)
    qtbot.addWidget(edit)
    edit.members.setValue(92)
    qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    assert edit.saved and unit(vsp, "VSP-TD09").member_count == 92

    out = tmp_path / "khoi-tao-VSP-TD09.skp"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(out), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    page.refresh()
    page.select_unit(rig.id)
    assert page.setup_button.isEnabled()
    page.make_setup_package()
    qtbot.waitUntil(lambda: (wait_for_tasks(50), bool(told))[1], timeout=15000)
    assert out.exists() and "VSP-TD09" in told[0]
    result = init_from_setup_package(tmp_path / "td09.db", out)
    assert result.unit_code == "VSP-TD09" and result.parent_unit_code == "VSP"


def test_a_code_already_taken_is_refused_and_nothing_is_written(qtbot, tmp_path, vsp):
    page = shown_page(qtbot, vsp, tmp_path)
    before = vsp.path.read_bytes() if hasattr(vsp, "path") else None
    dialog = add_rig(qtbot, page, "VSP-TD03")
    assert not dialog.saved
    assert "Đã có đơn vị mã VSP-TD03" in dialog.messages.labels["code"].text()
    with vsp.session() as session:
        assert session.scalar(select(Unit).where(Unit.name.like("%Tam Đảo 09%"))) is None
    del before


def test_an_old_platform_is_deactivated_and_can_come_back(qtbot, tmp_path, vsp, monkeypatch):
    page = shown_page(qtbot, vsp, tmp_path)
    platform = reference_id("unit", "VSP-MSP1")
    page.select_unit(platform)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.toggle_active()
    assert unit(vsp, "VSP-MSP1").active is False
    page.refresh()
    page.select_unit(platform)
    assert page.active_button.text() == "Hoạt động trở lại"
    assert not page.setup_button.isEnabled()
    page.toggle_active()
    assert unit(vsp, "VSP-MSP1").active is True
    page.select_unit(reference_id("unit", "VSP"))  # this node's own unit: never
    assert not page.active_button.isEnabled()
