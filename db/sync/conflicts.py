"""Concurrent edits kept by an import for a person to look at (`sangkien conflicts ...`, the GUI).

Each conflict names a record's field, the value the merge rule kept (the greater version) and
the value it replaced or refused, with their version stamps (when and on which node each edit
was made). Resolving it "kept" only marks it looked at. Resolving it "lost" writes the lost
value as a new edit through RecordWriter: a new version that wins everywhere once it has
travelled, and appears in the audit trail.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from db.changes import RecordWriter
from db.hlc import Stamp
from db.messages import Message
from db.models import SYNCED_BY_TABLE, Conflict, Initiative, Phase, Unit
from db.node import utcnow
from db.recognition import DECISIONS
from db.records import json_value, python_value
from db.vocab import STATUS

LABEL_FIELDS = {"units": "code", "people": "full_name", "initiatives": "reg_no"}


class ConflictError(LookupError):
    """A conflict that does not exist or is already resolved: the message says which."""


@dataclass
class EditInfo:
    value: Any
    stamp: str
    at: dt.datetime | None
    node: str  # unit code (and name, if relayed) of the node that made the edit, else its id


@dataclass
class ConflictView:
    id: int
    table: str
    row_id: str
    label: str
    field: str
    kept: EditInfo
    lost: EditInfo
    current: Any
    package_id: str | None
    detected_at: dt.datetime
    resolved_at: dt.datetime | None
    resolution: str | None

    def to_json(self) -> dict[str, Any]:
        def edit(info: EditInfo) -> dict[str, Any]:
            at = info.at.isoformat() if info.at else None
            return {"value": info.value, "stamp": info.stamp, "at": at, "node": info.node}

        return {
            "id": self.id,
            "table": self.table,
            "row_id": self.row_id,
            "label": self.label,
            "field": self.field,
            "kept": edit(self.kept),
            "lost": edit(self.lost),
            "current": self.current,
            "package_id": self.package_id,
            "detected_at": self.detected_at.isoformat(),
            "resolved_at": self.resolved_at.isoformat() if self.resolved_at else None,
            "resolution": self.resolution,
        }


def node_names(session: Session) -> dict[str, str]:
    """{node id: unit code}, "CODE (unit name)" for a node named by a relaying node."""
    from db.sync.directory import node_labels

    return node_labels(session)


def edit_info(value: Any, stamp: str, names: dict[str, str]) -> EditInfo:
    try:
        decoded = Stamp.decode(stamp)
    except ValueError:
        return EditInfo(value, stamp, None, "?")
    at = dt.datetime.fromtimestamp(decoded.wall_ms / 1000, dt.UTC).replace(tzinfo=None)
    return EditInfo(value, stamp, at, names.get(decoded.node, decoded.node[:8]))


def _row(session: Session, conflict: Conflict) -> Any:
    model = SYNCED_BY_TABLE.get(conflict.table_name)
    return session.get(model, conflict.row_id) if model else None


def _label(row: Any, table: str) -> str:
    if row is None:
        return "?"
    if table == "targets":  # how the Units & targets page names it: unit and phase
        session = object_session(row)
        unit, phase = session.get(Unit, row.unit_id), session.get(Phase, row.phase_id)
        return f"{unit.code if unit else '?'} · {phase.code if phase else '?'}"
    name = LABEL_FIELDS.get(table)
    label = str(getattr(row, name)) if name else row.id
    if table == "initiatives":
        label = f"{label} {row.title[:60]}"
    return label


def view(session: Session, conflict: Conflict, names: dict[str, str]) -> ConflictView:
    row = _row(session, conflict)
    current = json_value(getattr(row, conflict.field)) if row is not None else None
    return ConflictView(
        id=conflict.id,
        table=conflict.table_name,
        row_id=conflict.row_id,
        label=_label(row, conflict.table_name),
        field=conflict.field,
        kept=_held(conflict, row, current, names),
        lost=edit_info(conflict.lost_value, conflict.lost_hlc, names),
        current=current,
        package_id=conflict.package_id,
        detected_at=conflict.detected_at,
        resolved_at=conflict.resolved_at,
        resolution=conflict.resolution,
    )


def _held(conflict: Conflict, row: Any, current: Any, names: dict[str, str]) -> EditInfo:
    """The side kept, as the record holds it now: a value changed since (a status settled from
    the decisions after the merge kept the one sent, a later edit) is shown with its own
    version, never the value the merge kept then ("kept: submitted" on a recognised one)."""
    if row is None or current == conflict.kept_value:
        return edit_info(conflict.kept_value, conflict.kept_hlc, names)
    return edit_info(current, (row.field_hlc or {}).get(conflict.field, row.hlc), names)


def is_withdrawal_request(conflict: Conflict) -> bool:
    """A site's 'withdrawn' that arrived after a council's decision (db/recognition.py)."""
    return (
        conflict.table_name == "initiatives"
        and conflict.field == "status"
        and conflict.lost_value == "withdrawn"
        and conflict.kept_value in DECISIONS
    )


def withdrawal_requests(session: Session) -> list[ConflictView]:
    """The withdrawals asked after a decision that nobody has answered yet."""
    names = node_names(session)
    query = select(Conflict).where(
        Conflict.resolved_at.is_(None),
        Conflict.table_name == "initiatives",
        Conflict.field == "status",
    )
    return [view(session, c, names) for c in session.scalars(query) if is_withdrawal_request(c)]


def list_conflicts(session: Session, *, include_resolved: bool = False) -> list[ConflictView]:
    query = select(Conflict).order_by(Conflict.id)
    if not include_resolved:
        query = query.where(Conflict.resolved_at.is_(None))
    names = node_names(session)
    return [view(session, c, names) for c in session.scalars(query)]


def get_conflict(session: Session, conflict_id: int) -> ConflictView:
    conflict = session.get(Conflict, conflict_id)
    if conflict is None:
        raise ConflictError(Message("conflict.not_found", number=conflict_id))
    return view(session, conflict, node_names(session))


def resolve_conflict(
    session: Session, conflict_id: int, keep: str, actor: str = ""
) -> ConflictView:
    """Keep the kept value ("kept": marked looked at) or bring back the lost one ("lost")."""
    conflict = session.get(Conflict, conflict_id)
    if conflict is None:
        raise ConflictError(Message("conflict.not_found", number=conflict_id))
    if conflict.resolved_at is not None:
        resolution = conflict.resolution
        raise ConflictError(Message("conflict.resolved", number=conflict_id, resolution=resolution))
    if keep not in ("kept", "lost"):
        raise ValueError(keep)
    if keep == "lost" and is_withdrawal_request(conflict):
        raise ConflictError(Message("conflict.withdrawal_after_decision", number=conflict_id))
    if keep == "lost" and (decided := _decided_status(session, conflict)) is not None:
        raise ConflictError(
            Message("conflict.status_after_decision", number=conflict_id, status=decided)
        )
    if keep == "lost":
        _write_lost_value(session, conflict, actor)
    conflict.resolved_at, conflict.resolution = utcnow(), keep
    session.flush()
    return view(session, conflict, node_names(session))


def _decided_status(session: Session, conflict: Conflict) -> Any:
    """The status of an initiative a council has decided, when the conflict is over its status
    or recognition date: those follow from the decision on every node (db/recognition.py), so
    an older value written back here would be derived away again everywhere else."""
    if conflict.table_name != "initiatives" or conflict.field not in ("status", "recognised_on"):
        return None
    row = session.get(Initiative, conflict.row_id)
    return STATUS.term(row.status) if row is not None and row.status in DECISIONS else None


def _write_lost_value(session: Session, conflict: Conflict, actor: str) -> None:
    model = SYNCED_BY_TABLE[conflict.table_name]
    row = session.get(model, conflict.row_id)
    if row is None:
        raise ConflictError(Message("conflict.row_gone", row=conflict.row_id))
    writer = RecordWriter(session, actor or "conflicts")
    value = python_value(model, conflict.field, conflict.lost_value)
    if conflict.field == "deleted":
        (writer.delete if value else writer.restore)(row)
    else:
        writer.update(row, **{conflict.field: value})
    _refresh_search(session, conflict.table_name, row.id)


def _refresh_search(session: Session, table: str, row_id: str) -> None:
    if table == "initiatives":
        from db.queries.search_text import refresh_search_text

        refresh_search_text(session, [row_id])
    elif table == "people":
        from db.queries.search_text import refresh_people_search_text

        refresh_people_search_text(session, [row_id])
