"""How the record operations scale: dump, search-text refresh, registering, listing.

    .venv/bin/python tests/benchmarks/bench_initiatives.py [--db DEMO.db] [--initiatives N]

Without --db a demo of N initiatives (default 20,000) is built in a temporary folder. Writes run in
a transaction that is rolled back, so a given database is left as it was. Each figure is printed
with a baseline measured in the same run (the straightforward way) and the ratio.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from contextlib import contextmanager
from itertools import islice
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.dump import dump_bytes
from db.models import SYNCED_MODELS, Initiative, InitiativeAuthor, Person
from db.queries.filters import InitiativeFilter, apply_filter
from db.queries.initiatives import AuthorShare, refresh_search_text, register_initiative
from db.records import dump_line
from db.search import initiative_search_text
from db.session import open_database

SAMPLE_ROWS = 200_000


def clock() -> float:
    return time.perf_counter()


@contextmanager
def rolled_back(database):
    with database.engine.connect() as conn:
        transaction = conn.begin()
        with Session(bind=conn) as session:
            yield session
        transaction.rollback()


def bench_dump(database) -> None:
    with database.session() as session:
        started = clock()
        lines = sum(1 for _ in dump_bytes(session))
        fast = clock() - started
        started = clock()
        orm_rows = 0
        for model in SYNCED_MODELS:
            query = select(model).order_by(model.id).execution_options(yield_per=2000)
            for row in islice(session.scalars(query), SAMPLE_ROWS - orm_rows):
                dump_line(row)
                orm_rows += 1
        orm = clock() - started
    per_fast, per_orm = fast / lines * 1e6, orm / max(orm_rows, 1) * 1e6
    print(
        f"dump: {lines:,} lines in {fast:.1f} s ({per_fast:.1f} µs/line); "
        f"baseline ORM+dump_line {per_orm:.1f} µs/line over {orm_rows:,} rows; "
        f"ratio {per_orm / per_fast:.1f}x"
    )


def bench_refresh(database, count: int) -> None:
    with rolled_back(database) as session:
        ids = list(session.scalars(select(Initiative.id).limit(count)))
        session.execute(Initiative.__table__.update().values(search_text=""))
        started = clock()
        refresh_search_text(session, ids)
        batched = (clock() - started) / len(ids) * 1e6
        sample = ids[:2000]
        session.execute(Initiative.__table__.update().values(search_text=""))
        started = clock()
        for initiative_id in sample:  # baseline: one initiative at a time, ORM objects
            initiative = session.get(Initiative, initiative_id)
            names = session.scalars(
                select(Person.full_name)
                .join(InitiativeAuthor, InitiativeAuthor.person_id == Person.id)
                .where(InitiativeAuthor.initiative_id == initiative_id)
            ).all()
            initiative.search_text = initiative_search_text(
                initiative.reg_no, initiative.title, names, initiative.investor, None
            )
            session.flush()
        naive = (clock() - started) / len(sample) * 1e6
    print(
        f"refresh_search_text: {len(ids):,} ids at {batched:.0f} µs/row; "
        f"baseline row by row {naive:.0f} µs/row; ratio {naive / batched:.1f}x"
    )


def bench_register(database, count: int = 50) -> None:
    with rolled_back(database) as session:
        template = session.scalars(select(Initiative).where(Initiative.deleted.is_(False))).first()
        person = session.scalar(select(Person.id))
        data = {
            "title": "Sáng kiến đo thời gian",
            "solution_type": template.solution_type,
            "unit_id": template.unit_id,
            "registered_on": template.registered_on,
        }
        started = clock()
        for _ in range(count):
            register_initiative(session, data, [AuthorShare(person, 100)], actor="bench")
        per = (clock() - started) / count * 1000
        total = session.scalar(select(func.count()).select_from(Initiative))
    print(f"register_initiative: {per:.1f} ms each with {total:,} initiatives in the database")


def bench_list(database) -> None:
    with database.session() as session:
        for label, f in (
            ("first page, no filter", InitiativeFilter()),
            ("search 'dau khi'", InitiativeFilter(search="dau khi")),
            ("status recognised", InitiativeFilter(status="recognised")),
        ):
            started = clock()
            query = apply_filter(select(Initiative.reg_no), f)
            page = session.scalars(
                query.order_by(Initiative.registered_on, Initiative.reg_no).limit(50)
            ).all()
            total = session.scalar(select(func.count()).select_from(query.subquery()))
            print(f"list {label}: {len(page)} of {total:,} in {(clock() - started) * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--initiatives", type=int, default=20_000)
    parser.add_argument("--refresh", type=int, default=50_000)
    args = parser.parse_args()
    path = args.db
    if path is None:
        from db.demo import build_demo

        path = Path(tempfile.mkdtemp()) / "bench.db"
        build_demo(path, initiatives=args.initiatives)
    database = open_database(path)
    try:
        bench_register(database)
        bench_list(database)
        bench_refresh(database, args.refresh)
        bench_dump(database)
    finally:
        database.close()


if __name__ == "__main__":
    main()
