"""Issue 13: the tables a big package's verify pass does not keep (the merge reads them again)
are checked in a process of their own while this one checks the tables it keeps
(db/sync/verify.py LaterTables). The same records go in, and a broken record is refused with the
same message, the first fault in the tables' order, as when one process checks every table."""

import shutil
from pathlib import Path

import pytest
from sync_world import dump, file_state, private_key, recognising_review, register, repack

from db.session import open_database
from db.sync import verify
from db.sync.errors import PackageRefused
from db.sync.importer import import_package

KEPT = {"units", "unit_names", "programmes", "phases", "fields", "targets", "people", "initiatives"}


@pytest.fixture
def helper(monkeypatch):
    """The tables after the initiatives left unkept, checked by the other process (`on`) or
    here (`off`); returns the processes started so far."""
    started = []
    make = verify.LaterTables.__init__

    def counting(self, package, tables):
        make(self, package, tables)
        started.append(self)

    monkeypatch.setattr(verify.LaterTables, "__init__", counting)
    monkeypatch.setattr(verify, "kept_tables", lambda package: set(KEPT))

    def switch(on: bool):
        monkeypatch.setattr(verify, "LATER_PROCESS_FROM", 0 if on else 1 << 60)
        return started

    return switch


def site_package(world, count=3):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    world.carry(site, hq)
    for number in range(count):
        register(site, f"Cải tiến bơm ly tâm số {number} Phúc")
    return hq, site, world.export(site, "CDDKVN")


def copy_of(database, path):
    """Another file of the same headquarters (the same node: the package is addressed to it)."""
    for suffix in ("", "-wal"):
        source = Path(f"{database.path}{suffix}")
        if source.exists():
            shutil.copyfile(source, f"{path}{suffix}")
    copy = open_database(path)
    return copy


def test_the_tables_not_kept_are_checked_by_another_process_and_import_the_same(
    world, helper, tmp_path
):
    hq, site, package = site_package(world)
    other = copy_of(hq, tmp_path / "hq-copy.db")
    helper(False)
    alone = import_package(other, package, trust_new_node=True, backup=False)
    started = helper(True)
    shared = import_package(hq, package, trust_new_node=True, backup=False)
    assert len(started) == 1
    assert started[0].tables == ["initiative_authors"]  # the tables after KEPT it carries
    assert started[0].process.exitcode is not None  # ended, not left behind
    assert shared.summary() == alone.summary()
    assert shared.tables["initiative_authors"].new == alone.tables["initiative_authors"].new > 0
    site_lines = set(dump(site))
    assert [x for x in dump(hq) if x in site_lines] == [x for x in dump(other) if x in site_lines]
    other.close()


def broken(site, package, tmp_path, tables):
    """The package with the second record of each of `tables` broken: an initiative's title a
    number (the merge, reading a table again, would meet that too), an authorship under the
    first one's id (only the verify pass sees that)."""

    def change(table, rows):
        if table == "initiatives" and table in tables:
            return [{**r, "title": 12345} if n == 1 else r for n, r in enumerate(rows)]
        if table == "initiative_authors" and table in tables:
            return [{**r, "id": rows[0]["id"]} if n == 1 else r for n, r in enumerate(rows)]
        return rows

    return repack(package, tmp_path / "broken.skp", records=change, key=private_key(site))


def refused(database, package) -> str:
    before = file_state(database)
    with pytest.raises(PackageRefused) as error:
        import_package(database, package, backup=False)
    assert file_state(database) == before
    return str(error.value)


def test_a_broken_record_in_a_table_the_other_process_checks_is_refused_the_same(
    world, helper, tmp_path
):
    hq, site, package = site_package(world)
    bad = broken(site, package, tmp_path, {"initiative_authors"})
    helper(False)
    alone = refused(hq, bad)
    started = helper(True)
    shared = refused(hq, bad)
    assert len(started) == 1
    assert shared == alone
    assert "initiative_authors" in shared and "2" in shared


def test_the_first_fault_in_the_tables_order_is_the_one_reported(world, helper, tmp_path):
    """A fault in a table checked here and one in a table the other process checks: the
    earlier table's, as one pass over every table reports."""
    hq, site, package = site_package(world)
    bad = broken(site, package, tmp_path, {"initiatives", "initiative_authors"})
    helper(False)
    alone = refused(hq, bad)
    helper(True)
    shared = refused(hq, bad)
    assert shared == alone
    assert "initiatives" in shared and "initiative_authors" not in shared


def test_without_an_answer_from_the_other_process_the_tables_are_checked_here(
    world, helper, tmp_path, monkeypatch
):
    hq, site, package = site_package(world)
    bad = broken(site, package, tmp_path, {"initiative_authors"})
    helper(False)
    alone = refused(hq, bad)
    helper(True)
    monkeypatch.setattr(verify.LaterTables, "_answer", lambda self, cancelled: None)
    assert refused(hq, bad) == alone
    report = import_package(hq, package, trust_new_node=True, backup=False)
    assert report.tables["initiative_authors"].new == 3


def test_the_merge_reads_the_tables_not_kept_through_the_other_process(
    world, helper, parsed_here, tmp_path
):
    """Checked there, read again there: this process parses none of their records, and the
    process has ended when the import has."""
    hq, site, package = site_package(world)
    other = copy_of(hq, tmp_path / "hq-copy.db")
    helper(False)
    alone = import_package(other, package, trust_new_node=True, backup=False)
    assert parsed_here["initiative_authors"] == 9  # checked, read for the shares, merged: here
    parsed_here.clear()
    started = helper(True)
    shared = import_package(hq, package, trust_new_node=True, backup=False)
    assert parsed_here["initiatives"] == 3
    assert "initiative_authors" not in parsed_here
    assert shared.summary() == alone.summary()
    site_lines = set(dump(site))
    assert [x for x in dump(hq) if x in site_lines] == [x for x in dump(other) if x in site_lines]
    assert not started[0].process.is_alive()
    other.close()


def test_a_process_gone_before_the_merge_leaves_the_merge_to_read_here(
    world, helper, parsed_here, monkeypatch
):
    hq, _site, package = site_package(world)
    started = helper(True)
    check = verify.LaterTables.add_to

    def then_gone(self, verified, cancelled):
        check(self, verified, cancelled)
        self.process.kill()
        self.process.join()

    monkeypatch.setattr(verify.LaterTables, "add_to", then_gone)
    report = import_package(hq, package, trust_new_node=True, backup=False)
    assert len(started) == 1
    assert parsed_here["initiative_authors"] == 6  # for the shares and the merge, here only
    assert report.tables["initiative_authors"].new == 3


def test_a_preview_leaves_no_process_behind(world, helper):
    hq, _site, package = site_package(world)
    started = helper(True)
    report = import_package(hq, package, dry_run=True, trust_new_node=True)
    assert report.tables["initiative_authors"].new == 3
    assert len(started) == 1 and not started[0].process.is_alive()


@pytest.mark.both_engines  # the merge on a server reads them through the process too
def test_a_package_too_big_to_keep_imports_the_same_through_the_other_process(
    world, parsed_here, monkeypatch
):
    monkeypatch.setattr(verify, "KEEP_BYTES", 0)
    monkeypatch.setattr(verify, "LATER_PROCESS_FROM", 0)
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    for number in range(3):
        register(site, f"Cải tiến bơm ly tâm số {number} Phúc")
    package = world.export(site, "CDDKVN")
    parsed_here.clear()  # the enrolment's own package
    report = import_package(hq, package, trust_new_node=True, backup=False)
    assert report.tables["initiatives"].new == 3
    assert parsed_here == {}  # every table checked and read again by the other process
    assert dump(site) == [line for line in dump(hq) if line in set(dump(site))]


def test_a_pc_of_one_core_checks_every_table_in_one_process(world, helper, monkeypatch):
    hq, _site, package = site_package(world)
    started = helper(True)
    monkeypatch.setattr(verify.os, "cpu_count", lambda: 1)
    report = import_package(hq, package, trust_new_node=True, backup=False)
    assert report.tables["initiative_authors"].new == 3
    assert started == []


def served(package, monkeypatch, budget=verify.READY_BYTES, asked=("initiative_authors",)):
    """The other process's work run here, in a thread (check_later_tables): the authors checked,
    then read again for the merge once for each of `asked`, two records a message. Returns the
    records of each reading, each as (line, id, stamp, values, later), and how many records
    were parsed and checked after the check (read again from the file)."""
    import marshal
    import multiprocessing
    import threading

    from db.sync.reader import open_package

    monkeypatch.setattr(verify, "SEND_EVERY", 2)
    monkeypatch.setattr(verify, "READY_BYTES", budget)
    parsed = []
    parse = verify.parse_record
    monkeypatch.setattr(
        verify, "parse_record", lambda *args: parsed.append(args[1].table) or parse(*args)
    )
    with open_package(package) as opened:
        manifest = opened.manifest_bytes
    replies, sending = multiprocessing.Pipe(duplex=False)
    asking, requests = multiprocessing.Pipe(duplex=False)
    other = threading.Thread(
        target=verify.check_later_tables,
        args=(str(package), "p.skp", manifest, ["initiative_authors"], sending, asking),
    )
    other.start()
    answer = replies.recv()
    assert answer[0] == "ok"
    checked, readings = len(parsed), []
    for table in asked:
        requests.send(table)
        records = []
        while (message := replies.recv_bytes())[:1] == verify.ROWS:
            records += marshal.loads(message[1:])
        assert message[:1] == verify.END
        readings.append(records)
    requests.send(None)
    other.join(10)
    assert checked == answer[3] > 2  # each record parsed once by the check
    return readings, len(parsed) - checked


def from_the_file(package) -> list[tuple]:
    """The authors as the merge reading them here would take them."""
    from db.models import SYNCED_BY_TABLE
    from db.sync.codec import codec_for
    from db.sync.reader import open_package

    codec = codec_for(SYNCED_BY_TABLE["initiative_authors"])
    with open_package(package) as opened:
        items = [
            verify.parse_record(opened, codec, number, record)
            for number, record in opened.records("initiative_authors")
        ]
    return [(i.line, i.id, i.hlc, i.values, i.later) for i in items]


def test_the_other_process_reads_again_what_it_checked_without_parsing_it_again(world, monkeypatch):
    """Issue 13: the records it checked are the merge's messages already (ReadyChunks): reading
    them again for the merge sends them, parsing none a second time."""
    _hq, _site, package = site_package(world)
    (records,), parsed_again = served(package, monkeypatch)
    assert records == from_the_file(package)
    assert parsed_again == 0


def test_past_its_budget_the_other_process_parses_the_rest_again(world, monkeypatch):
    """The messages kept are the table's first records; the rest comes from the file again,
    in order, the same records."""
    _hq, _site, package = site_package(world)
    expected = from_the_file(package)
    import marshal

    one_message = len(verify.ROWS + marshal.dumps(expected[:2]))
    (records,), parsed_again = served(package, monkeypatch, budget=one_message + 1)
    assert records == expected
    assert parsed_again == len(expected) - 2


def test_a_table_asked_for_twice_is_read_from_the_file_the_second_time(world, monkeypatch):
    """The shares check and the merge may both read a table not kept: the messages go with the
    first reading (their memory with them), the second parses the file again."""
    _hq, _site, package = site_package(world)
    expected = from_the_file(package)
    (first, second), parsed_again = served(
        package, monkeypatch, asked=("initiative_authors", "initiative_authors")
    )
    assert first == second == expected
    assert parsed_again == len(expected)


def test_the_other_process_checks_the_reviews_forms_and_the_merge_takes_its_answer(
    world, helper, tmp_path, monkeypatch
):
    """Issue 13: the rules of the local forms for a new review (db/sync/rules.py) are checked
    where the review was read (ReadyChunks.check_forms), not again by the merge; a review
    breaking one (decided before its council met) is still refused, the same way."""
    from sync_world import initiative

    from db.sync import apply

    hq, site, package = site_package(world)
    other = copy_of(hq, tmp_path / "hq-copy.db")
    import sqlite3

    with sqlite3.connect(site.path) as conn:
        rows = [r[0] for r in conn.execute("SELECT id FROM initiatives ORDER BY rowid")]
    stamp = initiative(site, rows[0]).hlc
    reviews = [
        recognising_review(
            row,
            stamp,
            level="base",
            council="Hội đồng sáng kiến cơ sở",
            reviewed_on="2022-05-10",
            decision_no="01/QĐ",
            decision_date="2022-05-12",
        )
        for row in rows
    ]
    reviews[1]["decision_date"] = "2022-05-02"  # before the council met: a typing slip
    with_reviews = repack(
        package, tmp_path / "reviews.skp", extra={"reviews": reviews}, key=private_key(site)
    )
    checked_here: list[str] = []
    check = apply.record_problems
    monkeypatch.setattr(
        apply, "record_problems", lambda table, *a: checked_here.append(table) or check(table, *a)
    )
    monkeypatch.setattr(verify, "kept_tables", lambda package: set(KEPT) | {"initiative_authors"})
    helper(False)
    alone = import_package(other, with_reviews, trust_new_node=True, backup=False)
    assert checked_here.count("reviews") == 3
    checked_here.clear()
    started = helper(True)
    shared = import_package(hq, with_reviews, trust_new_node=True, backup=False)
    assert started[0].tables == ["reviews"]
    assert checked_here.count("reviews") == 1  # only the review it found breaking a rule
    assert shared.summary() == alone.summary()
    assert shared.tables["reviews"].new == 2 and shared.tables["reviews"].refused == 1
    assert [(r.field, str(r.reason)) for r in shared.refusals] == [
        (r.field, str(r.reason)) for r in alone.refusals
    ]
    assert shared.refusals[0].field == "decision_date"
    site_lines = set(dump(site)) | {line for line in dump(other) if "reviews" in line}
    assert [x for x in dump(hq) if x in site_lines] == [x for x in dump(other) if x in site_lines]
    other.close()
