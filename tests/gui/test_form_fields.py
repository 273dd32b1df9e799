"""The initiative form is built from one list of fields (desktop/dialogs/initiative_fields.py):
a maintainer who reorders the tabs or moves a field to another tab sees the field's error mark
move with it, and nothing else to change."""

from __future__ import annotations

import dataclasses

import pytest
from initiatives_support import clerk_world, unit
from sqlalchemy import select

from db.models import Initiative
from db.validation import Problem
from desktop.dialogs.initiative_fields import FIELDS, TABS, FormField, typed_fields
from desktop.dialogs.initiative_form import InitiativeForm


@pytest.fixture
def clerk(tmp_path):
    world = clerk_world(tmp_path)
    yield world
    world.database.close()


def marked_tabs(form: InitiativeForm) -> list[str]:
    titles = [form.tabs.tabText(i) for i in range(form.tabs.count())]
    return [t.removeprefix("⚠ ") for t in titles if t.startswith("⚠")]


def open_form(qtbot, clerk) -> InitiativeForm:
    form = InitiativeForm(clerk.context, None, unit_id=unit("VSP-TD03"))
    qtbot.addWidget(form)
    return form


def title_missing() -> list[Problem]:
    return [Problem("title", "required", "Chưa nhập tên sáng kiến.", "No title.")]


def test_a_missing_title_marks_the_initiative_tab(qtbot, clerk):
    form = open_form(qtbot, clerk)
    form.show_problems(title_missing())
    assert marked_tabs(form) == ["Sáng kiến"]
    assert "Chưa nhập tên" in form.problem_text("title")


def test_reordering_the_tabs_moves_the_error_mark_with_the_field(qtbot, clerk, monkeypatch):
    monkeypatch.setattr(InitiativeForm, "TABS", tuple(reversed(TABS)))
    form = open_form(qtbot, clerk)
    titles = [form.tabs.tabText(i) for i in range(form.tabs.count())]
    assert titles[0] == "Tệp đính kèm" and titles[-1] == "Tác giả"

    form.show_problems(title_missing())
    assert marked_tabs(form) == ["Sáng kiến"]
    form.show_problems([Problem("authors", "shares", "Tổng tỷ lệ 90%.", "90% in all.")])
    assert marked_tabs(form) == ["Tác giả"]


def test_moving_a_field_to_another_tab_moves_its_error_mark(qtbot, clerk, monkeypatch):
    moved = tuple(
        dataclasses.replace(item, tab="secrecy")
        if isinstance(item, FormField) and item.name == "title"
        else item
        for item in FIELDS
    )
    monkeypatch.setattr(InitiativeForm, "FIELDS", moved)
    form = open_form(qtbot, clerk)
    secrecy = [t.title for t in TABS].index("Bảo mật")
    assert form.tabs.widget(secrecy).isAncestorOf(form.fields["title"])

    form.show_problems(title_missing())
    assert marked_tabs(form) == ["Bảo mật"]


def test_every_declared_field_is_loaded_and_read_back(qtbot, clerk):
    with clerk.database.session() as session:
        first = session.scalar(select(Initiative).where(Initiative.reg_no.like("VSP-TD03-%")))
        stored = {spec.name: getattr(first, spec.name) for spec in typed_fields()}
    form = InitiativeForm(clerk.context, first.id)
    qtbot.addWidget(form)
    read = form.values()
    assert set(read) == set(stored)
    assert read == stored | {"benefit_currency": "VND", "tech_secret": False}
