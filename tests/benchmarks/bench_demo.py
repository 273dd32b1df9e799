"""Building the demo (issue 2): time and file size of `sangkien demo --initiatives N`, next to a
plain sqlite3 executemany of the very same rows in the same run.

    nice -n 10 .venv/bin/python tests/benchmarks/bench_demo.py [--initiatives 1000000] [--quick]
        [--keep PATH] [--workdir /tmp/bench/demo]

The demo is built by the command itself (a subprocess: `sangkien --db X demo --initiatives N`),
so the figure is what a person waits for, start-up included; it writes people, initiatives,
authors, reviews and certificates, then the indexes and the search index. The baseline writes
every row the demo wrote (all its tables, read back from the demo a batch at a time, the reading
not timed) with executemany into a new file with the demo's own schema (tables, indexes, search
index and its triggers), the way the demo does: the demo's pragmas, one transaction, the plain
indexes and triggers made again and the search index rebuilt after the rows are in, then WAL.
--keep PATH keeps the demo for other benchmarks. --quick: 20,000. --repeat N: N pairs, one after
the other (the machine's load moves the figures: compare each pair's ratio).

The demo composes its rows a chunk at a time (db/demo/bulk.py) and inserts them in this process,
or in a second one where a core is free (db/demo/writer.py); its CPU figure is both processes'.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from bench_common import machine_load

from db.demo.writer import BULK_PRAGMAS

ROOT = Path(__file__).resolve().parents[2]


def clock() -> float:
    return time.perf_counter()


def file_size(path: Path) -> int:
    return sum(
        Path(f"{path}{suffix}").stat().st_size
        for suffix in ("", "-wal")
        if Path(f"{path}{suffix}").exists()
    )


def remove_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def build(path: Path, initiatives: int) -> tuple[float, float, float]:
    """Run the demo command; its wall time, CPU time and peak RSS (MiB)."""
    command = [
        str(Path(sys.executable).with_name("sangkien")),
        "--db",
        str(path),
        "demo",
        "--initiatives",
        str(initiatives),
    ]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = clock()
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    seconds = clock() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # the writer process's included
    cpu = usage.ru_utime + usage.ru_stime - before.ru_utime - before.ru_stime
    return seconds, cpu, usage.ru_maxrss / 1024


BUILD_PRAGMAS = BULK_PRAGMAS  # the demo's own (db/demo/writer.py)
BATCH = 20_000


def schema_of(demo: Path) -> tuple[list[tuple[str, str, str, str]], list[str]]:
    """(type, name, table, sql) of the demo's schema, shadow tables of the search index left out
    (its virtual table makes them), and the tables holding rows, parents first."""
    conn = sqlite3.connect(demo)
    try:
        schema = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "AND name NOT LIKE 'initiative_fts_%' AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
        ).fetchall()
    finally:
        conn.close()
    tables = [name for kind, name, _t, sql in schema if kind == "table" and "VIRTUAL" not in sql]
    return schema, tables


def fair_baseline(demo: Path, plain: Path) -> tuple[float, float, int]:
    """Write every row of the demo into `plain` as the demo does; (wall s, CPU s, rows)."""
    schema, tables = schema_of(demo)
    remove_db(plain)
    source = sqlite3.connect(demo)
    conn = sqlite3.connect(plain, isolation_level=None)
    timer = _Timer()
    rows = 0
    try:
        for pragma in BUILD_PRAGMAS:
            conn.execute(f"PRAGMA {pragma}")
        with timer:
            conn.execute("BEGIN IMMEDIATE")
            for kind, _name, _table, sql in schema:
                if kind == "table":
                    conn.execute(sql)
        for table in tables:
            cursor = source.execute(f'SELECT * FROM "{table}"')
            marks = ", ".join("?" * len(cursor.description))
            insert = f'INSERT INTO "{table}" VALUES ({marks})'
            while batch := cursor.fetchmany(BATCH):
                with timer:
                    conn.executemany(insert, batch)
                rows += len(batch)
        with timer:
            for kind, _name, _table, sql in schema:
                if kind in ("index", "trigger"):
                    conn.execute(sql)
            conn.execute("INSERT INTO initiative_fts(initiative_fts) VALUES ('rebuild')")
            conn.execute("COMMIT")
            conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
        source.close()
    return timer.wall, timer.cpu, rows


class _Timer:
    """Adds up the wall and CPU time of the `with` blocks (the writing, not the reading)."""

    def __init__(self) -> None:
        self.wall = self.cpu = 0.0

    def __enter__(self) -> None:
        self._wall, self._cpu = clock(), time.process_time()

    def __exit__(self, *exc: object) -> None:
        self.wall += clock() - self._wall
        self.cpu += time.process_time() - self._cpu


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = ("people", "initiatives", "initiative_authors", "reviews", "certificates")
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--initiatives", type=int, default=None)
    parser.add_argument("--quick", action="store_true", help="20,000 initiatives")
    parser.add_argument("--keep", type=Path, help="build the demo here and keep it")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/bench/demo"))
    parser.add_argument(
        "--existing",
        type=Path,
        help="a demo of N already built by the command and timed (with --seconds): report its "
        "figures and run only the baseline",
    )
    parser.add_argument("--seconds", type=float, help="the wall time of the --existing build")
    parser.add_argument("--repeat", type=int, default=1, help="pairs of runs, one after another")
    args = parser.parse_args()
    for _ in range(args.repeat):
        run_pair(args, parser)


def run_pair(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    n = args.initiatives or (20_000 if args.quick else 1_000_000)
    work = args.workdir
    work.mkdir(parents=True, exist_ok=True)
    print(f"bench_demo {time.strftime('%Y-%m-%d %H:%M')}: {n:,} initiatives", flush=True)
    if args.existing:
        if args.seconds is None:
            parser.error("--existing needs --seconds")
        demo, seconds, cpu, peak = args.existing, args.seconds, float("nan"), float("nan")
        print(f"(figures of the existing build {demo}, timed outside this run)", flush=True)
    else:
        demo = args.keep or work / "demo.db"
        remove_db(demo)
        seconds, cpu, peak = build(demo, n)
    size = file_size(demo)
    rows_by_table = counts(demo)
    total = sum(rows_by_table.values())
    print(
        f"demo --initiatives {n:,}: {seconds:.1f} s (CPU {cpu:.1f} s), {size / 1e6:.0f} MB, "
        f"peak RSS {peak:.0f} MiB; "
        f"{total:,} rows ({', '.join(f'{t} {c:,}' for t, c in rows_by_table.items())}) = "
        f"{total / seconds:,.0f} rows/s, {n / seconds:,.0f} initiatives/s",
        flush=True,
    )

    gc.collect()
    plain = work / "baseline.db"
    base_seconds, base_cpu, base_rows = fair_baseline(demo, plain)
    base_size = file_size(plain)
    if not (args.keep or args.existing):
        remove_db(demo)
    remove_db(plain)
    print(
        f"baseline executemany of the same {base_rows:,} rows, same schema and indexes: "
        f"{base_seconds:.1f} s (CPU {base_cpu:.1f} s), {base_size / 1e6:.0f} MB = "
        f"{base_rows / base_seconds:,.0f} rows/s",
        flush=True,
    )
    print(
        f"ratio: the demo takes {seconds / base_seconds:.2f}x the baseline's time (goal <= 1.5x), "
        f"{cpu / base_cpu:.2f}x its CPU; "
        f"its file is {size / base_size:.2f}x the baseline's; {machine_load()}",
        flush=True,
    )


if __name__ == "__main__":
    main()
