"""However an initiative reaches the database — the demo's bulk writer, a clerk's Excel sheet, a
package from a site (into a file or a server), a title edited there and carried again — its
stored sort keys are its title's and its first author's name's, so the table sorts it in its
Vietnamese place. The keys are local: a package and the dump carry none of them."""

import sys
import zipfile
from pathlib import Path

import pytest
from test_table_vietnamese_order import keys_are_right

from db.demo import build_demo
from db.reference import init_node
from db.session import open_database
from desktop.__main__ import main

sys.path.insert(0, str(Path(__file__).parent / "sync"))
from sync_world import World, dump, edit, register


def keys_right_in(path_or_database) -> bool:
    database = path_or_database
    if isinstance(path_or_database, Path):
        database = open_database(path_or_database)
    try:
        with database.session() as session:
            return keys_are_right(session)
    finally:
        if database is not path_or_database:
            database.close()


def test_the_demo_and_an_excel_sheet_of_it_store_the_right_keys(tmp_path, capsys):
    demo = tmp_path / "demo.db"
    build_demo(demo, initiatives=300)
    assert keys_right_in(demo)
    sheet = tmp_path / "vsp.xlsx"
    assert main(["--db", str(demo), "initiative", "export", "--unit", "VSP", "-o", str(sheet)]) == 0
    rig = tmp_path / "vsp.db"
    database = open_database(rig, create=True)
    init_node(database, "VSP")
    database.close()
    assert main(["--db", str(rig), "initiative", "import", str(sheet)]) == 0, capsys.readouterr()
    assert keys_right_in(rig)


@pytest.fixture
def world(tmp_path, engine, db_target):
    w = World(tmp_path, server=db_target if engine == "postgresql" else None)
    yield w
    w.close()


@pytest.mark.both_engines
def test_a_package_from_a_site_stores_the_right_keys_at_headquarters(world):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP")
    first = register(site, "Ứng dụng phần mềm quản lý vật tư")
    register(site, "Đào tạo an toàn cho công nhân")
    register(site, "an toàn lao động trên biển")
    world.carry(site, hq)
    assert keys_right_in(hq)
    edit(site, first, title="Ắc quy dự phòng cho giàn")
    world.carry(site, hq)
    assert keys_right_in(hq)
    assert dump(hq) == dump(site)
    assert not any("title_key" in line or "author_key" in line for line in dump(hq))
    with zipfile.ZipFile(world.export(site, "CDDKVN")) as package:  # not synced: local
        sent = package.read("data/initiatives.jsonl")
    assert b"title_key" not in sent and b"author_key" not in sent and "Ắc quy".encode() in sent
