"""Issue 13: an import reads and checks each record of a package once (the verify pass keeps
what it checked for the merge), and a package too big to keep imports the same records."""

import pytest
from sync_world import dump, register

from db.sync import verify
from db.sync.importer import import_package

pytestmark = pytest.mark.both_engines  # issue 18: headquarters on a server too


def site_with_initiatives(world, count: int):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    for number in range(count):
        register(site, f"Cải tiến bơm ly tâm số {number} Phúc")
    return hq, site


def test_headquarters_checks_each_record_of_a_package_once(world, parsed_here):
    hq, site = site_with_initiatives(world, 3)
    package = world.export(site, "CDDKVN")
    report = import_package(hq, package, trust_new_node=True, backup=False)
    assert report.tables["initiatives"].new == 3
    assert parsed_here["initiatives"] == 3
    assert parsed_here["initiative_authors"] == 3  # the shares' check reads what verify kept, too
    assert dump(site) == [line for line in dump(hq) if line in set(dump(site))]


def test_a_package_too_big_to_keep_is_read_again_and_imports_the_same(
    world, parsed_here, monkeypatch
):
    monkeypatch.setattr(verify, "KEEP_BYTES", 0)
    hq, site = site_with_initiatives(world, 3)
    package = world.export(site, "CDDKVN")
    report = import_package(hq, package, trust_new_node=True, backup=False)
    assert report.tables["initiatives"].new == 3
    assert parsed_here["initiatives"] == 6  # checked, then read again by the merge
    assert dump(site) == [line for line in dump(hq) if line in set(dump(site))]


def test_the_cycle_collector_rests_during_an_import_and_is_back_after_even_a_refused_one(
    world, monkeypatch
):
    """The records kept between the passes are many: Python's cycle collector walking them all
    again and again was a seventh of an import (db/sync/importer.py collector_paused)."""
    import gc

    from db.sync import importer
    from db.sync.errors import PackageRefused

    hq, site = site_with_initiatives(world, 1)
    package = world.export(site, "CDDKVN")
    seen = []
    verify_package = importer.verify_package

    def watching(*args):
        seen.append(gc.isenabled())
        return verify_package(*args)

    monkeypatch.setattr(importer, "verify_package", watching)
    import_package(hq, package, trust_new_node=True, backup=False)
    assert seen == [False] and gc.isenabled()

    package.write_bytes(package.read_bytes()[:-40])  # a damaged file is refused
    with pytest.raises(PackageRefused):
        import_package(hq, package, trust_new_node=True, backup=False)
    assert gc.isenabled()
