"""Recognition is computed from the decisions, the same whatever order they arrived in, without a
database: a certificate makes it certified, a recognition at any level stands, a refusal counts
only without one, and a withdrawal after a decision is a request."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from db.recognition import NEW_VERSION, Ruling, derive_recognition, settled_version
from db.sync.authority import DERIVED, RULES, rule, rules_table

rulings = st.lists(
    st.builds(
        Ruling,
        st.sampled_from(("recognised", "not_recognised", "needs_more", None, "certified")),
        st.sampled_from((None, dt.date(2022, 5, 2), dt.date(2023, 1, 9))),
    ),
    max_size=6,
)
statuses = st.sampled_from(("draft", "submitted", "under_review", "withdrawn", "recognised"))


@given(rulings, statuses, st.randoms())
def test_the_order_of_the_decisions_never_changes_the_status(found, status, random):
    shuffled = list(found)
    random.shuffle(shuffled)
    assert derive_recognition(status, found) == derive_recognition(status, shuffled)


def test_a_recognition_at_one_level_stands_beside_a_refusal_at_another():
    both = [
        Ruling("not_recognised", dt.date(2023, 1, 9)),
        Ruling("recognised", dt.date(2022, 5, 2)),
    ]
    assert derive_recognition("under_review", both).status == "recognised"
    assert derive_recognition("under_review", both).recognised_on == dt.date(2022, 5, 2)


def test_a_withdrawal_after_a_decision_is_a_request_and_the_decision_stays():
    settled = derive_recognition("withdrawn", [Ruling("recognised", dt.date(2022, 5, 2))])
    assert (settled.status, settled.withdrawal_request) == ("recognised", True)


def test_a_recognition_nobody_decided_falls_back_to_what_this_node_had():
    assert derive_recognition("recognised", [], before="submitted").status == "submitted"
    assert derive_recognition("certified", [Ruling("needs_more")]).status == "under_review"


def test_a_status_the_union_sent_and_headquarters_derives_alike_keeps_the_unions_version():
    placeholder = ("submitted", "0" * 48)
    sent = ("recognised", "01a2386b82550000" + "a" * 32)
    assert settled_version(placeholder, "recognised", sent) == sent[1]
    assert settled_version(("recognised", "01a2386b829d0000" + "b" * 32), "recognised", sent) == (
        "01a2386b829d0000" + "b" * 32
    )  # a later version of the same value is kept, as the merge keeps it


def test_a_status_the_decisions_here_do_not_back_is_corrected_with_a_version_of_this_node():
    sent = ("recognised", "01a2386b82550000" + "a" * 32)
    assert settled_version(("submitted", "0" * 48), "not_recognised", sent) is NEW_VERSION
    assert settled_version(("submitted", "0" * 48), "submitted", sent) == "0" * 48


def test_every_synced_field_has_exactly_one_owner_in_the_rules_table():
    listed = rules_table()
    assert {table for table, _field, _rule in listed} == set(RULES)
    assert rule("initiatives", "recognised_on") == DERIVED
    assert rule("targets", "target") == "above" and rule("phases", "name") == "root"
