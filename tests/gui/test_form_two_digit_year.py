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
