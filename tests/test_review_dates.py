"""A council decides after it meets: a decision dated before the review is a typing slip. The
secretary is told at the form and on the command line, and a package bringing such a review is
refused for that record and listed (the rest applies), whichever node typed which date."""

import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "sync"))

from sync_world import World, private_key, register, repack

from db.models import Review
from db.queries.reviews import record_review
from db.validation import concerns, review_problems
from desktop.__main__ import main

REVIEWED = dt.date(2023, 5, 10)


def decided(decision_date: dt.date) -> dict:
    return {
        "level": "base",
        "reviewed_on": REVIEWED,
        "outcome": "recognised",
        "decision_no": "12/QĐ-CĐ",
        "decision_date": decision_date,
    }


def test_a_decision_dated_before_its_review_is_named_on_the_decision_date():
    [problem] = review_problems(decided(dt.date(2023, 5, 9)))
    assert (problem.field, problem.code) == ("decision_date", "before_review")
    assert "09/05/2023" in problem.vi and "10/05/2023" in problem.vi
    assert "09/05/2023" in problem.en and "before" in problem.en
    assert review_problems(decided(REVIEWED)) == []  # decided the day the council met
    assert review_problems(decided(dt.date(2023, 6, 1))) == []


def test_changing_either_date_brings_the_slip_about():
    [problem] = review_problems(decided(dt.date(2023, 5, 1)))
    assert concerns(problem, ["reviewed_on"]) and concerns(problem, ["decision_date"])
    assert not concerns(problem, ["council"])


def test_the_command_line_refuses_it_and_writes_nothing(tmp_path, capsys):
    world = World(tmp_path)
    hq = world.headquarters()
    number = "CDDKVN-2022-0001"
    register(hq, "Cải tiến bơm Dầu khí")
    capsys.readouterr()
    for lang, words in (("vi", "sớm hơn ngày họp xét"), ("en", "before the council met")):
        code = main(
            ["--lang", lang, "--db", str(hq.path), "review", number, "--level", "industry",
             "--scores", "8,9,7", "--outcome", "recognised", "--decision-no", "125/QĐ-CĐDK",
             "--reviewed-on", "2023-05-10", "--decision-date", "2023-05-01"]
        )  # fmt: skip
        assert code == 1
        assert words in capsys.readouterr().err
    with hq.session() as session:
        assert session.query(Review).count() == 0
    world.close()


def test_a_package_bringing_such_a_review_is_refused_for_that_review(tmp_path, capsys):
    world = World(tmp_path)
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    first = register(site, "Sáng kiến đã xét Bảo", status="submitted")
    with site.transaction() as session:
        record_review(session, first, {**decided(dt.date(2023, 5, 20)), "score_novelty": 8,
                                       "score_applicability": 8, "score_benefit": 8})  # fmt: skip
    package = world.export(site, "CDDKVN")

    def slip(table, rows):
        for row in rows if table == "reviews" else ():
            row["decision_date"] = "2023-05-01"  # as an older version of SángKiến let it through
        return rows

    forged = repack(package, tmp_path / "slip.skp", records=slip, key=private_key(site))
    code = main(["--db", str(hq.path), "import", str(forged), "--json"])
    report = json.loads(capsys.readouterr().out)[0]
    assert code == 3
    [refusal] = [r for r in report["refusals"] if r["table"] == "reviews"]
    assert refusal["field"] == "decision_date" and "VSP-TD03-2022-0001" in refusal["label"]
    with hq.session() as session:
        assert session.query(Review).count() == 0  # the review waits; the initiative came in
    world.close()
