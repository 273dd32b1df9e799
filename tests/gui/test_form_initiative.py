"""The initiative form, as a clerk uses it."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from initiatives_support import clerk_world, field, unit
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from db.queries.attachments import MAX_ATTACHMENT_BYTES
from db.queries.initiatives import initiative_detail
from desktop.dialogs.authors_editor import AuthorRow
from desktop.dialogs.initiative_form import InitiativeForm


@pytest.fixture
def clerk(tmp_path):
    world = clerk_world(tmp_path)
    yield world
    world.database.close()


def new_form(qtbot, clerk, unit_code="VSP-TD03") -> InitiativeForm:
    form = InitiativeForm(clerk.context, None, unit_id=unit(unit_code))
    qtbot.addWidget(form)
    form.show()
    return form


def fill_initiative(qtbot, form: InitiativeForm) -> None:
    form.fields["title"].insert(
        "Cải tiến bơm ép nước vỉa trên giàn Tam Đảo 03"
    )  # QTest types ASCII only
    form.fields["solution_type"].setCurrentIndex(form.fields["solution_type"].findData("technical"))
    form.fields["field_id"].setCurrentIndex(form.fields["field_id"].findData(field("KHOAN")))
    form.fields["registered_on"].set_value(dt.date(2022, 4, 20))
    form.fields["first_applied_on"].set_value(dt.date(2022, 3, 1))
    qtbot.keyClicks(form.fields["benefit_value"], "1250000000")


def pick_an(form: InitiativeForm, clerk, share: int) -> None:
    with clerk.database.session() as session:
        from db.models import Person

        an = session.get(Person, clerk.an)
    form.authors.add_author(AuthorRow.of_person(an, share))


def add_new_author(qtbot, form: InitiativeForm, name: str, share: int) -> None:
    qtbot.mouseClick(form.authors.new_button, Qt.MouseButton.LeftButton)
    row = form.authors.table.rowCount() - 1
    form.authors.set_cell(row, 0, name)
    form.authors.set_cell(row, 1, "25/03/1988")
    form.authors.set_cell(row, 3, "Kỹ sư khoan")
    form.authors.set_share(row, share)


def test_a_clerk_registers_an_initiative_with_two_authors(qtbot, clerk):
    form = new_form(qtbot, clerk)
    fill_initiative(qtbot, form)
    pick_an(form, clerk, 70)
    add_new_author(qtbot, form, "Phạm Đức Hùng", 30)
    assert form.authors.total_label.text() == "Tổng: 100% ✓"
    assert form.save_button.isEnabled()

    assert form.save(), form.general_error.text()

    with clerk.database.session() as session:
        detail = initiative_detail(session, form.initiative_id)
    assert detail.initiative.title == "Cải tiến bơm ép nước vỉa trên giàn Tam Đảo 03"
    # headquarters registers on the rig's behalf in its own series (db.reg_numbers); 0001 is taken
    assert re.fullmatch(r"VSP-TD03-2022-M[0-9A-F]{6}-0002", detail.initiative.reg_no)
    assert detail.initiative.benefit_value == 1_250_000_000
    assert [(a.full_name, a.share) for a in detail.authors] == [
        ("Nguyễn Văn An", 70),
        ("Phạm Đức Hùng", 30),
    ]
    assert detail.authors[1].person.birth_date == dt.date(1988, 3, 25)
    assert detail.authors[1].person.unit_id == unit("VSP-TD03")  # a new author works at the unit


def test_shares_of_60_and_30_show_the_message_and_block_save(qtbot, clerk):
    form = new_form(qtbot, clerk)
    fill_initiative(qtbot, form)
    pick_an(form, clerk, 60)
    add_new_author(qtbot, form, "Phạm Đức Hùng", 30)

    assert form.authors.total_label.text() == "Tổng: 90% — cần đủ 100%"
    assert not form.save_button.isEnabled()
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.initiative_id is None  # nothing was saved
    assert form.isVisible()

    form.authors.set_share(1, 40)
    assert form.authors.total_label.text() == "Tổng: 100% ✓"
    assert form.save_button.isEnabled()


def test_a_missing_title_and_a_date_outside_the_programme_show_beside_their_fields(qtbot, clerk):
    form = new_form(qtbot, clerk)
    pick_an(form, clerk, 100)
    form.fields["first_applied_on"].set_value(dt.date(2020, 1, 1))
    form.fields["registered_on"].set_value(dt.date(2022, 4, 20))

    assert not form.save()

    assert "Chưa nhập tên sáng kiến" in form.errors["title"].text()
    assert "ngoài thời gian của chương trình" in form.errors["first_applied_on"].text()
    assert form.tabs.tabText(1).startswith("⚠")
    assert form.initiative_id is None


def test_closing_with_unsaved_changes_asks_first(qtbot, clerk, monkeypatch):
    form = new_form(qtbot, clerk)
    qtbot.keyClicks(form.fields["title"], "Sang kien do dang")
    monkeypatch.setattr(form, "ask_unsaved", lambda: QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert form.isVisible()

    monkeypatch.setattr(form, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_the_status_moves_only_by_the_buttons_the_flow_allows(qtbot, clerk, monkeypatch):
    form = InitiativeForm(clerk.context, None, unit_id=unit("VSP"))
    qtbot.addWidget(form)
    assert form.allowed_statuses() == ("submitted",)  # a new form: draft or submitted only

    initiative_id = _first_initiative(clerk)  # submitted
    form = InitiativeForm(clerk.context, initiative_id)
    qtbot.addWidget(form)
    assert form.allowed_statuses() == ("under_review", "withdrawn", "duplicate")
    monkeypatch.setattr(form, "ask", lambda _q: QMessageBox.StandardButton.Yes)
    assert form.move_to("under_review")
    assert form.status_label.text() == "Đang xét"
    assert form.findChild(type(form.save_button), "status_recognised") is not None
    assert form.findChild(type(form.save_button), "status_draft") is None


def test_an_attachment_is_stored_on_save_and_a_too_big_one_is_refused_with_a_message(
    qtbot, clerk, tmp_path
):
    scan = tmp_path / "phieu-dang-ky.jpg"
    scan.write_bytes(b"\xff\xd8\xff" + b"scan" * 1000)
    huge = tmp_path / "qua-lon.pdf"
    with huge.open("wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)
    form = InitiativeForm(clerk.context, _first_initiative(clerk))
    qtbot.addWidget(form)

    assert not form.attachments.add_file(huge)
    assert "vượt giới hạn 20 MB" in form.attachments.message.text()
    assert form.attachments.add_file(scan)
    assert form.is_dirty()
    assert form.save()

    with clerk.database.session() as session:
        detail = initiative_detail(session, form.initiative_id)
    assert [a.file_name for a in detail.attachments] == ["phieu-dang-ky.jpg"]
    form = InitiativeForm(clerk.context, form.initiative_id)
    qtbot.addWidget(form)
    line = form.attachments.list.item(0).data(Qt.ItemDataRole.UserRole)
    copy = form.attachments._temporary_copy(line)
    assert copy.read_bytes() == scan.read_bytes()


def _first_initiative(clerk) -> str:
    from sqlalchemy import select

    from db.models import Initiative

    with clerk.database.session() as session:
        return session.scalar(select(Initiative.id).order_by(Initiative.reg_no))
