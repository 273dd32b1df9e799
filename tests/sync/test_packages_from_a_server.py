"""Headquarters on a PostgreSQL server sends the same packages as on a file (issue 18): a delta
for a union and a setup package for a new site are byte for byte those of the SQLite
headquarters holding the same records, even on a server that sorts text the Vietnamese way and
keeps its rows in another order; and two imports at once on one server take turns, the second
told that it waits."""

from __future__ import annotations

import threading
import types
import uuid
import zipfile

import pytest
from sqlalchemy import text
from sync_world import World, register

from db.postgres.copy import copy_node
from db.postgres.merge_rows import IMPORT_LOCK
from db.session import open_database
from db.sync import export
from db.sync.enrolment import enroll
from db.sync.importer import import_package


@pytest.fixture
def same_moment(monkeypatch):
    """same_moment(): from now on every package gets the same id and creation time (else they
    differ by design)."""

    def fix() -> None:
        fixed = types.SimpleNamespace(uuid4=lambda: uuid.UUID(int=0x5A4E))
        monkeypatch.setattr(export, "uuid", fixed)
        monkeypatch.setattr(export, "utcnow", lambda: export.dt.datetime(2026, 12, 2, 20, 0))

    return fix


@pytest.fixture
def two_headquarters(tmp_path, pg):
    """A file headquarters that relayed CDDKVN → VSP → VSP-TD03 packages, and the same records
    moved to a server set up with Vietnamese collation, its rows laid out in another order."""
    world = World(tmp_path)
    hq = world.headquarters()
    vsp = world.enrol(hq, "VSP")
    rig = world.enrol(vsp, "VSP-TD03")
    for title in ("Đổi van xả Ánh", "cải tiến bơm Bảo", "Ắc quy dự phòng Zũng", "Ống dẫn ống"):
        register(rig, title)
        register(vsp, title.upper(), "VSP")
    world.carry(rig, vsp)
    world.carry(vsp, hq)
    register(hq, "Sổ tay an toàn Đạt")
    server = open_database(pg.new_database("vietnamese", icu_locale="vi-VN"))
    copy_node(hq, server)
    with server.transaction() as session:  # reg_no in Vietnamese order: not the file's order
        session.execute(text('CREATE INDEX by_title ON initiatives (title COLLATE "vi-VN-x-icu")'))
        session.execute(text("CLUSTER initiatives USING by_title"))
        session.execute(text('CREATE INDEX by_name ON people (full_name COLLATE "vi-VN-x-icu")'))
        session.execute(text("CLUSTER people USING by_name"))
    yield world, hq, server
    server.close()
    world.close()


def members(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_a_server_headquarters_sends_the_same_bytes_as_a_file(two_headquarters, same_moment):
    world, hq, server = two_headquarters
    same_moment()
    from_file = members(world.export(hq, "VSP", full=True))
    from_server = members(world.export(server, "VSP", full=True))
    assert from_file["data/initiatives.jsonl"].count(b"\n") == 8
    assert sorted(from_server) == sorted(from_file)
    for name, content in from_file.items():
        assert from_server[name] == content, name


def test_a_setup_package_made_on_a_server_is_the_same_as_from_a_file(
    two_headquarters, same_moment, tmp_path
):
    _world, hq, server = two_headquarters
    same_moment()
    enroll(hq, "PVGAS", tmp_path / "file.skp")
    enroll(server, "PVGAS", tmp_path / "server.skp")
    assert members(tmp_path / "server.skp") == members(tmp_path / "file.skp")


def test_a_second_import_on_one_server_waits_for_the_first_and_is_told(tmp_path, pg):
    world = World(tmp_path, server=pg.new_database)
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    register(site, "Sáng kiến chờ lượt Minh")
    package = world.export(site, "CDDKVN")
    told: list = []
    other = open_database(pg.server.address(hq.path.name))
    with other.transaction() as session:  # another clerk's import holds the server
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK})
        done = []
        second = threading.Thread(
            target=lambda: done.append(
                import_package(hq, package, trust_new_node=True, backup=False, waiting=told.append)
            )
        )
        second.start()
        second.join(timeout=3)
        assert second.is_alive() and not done  # it waits …
        assert "đang chờ" in told[0].text("vi") and "waiting" in told[0].text("en")  # … says so
    second.join(timeout=30)
    other.close()
    assert done and done[0].status == "imported"
    assert done[0].tables["initiatives"].new == 1
