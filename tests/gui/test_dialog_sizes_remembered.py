"""A secretary who widens the history window or the merge-people window finds it at that size
the next time, as the initiative form already was (the window as she left it)."""

from __future__ import annotations

import pytest
from initiatives_support import clerk_world
from sqlalchemy import select

from db.models import Initiative
from desktop.dialogs.audit_dialog import AuditDialog
from desktop.dialogs.merge_people_dialog import MergePeopleDialog


@pytest.fixture
def clerk(tmp_path):
    world = clerk_world(tmp_path)
    yield world
    world.database.close()


def opened(qtbot, make):
    dialog = make()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize("which", ["history", "merge people"])
def test_a_resized_window_opens_at_that_size_next_time(qtbot, clerk, which):
    with clerk.database.session() as session:
        first = session.scalar(select(Initiative.id).order_by(Initiative.reg_no).limit(1))
    makers = {
        "history": lambda: AuditDialog(clerk.context, first),
        "merge people": lambda: MergePeopleDialog(clerk.context),
    }
    dialog = opened(qtbot, makers[which])
    dialog.resize(640, 410)
    left = (dialog.width(), dialog.height())
    dialog.reject()  # "Đóng"
    again = opened(qtbot, makers[which])
    assert (again.width(), again.height()) == left
