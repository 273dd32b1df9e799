"""One initiative filed twice, at two sites, the second typed without diacritics and in another
word order (issue 14's duplicate stories)."""

from __future__ import annotations

import datetime as dt

from db.models import Initiative
from db.queries.initiatives import AuthorShare, register_initiative
from db.session import Database

TITLE = "Cải tiến hệ thống hòa đồng bộ máy phát điện trên giàn"
RETYPED = "may phat dien tren gian: cai tien he thong hoa dong bo"


def filed(
    database: Database, title: str, unit: str, person: str, registered: dt.date
) -> Initiative:
    """An initiative of `person`'s alone, submitted at `unit` on `registered`."""
    with database.transaction() as session:
        data = {
            "title": title,
            "solution_type": "technical",
            "unit_id": unit,
            "registered_on": registered,
            "status": "submitted",
        }
        return register_initiative(session, data, [AuthorShare(person, 100)], actor="clerk")
