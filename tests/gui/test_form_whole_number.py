"""A maintainer adds a whole-number field to initiatives (docs/ARCHITECTURE.md, "Adding a field
to initiatives": "Số giờ công tiết kiệm", hours saved a year) with one FormField of kind WHOLE:
the form lays it out, the clerk types it from the keyboard, the form reads an int back (None
when left empty, never a 0 nobody typed), and a loaded value shows again."""

from __future__ import annotations

import pytest
from initiatives_support import clerk_world, unit
from PySide6.QtCore import Qt

from desktop.dialogs.initiative_fields import FIELDS, TABS, WHOLE, FormField
from desktop.dialogs.initiative_form import InitiativeForm

HOURS = FormField("hours_saved", "Số giờ công tiết kiệm (giờ/năm):", WHOLE, "application")


class FormWithHours(InitiativeForm):
    """The form as the maintainer's change would make it; a subclass, so that no other test's
    form (still alive, its live check queued) ever reads a field it was not built with."""

    FIELDS = (*FIELDS, HOURS)


@pytest.fixture
def form(qtbot, tmp_path):
    world = clerk_world(tmp_path)
    form = FormWithHours(world.context, None, unit_id=unit("VSP-TD03"))
    qtbot.addWidget(form)
    yield form
    world.database.close()


def test_a_whole_number_field_is_laid_out_typed_and_read_as_a_number(qtbot, form):
    application = [t.key for t in TABS].index("application")
    hours = form.fields["hours_saved"]
    assert form.tabs.widget(application).isAncestorOf(hours)
    assert form.values()["hours_saved"] is None  # empty, not 0
    qtbot.keyClicks(hours, "1200")
    assert form.values()["hours_saved"] == 1200
    hours.lineEdit().selectAll()
    qtbot.keyClick(hours, Qt.Key.Key_Delete)
    assert form.values()["hours_saved"] is None


def test_letters_and_a_minus_sign_cannot_be_typed(qtbot, form):
    hours = form.fields["hours_saved"]
    qtbot.keyClicks(hours, "-12x")
    assert form.values()["hours_saved"] in (None, 12)
    assert form.values()["hours_saved"] != -12


def test_a_stored_number_is_shown_and_an_edit_is_noticed(qtbot, form):
    form._load_field(HOURS, 36)
    assert form.values()["hours_saved"] == 36
    edits = []
    form.fields["hours_saved"].numberChanged.connect(edits.append)
    qtbot.keyClick(form.fields["hours_saved"], Qt.Key.Key_End)
    qtbot.keyClicks(form.fields["hours_saved"], "5")
    assert edits and form.values()["hours_saved"] == 365
