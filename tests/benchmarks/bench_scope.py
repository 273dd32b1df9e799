"""What a package's scope costs now that it carries every change to what a node holds of another
unit (tombstone, 3 December 2026; db/sync/scope.py), each figure beside the same query with
those lookups off, in the same run.

    nice -n 10 .venv/bin/python tests/benchmarks/bench_scope.py [--initiatives 100000]
        [--decisions 3000] [--changed 0.2] [--repeat 3]

A union's database (bench_sync.build_site: the demo's generator, every initiative the union's,
authors of its units) with --decisions duplicate decisions between random initiatives, then a
share --changed of its people and of its initiatives changed (their sequence moved past the
receipt, as an edit would). The people, initiatives and reviews queries of a package down to the
union's biggest unit (its rig), and of people up to headquarters, timed: a full package, a delta after
those changes, and a delta with nothing changed; the best of --repeat runs of each. The
baseline is the same query with the new lookups (`_NAMED_IN_TREE`, `_partner_of_tree`) made
false and the reviews as the other initiatives' children: the scope as it was.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import time
import uuid
from pathlib import Path

import orjson
from bench_common import compared, machine_load
from bench_sync import build_site

import db.sync.scope as scope_module
from db.models import Initiative, Person, Review
from db.sync.scope import Scope, scope_query


def subtree(con: sqlite3.Connection, code: str) -> list[str]:
    parents = dict(con.execute("SELECT id, parent_id FROM units"))
    root = con.execute("SELECT id FROM units WHERE code = ?", (code,)).fetchone()[0]
    tree, grown = [root], True
    while grown:
        grown = False
        for unit, parent in parents.items():
            if parent in tree and unit not in tree:
                tree.append(unit)
                grown = True
    return tree


def add_decisions(con: sqlite3.Connection, count: int, rng: random.Random) -> None:
    columns = [row[1] for row in con.execute("PRAGMA table_info(duplicate_decisions)")]
    ids = [row[0] for row in con.execute("SELECT id FROM initiatives")]
    unit, hlc = con.execute("SELECT unit_id, hlc FROM initiatives LIMIT 1").fetchone()
    seq = con.execute("SELECT max(seq) FROM initiatives").fetchone()[0]
    rows = []
    for number in range(count):
        later, original = rng.sample(ids, 2)
        values = {
            "id": str(uuid.uuid4()),
            "hlc": hlc,
            "seq": seq + number + 1,
            "deleted": 0,
            "initiative_id": later,
            "original_id": original,
            "verdict": "different",
            "level": "base",
            "unit_id": unit,
            "decided_on": "2022-05-01",
        }
        rows.append(tuple(values.get(c) for c in columns))
    marks = ",".join("?" * len(columns))
    con.executemany(f"INSERT INTO duplicate_decisions ({','.join(columns)}) VALUES ({marks})", rows)
    con.commit()


def change_some(con: sqlite3.Connection, share: float) -> tuple[int, dict[str, int]]:
    """Move a share of people and initiatives past the current last sequence; returns that
    sequence (the receipt of a destination that had everything) and how many were changed."""
    last = max(
        con.execute(f"SELECT max(seq) FROM {table}").fetchone()[0] or 0
        for table in ("people", "initiatives", "initiative_authors", "duplicate_decisions")
    )
    step = max(1, round(1 / share))
    counts = {}
    for table in ("people", "initiatives"):
        cursor = con.execute(
            f"UPDATE {table} SET seq = seq + ? WHERE rowid % ? = 0", (last + 1_000_000, step)
        )
        counts[table] = cursor.rowcount
    con.commit()
    return last, counts


def timed(con, model, scope: Scope, repeat: int, lookups: bool) -> tuple[float, int]:
    saved = (scope_module._NAMED_IN_TREE, scope_module._partner_of_tree, scope_module.RULINGS)
    if not lookups:
        scope_module._NAMED_IN_TREE = "0"
        scope_module._partner_of_tree = lambda _row: "0"
        scope_module.RULINGS = ()
    try:
        sql = scope_query(model, scope)
    finally:
        scope_module._NAMED_IN_TREE, scope_module._partner_of_tree, scope_module.RULINGS = saved
    params = {"acked": scope.acked, "tree": orjson.dumps(scope.tree).decode()}
    best, rows = float("inf"), 0
    for _ in range(repeat):
        started = time.perf_counter()
        rows = len(con.execute(sql, params).fetchall())
        best = min(best, time.perf_counter() - started)
    return best, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--initiatives", type=int, default=100_000)
    parser.add_argument("--decisions", type=int, default=3000)
    parser.add_argument("--changed", type=float, default=0.2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/bench/scope"))
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    path = args.workdir / f"union-{args.initiatives}.db"
    seconds = build_site(path, args.initiatives, seed=7, reg_offset=0)
    print(f"built {path} in {seconds:.0f} s; {machine_load()}")
    con = sqlite3.connect(path)
    add_decisions(con, args.decisions, random.Random(7))
    receipt, counts = change_some(con, args.changed)
    print(f"{args.decisions} decisions; changed after the receipt: {counts}")
    rig = con.execute(
        "SELECT u.code FROM initiatives i JOIN units u ON u.id = i.unit_id "
        "GROUP BY u.code ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    last = receipt + 2_000_000
    cases = [
        (f"people down to {rig}", Person, "down", subtree(con, rig)),
        (f"initiatives down to {rig}", Initiative, "down", subtree(con, rig)),
        (f"reviews down to {rig}", Review, "down", subtree(con, rig)),
        ("people up from VSP", Person, "up", subtree(con, "VSP")),
    ]
    for label, model, direction, tree in cases:
        for what, acked in (("full", 0), ("delta", receipt), ("nothing changed", last)):
            scope = Scope(direction, tree, acked)
            ours, sent = timed(con, model, scope, args.repeat, lookups=True)
            base, base_sent = timed(con, model, scope, args.repeat, lookups=False)
            print(compared(f"{label}, {what} ({sent} rows; before {base_sent})", ours, base))


if __name__ == "__main__":
    main()
