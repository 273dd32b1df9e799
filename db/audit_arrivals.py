"""The package a record came in, for a record this database never made itself.

An import writes one audit line per table for the rows it creates (row "*", with the count and
the package id), not one per row: a record that only ever came in packages has no line of its
own, and its history would be empty. Its arrival is found from what the database holds: the
row's `hlc` is the stamp of its creation (where and when it was made); the package that brought
it is an import of rows of that table, logged after that moment, from a unit the record belongs
to or one above it (a package may carry only those: db/sync/authority.py), and before the
row's first audit line of its own. Of those, the first logged after the stamp, else the last
logged within the allowed clock drift before it (a sender whose clock ran ahead). A row whose
creation stamp is this node's was made here (the demo's rows have no line of their own either)
and came in no package, as did a row of the reference lists (units, fields…) this node loaded
itself when it was set up; a node set up from a setup package got them in that package.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.hlc import MAX_DRIFT_MS, Stamp, stamp_wall_ms
from db.models import SYNCED_MODELS, AuditEntry, Initiative, NodeIdentity, PackageLog, Unit

REFERENCE_NODE = "0" * 32  # db.reference.REFERENCE_NODE: the stamps of the lists set-up loads
MAX_UNIT_DEPTH = 16  # a unit tree is a handful of levels; a cycle in bad data still ends


def arrivals(
    session: Session, ids: Iterable[str], own: list, children: tuple
) -> list[tuple[str, str, AuditEntry]]:
    """(table, row id, the import's audit line) for each row of `ids` that has no "create" line
    among `own` (its audit lines, oldest first); `children`: the models of an initiative's own
    rows (db.audit.CHILDREN)."""
    made_here = {e.row_id for e in own if e.action == "create"}
    first_line: dict[str, dt.datetime] = {}
    for entry in own:
        first_line.setdefault(entry.row_id, entry.at)
    found = []
    wanted = [i for i in ids if i not in made_here]
    here, loaded = _this_node(session), _loaded_here(session)
    for table, row_id, hlc, units in _rows(session, wanted, children):
        maker = Stamp.decode(hlc).node.replace("-", "").lower()
        if maker == here or (maker == REFERENCE_NODE and table in loaded):
            continue  # made here (the demo's rows, say), or a list this node's set-up loaded
        arrival = _arrival(session, table, hlc, units, first_line.get(row_id))
        if arrival is not None and arrival.package_id not in _packages_of(own, row_id):
            found.append((table, row_id, arrival))
    return found


def _this_node(session: Session) -> str | None:
    node_id = session.scalar(select(NodeIdentity.node_id).limit(1))
    return node_id.replace("-", "").lower() if node_id else None


def _loaded_here(session: Session) -> set[str]:
    """The tables whose reference list this node loaded itself when it was set up."""
    query = select(AuditEntry.table_name).where(AuditEntry.action == "load_reference")
    return set(session.scalars(query.distinct()))


def _packages_of(entries: list, row_id: str) -> set[str | None]:
    return {e.package_id for e in entries if e.row_id == row_id}


def _rows(session: Session, ids: list[str], children: tuple):
    """(table, id, creation stamp, the codes of its unit and the units above) for each id held
    in a synced table."""
    if not ids:
        return
    unit_of = _initiative_units(session, ids, children)
    for model in SYNCED_MODELS:
        for row_id, hlc in session.execute(select(model.id, model.hlc).where(model.id.in_(ids))):
            yield model.__tablename__, row_id, hlc, _unit_chain(session, unit_of.get(row_id))


def _initiative_units(session: Session, ids: list[str], children: tuple) -> dict[str, str]:
    """row id -> its unit's id, for an initiative and the rows that belong to one."""
    query = select(Initiative.id, Initiative.unit_id).where(Initiative.id.in_(ids))
    found: dict[str, str] = {row_id: unit for row_id, unit in session.execute(query)}
    for model in children:
        query = select(model.id, Initiative.unit_id).join(
            Initiative, Initiative.id == model.initiative_id
        )
        found.update(
            (row_id, unit) for row_id, unit in session.execute(query.where(model.id.in_(ids)))
        )
    return found


def _unit_chain(session: Session, unit_id: str | None) -> set[str] | None:
    if unit_id is None:
        return None  # not an initiative's: any sender
    codes: set[str] = set()
    for _ in range(MAX_UNIT_DEPTH):
        row = session.execute(select(Unit.code, Unit.parent_id).where(Unit.id == unit_id)).first()
        if row is None:
            break
        codes.add(row.code)
        if row.parent_id is None:
            break
        unit_id = row.parent_id
    return codes


def _arrival(
    session: Session, table: str, hlc: str, units: set[str] | None, before: dt.datetime | None
) -> AuditEntry | None:
    made = dt.datetime(1970, 1, 1) + dt.timedelta(milliseconds=stamp_wall_ms(hlc))
    earliest = made - dt.timedelta(milliseconds=MAX_DRIFT_MS)
    query = (
        select(AuditEntry, PackageLog.peer_unit_code)
        .join(PackageLog, PackageLog.package_id == AuditEntry.package_id)
        .where(
            AuditEntry.table_name == table,
            AuditEntry.row_id == "*",
            AuditEntry.action == "import",
            PackageLog.direction == "in",
            AuditEntry.at >= earliest,
        )
        .order_by(AuditEntry.at, AuditEntry.id)
    )
    if before is not None:
        query = query.where(AuditEntry.at <= before)
    candidates = [e for e, unit in session.execute(query) if units is None or unit in units]
    after = [e for e in candidates if e.at >= made]
    if after:
        return after[0]
    return candidates[-1] if candidates else None
