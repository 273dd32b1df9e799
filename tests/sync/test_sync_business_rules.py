"""Whatever a clerk cannot type at headquarters, a package cannot bring either: shares that do not
add up to 100, dates outside the programme, an unknown status. Such records are refused and listed
by registration number, field and reason; the rest applies; the command ends with exit status 3
so a script cannot take it for a clean import (issue 10, finding 11)."""

import contextlib
import json
import re

import pytest
from sync_world import initiative, private_key, register, repack

from db.models import Person
from db.queries.people import update_person
from desktop.__main__ import main

pytestmark = pytest.mark.both_engines  # issue 18: headquarters on a server too


def site_package(world, tmp_path, change):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    good = register(site, "Sáng kiến đúng luật Bảo")
    bad = register(site, "Sáng kiến sai luật Cúc")
    world.carry(site, hq)  # the site is known at headquarters from now on
    register(site, "Sáng kiến mới đúng luật Duy")
    bad_two = register(site, "Sáng kiến thứ hai sai Em")
    package = world.export(site, "CDDKVN")
    ids = {"bad": bad, "bad_two": bad_two, "good": good}
    forged = repack(package, tmp_path / "bad.skp", records=change(ids), key=private_key(site))
    return hq, site, forged, ids


def breaking_rules(ids):
    def change(table, rows):
        if table == "initiatives":
            for row in rows:
                if row["id"] == ids["bad_two"]:
                    row.update(registered_on="1999-01-05", first_applied_on="2099-01-01")
                    row.update(status="bogus")
        if table == "initiative_authors":
            for row in rows:
                if row["initiative_id"] == ids["bad_two"]:
                    row["share"] = 99
        return rows

    return change


def test_records_breaking_the_forms_rules_are_refused_and_listed_and_the_rest_applies(
    world, tmp_path, capsys
):
    hq, _site, forged, ids = site_package(world, tmp_path, breaking_rules)
    code = main(["--db", str(hq.path), "import", str(forged), "--json"])
    report = json.loads(capsys.readouterr().out)[0]
    assert code == 3
    assert report["status"] == "imported"
    refused = {(r["table"], r["field"]) for r in report["refusals"]}
    assert ("initiatives", "registered_on") in refused or ("initiatives", "status") in refused
    [label] = {r["label"] for r in report["refusals"] if r["table"] == "initiatives"}
    assert label.startswith("VSP-TD03-2022-0004")
    uuid = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")
    assert not any(uuid.search(r["label"] + r["reason"]) for r in report["refusals"])
    assert any("VSP-TD03-2022-0004" in r["label"] for r in report["refusals"][1:])
    assert initiative(hq, ids["bad_two"]) is None
    assert initiative(hq, ids["good"]) is not None
    assert report["summary"]["new"] >= 1  # the good new initiative came in

    again = main(["--db", str(hq.path), "import", str(forged)])
    assert again == 0  # already imported: nothing happens twice
    assert "đã được nhập rồi" in capsys.readouterr().out


def test_shares_not_adding_up_to_100_are_refused_by_the_initiatives_number(world, tmp_path, capsys):
    def change(ids):
        def edit(table, rows):
            if table == "initiative_authors":
                for row in rows:
                    if row["initiative_id"] == ids["bad_two"]:
                        row["share"] = 99
            return rows

        return edit

    hq, _site, forged, ids = site_package(world, tmp_path, change)
    code = main(["--db", str(hq.path), "import", str(forged)])
    out = capsys.readouterr().out
    assert code == 3
    assert "VSP-TD03-2022-0004" in out and "100%" in out and "tỷ lệ đóng góp" in out
    assert initiative(hq, ids["bad_two"]) is None  # a new initiative without valid authors waits
    with hq.transaction() as session:  # and what did arrive can still be edited here
        person = session.query(Person).filter(Person.full_name == "Nguyễn Văn Duy").one()
        update_person(session, person.id, {"job_title": "Kỹ sư"})


def test_import_help_documents_the_exit_statuses(capsys):
    with contextlib.suppress(SystemExit):
        main(["import", "--help"])
    out = capsys.readouterr().out
    assert "3 = đã nhập nhưng có bản ghi bị từ chối" in out
