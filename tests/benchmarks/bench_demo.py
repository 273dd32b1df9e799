"""Building the demo (issue 2): time and file size of `sangkien demo --initiatives N`, next to a
plain sqlite3 executemany of N comparable initiative rows in the same run.

    nice -n 10 .venv/bin/python tests/benchmarks/bench_demo.py [--initiatives 1000000] [--quick]
        [--keep PATH] [--workdir /tmp/bench/demo]

The demo is built by the command itself (a subprocess: `sangkien --db X demo --initiatives N`),
so the figure is what a person waits for, start-up included; it writes people, initiatives,
authors, reviews and certificates, then the indexes and the search index. The baseline takes
2,000 of the demo's own initiative rows and repeats them with fresh ids, registration numbers and
sequence numbers up to N rows (the same columns and text), then inserts them with executemany in
one transaction (WAL, synchronous NORMAL) into the same `initiatives` table, bare (no indexes, no
triggers), in a new file. --keep PATH keeps the demo for other benchmarks. --quick: 20,000.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = 2000


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


def build(path: Path, initiatives: int) -> tuple[float, float]:
    """Run the demo command; its wall time and the child's peak RSS (MiB)."""
    command = [
        str(Path(sys.executable).with_name("sangkien")),
        "--db",
        str(path),
        "demo",
        "--initiatives",
        str(initiatives),
    ]
    started = clock()
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    seconds = clock() - started
    return seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def comparable_rows(demo: Path, count: int) -> tuple[list[str], list[tuple], str]:
    """`count` initiative rows made from the demo's first SAMPLE ones, and the table's SQL."""
    conn = sqlite3.connect(demo)
    try:
        cursor = conn.execute(f"SELECT * FROM initiatives LIMIT {SAMPLE}")
        columns = [d[0] for d in cursor.description]
        sample = cursor.fetchall()
        create = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'initiatives'"
        ).fetchone()[0]
    finally:
        conn.close()
    where = {name: columns.index(name) for name in ("id", "reg_no", "seq")}
    rows = []
    for number in range(count):
        row = list(sample[number % len(sample)])
        row[where["id"]] = str(uuid.uuid4())
        row[where["reg_no"]] = f"BENCH-{number:07d}"
        row[where["seq"]] = number + 1
        rows.append(tuple(row))
    return columns, rows, create


def baseline(path: Path, columns: list[str], rows: list[tuple], create: str) -> float:
    remove_db(path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute(create)
        marks = ", ".join("?" * len(columns))
        started = clock()
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO initiatives ({', '.join(columns)}) VALUES ({marks})", rows)
        conn.execute("COMMIT")
        return clock() - started
    finally:
        conn.close()


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
    args = parser.parse_args()
    n = args.initiatives or (20_000 if args.quick else 1_000_000)
    work = args.workdir
    work.mkdir(parents=True, exist_ok=True)
    print(f"bench_demo {time.strftime('%Y-%m-%d %H:%M')}: {n:,} initiatives", flush=True)
    if args.existing:
        if args.seconds is None:
            parser.error("--existing needs --seconds")
        demo, seconds, peak = args.existing, args.seconds, float("nan")
        print(f"(figures of the existing build {demo}, timed outside this run)", flush=True)
    else:
        demo = args.keep or work / "demo.db"
        remove_db(demo)
        seconds, peak = build(demo, n)
    size = file_size(demo)
    rows_by_table = counts(demo)
    total = sum(rows_by_table.values())
    print(
        f"demo --initiatives {n:,}: {seconds:.1f} s, {size / 1e6:.0f} MB, peak RSS {peak:.0f} MiB; "
        f"{total:,} rows ({', '.join(f'{t} {c:,}' for t, c in rows_by_table.items())}) = "
        f"{total / seconds:,.0f} rows/s, {n / seconds:,.0f} initiatives/s",
        flush=True,
    )

    columns, rows, create = comparable_rows(demo, n)
    if not (args.keep or args.existing):
        remove_db(demo)
    gc.collect()
    plain = work / "baseline.db"
    base_seconds = baseline(plain, columns, rows, create)
    base_size = file_size(plain)
    del rows
    remove_db(plain)
    print(
        f"baseline executemany {n:,} initiative rows (bare table): {base_seconds:.1f} s, "
        f"{base_size / 1e6:.0f} MB = {n / base_seconds:,.0f} rows/s",
        flush=True,
    )
    print(
        f"ratio: the demo takes {seconds / base_seconds:.1f}x the baseline's time "
        f"({(n / seconds) / (n / base_seconds):.2f} of its initiatives/s; all tables "
        f"{(total / seconds) / (n / base_seconds):.2f} of its rows/s) and its file is "
        f"{size / base_size:.1f}x the baseline's",
        flush=True,
    )


if __name__ == "__main__":
    main()
