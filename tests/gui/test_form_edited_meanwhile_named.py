"""Two clerks on one initiative: the second save's message names the field as the form and the
audit trail do ("Tên sáng kiến", "Title"), never its internal name."""

from __future__ import annotations

import pytest
from initiatives_support import clerk_world
from sqlalchemy import select

from db.models import Initiative
from db.queries.initiatives import update_initiative
from desktop.dialogs.initiative_form import InitiativeForm
from desktop.i18n import install_translators


@pytest.fixture
def clerk(tmp_path):
    world = clerk_world(tmp_path)
    yield world
    world.database.close()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_a_field_changed_meanwhile_is_named_by_its_label(qtbot, qapp, clerk, language):
    with clerk.database.session() as session:
        initiative_id = session.scalars(select(Initiative.id).order_by(Initiative.reg_no)).first()
    install_translators(qapp, language)
    clerk.context.language = language
    try:
        form = InitiativeForm(clerk.context, initiative_id)
        qtbot.addWidget(form)
        form.show()
        with clerk.database.transaction() as session:
            update_initiative(
                session, initiative_id, {"title": "Cải tiến van an toàn"}, actor="chi.lan"
            )
        form.fields["title"].selectAll()
        form.fields["title"].insert("Cai tien bom ep nuoc via")
        assert not form.save()
        message = form.problem_text("title")
    finally:
        install_translators(qapp, "vi")
    assert "chi.lan" in message
    assert "title" not in message.replace("Title", "")  # the internal name nowhere
    if language == "vi":
        assert message.startswith("«Tên sáng kiến» đã được chi.lan sửa lúc")
    else:
        assert message.startswith("“Title” was changed by chi.lan at")
