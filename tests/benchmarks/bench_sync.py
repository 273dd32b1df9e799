"""How fast packages go in and out (issue 4), each figure next to a plain baseline of the same run.

    nice -n 10 .venv/bin/python tests/benchmarks/bench_sync.py [--quick] [--big-db BIG.db]
        [--initiatives 10000,100000] [--into-big 10000] [--export-records 1000000] [--only abc]
        [--overlap on,off,on,off]

(a) import a package of --initiatives initiatives (with their authors and reviews) into an empty
    headquarters database, for each size of the list (default 10,000 then 100,000); (b) a package of --into-big initiatives into a copy of a
    1,000,000-initiative demo database (--big-db; built in the work folder when not given). Both
    are printed next to a plain `sqlite3` executemany of the same rows: every row the import
    added, read from its result (every stored column, the audit log's and conflicts' lines too;
    rows_added), in one transaction with the app's own pragmas (WAL, synchronous NORMAL, foreign
    keys, the same 128 MiB page cache, db.session.CACHE_KIB), into an identical copy of the
    target; the same rows both ways, the ratio is of times (wall and CPU);
    target (issue 13): import at least 1/2 of the baseline's rate, and the safety copy before
    the import costs no more than the merge (above 256 MiB it is the undo journal of
    db/undo_journal.py, not a copy of the whole file). The import is timed as a person gets it:
    the preview's duplicates check (db.duplicates.incoming.package_similar, helper dups2's) runs
    first and is counted, and printed apart; wall time, CPU time and the load average are
    printed for both sides. The import and the baseline each run in a fresh process (spawned),
    as a person's import runs in a program that did not just build the site: the import's CPU
    includes any process it starts. `--same-process` runs both here, as the passes before did.
(c) export a package of about --export-records records next to writing the same rows as JSON
    lines straight into a zip (zipfile + orjson, the package writer's compression level);
    target: at most 2x the baseline's time.
(d) the package of (a) imported into an empty headquarters on a PostgreSQL server (a throwaway
    cluster started under the work folder, db.postgres.trial_server; or --server ADDRESS of a
    running one whose user may create databases), next to a plain `COPY … FROM STDIN` (psycopg)
    of the same stored rows into an identical database, one transaction; target (issue 18):
    at least 1/2 of the COPY's rate, the duplicates check counted as in (a). The server's CPU
    is another process: wall time is the figure, this process's CPU is printed beside it.

The packages come the way they would in the field: a site database serving the union VSP
(`init --unit VSP`), filled with the demo's generator (db/demo/records.py: Vietnamese titles,
descriptions, authors and their shares, the union's reviews), exported `--full` to CDDKVN and
imported with --trust-new-node. Everything large goes under --workdir (default /tmp/bench/sync).
--quick: 2,000 / 200 into a 20,000-initiative demo / 10,000 records, in well under a minute.
`--only d` runs (d) alone (it builds the package of (a)), `--only ad` both on the same packages.
`--overlap on,off,on,off` imports the same package four times, in turn with the merge's bulk
writes on a writer thread (db/sync/rows.py, as the app does) and in the merge's own thread, each
next to its baseline: the comparison to trust on a loaded machine.
"""

from __future__ import annotations

import argparse
import gc
import math
import random
import resource
import shutil
import sqlite3
import time
import zipfile
from pathlib import Path
from typing import Any

import orjson
from bench_common import machine_load
from sqlalchemy.orm import Session

from db import undo_journal
from db.demo.build import (
    back_to_wal,
    build_demo,
    bulk_engine,
    finish_node,
    indexes_built_at_the_end,
)
from db.demo.records import DemoRecords
from db.models import SYNCED_MODELS
from db.node import this_node
from db.reference import init_node
from db.session import CACHE_KIB, open_database
from db.sync import importer
from db.sync.export import export_package
from db.sync.format import COMPRESS_LEVEL, data_member
from db.sync.importer import import_package
from db.sync.rows import SqliteMergeRows

SITE_UNIT = "VSP"
HQ_UNIT = "CDDKVN"
DATA_TABLES = ("people", "initiatives", "initiative_authors", "reviews")


def clock() -> float:
    return time.perf_counter()


def cpu() -> float:
    """CPU seconds of this process (SQLite runs in it too): steadier than wall time on a machine
    shared with other work."""
    return time.process_time()


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def remove_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def copy_db(source: Path, target: Path) -> None:
    remove_db(target)
    shutil.copyfile(source, target)
    if Path(f"{source}-wal").exists():
        shutil.copyfile(f"{source}-wal", f"{target}-wal")


# ---- the site database and its package -----------------------------------------------------------


class SiteRecords(DemoRecords):
    """The demo's generator for one union's own node: every initiative belongs to SITE_UNIT, only
    the union's reviews are there (headquarters' reviews and certificates come later, from above),
    and registration numbers start at `reg_offset` so they cannot clash with a demo's."""

    def __init__(self, *args: Any, reg_offset: int = 0, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.reg_offset = reg_offset

    def write(self) -> None:
        """The site's own records only: no register after 2023 and no programme of its own
        (a programme or targets from a site are refused at headquarters, by authority)."""
        self.allot_initiatives()
        self.write_people()
        self.write_initiatives()
        self.write_certificates()

    def allot_initiatives(self) -> None:
        for union in self.unions:
            union.initiatives = self.n if union.code == SITE_UNIT else 0

    def outcome(self, registered, union):
        status, recognised_on, reviews = super().outcome(registered, union)
        if status == "certified":
            status = "recognised"
        return status, recognised_on, [r for r in reviews if r["level"] != "industry"]

    def next_reg_no(self, unit_code: str, year: int) -> str:
        key = (unit_code, year)
        number = self.reg_numbers.get(key, self.reg_offset) + 1
        self.reg_numbers[key] = number
        return f"{unit_code}-{year:04d}-{number:04d}"


def build_site(path: Path, initiatives: int, seed: int, reg_offset: int) -> float:
    """A VSP site database holding `initiatives` of its own; returns the seconds it took."""
    started = clock()
    remove_db(path)
    database = open_database(path, create=True)
    init_node(database, SITE_UNIT)
    database.close()
    engine = bulk_engine(path)
    try:
        with engine.connect() as conn, conn.begin():
            session = Session(bind=conn)
            node = this_node(session)
            raw = conn.connection.driver_connection
            records = SiteRecords(
                raw,
                initiatives=initiatives,
                rng=random.Random(seed),
                seed=seed,
                node_id=node.node_id,
                first_seq=node.last_seq + 1,
                progress=lambda done, total: None,
                cancelled=lambda: False,
                reg_offset=reg_offset,
                signing_key=node.private_key,
            )
            with indexes_built_at_the_end(raw):
                records.write()
                if reg_offset:  # the demo's generator numbers from 1 itself (not next_reg_no)
                    moved = [
                        (f"{head}-{int(number) + reg_offset:04d}", rowid)
                        for rowid, reg_no in raw.execute("SELECT rowid, reg_no FROM initiatives")
                        for head, _, number in [reg_no.rpartition("-")]
                    ]
                    raw.executemany("UPDATE initiatives SET reg_no = ? WHERE rowid = ?", moved)
            finish_node(session, node, records)
            session.close()
    finally:
        engine.dispose()
    back_to_wal(path)
    return clock() - started


def export_site(site: Path, package: Path) -> tuple[float, float, Any]:
    package.unlink(missing_ok=True)
    database = open_database(site)
    try:
        started, cpu_started = clock(), cpu()
        result = export_package(database, HQ_UNIT, package, full=True)
        return clock() - started, cpu() - cpu_started, result
    finally:
        database.close()


def empty_hq(path: Path) -> None:
    remove_db(path)
    database = open_database(path, create=True)
    init_node(database, HQ_UNIT)
    database.close()


# ---- import (a) and (b) ------------------------------------------------------------------------


def stored_rows(site: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """The site's own rows of the data tables as stored (every column), for the baseline."""
    conn = sqlite3.connect(site)
    try:
        out = {}
        for table in DATA_TABLES:
            cursor = conn.execute(f"SELECT * FROM {table}")
            out[table] = ([d[0] for d in cursor.description], cursor.fetchall())
        return out
    finally:
        conn.close()


LOGGED_TABLES = ("audit_log", "conflicts")  # numbered rows an import adds beside the records


def rows_added(imported: Path, before: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every row the import added to `before` (its copy `imported`), as stored (every column,
    in the file's order): the new rows of each synced table and the new lines of the audit log
    and the conflicts. The baseline writes exactly these (eighth pass: it wrote the site's
    tables instead, 53,000 reviews of 100,000 initiatives that the import refuses, and none of
    the audit lines the import writes)."""
    conn = sqlite3.connect(imported)
    try:
        conn.execute("ATTACH DATABASE ? AS before", (str(before),))
        out = {}
        for table in [model.__tablename__ for model in SYNCED_MODELS] + list(LOGGED_TABLES):
            new = (
                f"id > (SELECT coalesce(max(id), 0) FROM before.{table})"
                if table in LOGGED_TABLES
                else f"id NOT IN (SELECT id FROM before.{table})"
            )
            cursor = conn.execute(f"SELECT * FROM main.{table} WHERE {new} ORDER BY rowid")
            rows = cursor.fetchall()
            if rows:
                out[table] = ([d[0] for d in cursor.description], rows)
        return out
    finally:
        conn.close()


def baseline_insert(target: Path, rows: dict[str, tuple[list[str], list[tuple]]]) -> tuple:
    """Plain sqlite3: executemany of the same rows, one transaction, with the pragmas the app
    opens every database with (db.session: WAL, synchronous NORMAL, foreign keys, its 128 MiB
    page cache: with sqlite3's 2 MB default the baseline thrashed on a big file's indexes)."""
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        started, cpu_started = clock(), cpu()
        conn.execute("BEGIN")
        for table, (columns, values) in rows.items():
            marks = ", ".join("?" * len(columns))
            conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", values)
        conn.execute("COMMIT")
        return clock() - started, cpu() - cpu_started
    finally:
        conn.close()


class TimedBackup:
    """Times the safety copy the import makes: the whole file copied first
    (db.sync.importer.backup_database), or above db.undo_journal.JOURNAL_ABOVE_BYTES the undo
    journal written before the commit (its triggers' share of the merge is not in this figure)."""

    def __init__(self) -> None:
        self.originals = (importer.backup_database, undo_journal.save_before_commit)
        self.seconds = 0.0
        self.kind = "none"

    def timed(self, function, kind):
        def run(*args):
            started = clock()
            try:
                return function(*args)
            finally:
                self.seconds += clock() - started
                self.kind = kind

        return run

    def __enter__(self) -> TimedBackup:
        importer.backup_database = self.timed(self.originals[0], "whole-file copy")
        undo_journal.save_before_commit = self.timed(self.originals[1], "undo journal")
        return self

    def __exit__(self, *exc: object) -> None:
        importer.backup_database, undo_journal.save_before_commit = self.originals


class Checked:
    """The preview's duplicates check of a package (db.duplicates.incoming.package_similar, as
    the import dialog runs it before a person imports), timed."""

    def __init__(self, database: Any, package: Path) -> None:
        from db.duplicates.incoming import package_similar

        started, cpu_started = clock(), cpu()
        self.similar = len(package_similar(database, package))
        self.seconds, self.cpu = clock() - started, cpu() - cpu_started

    def __str__(self) -> str:
        return (
            f"duplicates check {self.seconds:.1f} s (CPU {self.cpu:.1f} s, {self.similar:,} "
            f"similar)"
        )


def children_cpu() -> float:
    """CPU seconds of this process's finished children (a helper process of the import's)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def timed_import(
    target: Path, package: Path, overlap: bool = True
) -> tuple[float, float, float, Any, Checked]:
    """The check, then the import (with its safety copy): wall and CPU seconds of both (the CPU
    of any process the import starts included). `overlap` False: the merge's bulk writes in its
    own thread, not a writer thread's (db.sync.rows.SqliteMergeRows.overlap; --overlap)."""
    SqliteMergeRows.overlap = overlap
    database = open_database(target)
    try:
        with TimedBackup() as backup:
            checked = Checked(database, package)
            started, cpu_started, helpers = clock(), cpu(), children_cpu()
            report = import_package(database, package, trust_new_node=True, actor="bench")
            seconds = clock() - started
            cpu_seconds = cpu() - cpu_started + children_cpu() - helpers
        report.safety_kind = backup.kind
        seconds, cpu_seconds = seconds + checked.seconds, cpu_seconds + checked.cpu
        return seconds, cpu_seconds, backup.seconds, report, checked
    finally:
        database.close()


def baseline_of_import(imported: Path, before: Path, target: Path) -> tuple[int, float, float]:
    """The rows the import added read (not timed), then the baseline's executemany of them into
    `target`, a copy of `before`: (rows, wall seconds, CPU seconds)."""
    rows = rows_added(imported, before)
    count = sum(len(v) for _c, v in rows.values())
    gc.collect()
    seconds, cpu_seconds = baseline_insert(target, rows)
    return count, seconds, cpu_seconds


def in_fresh_process(function, *args):
    """`function(*args)` in a new Python process (spawned: nothing of this one's heap), its
    result sent back. A person's import runs in a program that did not just build and export
    100,000 records; in this process the same import took 18% more CPU (fifth pass: 45.6 s
    against 38.6 s), so both the import and its baseline run each in a fresh process."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        return pool.submit(function, *args).result()


def bench_import(
    label: str, package: Path, target: Path, work: Path, fresh: bool = True, overlap: bool = True
) -> dict:
    """Import `package` into a copy of `target`, then the baseline (the same rows) into another
    copy, each in a fresh process (`fresh`, the default) or both in this one."""
    base_copy, import_copy = work / f"{label}-baseline.db", work / f"{label}-import.db"
    copy_db(target, import_copy)
    gc.collect()
    run = in_fresh_process if fresh else (lambda function, *args: function(*args))
    seconds, cpu_seconds, backup_seconds, report, checked = run(
        timed_import, import_copy, package, overlap
    )
    import_load = machine_load()
    copy_db(target, base_copy)
    gc.collect()
    baseline_rows, base_seconds, base_cpu = run(baseline_of_import, import_copy, target, base_copy)
    remove_db(base_copy)
    summary = report.summary()
    records = sum(c.total() for c in report.tables.values())
    shutil.rmtree(work / "backups", ignore_errors=True)  # the import's backup, if kept there
    for leftover in work.glob(f"{label}-import*.db*"):
        leftover.unlink()
    rate, base_rate = records / seconds, baseline_rows / base_seconds
    merge_rate = records / (seconds - backup_seconds)
    merge_seconds = seconds - backup_seconds
    print(
        f"({label}, writes {'overlapped' if overlap else 'in line'}) import {records:,} records ({summary['new']:,} new, "
        f"{summary['refused']:,} refused) in {seconds:.1f} s = {rate:,.0f} records/s "
        f"(of which the {checked}; the safety copy, {report.safety_kind}, {backup_seconds:.1f} s against the "
        f"merge's {merge_seconds:.1f} s: "
        f"{'met' if backup_seconds <= merge_seconds else 'MISSED'}; without it "
        f"{merge_rate:,.0f} records/s); baseline executemany {baseline_rows:,} rows in "
        f"{base_seconds:.1f} s = {base_rate:,.0f} rows/s; the same rows both ways: ratio of "
        f"times {base_seconds / seconds:.2f} (without the safety copy "
        f"{base_seconds / merge_seconds:.2f}); target >= 0.5: "
        f"{'met' if base_seconds / seconds >= 1 / 2 else 'MISSED'}; CPU {cpu_seconds:.1f} s vs "
        f"{base_cpu:.1f} s: ratio {base_cpu / cpu_seconds:.2f}"
        f"; {'each in a fresh process' if fresh else 'both in this process'}; after the import "
        f"{import_load}; after the baseline {machine_load()}",
        flush=True,
    )
    return {"records": records, "seconds": seconds, "baseline": base_seconds}


# ---- import on a server (d) ----------------------------------------------------------------


class BenchServer:
    """Fresh headquarters databases on a PostgreSQL server (a throwaway cluster by default)."""

    def __init__(self, work: Path, address: str | None) -> None:
        from db.postgres.trial_server import start

        self.cluster = None if address else start(work / "cluster")
        self.base = address or self.cluster.address()
        self.count = 0

    def admin(self, statement: str) -> None:
        from sqlalchemy import create_engine, text

        admin = create_engine(self.base.replace("postgresql://", "postgresql+psycopg://", 1))
        with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text(statement))
        admin.dispose()

    def drop(self, address: str) -> None:
        """A database measured and done with goes (the disk holds a few of them only)."""
        self.admin(f"DROP DATABASE {address.rsplit('/', 1)[-1]}")

    def new_hq(self, label: str) -> str:
        self.count += 1
        name = f"bench_{label}_{self.count}_{int(time.time())}"
        self.admin(f"CREATE DATABASE {name}")
        address = self.base.rsplit("/", 1)[0] + "/" + name
        database = open_database(address, create=True)
        init_node(database, HQ_UNIT)
        database.close()
        return address

    def stop(self) -> None:
        if self.cluster is not None:
            self.cluster.stop("immediate")
            shutil.rmtree(self.cluster.folder, ignore_errors=True)


def baseline_copy(address: str, rows: dict[str, tuple[list[str], list[tuple]]]) -> tuple:
    """psycopg's COPY FROM STDIN of the same stored rows, one transaction (text format reads
    SQLite's stored forms: ISO dates, 0/1 booleans, JSON text)."""
    import psycopg

    with psycopg.connect(address) as conn:
        started, cpu_started = clock(), cpu()
        with conn.cursor() as cursor:
            for table, (columns, values) in rows.items():
                with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in values:
                        copy.write_row(row)
        conn.commit()
        return clock() - started, cpu() - cpu_started


def bench_server_import(site: Path, package: Path, server: BenchServer) -> None:
    rows = stored_rows(site)
    baseline_rows = sum(len(v) for _c, v in rows.values())
    gc.collect()
    copied = server.new_hq("copy")
    base_seconds, base_cpu = baseline_copy(copied, rows)
    base_load = machine_load()
    server.drop(copied)
    del rows
    gc.collect()
    address = server.new_hq("import")
    database = open_database(address)
    try:
        checked = Checked(database, package)
        started, cpu_started = clock(), cpu()
        report = import_package(database, package, trust_new_node=True, actor="bench", backup=False)
        seconds, cpu_seconds = clock() - started, cpu() - cpu_started
        seconds, cpu_seconds = seconds + checked.seconds, cpu_seconds + checked.cpu
    finally:
        database.close()
        server.drop(address)
    records = sum(c.total() for c in report.tables.values())
    rate, base_rate = records / seconds, baseline_rows / base_seconds
    print(
        f"(d) import on a server {records:,} records ({report.summary()['new']:,} new, "
        f"{report.summary()['refused']:,} refused) in {seconds:.1f} s = {rate:,.0f} records/s "
        f"(of which the {checked}; this process's CPU {cpu_seconds:.1f} s; without the pg_dump "
        f"before it, timed apart "
        f"by `backup` on a server); baseline COPY {baseline_rows:,} rows in {base_seconds:.1f} s "
        f"= {base_rate:,.0f} rows/s (CPU {base_cpu:.1f} s); ratio {rate / base_rate:.2f}; "
        f"target >= 0.5: {'met' if rate / base_rate >= 1 / 2 else 'MISSED'}; after the COPY "
        f"{base_load}; after the import {machine_load()}",
        flush=True,
    )


# ---- export (c) -----------------------------------------------------------------------------


def baseline_zip(site: Path, out: Path) -> tuple[float, float, int]:
    """The same rows (the columns a package carries) as JSON lines in a zip, one member per
    table, with the package writer's compression level."""
    out.unlink(missing_ok=True)
    conn = sqlite3.connect(site)
    started, cpu_started = clock(), cpu()
    lines = 0
    try:
        with zipfile.ZipFile(out, "w", allowZip64=True) as archive:
            for model in SYNCED_MODELS:
                table = model.__tablename__
                columns = ["id", "hlc", "field_hlc", *model.synced_fields()]
                cursor = conn.execute(f"SELECT {', '.join(columns)} FROM {table}")
                info = zipfile.ZipInfo(data_member(table), date_time=time.localtime()[:6])
                info.compress_type = zipfile.ZIP_DEFLATED
                level = "compress_level" if hasattr(info, "compress_level") else "_compresslevel"
                setattr(info, level, COMPRESS_LEVEL)
                with archive.open(info, "w", force_zip64=True) as member:
                    while batch := cursor.fetchmany(5000):
                        member.write(
                            b"".join(
                                orjson.dumps(dict(zip(columns, row, strict=True))) + b"\n"
                                for row in batch
                            )
                        )
                        lines += len(batch)
    finally:
        conn.close()
    return clock() - started, cpu() - cpu_started, lines


def bench_export(site: Path, work: Path) -> None:
    gc.collect()
    base_seconds, base_cpu, lines = baseline_zip(site, work / "baseline.zip")
    base_size = (work / "baseline.zip").stat().st_size
    (work / "baseline.zip").unlink()
    gc.collect()
    seconds, cpu_seconds, result = export_site(site, work / "export.skp")
    (work / "export.skp").unlink()
    ratio = seconds / base_seconds
    print(
        f"(c) export {result.records():,} records in {seconds:.1f} s "
        f"({result.records() / seconds:,.0f} records/s, {result.size / 1e6:.0f} MB); baseline "
        f"zipfile+orjson level {COMPRESS_LEVEL} {lines:,} rows in {base_seconds:.1f} s "
        f"({base_size / 1e6:.0f} MB); ratio {ratio:.2f}x the baseline's time; target <= 2x: "
        f"{'met' if ratio <= 2 else 'MISSED'}; CPU {cpu_seconds:.1f} s vs {base_cpu:.1f} s = "
        f"{cpu_seconds / base_cpu:.2f}x; {machine_load()}",
        flush=True,
    )


# ---- main -------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--initiatives", help="(a), (d) package sizes, comma-separated (default 10000,100000)"
    )
    parser.add_argument("--into-big", type=int, help="(b) package size (default 10,000)")
    parser.add_argument("--export-records", type=int, help="(c) records (default 1,000,000)")
    parser.add_argument("--big-db", type=Path, help="a prebuilt demo (1,000,000 initiatives)")
    parser.add_argument("--big-initiatives", type=int, help="demo size when --big-db is not given")
    parser.add_argument("--quick", action="store_true", help="2,000 / 200 / 10,000: a smoke run")
    parser.add_argument("--only", default="abc", help="which parts to run, e.g. 'a' or 'ad'")
    parser.add_argument("--server", help="(d) postgresql://USER@HOST:PORT/DB of a running server")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/bench/sync"))
    parser.add_argument(
        "--same-process",
        action="store_true",
        help="(a), (b): run the import and its baseline in this process (default: each in a "
        "fresh one, as a person's import runs)",
    )
    parser.add_argument(
        "--overlap",
        default="on",
        help="(a), (b): the import's bulk writes on a writer thread ('on', db.sync.rows) or in the "
        "merge's thread ('off'); a list runs the import once for each, in turn: 'on,off,on,off'",
    )
    parser.add_argument(
        "--export-site",
        type=Path,
        help="(c) the site database to export: built there if missing, kept",
    )
    args = parser.parse_args()
    quick = args.quick
    sizes = [int(n) for n in (args.initiatives or ("2000" if quick else "10000,100000")).split(",")]
    n_b = args.into_big or (200 if quick else 10_000)
    n_c = args.export_records or (10_000 if quick else 1_000_000)
    big_n = args.big_initiatives or (20_000 if quick else 1_000_000)
    work = args.workdir
    overlaps = [{"on": True, "off": False}[word] for word in args.overlap.split(",")]
    work.mkdir(parents=True, exist_ok=True)
    print(f"bench_sync {time.strftime('%Y-%m-%d %H:%M')}, work folder {work}", flush=True)
    per_initiative = None

    for n_a in sizes if "a" in args.only or "d" in args.only else ():
        site, package, hq = work / "site-a.db", work / "a.skp", work / "hq-empty.db"
        built = build_site(site, n_a, seed=11, reg_offset=0)
        seconds, _cpu, result = export_site(site, package)
        per_initiative = result.records() / n_a
        print(
            f"(a) site with {n_a:,} initiatives built in {built:.1f} s; package "
            f"{result.records():,} records ({dict(result.counts)}), {result.size / 1e6:.1f} MB, "
            f"exported in {seconds:.1f} s",
            flush=True,
        )
        if "a" in args.only:
            empty_hq(hq)
            for overlap in overlaps:
                bench_import("a", package, hq, work, not args.same_process, overlap)
        if "d" in args.only:
            server = BenchServer(work, args.server)
            try:
                bench_server_import(site, package, server)
            finally:
                server.stop()
        for path in (site, hq):
            remove_db(path)
        package.unlink()

    if "b" in args.only:
        big = args.big_db
        if big is None:
            big = work / f"big-{big_n}.db"
            if not big.exists():
                started = clock()
                build_demo(big, initiatives=big_n)
                print(f"(b) demo of {big_n:,} built in {clock() - started:.0f} s", flush=True)
        site, package = work / "site-b.db", work / "b.skp"
        build_site(site, n_b, seed=12, reg_offset=500_000)
        _seconds, _cpu, result = export_site(site, package)
        print(
            f"(b) package of {n_b:,} initiatives, {result.records():,} records, into a copy of "
            f"{big} ({big.stat().st_size / 1e6:.0f} MB)",
            flush=True,
        )
        for overlap in overlaps:
            bench_import("b", package, big, work, not args.same_process, overlap)
        remove_db(site)
        package.unlink()

    if "c" in args.only:
        if per_initiative is None:  # records per initiative of a site package, from a small one
            site = work / "site-probe.db"
            build_site(site, 2_000, seed=13, reg_offset=0)
            _s, _c, result = export_site(site, work / "probe.skp")
            per_initiative = result.records() / 2_000
            remove_db(site)
            (work / "probe.skp").unlink()
        initiatives = math.ceil(n_c / per_initiative)
        site = args.export_site or work / "site-c.db"
        if args.export_site is None or not site.exists():
            built = build_site(site, initiatives, seed=14, reg_offset=0)
            print(
                f"(c) site with {initiatives:,} initiatives built in {built:.1f} s "
                f"({site.stat().st_size / 1e6:.0f} MB)",
                flush=True,
            )
        bench_export(site, work)
        if args.export_site is None:
            remove_db(site)
    print(f"peak RSS of this process: {peak_mib():.0f} MiB", flush=True)


if __name__ == "__main__":
    main()
