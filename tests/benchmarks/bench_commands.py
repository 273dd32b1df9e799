"""Commands as a person runs them (issue 13): each `sangkien` command as a process beside a bare
`python -c` with sqlite3 that runs the very statements the command ran (captured from SQLite's
own trace, so the same rows, the same plans and indexes), on a connection with the app's reading
cache. Wall and CPU time (user + system of the child), medians of --runs, ratio and load.

Each command twice: **cold**, the first process after an install or an upgrade (an empty
compiled-SQL cache folder each run: it imports SQLAlchemy, compiles its queries and writes the
cache, db/compiled.py), and **warm**, every later process (the cache filled: sqlite3 alone). The
cache folder is a temporary XDG_CACHE_HOME, never the user's.

    .venv/bin/python tests/benchmarks/bench_commands.py --db BIG.db [--runs 3]

Goals: every command <= 3x its baseline (warm); `--version` <= 0.15 s. The program's own modules
are compiled to bytecode first, as in an installed SángKiến (PYTHONDONTWRITEBYTECODE, set on this
machine, would otherwise have every run compile them from source: ~0.05 s a command). The
database is only read: its check must not be due (a command would run it, and record it).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench_common import machine_load

ROOT = Path(__file__).resolve().parents[2]
SANGKIEN = [sys.executable, "-m", "desktop"]

GOAL = 3.0
COMMANDS = (
    ["initiative", "list", "--limit", "5"],
    ["initiative", "list", "--search", "dang van huy", "--limit", "5"],
    ["initiative", "show", "{REG_NO}"],
    ["stats", "--as-of", "2023-04-14"],
    ["sync-status"],
)

BARE = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("PRAGMA cache_size = -{cache}")
for sql in open(sys.argv[2], encoding="utf-8").read().split("\\n;;\\n"):
    if sql.strip():
        connection.execute(sql).fetchall()
"""


def statements_of(path: Path, command: list[str]) -> list[str]:
    """The SELECTs the command runs (with their values), from SQLite's trace of every connection
    the app opens."""
    from desktop.cli import run

    ran: list[str] = []
    connect = sqlite3.connect

    def traced(*args, **kwargs):
        connection = connect(*args, **kwargs)
        connection.set_trace_callback(ran.append)
        return connection

    sqlite3.connect = traced
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            run(["--db", str(path), *command])
    finally:
        sqlite3.connect = connect
    return [sql for sql in ran if sql.lstrip().upper().startswith(("SELECT", "WITH"))]


def newest_reg_no(path: Path) -> str:
    """A registration number to show: the newest initiative's (read-only connection)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        query = "SELECT reg_no FROM initiatives ORDER BY rowid DESC LIMIT 1"
        return connection.execute(query).fetchone()[0]
    finally:
        connection.close()


def compile_bytecode() -> None:
    import compileall

    for folder in ("db", "desktop"):
        compileall.compile_dir(ROOT / folder, quiet=1)


def timed_process(argv: list[str], cache: Path | None = None) -> tuple[float, float]:
    """(wall, CPU) seconds of one child process (its compiled-SQL cache in `cache`)."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)} if cache else None
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def medians(run_once: Callable[[], tuple[float, float]], runs: int) -> tuple[float, float]:
    times = [run_once() for _ in range(runs)]
    return statistics.median(t[0] for t in times), statistics.median(t[1] for t in times)


def cold_run(argv: list[str]) -> tuple[float, float]:
    """The first process: an empty cache folder."""
    with tempfile.TemporaryDirectory(prefix="bench_cold_") as empty:
        return timed_process(argv, Path(empty))


def compare(label: str, app: list[str], bare: list[str], runs: int, warm_cache: Path) -> None:
    cold_wall, cold_cpu = medians(lambda: cold_run(app), runs)
    timed_process(app, warm_cache)  # fills the cache (if the statements earlier did not)
    wall, cpu = medians(lambda: timed_process(app, warm_cache), runs)
    bare_wall, bare_cpu = medians(lambda: timed_process(bare), runs)
    ratio, cpu_ratio = wall / bare_wall, cpu / bare_cpu
    met = "met" if ratio <= GOAL or cpu_ratio <= GOAL else "MISSED"
    print(
        f"{label}\n  warm {wall:.2f} s wall / {cpu:.3f} s CPU; bare {bare_wall:.2f} s / "
        f"{bare_cpu:.3f} s CPU; ratio {ratio:.2f}x wall, {cpu_ratio:.2f}x CPU "
        f"(goal <= {GOAL:g}x: {met})\n  cold (first process) {cold_wall:.2f} s wall / "
        f"{cold_cpu:.3f} s CPU: {cold_wall / bare_wall:.2f}x wall, {cold_cpu / bare_cpu:.2f}x "
        f"CPU; {machine_load()}",
        flush=True,
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a SángKiến database (read only)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from db.session import READ_CACHE_KIB

    compile_bytecode()
    reg_no = newest_reg_no(args.db)
    warm_cache = Path(tempfile.mkdtemp(prefix="bench_warm_"))
    os.environ["XDG_CACHE_HOME"] = str(warm_cache)  # statements_of runs the commands in here

    wall, cpu = medians(lambda: timed_process([*SANGKIEN, "--version"]), args.runs)
    base = medians(lambda: timed_process([sys.executable, "-c", "pass"]), args.runs)
    print(
        f"sangkien --version: {wall:.3f} s wall / {cpu:.3f} s CPU (goal <= 0.15 s); bare python "
        f"{base[0]:.3f} s / {base[1]:.3f} s; {machine_load()}"
    )
    bare = BARE.replace("{cache}", str(READ_CACHE_KIB))
    work = Path(os.environ.get("TMPDIR", "/tmp"))
    for n, command in enumerate(COMMANDS):
        command = [reg_no if word == "{REG_NO}" else word for word in command]
        statements = statements_of(args.db, command)
        sql_file = work / f"bench_commands_{os.getpid()}_{n}.sql"
        sql_file.write_text("\n;;\n".join(statements), encoding="utf-8")
        try:
            compare(
                f"sangkien {' '.join(command)} ({len(statements)} statements)",
                [*SANGKIEN, "--db", str(args.db), *command],
                [sys.executable, "-c", bare, str(args.db), str(sql_file)],
                args.runs,
                warm_cache,
            )
        finally:
            sql_file.unlink()
    shutil.rmtree(warm_cache, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
