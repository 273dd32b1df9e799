"""A small world for the initiative tests: headquarters, two unions, a rig, the two phases, a field
and two people, written through RecordWriter on a `node_db` (a node with no reference data)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from db.changes import RecordWriter
from db.models import Field, NodeIdentity, Phase, Unit
from db.session import Database


@dataclass
class World:
    hq: str
    vsp: str
    rig: str
    pvgas: str
    gd1: str
    gd2: str
    field: str
    an: str  # Nguyễn Văn An
    binh: str  # Trần Thị Bình


def build_world(database: Database) -> World:
    with database.transaction() as session:
        writer = RecordWriter(session, actor="test")

        def unit(code, name, parent=None, level="subordinate"):
            return writer.create(Unit, code=code, name=name, parent_id=parent, level=level).id

        hq = unit("CDDKVN", "Công đoàn Dầu khí Việt Nam", level="industry")
        vsp = unit("VSP", "Công đoàn Liên doanh Việt – Nga Vietsovpetro", hq)
        rig = unit("VSP-TD03", "Giàn khoan tự nâng Tam Đảo 03", vsp, "site")
        pvgas = unit("PVGAS", "Công đoàn Tổng công ty Khí Việt Nam", hq)
        session.get(NodeIdentity, 1).unit_id = hq
        gd1 = writer.create(
            Phase,
            code="GD1",
            name="Giai đoạn 1",
            starts_on=dt.date(2022, 1, 8),
            ends_on=dt.date(2022, 5, 31),
        ).id
        gd2 = writer.create(
            Phase,
            code="GD2",
            name="Giai đoạn 2",
            starts_on=dt.date(2022, 6, 1),
            ends_on=dt.date(2023, 9, 1),
        ).id
        field = writer.create(Field, code="KHOAN", name="Khoan và khai thác").id
        an = _person(writer, "Nguyễn Văn An", dt.date(1985, 3, 2), rig)
        binh = _person(writer, "Trần Thị Bình", dt.date(1990, 7, 15), rig)
    return World(hq, vsp, rig, pvgas, gd1, gd2, field, an, binh)


def _person(writer: RecordWriter, name: str, born: dt.date, unit_id: str) -> str:
    from db.queries.people import create_person

    values = {"full_name": name, "birth_date": born, "unit_id": unit_id}
    return create_person(writer, values).id  # the search text and sort key as the form's


def initiative_data(world: World, **overrides) -> dict:
    data = {
        "title": "Cải tiến hệ thống bơm dung dịch khoan trên giàn Tam Đảo 03",
        "solution_type": "technical",
        "unit_id": world.rig,
        "field_id": world.field,
        "registered_on": dt.date(2022, 3, 15),
        "first_applied_on": dt.date(2022, 2, 1),
        "investor": "Liên doanh Việt – Nga Vietsovpetro",
        "benefit_value": 1_250_000_000,
        "benefit_currency": "VND",
    }
    data.update(overrides)
    return data
