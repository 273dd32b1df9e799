"""A clerk types 15/4/23 into "Ngày áp dụng lần đầu" and saves. The field could not read it and
the form used to save the initiative with no date, the date typed lost without a word; now the
save stops, nothing is written, and beside the field it says to write the year's four digits
(15/04/2023)."""

from __future__ import annotations

import pytest
from initiatives_support import clerk_world, unit

from desktop.dialogs.initiative_form import InitiativeForm


@pytest.fixture
def clerk(tmp_path):
    world = clerk_world(tmp_path)
    yield world
    world.database.close()


def test_the_form_refuses_a_date_it_cannot_read_instead_of_dropping_it(qtbot, clerk):
    form = InitiativeForm(clerk.context, None, unit_id=unit("VSP-TD03"))
    qtbot.addWidget(form)
    form.fields["title"].insert("Cải tiến van xả áp")
    qtbot.keyClicks(form.fields["first_applied_on"], "15/4/23")
    assert not form.save()
    said = form.problem_text("first_applied_on") or form.general_error.text()
    assert "15/04/2023" in said and "bốn chữ số" in said, said
    assert form.initiative_id is None  # nothing written

    form.fields["first_applied_on"].clear()
    qtbot.keyClicks(form.fields["first_applied_on"], "15/04/2023")
    assert not form.date_problems()


def test_an_authors_birth_date_typed_15_4_85_is_not_saved_as_none(qtbot, clerk, tmp_path):
    from pages_support import page_context
    from PySide6.QtCore import Qt

    from desktop.dialogs.person_dialog import PersonDialog

    dialog = PersonDialog(page_context(clerk.database, tmp_path / "s.ini"))
    qtbot.addWidget(dialog)
    dialog.full_name.insert("Lê Văn Cường")
    qtbot.keyClicks(dialog.birth_date, "15/4/85")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is None
    shown = " ".join(label.text() for label in {*dialog.messages.labels.values()})
    shown += dialog.messages.general.text()
    assert "15/04/1985" in shown and "bốn chữ số" in shown, shown


def test_a_unit_renamed_from_a_date_it_cannot_read_is_not_renamed_from_today(
    qtbot, clerk, tmp_path
):
    from pages_support import page_context

    from db.queries.unit_tree import unit_tree
    from desktop.dialogs.unit_dialog import RenameUnitDialog

    with clerk.database.session() as session:
        (vsp,) = [u for u in unit_tree(session) if u.code == "VSP"]
    dialog = RenameUnitDialog(page_context(clerk.database, tmp_path / "s.ini"), vsp)
    qtbot.addWidget(dialog)
    dialog.name.setText("Công đoàn Vietsovpetro mới")
    dialog.valid_from.clear()
    qtbot.keyClicks(dialog.valid_from, "1/1/24")
    dialog.save()
    assert not dialog.saved
    assert "01/01/2024" in dialog.messages.labels["valid_from"].text()
