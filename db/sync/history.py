"""What a person wants to see about sync: this node, the nodes it exchanges with (their key
fingerprints, how far each is acknowledged), and the packages that went in and out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import SYNCED_MODELS, PackageLog
from db.node import key_fingerprint, this_node
from db.sync import directory, nodes


@dataclass
class NodeLine:
    node_id: str
    unit_code: str
    relation: str
    fingerprint: str
    acked_seq: int
    merged_seq: int
    first_seen: dt.datetime
    unsent: int  # local changes (any table) above what it acknowledged: an upper bound


@dataclass
class RelayedLine:
    """A node known only from a neighbour's node directory (db/sync/directory.py): a name, never
    the right to send packages here."""

    node_id: str
    unit_code: str
    label: str
    fingerprint: str | None
    retired: bool


@dataclass
class SyncStatus:
    node_id: str
    unit_code: str
    fingerprint: str
    last_seq: int
    neighbours: list[NodeLine] = field(default_factory=list)
    relayed: list[RelayedLine] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k not in ("neighbours", "relayed")}
        data["neighbours"] = [
            {**n.__dict__, "first_seen": n.first_seen.isoformat()} for n in self.neighbours
        ]
        data["relayed"] = [dict(r.__dict__) for r in self.relayed]
        return data


def changes_since(session: Session, seq: int) -> int:
    return sum(
        session.scalar(select(func.count()).select_from(m).where(m.seq > seq)) or 0
        for m in SYNCED_MODELS
    )


def sync_status(session: Session) -> SyncStatus:
    node = this_node(session)
    status = SyncStatus(
        node.node_id, node.unit_code, key_fingerprint(node.public_key), node.last_seq
    )
    for known in nodes.known_nodes(session):
        status.neighbours.append(
            NodeLine(
                known.node_id,
                known.unit_code,
                known.relation,
                known.fingerprint,
                known.acked_seq,
                known.merged_seq,
                known.first_seen,
                changes_since(session, known.acked_seq) if known.relation != "retired" else 0,
            )
        )
    status.relayed = relayed_nodes(session, {n.node_id for n in status.neighbours})
    return status


def relayed_nodes(session: Session, first_hand: set[str]) -> list[RelayedLine]:
    labels = directory.node_labels(session)
    lines = [
        RelayedLine(
            node_id,
            value["unit_code"],
            directory.label(labels, node_id),
            value.get("fingerprint"),
            bool(value.get("retired")),
        )
        for node_id, value in directory.stored(session).items()
        if node_id not in first_hand and node_id != this_node(session).node_id
    ]
    return sorted(lines, key=lambda line: (line.retired, line.unit_code, line.node_id))


@dataclass
class PackageLine:
    package_id: str
    direction: str
    unit_code: str | None
    at: dt.datetime
    file_name: str | None
    first_seq: int | None
    last_seq: int | None
    counts: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {**self.__dict__, "at": self.at.isoformat()}


def package_history(session: Session, limit: int = 200) -> list[PackageLine]:
    query = select(PackageLog).order_by(PackageLog.id.desc()).limit(limit)
    return [
        PackageLine(
            p.package_id,
            p.direction,
            p.peer_unit_code,
            p.at,
            p.file_name,
            p.first_seq,
            p.last_seq,
            dict(p.counts or {}),
        )
        for p in session.scalars(query)
    ]
