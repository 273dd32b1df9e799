"""What a person filters the initiatives by, shared by the GUI table and `initiative list`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, literal_column, select, text

from db.models import Initiative
from db.queries.units import subtree_ids_select
from db.search import fts_query


@dataclass(frozen=True)
class InitiativeFilter:
    unit_id: str | None = None  # this unit and its sub-units
    phase_id: str | None = None
    status: str | None = None
    field_id: str | None = None
    solution_type: str | None = None
    registered_from: dt.date | None = None
    registered_to: dt.date | None = None
    search: str = ""  # folded: case, diacritics and đ/Đ do not matter
    include_deleted: bool = False


def apply_filter(query: Select, f: InitiativeFilter) -> Select:
    """Add the filter's conditions to a SELECT over Initiative."""
    if not f.include_deleted:
        query = query.where(Initiative.deleted.is_(False))
    if f.unit_id:
        query = query.where(Initiative.unit_id.in_(subtree_ids_select(f.unit_id)))
    for column, value in (
        (Initiative.phase_id, f.phase_id),
        (Initiative.status, f.status),
        (Initiative.field_id, f.field_id),
        (Initiative.solution_type, f.solution_type),
    ):
        if value:
            query = query.where(column == value)
    if f.registered_from:
        query = query.where(Initiative.registered_on >= f.registered_from)
    if f.registered_to:
        query = query.where(Initiative.registered_on <= f.registered_to)
    match = fts_query(f.search)
    if match:
        matching = text("SELECT rowid FROM initiative_fts WHERE initiative_fts MATCH :match")
        matching = matching.bindparams(match=match).columns(literal_column("rowid"))
        query = query.where(literal_column("initiatives.rowid").in_(matching))
    return query


def filtered_initiatives(f: InitiativeFilter) -> Select:
    return apply_filter(select(Initiative), f)
