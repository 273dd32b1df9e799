"""`stats` and the dashboard over a large database (issue 13: each <= 1 s): the figures as
db.queries.stats computes them for the command (progress_stats) and for the dashboard
(load_dashboard), in this process, beside a baseline that runs the very statements they ran
(captured from SQLite's trace) with sqlite3 alone, on a fresh connection with the same reading
cache and the same indexes. Wall and CPU time, medians of --runs, ratio and load.

    .venv/bin/python tests/benchmarks/bench_stats.py --db BIG.db [--as-of 2023-04-14]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import statistics
import sys
import time
from pathlib import Path

from bench_common import machine_load

ROOT = Path(__file__).resolve().parents[2]


def timed(work) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def captured(database, work) -> list[str]:
    """The SELECTs `work(session)` runs, with their values."""
    statements: list[str] = []
    with database.session() as session:
        raw = session.connection().connection.driver_connection
        raw.set_trace_callback(statements.append)
        try:
            work(session)
        finally:
            raw.set_trace_callback(None)
    return [sql for sql in statements if sql.lstrip().upper().startswith(("SELECT", "WITH"))]


def bare(path: Path, statements: list[str]) -> None:
    from db.session import READ_CACHE_KIB

    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        connection.execute(f"PRAGMA cache_size = -{READ_CACHE_KIB}")
        for sql in statements:
            connection.execute(sql).fetchall()
    finally:
        connection.close()


def compare(label: str, database, path: Path, work, runs: int) -> None:
    def in_session() -> None:
        with database.session() as session:
            work(session)

    app = [timed(in_session) for _ in range(runs)]
    statements = captured(database, work)
    base = [timed(lambda: bare(path, statements)) for _ in range(runs)]
    wall, cpu = statistics.median(a[0] for a in app), statistics.median(a[1] for a in app)
    bwall, bcpu = statistics.median(b[0] for b in base), statistics.median(b[1] for b in base)
    met = "met" if wall <= 1 or cpu <= 1 else "MISSED"
    print(
        f"{label} ({len(statements)} statements)\n  {wall:.2f} s wall / {cpu:.2f} s CPU "
        f"(goal <= 1 s: {met}); bare sqlite3, same statements {bwall:.2f} s / {bcpu:.2f} s CPU; "
        f"ratio {wall / bwall:.2f}x wall, {cpu / bcpu:.2f}x CPU; {machine_load()}",
        flush=True,
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a SángKiến database (read only)")
    parser.add_argument("--as-of", type=dt.date.fromisoformat, default=dt.date(2023, 4, 14))
    parser.add_argument("--unit", default="CDDKVN")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from db.queries.stats import progress_stats
    from db.session import open_database
    from desktop.models.progress_model import load_dashboard

    database = open_database(args.db, read_only=True)
    try:
        print(f"{args.db} — {args.db.stat().st_size / 2**20:,.0f} MiB; {machine_load()}")
        compare(
            f"stats --as-of {args.as_of} --unit {args.unit}",
            database,
            args.db,
            lambda s: progress_stats(s, args.as_of, args.unit),
            args.runs,
        )
        compare(
            f"dashboard of {args.unit} on {args.as_of}",
            database,
            args.db,
            lambda s: load_dashboard(s, args.as_of, args.unit),
            args.runs,
        )
    finally:
        database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
