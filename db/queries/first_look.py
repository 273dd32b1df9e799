"""What the window shows before SQLAlchemy is imported (issue 13): this node, its unit and the
number of initiatives for the status bar, read with sqlite3 alone through the compiled-SQL cache
(db/compiled.py). The window paints with these, then opens the database the usual way in the
background (desktop/app.py, `Application.start`). Importing this module loads no SQLAlchemy:
each builder imports it inside."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class FirstLook:
    """This installation and its initiatives, as the usual opening would find them
    (db.queries.browse.node_summary and initiative_count)."""

    node_id: str
    unit_code: str
    unit_id: str | None
    unit_name: str
    count: int


# ---- builders (plain values in, a select() of columns out) ----------------------------------------


def this_node_row() -> Any:
    from sqlalchemy import select

    from db.models import NodeIdentity

    return select(NodeIdentity.node_id, NodeIdentity.unit_code, NodeIdentity.unit_id).limit(1)


def unit_with_id(unit_id: str) -> Any:
    from sqlalchemy import select

    from db.models import Unit

    return select(Unit.id, Unit.name).where(Unit.id == unit_id)


def unit_with_code(code: str) -> Any:
    from sqlalchemy import select

    from db.models import Unit

    return select(Unit.id, Unit.name).where(Unit.code == code).limit(1)


def live_initiatives() -> Any:
    from sqlalchemy import func, select

    from db.models import Initiative

    return select(func.count().label("count")).where(Initiative.deleted.is_(False))


# ---- reading ------------------------------------------------------------------------------------


def first_look(path: Path | str, cache_folder: Path | None = None) -> FirstLook | None:
    """This node and its count, read with sqlite3 alone; None when the usual opening has more to
    do than open the file (db.compiled.open_file_reader says when) or the file has no node yet
    (the first-run screen): then the caller opens it the usual way, which says what is to be said."""
    from db.compiled import open_file_reader

    reader = open_file_reader(path, cache_folder)
    if reader is None:
        return None
    try:
        with reader:
            return _read(reader)
    except sqlite3.Error:  # locked, changed meanwhile: the usual path has the words for it
        return None


def _read(reader: Any) -> FirstLook | None:
    node = reader.first(this_node_row)
    if node is None:
        return None
    unit = reader.first(unit_with_id, unit_id=node.unit_id) if node.unit_id else None
    if unit is None:
        unit = reader.first(unit_with_code, code=node.unit_code)
    count = reader.first(live_initiatives).count
    return FirstLook(
        node.node_id,
        node.unit_code,
        unit.id if unit else None,
        unit.name if unit else "",
        count,
    )
