"""Recognised initiatives to print certificates for, made the way a clerk and a council would:
`init` a node with the reference data, register initiatives with their authors, record the
council's recognition with a decision number and date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from db.queries.initiatives import AuthorShare, register_initiative
from db.queries.reviews import record_review
from db.reference import init_node, reference_id
from db.session import Database, open_database

TITLE = "Cải tiến hệ thống bơm dung dịch khoan trên giàn Tam Đảo 03"
# 52 words (Vietnamese writes a word per syllable): longer than the 40 a test promises.
LONG_TITLE = (
    "Nghiên cứu, thiết kế, chế tạo và ứng dụng hệ thống giám sát tự động áp suất, nhiệt độ và "
    "lưu lượng dòng chảy đa pha trong đường ống thu gom khí đồng hành từ các giàn khai thác "
    "ngoài khơi về bờ nhằm giảm chi phí vận hành và bảo dưỡng"
)
EIGHT_AUTHORS = [
    ("Nguyễn Văn An", "VSP-TD03"),
    ("Trần Thị Bích Ngọc", "VSP-TD03"),
    ("Lê Hoàng Phúc", "VSP-MSP1"),
    ("Phạm Đức Thắng", "VSP-MSP1"),
    ("Hoàng Thị Thu Hương", "VSP-CPP3"),
    ("Đặng Quốc Việt", "VSP-CPP3"),
    ("Vũ Minh Khuê", "VSP-XNKT"),
    ("Bùi Thị Ánh Tuyết", "VSP-XNKT"),
]


def node_database(path: Path, unit_code: str = "CDDKVN") -> Database:
    database = open_database(path, create=True)
    init_node(database, unit_code)
    return database


def recognised_initiative(
    database: Database,
    *,
    title: str = TITLE,
    authors: list[tuple[str, str]] | None = None,
    unit_code: str = "VSP-TD03",
    registered_on: dt.date = dt.date(2023, 3, 15),
    level: str | None = None,
    decision_no: str = "45/QĐ-CĐDK",
    decision_date: dt.date = dt.date(2023, 6, 5),
    benefit_value: int | None = 1_250_000_000,
) -> str:
    authors = authors or [("Nguyễn Văn An", unit_code)]
    level = level or highest_level(database)
    shares = _shares(len(authors))
    with database.transaction() as session:
        initiative = register_initiative(
            session,
            {
                "title": title,
                "solution_type": "technical",
                "unit_id": reference_id("unit", unit_code),
                "field_id": reference_id("field", "KHOAN"),
                "registered_on": registered_on,
                "first_applied_on": registered_on - dt.timedelta(days=30),
                "benefit_value": benefit_value,
                "benefit_unit": "Giảm thời gian dừng máy 12 giờ mỗi tháng",
                "status": "submitted",
            },
            [
                AuthorShare(full_name=name, unit_id=reference_id("unit", code), share=share)
                for (name, code), share in zip(authors, shares, strict=True)
            ],
            actor="test",
        )
        record_review(
            session,
            initiative.id,
            {
                "level": level,
                "outcome": "recognised",
                "decision_no": decision_no,
                "decision_date": decision_date,
                "reviewed_on": decision_date,
            },
            actor="test",
        )
        return initiative.id


def highest_level(database: Database) -> str:
    """The highest council level the node's unit holds (headquarters: industry)."""
    from db.node import node_unit

    with database.session() as session:
        unit_level = node_unit(session).level
    return {"industry": "industry", "subordinate": "subordinate"}.get(unit_level, "base")


def _shares(count: int) -> list[int]:
    base = 100 // count
    return [base + (1 if i < 100 - base * count else 0) for i in range(count)]


def carry_records(source: Database, target: Database) -> None:
    """What a package from `source` does to `target`, for these tests: its people, initiatives,
    reviews and certificates arrive (as records), and `target` pins the sender's public key."""
    from sqlalchemy import select

    from db.models import Certificate, Initiative, InitiativeAuthor, KnownNode, Person, Review
    from db.node import key_fingerprint, this_node, utcnow
    from db.records import record_to_values, row_to_record

    with source.session() as src:
        node = this_node(src)
        batches = [
            (model, [row_to_record(row) for row in src.scalars(select(model))])
            for model in (Person, Initiative, InitiativeAuthor, Review, Certificate)
        ]
    with target.transaction() as dst:
        for model, records in batches:
            for record in records:
                if dst.get(model, record["id"]) is None:
                    values = record_to_values(model, record)
                    dst.add(model(id=record["id"], hlc=record["hlc"], seq=0, **values))
            dst.flush()
        dst.add(
            KnownNode(
                node_id=node.node_id,
                unit_code=node.unit_code,
                public_key=node.public_key,
                fingerprint=key_fingerprint(node.public_key),
                first_seen=utcnow(),
            )
        )
