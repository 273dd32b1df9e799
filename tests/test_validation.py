"""The rules every screen and command shows alike, in Vietnamese first, with the field named."""

import datetime as dt

import pytest

from db.validation import (
    Problem,
    ValidationFailed,
    author_problems,
    check_status_change,
    initial_status_problems,
    initiative_problems,
    review_problems,
)

GOOD = {
    "title": "Cải tiến hệ thống bơm",
    "solution_type": "technical",
    "unit_id": "u1",
    "registered_on": dt.date(2022, 3, 15),
    "first_applied_on": dt.date(2022, 2, 1),
    "benefit_value": 0,
    "benefit_currency": "VND",
    "status": "draft",
}


def codes(problems):
    return {(p.field, p.code) for p in problems}


def test_a_complete_initiative_has_no_problems():
    assert initiative_problems(GOOD) == []


def test_a_form_without_title_type_unit_or_date_names_each_missing_field():
    problems = initiative_problems(
        {**GOOD, "title": "  ", "solution_type": None, "unit_id": "", "registered_on": None}
    )
    assert codes(problems) == {
        ("title", "required"),
        ("solution_type", "required"),
        ("unit_id", "required"),
        ("registered_on", "required"),
    }
    assert "Chưa nhập tên sáng kiến." in [p.vi for p in problems]


def test_unknown_codes_are_refused_with_the_valid_ones_listed():
    problems = initiative_problems(
        {**GOOD, "solution_type": "magic", "status": "done", "benefit_currency": "EUR"}
    )
    assert codes(problems) == {
        ("solution_type", "unknown_code"),
        ("status", "unknown_code"),
        ("benefit_currency", "unknown_code"),
    }
    assert any("VND, USD" in p.vi for p in problems)


def test_shares_of_60_and_30_are_refused_with_the_sum_shown():
    problems = author_problems([("an", 60), ("binh", 30)])
    assert [p.vi for p in problems] == ["Tổng tỷ lệ đóng góp phải bằng 100% (hiện là 90%)."]
    assert problems[0].message("en") == "The authors' shares must add up to 100% (now 90%)."


def test_shares_of_60_and_40_are_accepted():
    assert author_problems([("an", 60), ("binh", 40)]) == []


@pytest.mark.parametrize("share", [0, 101, 50.5, "50", True, None])
def test_a_share_must_be_a_whole_number_from_1_to_100(share):
    problems = author_problems([("an", share), ("binh", 50)])
    assert ("authors", "share_range") in codes(problems)


def test_nobody_is_an_author_twice_and_someone_must_be():
    assert ("authors", "repeated_person") in codes(author_problems([("an", 50), ("an", 50)]))
    assert codes(author_problems([])) == {("authors", "required")}
    # two people still to be created (no id yet) are not "the same person"
    assert author_problems([(None, 50), (None, 50)]) == []


def test_the_register_takes_any_past_date_from_1990_but_not_the_future():
    today = dt.date.today()
    for day in (dt.date(1990, 1, 1), dt.date(2021, 8, 31), dt.date(2025, 3, 4), today):
        dated = {**GOOD, "first_applied_on": day, "registered_on": day}
        assert initiative_problems(dated) == [], day
    tomorrow = today + dt.timedelta(days=1)
    problems = initiative_problems({**GOOD, "registered_on": tomorrow})
    assert codes(problems) == {("registered_on", "in_future")}
    assert "chưa tới" in problems[0].vi and "in the future" in problems[0].en
    early = {**GOOD, "first_applied_on": dt.date(1989, 12, 31)}
    assert codes(initiative_problems(early)) == {("first_applied_on", "too_early")}


def test_a_benefit_cannot_be_negative():
    assert codes(initiative_problems({**GOOD, "benefit_value": -1})) == {
        ("benefit_value", "negative")
    }


def test_status_moves_only_along_the_flow():
    check_status_change("draft", "submitted")
    check_status_change("under_review", "recognised")
    check_status_change("recognised", "recognised")  # no change is not a move
    with pytest.raises(ValidationFailed) as refused:
        check_status_change("draft", "recognised")
    assert str(refused.value) == (
        "Không thể chuyển trạng thái từ 'Nháp' sang 'Đã công nhận' (được phép: Đã nộp, Rút)."
    )
    with pytest.raises(ValidationFailed, match="được phép: không có"):
        check_status_change("certified", "draft")
    with pytest.raises(ValidationFailed, match="không hợp lệ"):
        check_status_change("draft", "finished")


def test_a_new_initiative_is_a_draft_or_submitted():
    assert initial_status_problems("draft") == []
    assert initial_status_problems("submitted") == []
    assert codes(initial_status_problems("certified")) == {("status", "initial_status")}


def test_review_scores_lie_between_0_and_the_maximum_and_come_as_three():
    good = {"level": "base", "score_novelty": 0, "score_applicability": 10, "score_benefit": 5}
    assert review_problems(good) == []
    assert ("score_novelty", "score_range") in codes(review_problems({**good, "score_novelty": 11}))
    assert ("scores", "scores_incomplete") in codes(
        review_problems({**good, "score_benefit": None})
    )
    assert ("level", "unknown_code") in codes(review_problems({**good, "level": "moon"}))


def test_a_recognition_needs_a_decision_number_and_date():
    problems = review_problems({"level": "base", "outcome": "recognised"})
    assert codes(problems) == {("decision_no", "required"), ("decision_date", "required")}
    decided = {"decision_no": "12/QĐ-CĐ", "decision_date": dt.date(2022, 5, 1)}
    assert review_problems({"level": "base", "outcome": "recognised", **decided}) == []


def test_validation_failed_carries_every_problem_and_reads_in_vietnamese():
    problems = [Problem("a", "x", "Lỗi một.", "One."), Problem("b", "y", "Lỗi hai.", "Two.")]
    failed = ValidationFailed(problems)
    assert failed.problems == problems
    assert str(failed) == "Lỗi một. Lỗi hai."
    assert failed.messages("en") == ["One.", "Two."]
    assert failed.fields() == {"a", "b"}
