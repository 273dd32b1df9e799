"""A council secretary merging a person typed twice reads counts in proper English: "1 group of
people who may be one person", "1 initiative" (not "1 groups", "1 initiatives")."""

from __future__ import annotations

from test_duplicates_page import hq  # noqa: F401  (the fixture: one person typed at two sites)

from desktop.dialogs.merge_people_dialog import MergePeopleDialog
from desktop.i18n import install_translators


def test_one_group_and_one_initiative_are_said_in_the_singular(qtbot, qapp, hq):  # noqa: F811
    _database, context, _first, _second = hq
    install_translators(qapp, "en")
    try:
        dialog = MergePeopleDialog(context)
        qtbot.addWidget(dialog)
        heading, group = dialog.heading.text(), dialog.list.item(0).text()
    finally:
        install_translators(qapp, "vi")
    assert heading == "1 group of people who may be one person."
    assert "1 initiative)" in group and "1 initiatives" not in group


def test_in_vietnamese_the_count_stays_as_it_was(qtbot, hq):  # noqa: F811
    _database, context, _first, _second = hq
    dialog = MergePeopleDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == "1 nhóm tác giả có thể là một người."
    assert "1 SK)" in dialog.list.item(0).text()
