"""A council secretary reads one name for a review's level and date wherever she meets it: the
review dialog where she types them ("Cấp xét duyệt", "Ngày họp xét"; "Review level", "Meeting
date"), the initiative form's Recognition tab that lists the reviews, and the audit trail."""

from __future__ import annotations

import pytest
from initiatives_support import clerk_world
from sqlalchemy import select

from db.audit import FIELDS
from db.models import Initiative
from desktop.dialogs.initiative_form import InitiativeForm
from desktop.dialogs.review_dialog import ReviewDialog
from desktop.i18n import install_translators


@pytest.fixture
def clerk(tmp_path, qapp):
    world = clerk_world(tmp_path)
    yield world
    install_translators(qapp, "vi")
    world.database.close()


def form_labels(dialog) -> set[str]:
    layout_labels = set()
    for label in dialog.findChildren(type(dialog.total)):
        layout_labels.add(label.text().rstrip(":"))
    return layout_labels


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_form_the_dialog_and_the_audit_trail_name_level_and_date_alike(
    qtbot, qapp, clerk, language
):
    install_translators(qapp, language)
    clerk.context.language = language
    with clerk.database.session() as session:
        first = session.scalar(select(Initiative.id).order_by(Initiative.reg_no).limit(1))
    dialog = ReviewDialog(clerk.context, first)
    qtbot.addWidget(dialog)
    form = InitiativeForm(clerk.context, first)
    qtbot.addWidget(form)
    headers = [form.reviews.horizontalHeaderItem(c).text() for c in range(2)]
    assert set(headers) <= form_labels(dialog), headers
    assert headers[1] == FIELDS.label("reviewed_on", language)
