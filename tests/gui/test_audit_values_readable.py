"""A council secretary reading an initiative's history sees its values as the forms show them:
"Nháp → Đã nộp" (not draft → submitted), the unit's code (not its id), 01/02/2022 (not
2022-02-01) — in English "Draft → Submitted"; no raw id anywhere."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from initiatives_support import clerk_world, unit
from sqlalchemy import select

from db.models import Initiative
from db.queries.initiatives import update_initiative
from desktop.dialogs.audit_dialog import AuditDialog

RAW_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")


@pytest.fixture
def edited(tmp_path):
    world = clerk_world(tmp_path)
    with world.database.transaction() as session:
        first = session.scalar(select(Initiative).order_by(Initiative.reg_no).limit(1))
        values = {"status": "submitted", "unit_id": unit("VSP"),
                  "first_applied_on": dt.date(2022, 2, 1)}  # fmt: skip
        update_initiative(session, first.id, values, actor="Lê Thị Thu")
        first_id = first.id
    yield world, first_id
    world.database.close()


def table_texts(dialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


@pytest.mark.parametrize(
    ("language", "status", "field"), [("vi", "Đã nộp", "Trạng thái"), ("en", "Submitted", "Status")]
)
def test_the_history_shows_labels_names_and_dates(qtbot, edited, language, status, field):
    world, first = edited
    world.context.language = language
    dialog = AuditDialog(world.context, first)
    qtbot.addWidget(dialog)
    rows = table_texts(dialog)
    changed = [(row[4], row[6]) for row in rows if row[4]]
    assert (field, status) in changed
    assert ("Đơn vị" if language == "vi" else "Unit", "VSP") in changed
    assert any(new == "01/02/2022" for _field, new in changed)
    assert not any(RAW_ID.search(text) for row in rows for text in row), rows
    assert not any(text in ("draft", "submitted") for row in rows for text in row)
