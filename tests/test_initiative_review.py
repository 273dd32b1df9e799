"""A council reviews initiatives: scores, grade, outcome, and the status that follows."""

import datetime as dt

import pytest
from initiative_world import build_world, initiative_data
from sqlalchemy import func, select

from db.certificates import Signer, issue_certificates
from db.models import Initiative, Review
from db.queries.initiatives import AuthorShare, change_status, register_initiative
from db.queries.reviews import record_review, review_status_path
from db.validation import ValidationFailed

pytestmark = pytest.mark.both_engines  # issue 18: also on a server

DECISION = {"decision_no": "125/QĐ-CĐDK", "decision_date": dt.date(2022, 5, 20)}
SCORES = {"score_novelty": 9, "score_applicability": 8, "score_benefit": 7}


@pytest.fixture
def world(node_db):
    return build_world(node_db)


def submitted_initiative(database, world, status="submitted"):
    with database.transaction() as session:
        initiative = register_initiative(
            session, initiative_data(world, status=status), [AuthorShare(world.an, 100)]
        )
        return initiative.id


def test_a_council_recognises_a_submitted_initiative(node_db, world):
    initiative_id = submitted_initiative(node_db, world)
    with node_db.transaction() as session:
        review = record_review(
            session,
            initiative_id,
            {
                "level": "base",
                "council": "Hội đồng sáng kiến VSP",
                **SCORES,
                "outcome": "recognised",
                **DECISION,
            },
            actor="Thư ký hội đồng",
        )
        assert (review.total, review.grade) == (24, "A")
    with node_db.session() as session:
        initiative = session.get(Initiative, initiative_id)
        assert initiative.status == "recognised"
        assert initiative.recognised_on == dt.date(2022, 5, 20)


def test_the_status_goes_under_review_first_then_to_the_outcome():
    assert review_status_path("submitted", "recognised") == ["under_review", "recognised"]
    assert review_status_path("needs_more", "not_recognised") == ["under_review", "not_recognised"]
    assert review_status_path("under_review", "needs_more") == ["needs_more"]
    assert review_status_path("submitted", None) == ["under_review"]
    assert review_status_path("recognised", None) == []
    assert review_status_path("recognised", "recognised") == []


def test_a_request_for_more_information_sends_it_back(node_db, world):
    initiative_id = submitted_initiative(node_db, world)
    with node_db.transaction() as session:
        record_review(session, initiative_id, {"level": "base", "outcome": "needs_more"})
    with node_db.session() as session:
        assert session.get(Initiative, initiative_id).status == "needs_more"


def test_scores_without_an_outcome_put_it_under_review_with_a_grade(node_db, world):
    initiative_id = submitted_initiative(node_db, world)
    with node_db.transaction() as session:
        review = record_review(
            session,
            initiative_id,
            {"level": "base", "score_novelty": 5, "score_applicability": 5, "score_benefit": 3},
        )
        assert (review.total, review.grade) == (13, "C")
        assert session.get(Initiative, initiative_id).status == "under_review"


def test_a_draft_cannot_be_reviewed_and_nothing_is_written(node_db, world):
    initiative_id = submitted_initiative(node_db, world, status="draft")
    with (
        node_db.transaction() as session,
        pytest.raises(ValidationFailed, match="từ 'Nháp' sang"),
    ):
        record_review(
            session, initiative_id, {"level": "base", **SCORES, "outcome": "recognised", **DECISION}
        )
    with node_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Review)) == 0


def test_a_recognition_without_decision_or_with_bad_scores_is_refused(node_db, world):
    initiative_id = submitted_initiative(node_db, world)
    with node_db.transaction() as session, pytest.raises(ValidationFailed) as refused:
        record_review(
            session,
            initiative_id,
            {"level": "base", **SCORES, "score_benefit": 12, "outcome": "recognised"},
        )
    assert refused.value.fields() == {"score_benefit", "decision_no", "decision_date"}


def test_a_recognised_initiative_cannot_later_be_refused(node_db, world):
    initiative_id = submitted_initiative(node_db, world)
    with node_db.transaction() as session:
        record_review(
            session, initiative_id, {"level": "base", "outcome": "recognised", **DECISION}
        )
        with pytest.raises(ValidationFailed, match="cấp giấy chứng nhận"):
            change_status(session, initiative_id, "certified")  # only a certificate does that
        issued = issue_certificates(session, [initiative_id], Signer("Nguyễn Văn Ký", "Chủ tịch"))
        assert issued.numbers and session.get(Initiative, initiative_id).status == "certified"
        with pytest.raises(ValidationFailed, match="Không thể chuyển"):
            record_review(
                session, initiative_id, {"level": "industry", "outcome": "not_recognised"}
            )


def test_total_and_grade_are_computed_not_typed(node_db, world):
    initiative_id = submitted_initiative(node_db, world)
    with node_db.transaction() as session, pytest.raises(ValidationFailed) as refused:
        record_review(session, initiative_id, {"level": "base", "total": 30, "grade": "A"})
    assert refused.value.fields() == {"total", "grade"}
