"""A clerk types a number too large for the register: one message saying the limit, exit status 1,
and the database file byte for byte as it was (never an OverflowError)."""

import json

import pytest
from initiative_world import build_world

from db.node import create_node
from db.session import open_database
from db.validation import MAX_MONEY, ValidationFailed, excerpt, initiative_problems
from desktop.__main__ import main

HUGE = 99999999999999999999999


@pytest.fixture
def site(tmp_path):
    path = tmp_path / "site.db"
    database = open_database(path, create=True)
    with database.transaction() as session:
        create_node(session, "CDDKVN")
    world = build_world(database)
    database.close()
    return path, world


def sangkien(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys, path, *args):
    before = path.read_bytes()
    code, _out, err = sangkien(capsys, "--db", path, *args)
    assert code == 1 and "Traceback" not in err, err
    assert path.read_bytes() == before
    return err


def spec(tmp_path, world, benefit_value):
    data = {
        "title": "Cải tiến quy trình bảo dưỡng máy nén khí",
        "solution_type": "technical",
        "unit_id": "VSP-TD03",
        "registered_on": "2022-07-01",
        "first_applied_on": "2022-06-15",
        "benefit_value": benefit_value,
        "authors": [{"person_id": world.an, "share": 100}],
    }
    path = tmp_path / "sang-kien.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_initiative_add_with_a_benefit_beyond_the_limit_states_the_limit(site, tmp_path, capsys):
    db, world = site
    err = refused(capsys, db, "initiative", "add", spec(tmp_path, world, HUGE))
    assert "tối đa là 1.000.000.000.000.000" in err


def test_initiative_set_with_a_benefit_beyond_the_limit_states_the_limit(site, tmp_path, capsys):
    db, world = site
    code, out, _ = sangkien(capsys, "--db", db, "initiative", "add", spec(tmp_path, world, 5))
    assert code == 0
    reg_no = next(w for w in out.split() if w.startswith("VSP-TD03-"))
    err = refused(capsys, db, "initiative", "set", reg_no, f"benefit_value={HUGE}")
    assert "tối đa là 1.000.000.000.000.000" in err
    code, _out, _err = sangkien(
        capsys, "--db", db, "initiative", "set", reg_no, f"benefit_value={MAX_MONEY}"
    )
    assert code == 0


def test_the_form_rule_names_the_limit_in_both_languages():
    problems = initiative_problems({"benefit_value": MAX_MONEY + 1})
    assert [p.code for p in problems if p.field == "benefit_value"] == ["too_large"]
    with pytest.raises(ValidationFailed):
        raise ValidationFailed(problems)
    assert "1,000,000,000,000,000" in problems[-1].en


def test_an_excerpt_is_short_and_shows_no_control_characters():
    shown = excerpt("A\x1b[2J\u202e" + "x" * (10 << 20))
    assert len(shown) < 70 and shown.endswith("…'") and "\x1b" not in shown
    assert "\u202e" not in shown
