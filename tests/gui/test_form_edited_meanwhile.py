"""Two clerks on one initiative (issue 18): the form remembers the version it loaded, and saving
a field a colleague changed since is refused with the database's message; the colleague's value
stays. A clerk's own saves in the same form, and a colleague's change to another field, do not
stand in the way."""

from __future__ import annotations

import pytest
from initiatives_support import clerk_world
from sqlalchemy import select

from db.models import Initiative
from db.queries.initiatives import update_initiative
from desktop.dialogs.initiative_form import InitiativeForm


@pytest.fixture
def clerk(tmp_path):
    world = clerk_world(tmp_path)
    yield world
    world.database.close()


def the_initiative(clerk) -> str:
    with clerk.database.session() as session:
        return session.scalars(select(Initiative.id).order_by(Initiative.reg_no)).first()


def open_form(qtbot, clerk, initiative_id: str) -> InitiativeForm:
    form = InitiativeForm(clerk.context, initiative_id)
    qtbot.addWidget(form)
    form.show()
    return form


def colleague_saves(clerk, initiative_id: str, **values) -> None:
    with clerk.database.transaction() as session:
        update_initiative(session, initiative_id, values, actor="chi.lan")


def stored(clerk, initiative_id: str, name: str):
    with clerk.database.session() as session:
        return getattr(session.get(Initiative, initiative_id), name)


def retitle(form: InitiativeForm, title: str) -> None:
    form.fields["title"].selectAll()
    form.fields["title"].insert(title)  # QTest types ASCII only


def test_a_title_a_colleague_changed_after_the_form_opened_is_not_overwritten(qtbot, clerk):
    initiative_id = the_initiative(clerk)
    form = open_form(qtbot, clerk, initiative_id)
    colleague_saves(clerk, initiative_id, title="Cải tiến van an toàn giàn Tam Đảo 03")

    retitle(form, "Cai tien bom ep nuoc via")
    assert not form.save()

    message = form.problem_text("title")
    assert "chi.lan" in message and "sau khi bạn mở" in message
    assert stored(clerk, initiative_id, "title") == "Cải tiến van an toàn giàn Tam Đảo 03"


def test_own_saves_and_a_colleagues_other_field_go_through(qtbot, clerk):
    initiative_id = the_initiative(clerk)
    form = open_form(qtbot, clerk, initiative_id)
    retitle(form, "Cai tien bom ep nuoc via")
    assert form.save(), form.general_error.text()
    colleague_saves(clerk, initiative_id, essence="Thay van một chiều bằng van điều khiển từ xa")

    retitle(form, "Cai tien bom ep nuoc via lan hai")  # the same field again, by the same clerk
    assert form.save(), form.problem_text("essence") or form.general_error.text()

    assert stored(clerk, initiative_id, "title") == "Cai tien bom ep nuoc via lan hai"
    assert stored(clerk, initiative_id, "essence") == "Thay van một chiều bằng van điều khiển từ xa"
