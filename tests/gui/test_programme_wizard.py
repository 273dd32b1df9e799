"""Headquarters defines "Sáng kiến vì người lao động 2025–2027" in the window: name and window,
a phase per year, targets copied from 1 triệu sáng kiến at half, one pasted from Excel; a mistake
(overlapping phases, a target that is not a whole number) is shown and nothing is written. The
Units & targets page then shows the new programme's targets; a site gets no wizard button."""

from __future__ import annotations

import datetime as dt

from pages_support import page_context
from PySide6.QtWidgets import QWizard

from db.queries.programmes import live_programmes, programme_as_json
from db.reference import init_node
from db.session import open_database
from desktop.dialogs.programme_wizard import ProgrammeWizard
from desktop.views.units_page import UnitsPage


def fill_identity(wizard: ProgrammeWizard) -> None:
    identity = wizard.identity
    identity.code.setText("nld-2025")
    identity.name.setText("Sáng kiến vì người lao động 2025–2027")
    identity.starts.set_value(dt.date(2025, 1, 1))
    identity.ends.set_value(dt.date(2027, 12, 31))


def programmes(database) -> list[str]:
    with database.session() as session:
        return [p.code for p in live_programmes(session)]


def test_headquarters_defines_a_programme_with_copied_and_pasted_targets(qtbot, hq, tmp_path):
    context = page_context(hq, tmp_path / "s.ini")
    wizard = ProgrammeWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_identity(wizard)
    wizard.next()
    phases = wizard.phases_page
    assert phases.table.rowCount() == 1  # the whole window to start with
    phases.phase_per_year()
    assert [p.code for p in phases.phases()] == ["NLD-2025-1", "NLD-2025-2", "NLD-2025-3"]
    wizard.next()
    targets = wizard.targets_page
    assert len(targets.units) == 33  # the unions below headquarters
    assert targets.source.currentData() == "1TRIEU-2021"
    targets.factor.setValue(0.5)
    targets.copy_scaled()
    copied = targets.targets()
    assert sum(copied["PVEP"].values()) == 105  # half of PVEP's 210
    row = next(i for i, (code, _n) in enumerate(targets.units) if code == "BSR")
    targets.table.setCurrentCell(row, 2)
    targets.paste_column("1.200\n")  # one cell copied from Excel, thousands dotted
    assert targets.targets()["BSR"]["NLD-2025-2"] == 1200
    assert "Tổng chỉ tiêu" in targets.total.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.created_code == "NLD-2025"
    with hq.session() as session:
        shown = programme_as_json(session, live_programmes(session)[-1])
    assert shown["code"] == "NLD-2025" and shown["owner"] == "CDDKVN"
    assert shown["targets"]["BSR"]["NLD-2025-2"] == 1200
    assert sum(shown["targets"]["PVEP"].values()) == 105


def test_a_wrong_target_or_overlapping_phases_are_shown_and_nothing_is_written(qtbot, hq, tmp_path):
    wizard = ProgrammeWizard(page_context(hq, tmp_path / "s.ini"))
    qtbot.addWidget(wizard)
    wizard.show()
    fill_identity(wizard)
    wizard.next()
    wizard.phases_page.add_phase(dt.date(2027, 6, 1), dt.date(2027, 12, 31))  # overlaps the first
    wizard.next()
    targets = wizard.targets_page
    targets.table.item(0, 1).setText("12,5 cái")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and wizard.created_code is None
    message = targets.message.text()
    assert "chồng lên nhau" in message and "số nguyên không âm" in message
    assert programmes(hq) == ["1TRIEU-2021"]


def test_the_units_page_shows_the_chosen_programmes_targets(qtbot, hq, tmp_path):
    page = UnitsPage(page_context(hq, tmp_path / "s.ini"))
    qtbot.addWidget(page)
    page.show()
    page.page_shown()
    assert page.programme_code() == "1TRIEU-2021"
    assert [p.code for p in page.phases] == ["GD1", "GD2"]
    assert not page.new_programme_button.isHidden()
    wizard = ProgrammeWizard(page.context)
    qtbot.addWidget(wizard)
    fill_identity(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    wizard.targets_page.table.item(0, 1).setText("7")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    page.refresh()
    page.programme_combo.setCurrentIndex(page.programme_combo.findData("NLD-2025"))
    assert [p.code for p in page.phases] == ["NLD-2025-1"]
    first_union = wizard.targets_page.units[0][0]
    unit = next(u for u in page.units if u.code == first_union)
    assert sum(unit.targets.values()) == 7


def test_a_site_has_no_programme_wizard(qtbot, tmp_path):
    database = open_database(tmp_path / "rig.db", create=True)
    init_node(database, "VSP-TD03")
    page = UnitsPage(page_context(database, tmp_path / "s.ini"))
    qtbot.addWidget(page)
    page.show()
    page.page_shown()
    assert page.new_programme_button.isHidden()
    page.close()
    database.close()
