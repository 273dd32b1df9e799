"""A clerk types a benefit value as the interface language writes it, cents included for USD:
"12,345.67 USD" picks the currency and is kept to the cent; "-1,5" is refused in words."""

from __future__ import annotations

from decimal import Decimal

import pytest
from initiatives_support import clerk_world
from sqlalchemy import select

from db.models import Initiative
from desktop.dialogs.initiative_form import InitiativeForm
from desktop.formatting import set_language


@pytest.fixture
def clerk(tmp_path):
    world = clerk_world(tmp_path)
    yield world
    set_language("vi")
    world.database.close()


def first_form(qtbot, clerk) -> InitiativeForm:
    with clerk.database.session() as session:
        first = session.scalar(select(Initiative.id).order_by(Initiative.reg_no))
    form = InitiativeForm(clerk.context, first)
    qtbot.addWidget(form)
    return form


def type_benefit(form: InitiativeForm, text: str) -> None:
    box = form.fields["benefit_value"]
    box.setText(text)
    box.editingFinished.emit()


def stored_benefit(clerk, form):
    with clerk.database.session() as session:
        initiative = session.get(Initiative, form.initiative_id)
        return initiative.benefit_value, initiative.benefit_currency


def test_a_usd_value_with_cents_is_kept_to_the_cent(qtbot, clerk):
    form = first_form(qtbot, clerk)
    type_benefit(form, "12,345.67 USD")
    assert form.fields["benefit_currency"].currentData() == "USD"
    assert form.fields["benefit_value"].text() == "12.345,67"
    assert form.save(), form.general_error.text()
    assert stored_benefit(clerk, form) == (Decimal("12345.67"), "USD")

    again = first_form(qtbot, clerk)
    assert again.fields["benefit_value"].text() == "12.345,67"
    assert again.fields["benefit_currency"].currentData() == "USD"


def test_the_english_interface_reads_the_decimal_point(qtbot, clerk):
    set_language("en")
    form = first_form(qtbot, clerk)
    form.fields["benefit_currency"].setCurrentIndex(form.fields["benefit_currency"].findData("USD"))
    type_benefit(form, "2,500.5")
    assert form.benefit_amount() == (Decimal("2500.5"), [])
    assert form.fields["benefit_value"].text() == "2,500.50"


@pytest.mark.parametrize(
    ("typed", "currency", "message"),
    [
        ("-1,5", "USD", "không được âm"),
        ("12.345,678", "USD", "tối đa 2 chữ số"),
        ("12.345,5", "VND", "không có phần lẻ"),
    ],
)
def test_a_value_that_cannot_be_kept_says_why_and_nothing_is_saved(
    qtbot, clerk, typed, currency, message
):
    form = first_form(qtbot, clerk)
    before = stored_benefit(clerk, form)
    form.fields["benefit_currency"].setCurrentIndex(
        form.fields["benefit_currency"].findData(currency)
    )
    type_benefit(form, typed)
    assert not form.save()
    assert message in form.problem_text("benefit_value")
    assert form.tabs.tabText(2).startswith("⚠")
    assert stored_benefit(clerk, form) == before
