"""Headquarters settling an initiative's recognition after an import (db/sync/apply.py
`Settling`): what it writes, and what the audit trail says about it."""

import datetime as dt

from db.sync.apply import Settling

OLDER = "01a2386b82550000" + "a" * 32
NEWER = "01a2386b829d0000" + "b" * 32
DECIDED = dt.date(2022, 5, 2)


class CountingClock:
    """The node's clock as settling uses it: a new stamp, the next sequence number."""

    def __init__(self) -> None:
        self.seq = 100

    def tick(self) -> str:
        return "01a2386b8f000000" + "c" * 32

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq


def recognised_here(version: str) -> Settling:
    versions = {"status": version, "recognised_on": version}
    return Settling(
        "i-1", "recognised", DECIDED.isoformat(), OLDER, versions, "VSP-2022-0001", "Bơm"
    )


def test_a_unions_newer_stamp_of_the_same_recognition_is_kept_without_an_audit_line():
    """Headquarters already holds the initiative recognised; the union sends the same
    recognition under a newer version. Headquarters keeps the union's version (so the nodes
    converge) and writes the row, but the audit trail gets no line "recognised → recognised"."""
    row = recognised_here(OLDER)
    sent = {"status": ("recognised", NEWER), "recognised_on": (DECIDED.isoformat(), NEWER)}
    changed = row.settle("recognised", DECIDED, CountingClock(), sent)
    assert changed == {}  # written (a version moved), nothing for a person to read
    assert row.versions == {"status": NEWER, "recognised_on": NEWER}
    assert row.seq == 101


def test_a_recognition_the_decisions_here_correct_is_audited_with_its_old_and_new_value():
    row = recognised_here(OLDER)
    changed = row.settle("not_recognised", None, CountingClock(), {})
    assert changed == {
        "status": ["recognised", "not_recognised"],
        "recognised_on": [DECIDED.isoformat(), None],
    }


def test_a_recognition_already_settled_writes_nothing():
    row = recognised_here(NEWER)
    sent = {"status": ("recognised", OLDER)}
    assert row.settle("recognised", DECIDED, CountingClock(), sent) is None
    assert row.seq == 0
