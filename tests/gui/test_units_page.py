"""Units and targets: headquarters edits any unit, a union only its own subtree; renaming keeps
the old name in the unit's history."""

from __future__ import annotations

import datetime as dt

import pytest
from pages_support import page_context
from PySide6.QtCore import Qt

from db.queries.unit_tree import names_over_time, unit_tree
from db.reference import init_node, reference_id
from db.session import open_database
from desktop.dialogs.unit_dialog import RenameUnitDialog, TargetsDialog
from desktop.views.units_page import UnitsPage

GD1 = reference_id("phase", "GD1")


def node_for(tmp_path, code: str):
    database = open_database(tmp_path / f"{code}.db", create=True)
    init_node(database, code)
    return database


@pytest.fixture
def hq(tmp_path):
    database = node_for(tmp_path, "CDDKVN")
    yield database
    database.close()


@pytest.fixture
def vsp_node(tmp_path):
    database = node_for(tmp_path, "VSP")
    yield database
    database.close()


def shown_page(qtbot, database, tmp_path) -> UnitsPage:
    page = UnitsPage(page_context(database, tmp_path / "s.ini"))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.page_shown()
    return page


def target_of(database, code: str) -> int:
    with database.session() as session:
        (unit,) = [u for u in unit_tree(session) if u.code == code]
        return unit.targets.get(GD1, 0)


def test_headquarters_raises_vietsovpetros_phase_1_target_and_the_total_follows(
    qtbot, tmp_path, hq
):
    page = shown_page(qtbot, hq, tmp_path)
    page.select_unit(reference_id("unit", "VSP"))
    assert page.targets_button.isEnabled()
    dialog = TargetsDialog(page.context, page.selected(), page.phases, {}, page)
    qtbot.addWidget(dialog)
    dialog.spins[GD1].setValue(200)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved and target_of(hq, "VSP") == 200
    root = page.model.items[reference_id("unit", "CDDKVN")]
    phase_1_column = 4
    assert page.model.index(root.row(), phase_1_column).data() == "1.403"


def test_a_union_node_cannot_edit_another_unions_targets(qtbot, tmp_path, vsp_node):
    page = shown_page(qtbot, vsp_node, tmp_path)
    page.select_unit(reference_id("unit", "VSP-TD03"))
    assert page.targets_button.isEnabled()  # its own rig: yes
    page.select_unit(reference_id("unit", "PVGAS"))
    assert not page.targets_button.isEnabled() and not page.rename_button.isEnabled()
    assert "không thuộc quyền quản lý của VSP" in page.authority_label.text()
    before = target_of(vsp_node, "PVGAS")
    dialog = TargetsDialog(page.context, page.selected(), page.phases, {}, page)
    qtbot.addWidget(dialog)
    dialog.spins[GD1].setValue(before + 50)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.saved
    assert "không có quyền sửa đơn vị PVGAS" in dialog.messages.labels["unit_id"].text()
    assert target_of(vsp_node, "PVGAS") == before


def test_renaming_a_unit_keeps_the_old_name_in_its_history(qtbot, tmp_path, hq):
    page = shown_page(qtbot, hq, tmp_path)
    vsp = reference_id("unit", "VSP")
    page.select_unit(vsp)
    old_name = page.selected().name
    dialog = RenameUnitDialog(page.context, page.selected(), page)
    qtbot.addWidget(dialog)
    dialog.name.setText("Công đoàn Vietsovpetro")
    dialog.valid_from.set_value(dt.date(2024, 1, 1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved
    with hq.session() as session:
        names = names_over_time(session, vsp)
    assert (names[0].name, names[0].valid_from, names[0].valid_to) == (
        "Công đoàn Vietsovpetro",
        dt.date(2024, 1, 1),
        None,
    )
    assert (names[1].name, names[1].valid_to) == (old_name, dt.date(2024, 1, 1))
    page.select_unit(vsp)
    shown = [page.history.topLevelItem(i).text(0) for i in range(page.history.topLevelItemCount())]
    assert shown[:2] == ["Công đoàn Vietsovpetro", old_name]
    assert page.history.topLevelItem(1).text(3) == "01/01/2024"
