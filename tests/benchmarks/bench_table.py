"""The initiatives page over a large database, as a person meets it (issues 3 and 13): for the
whole table, searches (common, with diacritics, rare, a name) and the unit, phase and status
filters, the time to the first rows painted, to the count shown and to every rowid in (for
scrolling), with the resident and peak memory after each; --precision adds the fifty searches of
tests/search_precision.py built from the same database (their first result, their timings).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_table.py --db BIG.db
    .venv/bin/python tests/benchmarks/bench_table.py --initiatives 100000     # builds a demo

Each figure stands beside a baseline of the same run: the bare sqlite3 query for the same first
page (LIMIT 100, same order; for a search the plain `rowid IN (full-text match)` a developer would
write) then the same columns of those rows, and for the same count, on a fresh connection with
the cache size of the app's reading sessions; and the load.
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_common import machine_load

UNIT = "VSP"


def rss_mib() -> float:
    """The process's current resident memory (Linux /proc), in MiB."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


PAGE_PEAKS: list[float] = []  # the page's own peak in each step, the bare queries left out
STEP_PEAKS: list[float] = []  # the process's in each step, the bare queries' connections too


def step_peak_mib() -> float:
    """The resident peak since `restart_peak` (Linux's VmHWM), or the process's peak."""
    try:
        with open("/proc/self/status") as status:
            line = next(line for line in status if line.startswith("VmHWM:"))
        return int(line.split()[1]) / 1024
    except (OSError, StopIteration):
        return peak_mib()


def restart_peak() -> None:
    """Start the resident peak again from now (Linux: 5 into clear_refs resets VmHWM)."""
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
    except OSError:
        pass


def timed(label: str, work) -> float:
    started = time.perf_counter()
    work()
    seconds = time.perf_counter() - started
    print(f"  {label:38} {seconds * 1000:9.0f} ms")
    return seconds


def bare(path: Path, sql: str, params: tuple = (), page: bool = False) -> tuple[float, list]:
    """The same question asked of sqlite3 directly (a fresh connection, the cache size of the
    app's reading sessions); with `page`, then the same columns of those rows the table reads
    (the very SQL of db.queries.browse.rows_query), so the page content is the same."""
    from db.session import READ_CACHE_KIB

    connection = read_only(path)
    try:
        connection.execute(f"PRAGMA cache_size = -{READ_CACHE_KIB}")
        started = time.perf_counter()
        rows = connection.execute(sql, params).fetchall()
        if page and rows:
            sql, values = page_sql([row[0] for row in rows])
            connection.execute(sql, values).fetchall()
        return time.perf_counter() - started, rows
    finally:
        connection.close()


def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True)


def page_sql(rowids: list[int]) -> tuple[str, list]:
    from sqlalchemy.dialects import sqlite

    from db.queries.browse import rows_query

    compiled = rows_query(rowids).compile(
        dialect=sqlite.dialect(), compile_kwargs={"render_postcompile": True}
    )
    return str(compiled), [compiled.params[name] for name in compiled.positiontup or ()]


LIVE = "SELECT rowid FROM initiatives WHERE deleted = 0"
ORDER = " ORDER BY registered_on DESC, rowid DESC"
FTS = "SELECT rowid FROM initiative_fts WHERE initiative_fts MATCH ?"
SUBTREE = (
    "WITH RECURSIVE t(id) AS (SELECT ? UNION ALL SELECT u.id FROM units u JOIN t "
    "ON u.parent_id = t.id) "
)


class Stages:
    """Times one filter on the real page: first rows painted, the count shown, every rowid in."""

    def __init__(self, app, page) -> None:
        self.app, self.page, self.model = app, page, page.model

    def run(self, apply) -> tuple[float, float, float]:
        model = self.model
        resets: list[float] = []
        started, self.cpu_started = time.perf_counter(), time.process_time()
        on_reset = lambda: resets.append(time.perf_counter() - started)  # noqa: E731
        model.modelReset.connect(on_reset)
        apply()
        first = count = None
        deadline = started + 600
        try:
            while time.perf_counter() < deadline:
                self.app.processEvents()
                now = time.perf_counter() - started
                painted = model.rowCount() == 0 or model.cached_rows() > 0
                if first is None and resets and painted:
                    first = now  # the first page's rows were read for painting
                    self.first_cpu = time.process_time() - self.cpu_started
                loading = self.page.count_label.text() == "Đang tìm…"
                if count is None and first is not None and not loading:
                    count = now
                if count is not None and model.fully_listed():
                    self.every_cpu = time.process_time() - self.cpu_started
                    return first, count, now
                time.sleep(0.001)
        finally:
            model.modelReset.disconnect(on_reset)
        raise TimeoutError("the page did not finish loading in 10 minutes")


def report(label: str, figure: float, baseline: float, goal_ms: float | None = None) -> None:
    goal = "" if goal_ms is None else f" (goal <= {goal_ms:.0f} ms: "
    goal += "" if goal_ms is None else ("met)" if figure * 1000 <= goal_ms else "MISSED)")
    print(
        f"  {label:34} {figure * 1000:8.0f} ms{goal}; baseline {baseline * 1000:.0f} ms, "
        f"ratio {figure / baseline if baseline else float('inf'):.2f}x; {machine_load()}",
        flush=True,
    )


def step(stages: Stages, path: Path, label: str, apply, first_sql, count_sql, params=()) -> None:
    """One filter: the page's three stages beside the bare queries for its first page and count."""
    restart_peak()
    first, count, every = stages.run(apply)
    PAGE_PEAKS.append(step_peak_mib())
    first_base, _ = bare(path, first_sql + " LIMIT 100", params, page=True)
    count_base, counted = bare(path, count_sql, params)
    STEP_PEAKS.append(step_peak_mib())
    print(f"{label}: {stages.model.count:,} rows (bare count {counted[0][0]:,})")
    report("first rows painted", first, first_base, 100 if "search" in label else 300)
    print(
        f"  CPU of the whole process (all threads): first rows {stages.first_cpu * 1000:.0f} ms, "
        f"to the end {stages.every_cpu * 1000:.0f} ms"
    )
    report("count shown", count, count_base, 300)
    paged = "" if len(stages.model.rowids) == stages.model.count else ", paged"
    report(f"every row scrollable{paged}", every, count_base)
    print(
        f"  resident {rss_mib():,.0f} MiB, peak in this step {PAGE_PEAKS[-1]:,.0f} MiB (goal <= "
        f"150 MiB; the bare queries, run in this process after it, are left out)"
    )


def alone(database, path: Path, text: str, first_sql: str, params: tuple) -> None:
    """The search's two background steps again, one after the other on this thread (warm: just
    run), so their own CPU shows apart from the page's and each other's; beside the bare first
    page's and count's CPU, also warm."""
    from db.queries.browse import (
        count_beside_first_rows,
        first_rowids,
        initiative_rows,
        release_cache,
        scan_lightly,
    )
    from db.queries.filters import InitiativeFilter

    f = InitiativeFilter(search=text)
    wall, cpu = time.perf_counter(), time.process_time()
    with database.session() as session:  # as the model's first step
        scan_lightly(session)
        ids, every_row = first_rowids(session, f, "registered_on", True, 100)
        initiative_rows(session, ids[:100])
        release_cache(session)
    first = time.perf_counter() - wall, time.process_time() - cpu
    wall, cpu = time.perf_counter(), time.process_time()
    with database.session() as session:  # as the model's count beside it
        scan_lightly(session)
        count_beside_first_rows(session, f)
        release_cache(session)
    count = time.perf_counter() - wall, time.process_time() - cpu
    cpu = time.process_time()
    bare(path, first_sql + " LIMIT 100", params, page=True)
    bare_first = time.process_time() - cpu
    cpu = time.process_time()
    bare(path, COUNT_FTS, params)
    bare_count = time.process_time() - cpu
    listed = " (every row: the count)" if every_row else ""
    print(
        f"  alone, warm: first page {first[0] * 1000:.0f} ms wall, {first[1] * 1000:.0f} ms CPU"
        f"{listed}; count {count[0] * 1000:.0f} ms wall, {count[1] * 1000:.0f} ms CPU; bare CPU "
        f"first page {bare_first * 1000:.0f} ms, count {bare_count * 1000:.0f} ms",
        flush=True,
    )


def run(path: Path, precision: bool, searches: tuple[str, ...] = ()) -> None:
    from PySide6.QtWidgets import QApplication

    from db.queries.browse import node_summary
    from db.queries.units import unit_by_code
    from db.search import words_match
    from db.session import open_database
    from desktop.app import app_settings, make_context
    from desktop.views.initiatives_page import InitiativesPage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    before = rss_mib()
    print(f"{path} — {path.stat().st_size / 2**20:,.0f} MiB; {machine_load()}")
    opened: list = []
    # read-only (mode=ro): the big shared file is never written, locked, checked or migrated
    timed("open read-only", lambda: opened.append(open_database(path, read_only=True)))
    database = opened[0]
    with database.session() as session:
        summary = node_summary(session)
    settings = app_settings(Path(tempfile.mkdtemp()) / "settings.ini")
    context = make_context(database, summary, settings, "vi")
    page = InitiativesPage(context)  # the real page; it loads the table as it opens
    page.resize(1180, 680)
    page.show()
    stages = Stages(app, page)
    step(
        stages,
        path,
        "table, all initiatives newest first",
        page.apply_filters,
        LIVE + ORDER,
        COUNT_LIVE,
    )

    timed("scroll to the bottom", lambda: (page.table.scrollToBottom(), app.processEvents()))

    def search(text: str):
        return lambda: (page.search.setText(text), page.apply_filters())

    for text in searches or SEARCHES:
        match = words_match(text)
        sql = f"{LIVE} AND rowid IN ({FTS}){ORDER}"
        step(stages, path, f"search '{text}'", search(text), sql, COUNT_FTS, (match,))
        alone(database, path, text, sql, (match,))
    page.search.clear()

    with database.session() as session:
        unit_id = unit_by_code(session, UNIT).id
    units = f"{SUBTREE}{LIVE} AND unit_id IN (SELECT id FROM t)"
    step(
        stages,
        path,
        f"unit filter {UNIT} (and its sub-units)",
        lambda: (page.unit_filter.set_unit(unit_id), page.apply_filters()),
        units + ORDER,
        f"SELECT count(*) FROM ({units})",
        (unit_id,),
    )
    page.unit_filter.set_unit(None)
    for combo, column in ((page.phase_filter, "phase_id"), (page.status_filter, "status")):
        combo.setCurrentIndex(combo.count() - 1)
        value = combo.currentData()
        step(
            stages,
            path,
            f"{column} filter {combo.currentText()}",
            page.apply_filters,
            f"{LIVE} AND {column} = ?{ORDER}",
            f"SELECT count(*) FROM initiatives WHERE deleted = 0 AND {column} = ?",
            (value,),
        )
        combo.setCurrentIndex(0)

    print("memory:")
    print(f"  rows held by the model: {page.model.cached_rows():,}")
    print(f"  resident now {rss_mib():,.0f} MiB (before opening {before:,.0f} MiB)")
    print(f"  peak of the page in any step {max(PAGE_PEAKS):,.0f} MiB (goal <= 150 MiB)")
    everything = max([*STEP_PEAKS, step_peak_mib()])
    print(f"  peak of the process, the bare queries' sqlite3 connections too {everything:,.0f} MiB")
    page.close()
    if precision:
        search_precision(database, path)
    database.close()


COUNT_LIVE = "SELECT count(*) FROM initiatives WHERE deleted = 0"
COUNT_FTS = "SELECT count(*) FROM initiative_fts WHERE initiative_fts MATCH ?"
SEARCHES = ("dau khi", "dầu khí", "neptune", "dang van huy", "bom")


def search_precision(database, path: Path) -> None:
    """The fifty searches of tests/search_precision.py, built from this database."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from search_precision import build_queries, expected_first

    from db.queries.browse import initiative_rowids, matching_count
    from db.queries.filters import InitiativeFilter

    connection = read_only(path)
    started = time.perf_counter()
    queries = build_queries(connection)
    expected = expected_first(connection, queries)
    connection.close()
    print(
        f"search precision: {len(queries)} searches built in {time.perf_counter() - started:.0f} s"
    )
    right, slowest_first, slowest_count = 0, 0.0, 0.0
    with database.session() as session:
        for query, want in zip(queries, expected, strict=True):
            f = InitiativeFilter(search=query.text)
            started = time.perf_counter()
            first = initiative_rowids(session, f, "registered_on", True, limit=100)
            first_s = time.perf_counter() - started
            started = time.perf_counter()
            count = matching_count(session, f)
            count_s = time.perf_counter() - started
            ok = bool(first) and first[0] == want
            right += ok
            slowest_first, slowest_count = max(slowest_first, first_s), max(slowest_count, count_s)
            print(
                f"  {'ok ' if ok else 'BAD'} {query.kind:12} {query.text[:36]:36} {count:>9,} "
                f"first page {first_s * 1000:6.1f} ms, count {count_s * 1000:6.1f} ms"
            )
    print(
        f"  {right} of {len(queries)} show the expected initiative first; slowest first page "
        f"{slowest_first * 1000:.0f} ms (goal 100), slowest count {slowest_count * 1000:.0f} ms "
        f"(goal 300); {machine_load()}"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a large SángKiến database (left unchanged)")
    parser.add_argument("--initiatives", type=int, default=100_000, help="demo size without --db")
    parser.add_argument("--precision", action="store_true", help="also the 50 searches' set")
    parser.add_argument("--search", action="append", default=[], help="only these searches")
    args = parser.parse_args(argv)
    if args.db:
        run(args.db, args.precision, tuple(args.search))
        return 0
    from db.demo import build_demo

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.db"
        started = time.perf_counter()
        build_demo(path, args.initiatives)
        print(f"demo of {args.initiatives:,} built in {time.perf_counter() - started:.0f} s")
        run(path, args.precision, tuple(args.search))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
