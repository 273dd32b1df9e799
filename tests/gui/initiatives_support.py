"""What the initiatives page, form and main window tests share: a headquarters database with the
real reference data (unit tree, phases, fields), two people and a few initiatives, and a
PageContext over it with settings in the test's temporary folder."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QSettings

from db.queries.browse import node_summary
from db.queries.initiatives import AuthorShare, register_initiative
from db.queries.people import add_person
from db.reference import init_node, reference_id
from db.session import Database, open_database
from desktop.tasks import wait_for_tasks
from desktop.views.registry import NodeInfo, PageContext


@dataclass
class Clerk:
    database: Database
    context: PageContext
    an: str  # Nguyễn Văn An, on the rig Tam Đảo 03
    binh: str  # Trần Thị Bình


def unit(code: str) -> str:
    return reference_id("unit", code)


def field(code: str) -> str:
    return reference_id("field", code)


def hq_database(path) -> Database:
    database = open_database(path, create=True)
    init_node(database, "CDDKVN")
    return database


def make_context(database: Database, settings_path) -> PageContext:
    with database.session() as session:
        summary = node_summary(session)
    node = NodeInfo(summary.node_id, summary.unit_code, summary.unit_id, summary.unit_name)
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    settings.setValue("user/name", "Lê Thị Thu (văn thư)")
    return PageContext(database, node, settings, "vi")


def add_people(database: Database) -> tuple[str, str]:
    with database.transaction() as session:
        an = add_person(
            session,
            {
                "full_name": "Nguyễn Văn An",
                "birth_date": dt.date(1985, 3, 2),
                "unit_id": unit("VSP-TD03"),
            },
            "test",
        )
        binh = add_person(
            session,
            {
                "full_name": "Trần Thị Bình",
                "birth_date": dt.date(1990, 7, 15),
                "unit_id": unit("PVGAS"),
            },
            "test",
        )
        return an.id, binh.id


def register(database: Database, title: str, unit_code: str, authors, **extra) -> str:
    data = {
        "title": title,
        "solution_type": "technical",
        "unit_id": unit(unit_code),
        "registered_on": dt.date(2022, 3, 15),
        "first_applied_on": dt.date(2022, 2, 1),
        "status": "submitted",
        **extra,
    }
    shares = [AuthorShare(person_id, share) for person_id, share in authors]
    with database.transaction() as session:
        return register_initiative(session, data, shares, actor="test").id


def clerk_world(tmp_path) -> Clerk:
    database = hq_database(tmp_path / "hq.db")
    an, binh = add_people(database)
    register(database, "Hệ thống giám sát Dầu khí tự động", "VSP-TD03", [(an, 100)])
    register(database, "Cải tiến van xả áp máy nén khí", "VSP", [(an, 50), (binh, 50)])
    register(database, "Tối ưu tuyến ống dẫn khí Nam Côn Sơn", "PVGAS", [(binh, 100)])
    return Clerk(database, make_context(database, tmp_path / "settings.ini"), an, binh)


def settle(qtbot, condition, timeout: int = 10000) -> None:
    """Wait for background queries (run_task) and their results on the GUI thread."""

    def done() -> bool:
        wait_for_tasks(50)
        return bool(condition())

    qtbot.waitUntil(done, timeout=timeout)
