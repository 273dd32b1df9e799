"""On a site's own PC, the same rules as at headquarters: a node cannot record what its level may
not decide, nor a record of a unit outside its tree (issue 10, findings 4 and 10)."""

import datetime as dt
import json

import pytest
from sqlalchemy import select

from db.models import Person, Unit
from db.node import this_node
from db.queries.initiatives import AuthorShare, change_status, register_initiative
from db.queries.people import update_person
from db.queries.reviews import record_review
from db.reference import init_node
from db.session import open_database
from db.validation import ValidationFailed


@pytest.fixture
def site(tmp_path):
    database = open_database(tmp_path / "site.db", create=True)
    init_node(database, "VSP-TD03")
    yield database
    database.close()


def unit_of(session, code):
    return session.scalar(select(Unit.id).where(Unit.code == code))


def register(database, code="VSP-TD03", name="Nguyễn Văn Tâm", author_unit=True):
    with database.transaction() as session:
        unit = unit_of(session, code)
        author = AuthorShare(full_name=name, share=100, unit_id=unit if author_unit else None)
        values = {
            "title": "Cải tiến van xả khí",
            "solution_type": "technical",
            "unit_id": unit,
            "registered_on": dt.date(2022, 3, 15),
            "first_applied_on": dt.date(2022, 2, 1),
            "status": "submitted",
        }
        return register_initiative(session, values, [author], actor="clerk").id


def test_a_site_cannot_set_recognised_by_hand(site):
    row = register(site)
    with site.transaction() as session:
        change_status(session, row, "under_review")
    with site.transaction() as session, pytest.raises(ValidationFailed) as refused:
        change_status(session, row, "recognised")
    assert "hội đồng xét duyệt ghi quyết định" in str(refused.value)


def test_a_site_cannot_record_a_review_above_its_level(site):
    row = register(site)
    decision = {
        "outcome": "recognised",
        "decision_no": "1/QĐ",
        "decision_date": dt.date(2022, 5, 1),
    }
    with site.transaction() as session, pytest.raises(ValidationFailed) as refused:
        record_review(session, row, {"level": "industry", **decision})
    assert "không ghi được quyết định cấp ngành" in str(refused.value)
    with site.transaction() as session:
        record_review(session, row, {"level": "base", **decision})  # its own level: fine


def test_a_site_cannot_register_for_another_unit(site):
    with pytest.raises(ValidationFailed, match="PVGAS không thuộc VSP-TD03"):
        register(site, code="PVGAS")


def test_an_author_typed_without_a_unit_belongs_to_the_node_that_created_them(site):
    register(site, author_unit=False)
    with site.session() as session:
        person = session.scalar(select(Person).where(Person.full_name == "Nguyễn Văn Tâm"))
        assert person.unit_id == unit_of(session, "VSP-TD03") == this_node(session).unit_id


def test_a_site_cannot_edit_a_person_of_another_unit(site):
    with site.transaction() as session:
        from db.queries.people import add_person

        other = add_person(
            session, {"full_name": "Lê Văn Khí", "unit_id": unit_of(session, "PVGAS")}
        ).id
    with site.transaction() as session, pytest.raises(ValidationFailed, match="PVGAS"):
        update_person(session, other, {"full_name": "Lê Văn Đổi Tên"})


def test_the_command_line_refuses_a_recognition_the_rig_cannot_decide(tmp_path, capsys):
    from desktop.__main__ import main

    db = str(tmp_path / "rig.db")
    assert main(["--db", db, "init", "--unit", "VSP-TD03"]) == 0
    initiative = {
        "title": "Cải tiến khớp nối ống khoan",
        "solution_type": "technical",
        "unit_id": "VSP-TD03",
        "first_applied_on": "2022-10-01",
        "registered_on": "2022-10-15",
        "authors": [{"full_name": "Phạm Văn Hùng", "share": 100}],
    }
    (tmp_path / "sk.json").write_text(json.dumps(initiative, ensure_ascii=False), "utf-8")
    capsys.readouterr()
    assert main(["--db", db, "initiative", "add", str(tmp_path / "sk.json")]) == 0
    # a rig set up without a setup package numbers in its own machine series (db/reg_numbers.py)
    reg_no = capsys.readouterr().out.split("sáng kiến ", 1)[1].split(" ", 1)[0]
    assert reg_no.startswith("VSP-TD03-2022-")
    assert main(["--db", db, "initiative", "set", reg_no, "status=submitted"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "initiative", "set", reg_no, "status=recognised"]) == 1
    assert "hội đồng xét duyệt ghi quyết định" in capsys.readouterr().err
    review = ["review", reg_no, "--level", "industry", "--outcome", "recognised"]
    decision = ["--decision-no", "1/QĐ", "--decision-date", "2023-05-10"]
    assert main(["--db", db, *review, *decision]) == 1
    assert "không ghi được quyết định cấp ngành" in capsys.readouterr().err
