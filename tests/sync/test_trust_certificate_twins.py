"""A site and the base union above it both certify one initiative at once (both of the base
level, the level that recognised): the certificate issued first holds on every node, the later
one is cancelled, and the import that cancels it says so."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sync_world import World, dump, initiative, register

from db.certificates import Signer, issue_certificates
from db.models import Certificate
from db.queries.reviews import record_review
from db.sync.importer import import_package
from desktop.views.sync_import import package_result

DECIDED = {"decision_no": "12/QĐ-CĐCS", "decision_date": dt.date(2023, 4, 3)}


@pytest.fixture
def world(tmp_path):
    world = World(tmp_path)
    yield world
    world.close()


def certified_at(database, initiative_id: str) -> list[str]:
    with database.transaction() as session:
        return issue_certificates(session, [initiative_id], Signer("Lê Văn Ký")).numbers


def live_numbers(database) -> list[tuple[str, bool]]:
    with database.session() as session:
        rows = session.execute(
            select(Certificate.number, Certificate.deleted).order_by(Certificate.number)
        )
        return [tuple(row) for row in rows]


def certified_by_the_site_and_its_union(world: World):
    """A site's initiative recognised by its own council (base level), known to its base union,
    then certified by the site and by the union, neither knowing of the other's certificate."""
    hq = world.headquarters()
    union = world.enrol(hq, "PVGAS-KVT")
    site = world.enrol(union, "PVGAS-DINHCO")
    first = register(site, "Thu hồi condensate bồn chứa", status="submitted")
    with site.transaction() as session:
        values = {"level": "base", "outcome": "recognised", **DECIDED}
        record_review(session, first, values, actor="council")
    world.carry(site, union)
    assert certified_at(site, first) == ["PVGAS-DINHCO-2026-00001"]
    assert certified_at(union, first) == ["PVGAS-KVT-2026-00001"]  # not yet knowing
    return hq, union, site, first


def test_a_site_and_its_base_union_certifying_at_once_keep_the_first_certificate(world):
    hq, union, site, first = certified_by_the_site_and_its_union(world)
    report = world.carry(site, union)
    assert [w.code for w in report.warnings] == ["sync.certificate_twin"]
    assert report.warnings[0].params == {
        "reg_no": initiative(site, first).reg_no,
        "kept": "PVGAS-DINHCO-2026-00001",
        "cancelled": "PVGAS-KVT-2026-00001",
    }
    shown = package_result(report)  # the Sync page's line for the package
    assert f"Lưu ý: {initiative(site, first).reg_no}: hai nơi" in shown
    assert "giấy PVGAS-KVT-2026-00001 bị hủy" in shown
    for _round in range(2):
        world.carry(union, hq)
        world.carry(hq, union)
        world.carry(union, site)
        world.carry(site, union)
    held = [("PVGAS-DINHCO-2026-00001", False), ("PVGAS-KVT-2026-00001", True)]
    assert [live_numbers(db) for db in (hq, union, site)] == [held] * 3
    assert dump(hq) == dump(union) == dump(site)
    assert {initiative(db, first).status for db in (hq, union, site)} == {"certified"}


def test_the_later_certificate_is_cancelled_whichever_package_arrives_first(world):
    """The same, the union's package reaching the site first: the site cancels the union's
    later certificate (the initiative is its own, the level its own), the union agrees."""
    _hq, union, site, _first = certified_by_the_site_and_its_union(world)
    package = world.export(union, "PVGAS-DINHCO")
    report = import_package(site, package, trust_new_node=True, backup=False)
    assert [w.params["cancelled"] for w in report.warnings] == ["PVGAS-KVT-2026-00001"]
    for _round in range(2):
        world.carry(site, union)
        world.carry(union, site)
    held = [("PVGAS-DINHCO-2026-00001", False), ("PVGAS-KVT-2026-00001", True)]
    assert [live_numbers(db) for db in (union, site)] == [held] * 2
    assert dump(union) == dump(site)
