"""However a person reaches the database — the form, the authors editor's new author, the command
line, a clerk's Excel sheet, the demo, a package from a site (into a file or a server), a person
renamed or re-dated there and carried again, a merge undone — their stored `name_key` is their
name's and birth date's Vietnamese key, so every list of people shows them in their place. The
key is local: a package and the dump carry none of it."""

import datetime as dt
import json
import sys
import zipfile
from pathlib import Path

import pytest
from initiative_world import build_world

from db.collation import person_key
from db.demo import build_demo
from db.duplicates.people import merge_people, undo_merge
from db.models import Person
from db.queries.people import add_person, update_person
from db.reference import init_node
from db.session import open_database
from desktop.__main__ import main

sys.path.insert(0, str(Path(__file__).parent / "sync"))
from sync_world import World, dump, register

BORN = dt.date(1970, 7, 7)


def name_keys_are_right(session) -> bool:
    """Every person's stored key is their name's and birth date's (deleted people too)."""
    people = session.query(Person).all()
    assert people
    wrong = [
        (p.full_name, p.birth_date)
        for p in people
        if p.name_key != person_key(p.full_name, p.birth_date)
    ]
    assert not wrong, wrong
    return True


def right_in(path: Path) -> bool:
    database = open_database(path)
    try:
        with database.session() as session:
            return name_keys_are_right(session)
    finally:
        database.close()


def test_the_form_writes_the_key_and_keeps_it_with_a_new_name_or_birth_date(node_db):
    with node_db.transaction() as session:
        an = add_person(session, {"full_name": "  Đặng  Văn An ", "birth_date": None}).id
        add_person(session, {"full_name": "Ứng Thị Bình", "birth_date": dt.date(1980, 2, 3)})
    with node_db.transaction() as session:
        assert name_keys_are_right(session)
        update_person(session, an, {"birth_date": dt.date(1979, 1, 1)})
        assert name_keys_are_right(session)
        update_person(session, an, {"full_name": "Âu Văn An"})
    with node_db.session() as session:
        assert name_keys_are_right(session)


def test_a_merge_and_its_undo_leave_every_key_right(node_db):
    world = build_world(node_db)
    with node_db.transaction() as session:
        born, unit = dt.date(1990, 1, 1), world.hq
        one = add_person(session, {"full_name": "Lê Hoà", "birth_date": born, "unit_id": unit})
        two = add_person(session, {"full_name": "Lê Hòa", "birth_date": born, "unit_id": unit})
        one, two = one.id, two.id
    with node_db.transaction() as session:
        merge_people(session, one, two)
    with node_db.transaction() as session:
        assert name_keys_are_right(session)
        undo_merge(session, two)
    with node_db.session() as session:
        assert name_keys_are_right(session)


def test_the_command_line_and_a_package_it_imports_write_the_keys(tmp_path, capsys):
    hq, site = tmp_path / "hq.db", tmp_path / "site.db"
    spec = tmp_path / "sk.json"
    author = {"full_name": "Ưng Văn Đạt", "birth_date": "1985-03-02", "share": 100}
    initiative = {
        "title": "Bơm ép vỉa cải tiến trên giàn Tam Đảo 03",
        "solution_type": "technical",
        "unit_id": "VSP-TD03",
        "registered_on": "2022-10-15",
        "authors": [author],
    }
    spec.write_text(json.dumps(initiative, ensure_ascii=False), encoding="utf-8")
    package = tmp_path / "vsp-td03.skp"
    for args in (
        ["--db", hq, "init", "--unit", "CDDKVN"],
        ["--db", hq, "enroll", "VSP-TD03", "-o", tmp_path / "setup.skp"],
        ["--db", site, "init", "--from", tmp_path / "setup.skp"],
        ["--db", site, "initiative", "add", spec],
        ["--db", site, "export", "--to", "CDDKVN", "-o", package],
        ["--db", hq, "import", package],
    ):
        assert main([str(a) for a in args]) == 0, (args, capsys.readouterr())
    assert right_in(site) and right_in(hq)


def test_the_demo_and_an_excel_sheet_of_it_write_the_keys(tmp_path, capsys):
    demo = tmp_path / "demo.db"
    build_demo(demo, initiatives=300)
    assert right_in(demo)
    sheet = tmp_path / "vsp.xlsx"
    assert main(["--db", str(demo), "initiative", "export", "--unit", "VSP", "-o", str(sheet)]) == 0
    rig = tmp_path / "vsp.db"
    database = open_database(rig, create=True)
    init_node(database, "VSP")
    database.close()
    assert main(["--db", str(rig), "initiative", "import", str(sheet)]) == 0, capsys.readouterr()
    assert right_in(rig)


@pytest.fixture
def world(tmp_path, engine, db_target):
    w = World(tmp_path, server=db_target if engine == "postgresql" else None)
    yield w
    w.close()


def right_at(database) -> bool:
    with database.session() as session:
        return name_keys_are_right(session)


@pytest.mark.both_engines
def test_a_package_from_a_site_writes_the_keys_and_carries_none(world):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP")
    register(site, "Ứng dụng phần mềm quản lý vật tư")
    register(site, "Đào tạo an toàn cho công nhân")
    world.carry(site, hq)
    assert right_at(hq)
    with site.transaction() as session:  # renamed and re-dated at the site, carried again
        person = session.query(Person).filter_by(full_name="Nguyễn Văn tư").one()
        update_person(session, person.id, {"full_name": "Ông Văn Tư", "birth_date": BORN})
    world.carry(site, hq)
    assert right_at(hq)
    with hq.session() as session:
        assert session.query(Person).filter_by(full_name="Ông Văn Tư").one().birth_date == BORN
    assert dump(hq) == dump(site)
    assert not any("name_key" in line for line in dump(hq))
    with zipfile.ZipFile(world.export(site, "CDDKVN")) as package:  # not synced: local
        sent = package.read("data/people.jsonl")
    assert b"name_key" not in sent and "Ông Văn Tư".encode() in sent
