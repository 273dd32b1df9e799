"""Issue 14 in the form: as a clerk types a title another unit already filed, the side list
shows it (whatever the accents or word order), with its unit, number and date; a click opens it."""

from __future__ import annotations

import pytest
from initiatives_support import clerk_world, settle, unit

from desktop.dialogs.initiative_form import InitiativeForm


@pytest.fixture
def clerk(tmp_path):
    world = clerk_world(tmp_path)
    yield world
    world.database.close()


def test_typing_a_title_filed_elsewhere_lists_it_beside_the_form(qtbot, clerk, monkeypatch):
    form = InitiativeForm(clerk.context, None, unit_id=unit("VSP-MSP1"))
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(
        form.fields["title"], "may nen khi: cai tien van xa ap"
    )  # no accents, reordered
    settle(qtbot, lambda: form.similar.table.rowCount() >= 1)
    table = form.similar.table
    assert (
        table.item(0, 1).text()
        == "VSP-2022-0001 · VSP · 15/03/2022\nCải tiến van xả áp máy nén khí"
    )
    assert int(table.item(0, 0).text()) >= 90

    opened = []
    monkeypatch.setattr(
        InitiativeForm, "open_existing", classmethod(lambda cls, c, i, p=None: opened.append(i))
    )
    table.cellClicked.emit(0, 1)
    assert opened == form.similar.ids()[:1]


def test_a_title_like_nothing_here_says_so(qtbot, clerk):
    form = InitiativeForm(clerk.context, None, unit_id=unit("VSP-MSP1"))
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.fields["title"], "Quy trinh ve sinh bep an")
    settle(qtbot, lambda: "Không thấy" in form.similar.hint.text())
    assert form.similar.table.rowCount() == 0
