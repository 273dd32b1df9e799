"""Lists of people at 150,000 people (peoplekey): the authors picker's search and the authors
page's first page, CPU beside wall, on whichever code this runs from (its checkout's root first
on sys.path), so main's code and this branch's are measured alternately on the same records.

    python tests/benchmarks/bench_people.py build /tmp/peoplekey/people.db   # a file at its head
    python tests/benchmarks/bench_people.py measure /tmp/peoplekey/people.db
    python tests/benchmarks/bench_people.py migrate /tmp/peoplekey/copy.db   # open: upgrades

`build` writes the people with sqlite3 (names drawn as the demo draws them: about 3,200 distinct
names), 2% of them deleted, spread over the unit tree, with every column this code's model has.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))

from bench_common import machine_load

PEOPLE = 150_000
SEARCHES = ("a", "n", "h", "nguyen", "tran van", "xyz")


def build(path: Path, people: int = PEOPLE) -> None:
    from sqlalchemy import select

    from db.demo import text as words
    from db.demo.compose import SURNAMES
    from db.models import Person, Unit
    from db.queries.search_text import person_search_text
    from db.reference import init_node
    from db.session import open_database

    database = open_database(path, create=True)
    init_node(database, "CDDKVN")
    with database.session() as session:
        units = list(session.scalars(select(Unit.id)))
    database.close()
    rng = random.Random(19)
    columns = [c.name for c in Person.__table__.columns]
    rows = []
    for n in range(people):
        middle, given = (
            (words.MALE_MIDDLE, words.MALE_GIVEN)
            if rng.random() < 0.78
            else (words.FEMALE_MIDDLE, words.FEMALE_GIVEN)
        )
        name = f"{SURNAMES.pick(rng.random())} {rng.choice(middle)} {rng.choice(given)}"
        born = dt.date(1963, 1, 1) + dt.timedelta(days=rng.randrange(13500))
        number = f"NV-{n:06d}" if rng.random() < 0.6 else None
        values = {
            "id": str(uuid.UUID(int=rng.getrandbits(128))),
            "hlc": f"{n:016d}",
            "field_hlc": None,
            "deleted": int(rng.random() < 0.02),
            "seq": n + 1000,
            "full_name": name,
            "birth_date": born.isoformat(),
            "unit_id": rng.choice(units),
            "job_title": "Kỹ sư",
            "qualification": "Đại học",
            "employee_no": number,
            "union_member": 1,
            "search_text": person_search_text(name, number),
        }
        if "name_key" in columns:
            from db.collation import person_key

            values["name_key"] = person_key(name, born)
        rows.append([values[c] for c in columns])
    with sqlite3.connect(path) as connection:
        marks = ", ".join("?" * len(columns))
        connection.executemany(f"INSERT INTO people ({', '.join(columns)}) VALUES ({marks})", rows)
    print(f"built {path}: {people:,} people; {machine_load()}")


def timed(label: str, action, repeat: int = 5) -> None:
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        result = action()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    walls.sort()
    cpus.sort()
    print(
        f"{label}: wall {walls[0]:.3f}-{walls[-1]:.3f} s (median {walls[len(walls) // 2]:.3f}), "
        f"CPU {cpus[0]:.3f}-{cpus[-1]:.3f} s (median {cpus[len(cpus) // 2]:.3f}); {result}"
    )


def measure(path: Path) -> None:
    from db.node import this_node
    from db.queries.people import find_people
    from db.queries.people_list import people_list
    from db.session import open_database

    database = open_database(path)
    with database.session() as session:
        unit = this_node(session).unit_id  # the page's unit: the node's own subtree
    try:
        for text in SEARCHES:
            with database.session() as session:
                timed(
                    f"picker {text!r}",
                    lambda s=session, t=text: [p.full_name for p in find_people(s, t, 50)][:2],
                )
        with database.session() as session:
            timed(
                "people page, first page (5,000)",
                lambda: (lambda r: (r.total, r.rows[0].full_name))(people_list(session, "", unit)),
                repeat=3,
            )
            timed(
                "people page, 'nguyen'",
                lambda: people_list(session, "nguyen", unit).total,
                repeat=3,
            )
    finally:
        database.close()
    print(machine_load())


def migrate(path: Path) -> None:
    from db.session import open_database

    wall, cpu = time.perf_counter(), time.process_time()
    database = open_database(path)
    print(
        f"opened (migrated) {path}: wall {time.perf_counter() - wall:.2f} s, "
        f"CPU {time.process_time() - cpu:.2f} s; {machine_load()}"
    )
    database.close()


if __name__ == "__main__":
    where = sys.argv[2] if "://" in sys.argv[2] else Path(sys.argv[2])  # a file or a server
    {"build": build, "measure": measure, "migrate": migrate}[sys.argv[1]](where)
