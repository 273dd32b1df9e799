"""The initiative form, as a clerk uses it."""

from __future__ import annotations

import datetime as dt

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
    assert detail.initiative.reg_no == "VSP-TD03-2022-0002"  # the world holds 0001
    assert detail.initiative.benefit_value == 1_250_000_000
    assert [(a.full_name, a.share) for a in detail.authors] == [
        ("Nguyễn Văn An", 70),
        ("Phạm Đức Hùng", 30),
    ]
    assert detail.authors[1].person.birth_date == dt.date(1988, 3, 25)
    assert detail.authors[1].person.unit_id == unit("VSP-TD03")  # a new author works at the unit


def test_a_draft_is_kept_before_the_shares_reach_100_but_not_submitted(qtbot, clerk, monkeypatch):
    form = new_form(qtbot, clerk)
    fill_initiative(qtbot, form)
    pick_an(form, clerk, 60)
    add_new_author(qtbot, form, "Phạm Đức Hùng", 30)

    assert form.authors.total_label.text() == (
        "Tổng: 90% — cần đủ 100% trước khi nộp (bản nháp vẫn lưu được)"
    )
    assert form.save_button.isEnabled()  # the first sitting is kept as a draft
    assert form.save(), form.general_error.text()
    assert form.initiative_id is not None

    monkeypatch.setattr(form, "ask", lambda _q: QMessageBox.StandardButton.Yes)
    assert not form.move_to("submitted")  # handing it in needs the whole 100%
    assert "100%" in form.problem_text("authors")
    with clerk.database.session() as session:
        assert initiative_detail(session, form.initiative_id).initiative.status == "draft"

    form.authors.set_share(1, 40)
    assert form.authors.total_label.text() == "Tổng: 100% ✓"
    assert form.move_to("submitted")


@pytest.mark.parametrize(
    ("typed", "kept", "message"),
    [
        ("1,5 tỷ", 1_500_000_000, ""),
        ("1.250.000.000", 1_250_000_000, ""),
        ("-1,5", None, "không được âm"),
        ("12,5", None, "không có phần lẻ"),
        ("mười", None, "Không đọc được"),
    ],
)
def test_a_benefit_value_is_read_as_a_person_writes_it(qtbot, clerk, typed, kept, message):
    form = new_form(qtbot, clerk)
    form.fields["benefit_value"].setText(typed)
    amount, problems = form.benefit_amount()
    assert amount == kept
    assert message in " ".join(p.vi for p in problems)
    if message:
        assert not form.save()
        assert message in form.problem_text("benefit_value")


def test_a_missing_title_and_a_date_before_1990_show_beside_their_fields(qtbot, clerk):
    form = new_form(qtbot, clerk)
    pick_an(form, clerk, 100)
    form.fields["first_applied_on"].set_value(dt.date(1989, 12, 31))
    form.fields["registered_on"].set_value(dt.date(2022, 4, 20))

    assert not form.save()

    assert "Chưa nhập tên sáng kiến" in form.errors["title"].text()
    assert "sớm hơn 01/01/1990" in form.errors["first_applied_on"].text()
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
    recognise = form.findChild(type(form.save_button), "status_recognised")
    assert recognise is not None and recognise.text() == "Công nhận sáng kiến"  # an action
    assert form.findChild(type(form.save_button), "status_duplicate").text() == (
        "Đánh dấu trùng lặp"
    )
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


def test_the_form_shows_the_programmes_an_initiative_counts_toward(qtbot, clerk):
    from initiatives_support import register

    from db.queries.programme_overrides import set_override

    inside = register(clerk.database, "Van một chiều cải tiến", "VSP", [(clerk.an, 100)])
    later = register(
        clerk.database,
        "Bơm dầu thải",
        "VSP",
        [(clerk.an, 100)],
        registered_on=dt.date(2024, 5, 6),
        first_applied_on=dt.date(2024, 5, 1),
    )
    form = InitiativeForm.open_existing(clerk.context, inside)
    qtbot.addWidget(form)
    assert form.programmes_label.text() == "1TRIEU-2021"
    form = InitiativeForm.open_existing(clerk.context, later)
    qtbot.addWidget(form)
    assert form.programmes_label.text() == "(không chương trình nào)"
    with clerk.database.transaction() as session:
        set_override(session, "1TRIEU-2021", later, True, "clerk", "Nộp muộn")
    form = InitiativeForm.open_existing(clerk.context, later)
    qtbot.addWidget(form)
    assert form.programmes_label.text() == "1TRIEU-2021 (ngoại lệ)"
