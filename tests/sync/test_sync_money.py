"""A benefit value with cents travels exactly: a site's 2,500.50 USD reads 2,500.50 at
headquarters; a package from a node of the earlier version (whole amounts only) reads unchanged;
cents in VND, which no form accepts, are refused in a package too."""

from __future__ import annotations

import zipfile
from decimal import Decimal

import orjson
import pytest
from sync_world import edit, initiative, private_key, register, repack

from db.sync.importer import import_package

pytestmark = pytest.mark.both_engines  # issue 18: headquarters on a server too

CENTS = Decimal("2500.5")


def initiatives_in(package) -> dict[str, dict]:
    with zipfile.ZipFile(package) as archive:
        lines = archive.read("data/initiatives.jsonl").splitlines()
    return {row["id"]: row for row in map(orjson.loads, lines)}


def test_a_usd_value_with_cents_reaches_headquarters_exactly(world):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    usd = register(site, "Bơm tăng áp An", benefit_value=CENTS, benefit_currency="USD")
    vnd = register(site, "Van an toàn Bình", benefit_value=1_250_000_000)
    package = world.export(site, "CDDKVN")
    records = initiatives_in(package)
    assert records[usd]["benefit_value"] == "2500.5"  # exact, as a decimal string
    assert records[vnd]["benefit_value"] == 1_250_000_000  # whole: a number, as before 0010

    import_package(hq, package, trust_new_node=True, backup=False)
    assert initiative(hq, usd).benefit_value == CENTS
    assert initiative(hq, vnd).benefit_value == 1_250_000_000


def test_a_package_of_the_earlier_version_reads_its_whole_amounts_unchanged(world, tmp_path):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    row = register(site, "Bơm tăng áp Cường", benefit_value=2500, benefit_currency="USD")
    package = world.export(site, "CDDKVN")

    def as_0009(manifest):
        return manifest | {"schema_revision": "0009"}

    old = repack(package, tmp_path / "old.skp", manifest=as_0009, key=private_key(site))
    report = import_package(hq, old, trust_new_node=True, backup=False)
    assert report.status == "imported"
    assert initiative(hq, row).benefit_value == 2500


def test_cents_in_vnd_are_refused_in_a_package_as_on_the_form(world, tmp_path):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    row = register(site, "Van xả Dũng", benefit_value=1_000_000)
    world.carry(site, hq)

    def cents_in_dong(table, rows):
        for record in rows:
            if table == "initiatives" and record["id"] == row:
                record["benefit_value"] = "2000000.5"
        return rows

    edit(site, row, benefit_value=2_000_000)  # a later version of the field goes up
    package = world.export(site, "CDDKVN")
    forged = repack(package, tmp_path / "f.skp", records=cents_in_dong, key=private_key(site))
    report = import_package(hq, forged, trust_new_node=True, backup=False)
    refused = [r for r in report.refusals if r.field == "benefit_value"]
    assert refused and "không có phần lẻ" in str(refused[0].reason)
    assert initiative(hq, row).benefit_value == 1_000_000


def test_a_package_switching_a_value_with_cents_to_vnd_is_refused(world, tmp_path):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    row = register(site, "Bơm tăng áp Giang", benefit_value=CENTS, benefit_currency="USD")
    world.carry(site, hq)
    edit(site, row, investor="Vietsovpetro")  # a later version of the row goes up

    def to_dong(table, rows):
        for record in rows:
            if table == "initiatives" and record["id"] == row:
                record["benefit_currency"] = "VND"
                stamp = (record.get("field_hlc") or {}).get("investor", record["hlc"])
                record["field_hlc"] = (record.get("field_hlc") or {}) | {"benefit_currency": stamp}
        return rows

    package = world.export(site, "CDDKVN")
    forged = repack(package, tmp_path / "d.skp", records=to_dong, key=private_key(site))
    report = import_package(hq, forged, trust_new_node=True, backup=False)
    assert any("không có phần lẻ" in str(r.reason) for r in report.refusals)
    assert (initiative(hq, row).benefit_value, initiative(hq, row).benefit_currency) == (
        CENTS,
        "USD",
    )
