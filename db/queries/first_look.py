"""What the window shows before SQLAlchemy is imported (issue 13): this node and its unit for the
status bar, and (when the window opens on the initiatives page,
unfiltered, in its own order) the table's first rows, read with sqlite3 alone through the
compiled-SQL cache (db/compiled.py). The window paints with these, then opens the database the usual way in the
background (desktop/app.py, `Application.start`). Importing this module loads no SQLAlchemy:
each builder imports it inside."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class FirstLook:
    """This installation, as the usual opening would find it (db.queries.browse.node_summary),
    and the table's first rows. The number of initiatives is not read here: at a million rows
    counting them costs more than the rest of the first paint; the status bar shows it once the
    database is open, as it always did, a moment after the window."""

    node_id: str
    unit_code: str
    unit_id: str | None
    unit_name: str
    rows: tuple[Any, ...] = ()  # the table's first page: named as db.queries.browse.BrowseRow


# the columns of db.queries.browse.BrowseRow, in rows_query's order; these shown as text read
# NULL as "" (browse._browse_row)
ROW_FIELDS = (
    "rowid",
    "id",
    "reg_no",
    "title",
    "unit_code",
    "authors",
    "field",
    "solution_type",
    "phase",
    "registered_on",
    "first_applied_on",
    "status",
    "benefit_value",
    "benefit_currency",
    "tech_secret",
)
TEXT_FIELDS = frozenset(ROW_FIELDS[n] for n in (2, 3, 4, 5, 6, 7, 8, 11, 13))


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


def first_page(limit: int) -> Any:
    """The table's first `limit` rows, unfiltered, newest first: the very rowids of
    db.queries.browse.first_rowids and the columns of its rows_query, in one statement."""
    from sqlalchemy import select

    from db.queries.browse import ROWID, rowids_query, rows_query, sort_order
    from db.queries.filters import InitiativeFilter

    newest = rowids_query(InitiativeFilter(), "registered_on", True).limit(limit)
    columns = rows_query([0])  # its columns and joins; its WHERE is the one replaced
    return (
        select(*(c.label(n) for c, n in zip(columns.selected_columns, ROW_FIELDS, strict=True)))
        .select_from(*columns.get_final_froms())
        .where(ROWID.in_(newest.correlate(None)))  # its own scan of the table, not the outer row
        .order_by(*sort_order("registered_on", True))
    )


# ---- reading ------------------------------------------------------------------------------------


def first_look(
    path: Path | str, cache_folder: Path | None = None, rows: int = 0
) -> FirstLook | None:
    """This node and (`rows` > 0) the table's first rows, read with sqlite3 alone; None when the usual opening has more to
    do than open the file (db.compiled.open_file_reader says when) or the file has no node yet
    (the first-run screen): then the caller opens it the usual way, which says what is to be said."""
    from db.compiled import open_file_reader

    reader = open_file_reader(path, cache_folder)
    if reader is None:
        return None
    try:
        with reader:
            return _read(reader, rows)
    except sqlite3.Error:  # locked, changed meanwhile: the usual path has the words for it
        return None


def _read(reader: Any, rows: int) -> FirstLook | None:
    node = reader.first(this_node_row)
    if node is None:
        return None
    unit = reader.first(unit_with_id, unit_id=node.unit_id) if node.unit_id else None
    if unit is None:
        unit = reader.first(unit_with_code, code=node.unit_code)
    return FirstLook(
        node.node_id,
        node.unit_code,
        unit.id if unit else None,
        unit.name if unit else "",
        tuple(_as_shown(row) for row in reader.rows(first_page, limit=rows)) if rows else (),
    )


def _as_shown(row: Any) -> Any:
    return row._replace(**{name: "" for name in TEXT_FIELDS if getattr(row, name) is None})


def read_before_opening(path: Path | str, work: Callable[[Any], Any]) -> Any | None:
    """work(reader) on the file read with sqlite3 alone, for a page shown before the database is
    open; None when that is no longer possible (the usual opening has taken the file meanwhile):
    the page then reads once it is open."""
    from db.compiled import open_file_reader

    reader = open_file_reader(path)
    if reader is None:
        return None
    try:
        with reader:
            return work(reader)
    except sqlite3.Error:
        return None
