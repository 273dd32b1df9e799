"""Issue 13: a headquarters' first import of a site writes every record into tables that held
none, and the merge does not read those tables back (db/sync/apply.py `Merger.empty_tables`).
That must come to exactly what the general way does: the same rows, the same counts, the same
refusals in the same order, whatever a package breaks."""

import sqlite3
import unicodedata

import pytest
from sync_world import dump, initiative, private_key, register, repack

from db.session import open_database
from db.sync import apply
from db.sync.errors import PackageRefused
from db.sync.importer import import_package


def breaking_everything(ids):
    """A form rule, the authors' shares, a registration number twice, a missing person."""

    def change(table, rows):
        if table == "initiatives":
            for row in rows:
                if row["id"] == ids[1]:
                    row.update(registered_on="1999-01-05", first_applied_on="2099-01-01")
                if row["id"] == ids[3]:
                    row["reg_no"] = next(r["reg_no"] for r in rows if r["id"] == ids[0])
        if table == "initiative_authors":
            for row in rows:
                if row["initiative_id"] == ids[2]:
                    row["share"] = 99
                if row["initiative_id"] == ids[4]:
                    row["person_id"] = "00000000-0000-4000-8000-000000000000"
        return rows

    return change


def twin_of(hq, path, world):
    """An exact copy of headquarters' file, the same node: it takes the same packages."""
    with sqlite3.connect(hq.path) as source, sqlite3.connect(path) as copy:
        source.backup(copy)
    twin = open_database(path)
    world.open.append(twin)
    return twin


def report_of(report):
    refusals = [(r.table, r.row_id, r.field, r.reason.code, str(r.label)) for r in report.refusals]
    counts = {table: vars(counts) for table, counts in report.tables.items()}
    return counts, refusals, [str(m) for m in report.settled], report.summary()


def test_tables_that_were_empty_decide_as_the_general_way(world, tmp_path, monkeypatch):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    titles = ["Bơm ly tâm Phúc", "Gioăng máy nén Hải", "Van an toàn Cúc", "Ống xả Duy", "Đèn Em"]
    ids = [register(site, title) for title in titles]
    package = world.export(site, "CDDKVN")
    forged = repack(
        package, tmp_path / "bad.skp", records=breaking_everything(ids), key=private_key(site)
    )
    twin = twin_of(hq, tmp_path / "twin.db", world)

    fast = import_package(hq, forged, trust_new_node=True, backup=False)
    monkeypatch.setattr(apply.Merger, "empty_tables", lambda self: set())  # the general way
    general = import_package(twin, forged, trust_new_node=True, backup=False)

    assert report_of(fast) == report_of(general)
    assert (fast.tables["initiatives"].new, fast.tables["initiatives"].refused) == (2, 3)
    codes = [(r.table, r.reason.code) for r in fast.refusals]
    assert ("initiatives", "sync.possible_duplicate") in codes
    assert ("initiative_authors", "sync.belongs_to_refused") in codes
    assert ("initiative_authors", "sync.refers_to_missing") in codes
    assert dump(hq) == dump(twin)


def test_a_packages_decomposed_text_is_stored_composed_and_a_wrong_value_still_named(
    world, tmp_path
):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    first = register(site, "Cải tiến bơm ly tâm Phúc")
    package = world.export(site, "CDDKVN")

    def decomposed(table, rows):
        for row in rows:
            if row["id"] == first:
                row["title"] = unicodedata.normalize("NFD", row["title"])
        return rows

    nfd = repack(package, tmp_path / "nfd.skp", records=decomposed, key=private_key(site))
    other = twin_of(hq, tmp_path / "other.db", world)
    import_package(hq, nfd, trust_new_node=True, backup=False)
    assert initiative(hq, first).title == "Cải tiến bơm ly tâm Phúc"  # NFC, as typed here

    def true_share(table, rows):
        if table == "initiative_authors":
            rows[0]["share"] = True
        return rows

    wrong = repack(package, tmp_path / "wrong.skp", records=true_share, key=private_key(site))
    before = dump(other)
    with pytest.raises(PackageRefused) as refused:
        import_package(other, wrong, trust_new_node=True, backup=False)
    assert "initiative_authors.share" in str(refused.value)
    assert dump(other) == before  # nothing of it was written
