"""The initiatives page over a large database, as a person meets it (issue 3): time to the first
rows, to the last row (scroll to the bottom), a folded search, a unit filter, and peak memory.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_table.py --db BIG.db
    .venv/bin/python tests/benchmarks/bench_table.py --initiatives 100000     # builds a demo

Each figure stands beside a baseline of the same run: the bare sqlite3 query that returns the
same rowids (what the model cannot do faster than), and the model's own memory against the
~1.7 GB that holding every row in a Python list costs at 1,000,000 rows (MEASURED.md).
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

SEARCH = "dau khi"
UNIT = "VSP"


def rss_mib() -> float:
    """The process's current resident memory (Linux /proc), in MiB."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(label: str, work) -> float:
    started = time.perf_counter()
    work()
    seconds = time.perf_counter() - started
    print(f"  {label:38} {seconds * 1000:9.0f} ms")
    return seconds


def baseline_rowids(path: Path, sql: str, params: tuple = ()) -> float:
    """The bare query for the same rowids, straight from sqlite3 into a list."""
    connection = sqlite3.connect(path)
    try:
        started = time.perf_counter()
        ids = [row[0] for row in connection.execute(sql, params)]
        seconds = time.perf_counter() - started
    finally:
        connection.close()
    print(f"  {'baseline: sqlite3 rowids (' + str(len(ids)) + ')':38} {seconds * 1000:9.0f} ms")
    return seconds


def run(path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from db.queries.units import unit_by_code
    from desktop.app import app_settings, make_context, open_ready_database
    from desktop.tasks import wait_for_tasks
    from desktop.views.initiatives_page import InitiativesPage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    before = rss_mib()
    print(f"{path} — {path.stat().st_size / 2**20:,.0f} MiB")
    opened: list = []
    timed(
        "open (quick check, writer lock)",
        lambda: opened.extend(open_ready_database(path)),
    )
    database, summary = opened
    settings = app_settings(Path(tempfile.mkdtemp()) / "settings.ini")
    context = make_context(database, summary, settings, "vi")
    holder: list = []

    def settle(apply) -> None:
        """Ask, then wait for the worker's ids and the painted first page."""
        apply()
        while True:
            wait_for_tasks()
            app.processEvents()
            if holder[0].count_label.text() != holder[0].tr("Đang tìm…"):
                return

    def build_page() -> None:
        page = InitiativesPage(context)  # the real page: it loads the table as it opens
        page.resize(1180, 680)
        page.show()
        holder.append(page)

    print("first rows (all initiatives, newest first):")
    first = timed("page built to first rows painted", lambda: settle(build_page))
    page = holder[0]
    model = page.model
    count = model.rowCount()
    base = baseline_rowids(
        path,
        "SELECT rowid FROM initiatives WHERE deleted = 0 ORDER BY registered_on DESC, rowid DESC",
    )
    print(f"  {count:,} rows; ratio to the bare query {first / base:.2f}x")

    print("scroll to the bottom:")
    timed(
        "page: last row shown",
        lambda: (page.table.scrollToBottom(), app.processEvents()),
    )
    assert model.row_at(count - 1) is not None

    print(f"search '{SEARCH}' (folded, đ→d), from the bottom of the table:")

    def search() -> None:
        page.search.setText(SEARCH)
        page.apply_filters()

    searched = timed("page: ids + first page", lambda: settle(search))
    print(f"  {model.rowCount():,} matches ({page.count_label.text()})")
    base = baseline_rowids(
        path,
        "SELECT rowid FROM initiative_fts WHERE initiative_fts MATCH ? ORDER BY rowid",
        ('"dau"* AND "khi"*',),
    )
    print(f"  ratio to the bare FTS query {searched / base:.2f}x")

    with database.session() as session:
        unit_id = unit_by_code(session, UNIT).id
    print(f"unit filter {UNIT} (with its rigs and base unions), search cleared:")

    def unit_filter() -> None:
        page.search.clear()
        page.unit_filter.set_unit(unit_id)
        page.apply_filters()

    filtered = timed("page: ids + first page", lambda: settle(unit_filter))
    print(f"  {model.rowCount():,} matches")
    base = baseline_rowids(
        path,
        "WITH RECURSIVE t(id) AS (SELECT ? UNION ALL SELECT u.id FROM units u JOIN t "
        "ON u.parent_id = t.id) SELECT rowid FROM initiatives WHERE deleted = 0 AND unit_id IN "
        "(SELECT id FROM t) ORDER BY registered_on DESC, rowid DESC",
        (unit_id,),
    )
    print(f"  ratio to the bare query {filtered / base:.2f}x")

    print("memory:")
    print(f"  rows held by the model: {model.cached_rows():,} of {count:,}")
    print(f"  resident now {rss_mib():,.0f} MiB (before opening {before:,.0f} MiB)")
    print(f"  peak {peak_mib():,.0f} MiB; a Python list of every row: ~1,762 MiB at 1M rows")
    page.close()
    database.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a large SángKiến database (left unchanged)")
    parser.add_argument("--initiatives", type=int, default=100_000, help="demo size without --db")
    args = parser.parse_args(argv)
    if args.db:
        run(args.db)
        return 0
    from db.demo import build_demo

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.db"
        started = time.perf_counter()
        build_demo(path, args.initiatives)
        print(f"demo of {args.initiatives:,} built in {time.perf_counter() - started:.0f} s")
        run(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
