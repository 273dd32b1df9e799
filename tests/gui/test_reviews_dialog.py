"""A council records its review of an initiative in the review dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from initiative_world import build_world
from pages_support import page_context, submit_initiative
from PySide6.QtCore import QDate, Qt

from db.queries.initiatives import initiative_detail
from desktop.dialogs.review_dialog import ReviewDialog


@pytest.fixture
def world_db(node_db):
    world = build_world(node_db)
    return node_db, world


def type_score(qtbot, spin, text: str) -> None:
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, text)


def test_a_council_scores_8_7_9_sees_24_grade_a_and_recognising_moves_the_status(
    qtbot, tmp_path, world_db
):
    database, world = world_db
    initiative_id = submit_initiative(database, world, "Cải tiến van xả áp giàn Tam Đảo 03")
    dialog = ReviewDialog(page_context(database, tmp_path / "s.ini"), initiative_id)
    qtbot.addWidget(dialog)
    for field, score in zip(dialog.scores, ("8", "7", "9"), strict=True):
        type_score(qtbot, dialog.scores[field], score)
    assert dialog.total.text() == "24 / 30"
    assert dialog.grade.text() == "Loại A"
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("recognised"))
    assert dialog.status_path.text() == "Đã nộp → Đang xét → Đã công nhận"
    dialog.decision_no.insert("125/QĐ-CĐDK")  # QTest types ASCII only
    dialog.reviewed_on.setDate(QDate(2023, 4, 3))
    dialog.decision_date.setDate(QDate(2023, 4, 10))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved
    with database.session() as session:
        detail = initiative_detail(session, initiative_id)
        assert detail.initiative.status == "recognised"
        assert detail.initiative.recognised_on == dt.date(2023, 4, 10)
        (review,) = detail.reviews
        assert (review.total, review.grade, review.decision_no) == (24, "A", "125/QĐ-CĐDK")


def test_recognising_without_a_decision_number_shows_the_message_and_changes_nothing(
    qtbot, tmp_path, world_db
):
    database, world = world_db
    initiative_id = submit_initiative(database, world, "Tối ưu máy nén khí")
    dialog = ReviewDialog(page_context(database, tmp_path / "s.ini"), initiative_id)
    qtbot.addWidget(dialog)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("recognised"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.saved
    assert "số quyết định" in dialog.messages.labels["decision_no"].text()
    with database.session() as session:
        assert initiative_detail(session, initiative_id).initiative.status == "submitted"


def test_two_scores_out_of_three_are_refused_beside_the_scores(qtbot, tmp_path, world_db):
    database, world = world_db
    initiative_id = submit_initiative(database, world, "Quản lý vật tư tồn kho")
    dialog = ReviewDialog(page_context(database, tmp_path / "s.ini"), initiative_id)
    qtbot.addWidget(dialog)
    type_score(qtbot, dialog.scores["score_novelty"], "6")
    type_score(qtbot, dialog.scores["score_benefit"], "5")
    assert dialog.total.text() == "— / 30"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.saved
    assert "ba điểm" in dialog.messages.labels["scores"].text()


def test_the_decision_date_message_goes_once_the_date_is_set(qtbot, tmp_path, world_db):
    database, world = world_db
    initiative_id = submit_initiative(database, world, "Tối ưu máy nén khí")
    dialog = ReviewDialog(page_context(database, tmp_path / "s.ini"), initiative_id)
    qtbot.addWidget(dialog)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("recognised"))
    dialog.decision_no.insert("125/QĐ-CĐDK")
    dialog.reviewed_on.setDate(QDate(2023, 4, 1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    date_message = dialog.messages.labels["decision_date"]
    assert "ngày quyết định" in date_message.text()
    qtbot.keyClicks(dialog.decision_date, "10042023")
    assert date_message.text() == "" and date_message.isHidden()


def test_a_decision_dated_before_the_council_met_is_named_beside_the_decision_date(
    qtbot, tmp_path, world_db
):
    database, world = world_db
    initiative_id = submit_initiative(database, world, "Tối ưu máy nén khí")
    dialog = ReviewDialog(page_context(database, tmp_path / "s.ini"), initiative_id)
    qtbot.addWidget(dialog)
    for field in dialog.scores:
        type_score(qtbot, dialog.scores[field], "8")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("recognised"))
    dialog.decision_no.insert("125/QĐ-CĐDK")
    dialog.reviewed_on.setDate(QDate(2023, 4, 10))
    dialog.decision_date.setDate(QDate(2023, 4, 3))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.saved
    date_message = dialog.messages.labels["decision_date"]
    assert "03/04/2023" in date_message.text() and "10/04/2023" in date_message.text()
    with database.session() as session:
        assert initiative_detail(session, initiative_id).reviews == []
    dialog.reviewed_on.setDate(QDate(2023, 4, 1))  # the meeting date was the slip
    assert date_message.text() == "" and date_message.isHidden()
