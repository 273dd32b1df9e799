"""What the import's search for two live certificates of one level costs (db/certificates_twice.py,
run by every import that carries certificates): a headquarters holding N certificates (no twins)
receives packages of 100, 5,000, 20,000 and N certificates. Beside each, the baseline from the
same run: one pass over the whole table (the first version's query, for every package).
Medians of --runs, wall and CPU, and the load.

    .venv/bin/python tests/benchmarks/bench_certificate_twins.py [--held 100000] [--runs 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from bench_common import machine_load
from sqlalchemy import insert, select

from db.certificates_twice import _twins, cancel_later_twins
from db.models import Certificate, Initiative, Unit
from db.node import NodeClock, this_node
from db.reference import init_node
from db.session import Database, open_database

STAMP = "0" * 16 + "a" * 32


def timed(work) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def filled(folder: Path, held: int) -> tuple[Database, list[str]]:
    database = open_database(folder / "hq.db", create=True)
    init_node(database, "CDDKVN")
    ids = [str(uuid.uuid4()) for _ in range(held)]
    certificate_ids = [str(uuid.uuid4()) for _ in range(held)]
    with database.transaction() as session:
        unit = session.scalar(select(Unit.id).where(Unit.code == "VSP-TD03"))
        common = {"hlc": STAMP, "deleted": False, "title": "t", "solution_type": "technical"}
        session.execute(
            insert(Initiative),
            [
                {**common, "id": i, "seq": n, "reg_no": f"VSP-TD03-2022-{n:06d}", "unit_id": unit}
                | {"status": "certified", "registered_on": dt.date(2022, 3, 1)}
                for n, i in enumerate(ids)
            ],
        )
        session.execute(
            insert(Certificate),
            [
                {"id": c, "hlc": STAMP, "seq": n, "deleted": False, "number": f"X-{n:06d}"}
                | {"initiative_id": i, "level": "base", "issued_on": dt.date(2023, 1, 1)}
                | {"recipients": [], "reprint_count": 0}
                for n, (c, i) in enumerate(zip(certificate_ids, ids, strict=True))
            ],
        )
    return database, certificate_ids


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--held", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database, sent_ids = filled(Path(folder), args.held)
        print(f"load before: {machine_load()}")
        with database.transaction() as session:
            clock = NodeClock(this_node(session))
            for sent in (100, 5_000, 20_000, args.held):
                ours = [
                    timed(lambda n=sent: cancel_later_twins(session, clock, "b", "p", sent_ids[:n]))
                    for _ in range(args.runs)
                ]
                whole = [timed(lambda: session.execute(_twins()).all()) for _ in range(args.runs)]
                wall, cpu = (statistics.median(t[k] for t in ours) for k in (0, 1))
                base = statistics.median(t[0] for t in whole)
                print(
                    f"{args.held:,} held, {sent:,} sent: {wall * 1000:.1f} ms wall, "
                    f"{cpu * 1000:.1f} ms CPU; the whole table {base * 1000:.1f} ms"
                )
        print(f"load after: {machine_load()}")
        database.close()


if __name__ == "__main__":
    main()
