"""A large database made fast for the table tests: the real reference data (unit tree, phases,
fields) and N lightweight initiatives written with sqlite3 executemany, bypassing the ORM."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import uuid
from pathlib import Path

from db.reference import init_node, reference_id
from db.search import fold
from db.session import open_database

WORDS = [
    "Cải",
    "tiến",
    "quy",
    "trình",
    "bơm",
    "ép",
    "nước",
    "vỉa",
    "giàn",
    "khoan",
    "Đồng",
    "bộ",
    "hóa",
    "hệ",
    "thống",
    "đo",
    "đếm",
    "khí",
    "Tối",
    "ưu",
    "vận",
    "hành",
    "máy",
    "nén",
    "Dầu",
    "khí",
    "an",
    "toàn",
    "lao",
    "động",
    "sửa",
    "chữa",
    "bảo",
    "dưỡng",
    "van",
    "xả",
    "áp",
]
UNITS = ("VSP", "VSP-MSP1", "VSP-TD03", "PVGAS", "PVEP", "BSR")
STATUSES = ("submitted", "under_review", "recognised", "draft")


def make_large_db(path: Path, count: int, seed: int = 7) -> Path:
    database = open_database(path, create=True)
    init_node(database, "CDDKVN")
    database.close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("PRAGMA cache_size = -262144")
    rng = random.Random(seed)
    titles = _titles(rng)
    # Indexing the search text row by row triples the time: fill the table, then build the index.
    (trigger,) = connection.execute(TRIGGER_SQL).fetchone()
    with connection:
        connection.execute("DROP TRIGGER initiatives_fts_insert")
        connection.executemany(INSERT, (_row(i, rng, titles) for i in range(count)))
        connection.execute("INSERT INTO initiative_fts(initiative_fts) VALUES ('rebuild')")
        connection.execute(trigger)
    connection.close()
    return path


def _titles(rng: random.Random) -> list[tuple[str, str]]:
    """A pool of titles with their folded form (folding per row would dominate the time)."""
    titles = [" ".join(rng.choices(WORDS, k=6)) for _ in range(997)]
    return [(title, fold(title)) for title in titles]


TRIGGER_SQL = "SELECT sql FROM sqlite_master WHERE name = 'initiatives_fts_insert'"
INSERT = (
    "INSERT INTO initiatives (id, hlc, deleted, seq, reg_no, title, solution_type, unit_id, "
    "registered_on, status, benefit_currency, tech_secret, search_text) "
    "VALUES (?, ?, 0, ?, ?, ?, 'technical', ?, ?, ?, 'VND', 0, ?)"
)
DAYS = [(dt.date(2022, 1, 8) + dt.timedelta(days=d)).isoformat() for d in range(600)]


def _row(i: int, rng: random.Random, titles: list[tuple[str, str]]) -> tuple:
    unit = UNITS[i % len(UNITS)]
    title, folded = titles[i % len(titles)]
    reg_no = f"{unit}-2022-{i:07d}"
    day = DAYS[i % len(DAYS)]
    stamp = f"{i:013d}-0000-{'0' * 32}"
    return (
        str(uuid.UUID(int=rng.getrandbits(128))),
        stamp,
        i + 1000,
        reg_no,
        title,
        reference_id("unit", unit),
        day,
        STATUSES[i % len(STATUSES)],
        f"{reg_no.lower()} {folded} {unit.lower()}",
    )
