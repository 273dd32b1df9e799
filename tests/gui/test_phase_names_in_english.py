"""An English-speaking secretary reads "Phase 1", not the reference data's "Giai đoạn 1", on the
Units & targets page, in its targets dialog and in `sangkien --lang en stats` — as the dashboard
already said it."""

from __future__ import annotations

import pytest
from pages_support import page_context
from PySide6.QtWidgets import QLabel

from db.reference import reference_id
from desktop.__main__ import main
from desktop.dialogs.unit_dialog import TargetsDialog
from desktop.i18n import install_translators
from desktop.views.units_page import UnitsPage


@pytest.fixture
def english(qapp):
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "vi")


def form_labels(layout) -> list[str]:
    labels = []
    for row in range(layout.rowCount()):
        item = layout.itemAt(row, layout.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel):
            labels.append(item.widget().text())
    return labels


def test_the_units_page_and_its_targets_dialog_say_phase_in_english(qtbot, tmp_path, hq, english):
    context = page_context(hq, tmp_path / "s.ini")
    context.language = "en"
    page = UnitsPage(context)
    qtbot.addWidget(page)
    page.show()
    page.page_shown()
    page.select_unit(reference_id("unit", "CDDKVN"))
    labels = form_labels(page.progress_form)
    assert "Phase 1:" in labels and not any("Giai đoạn" in label for label in labels)
    unit = page.selected()
    dialog = TargetsDialog(context, unit, page.phases, {}, page)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(text.startswith("Phase 1 (") for text in texts)
    assert not any("Giai đoạn" in text for text in texts)


def test_stats_in_english_names_the_phases_in_english(hq, capsys):
    assert main(["--lang", "en", "--db", str(hq.path), "stats", "--programme", "1TRIEU-2021"]) == 0
    out = capsys.readouterr().out
    assert "Phase 1 (08/01/2022" in out and "Giai đoạn" not in out
