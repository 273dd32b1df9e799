"""The clerk prints the registration form from the initiative form, and the council's papers from
the Xét duyệt page, without the command line."""

from __future__ import annotations

import datetime as dt

import pytest
from initiative_world import build_world
from pages_support import page_context, submit_initiative
from pypdf import PdfReader

from db.queries.reviews import record_review
from desktop.dialogs.initiative_form import InitiativeForm
from desktop.dialogs.paper_saving import print_registration_form
from desktop.tasks import wait_for_tasks
from desktop.views.reviews_page import ReviewsPage


@pytest.fixture
def council(node_db, tmp_path):
    world = build_world(node_db)
    first = submit_initiative(node_db, world, "Cải tiến van xả áp giàn Tam Đảo 03")
    with node_db.transaction() as session:
        record_review(
            session,
            first,
            {
                "level": "industry",
                "reviewed_on": dt.date(2023, 5, 10),
                "score_novelty": 8,
                "score_applicability": 9,
                "score_benefit": 7,
            },
            actor="test",
        )
    return page_context(node_db, tmp_path / "s.ini"), first


def text_of(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_the_form_prints_its_registration_form(qtbot, council, tmp_path):
    context, initiative_id = council
    form = InitiativeForm(context, initiative_id)
    qtbot.addWidget(form)
    assert form.print_button.isVisibleTo(form)
    out = tmp_path / "don.pdf"
    print_registration_form(form, out)
    qtbot.waitUntil(lambda: wait_for_tasks(50) and getattr(form, "last_paper", None) is not None)
    text = text_of(out)
    assert "ĐƠN YÊU CẦU CÔNG NHẬN SÁNG KIẾN" in text and "Cải tiến van xả áp" in text
    assert "Nguyễn Văn An" in text and "60%" in text


def test_the_reviews_page_prints_the_minutes_of_a_session(qtbot, council, tmp_path):
    context, _initiative_id = council
    page = ReviewsPage(context)
    qtbot.addWidget(page)
    page.show()
    page.page_shown()
    wait_for_tasks()
    page.papers_button.click()
    dialog = page.papers_dialog
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("minutes"))
    dialog.day.set_value(dt.date(2023, 5, 10))
    dialog.members.setPlainText("Nguyễn Văn Hùng - Chủ tịch\nTrần Thị Mai - Thư ký")
    out = tmp_path / "bien-ban.pdf"
    dialog.save(out)
    qtbot.waitUntil(lambda: wait_for_tasks(50) and getattr(dialog, "saved_path", None) is not None)
    text = text_of(out)
    assert "BIÊN BẢN HỌP HỘI ĐỒNG SÁNG KIẾN" in text and "Trần Thị Mai - Thư ký" in text
    assert "24" in text and "Loại A" in text
