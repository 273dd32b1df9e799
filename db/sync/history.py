"""What a person wants to see about sync: this node, the nodes it exchanges with (their key
fingerprints, how far each is acknowledged), and the packages that went in and out.

Read through a reader of db.compiled: `sync-status` runs these builders with sqlite3 alone once
they are compiled, the window (and a server) with a session. Importing this module loads no
SQLAlchemy: each builder imports it inside."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from db.compiled import SessionReader
from db.node_identity import NodeNotSetUp, key_fingerprint

DIRECTORY = "sync.directory"  # db.sync.directory's setting


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


# ---- builders (db/compiled.py) ------------------------------------------------------------------


def this_node_row() -> Any:
    from sqlalchemy import select

    from db.models import NodeIdentity as N

    return select(N.node_id, N.unit_code, N.public_key, N.last_seq)


def node_ids() -> Any:
    from sqlalchemy import select

    from db.models import NodeIdentity

    return select(NodeIdentity.node_id, NodeIdentity.unit_code)


def known_node_rows() -> Any:
    from sqlalchemy import select

    from db.models import KnownNode as K

    columns = (K.node_id, K.unit_code, K.relation, K.fingerprint, K.acked_seq, K.merged_seq)
    return select(*columns, K.first_seen).order_by(K.relation, K.unit_code)


def changes_above(seq: int) -> Any:
    """Changes of every synced table above `seq`: one count per table, in one row."""
    from sqlalchemy import func, select

    from db.models import SYNCED_MODELS

    return select(
        *(
            select(func.count())
            .select_from(m)
            .where(m.seq > seq)
            .scalar_subquery()
            .label(m.__tablename__)
            for m in SYNCED_MODELS
        )
    )


def stored_directory() -> Any:
    from sqlalchemy import select

    from db.models import LocalSetting

    return select(LocalSetting.value).where(LocalSetting.key == DIRECTORY)


def unit_name_by_code(code: str) -> Any:
    from sqlalchemy import select

    from db.models import Unit

    return select(Unit.name).where(Unit.code == code)


def packages(limit: int) -> Any:
    from sqlalchemy import select

    from db.models import PackageLog as P

    columns = (P.package_id, P.direction, P.peer_unit_code, P.at, P.file_name)
    return select(*columns, P.first_seq, P.last_seq, P.counts).order_by(P.id.desc()).limit(limit)


# ---- what is shown -------------------------------------------------------------------------------


def changes_since(reader: Any, seq: int) -> int:
    return sum(n or 0 for n in reader.first(changes_above, seq=seq))


def sync_status(session: Any) -> SyncStatus:
    return status_of(SessionReader(session))


def status_of(reader: Any) -> SyncStatus:
    node = reader.first(this_node_row)
    if node is None:
        from db.messages import Message

        raise NodeNotSetUp(Message("setup.not_set_up"))
    status = SyncStatus(
        node.node_id, node.unit_code, key_fingerprint(node.public_key), node.last_seq
    )
    for known in reader.rows(known_node_rows):
        status.neighbours.append(
            NodeLine(
                known.node_id,
                known.unit_code,
                known.relation,
                known.fingerprint,
                known.acked_seq,
                known.merged_seq,
                known.first_seen,
                changes_since(reader, known.acked_seq) if known.relation != "retired" else 0,
            )
        )
    first_hand = {n.node_id for n in status.neighbours}
    status.relayed = relayed_nodes(reader, first_hand, node.node_id)
    return status


def _stored(reader: Any) -> dict[str, dict[str, Any]]:
    """As db.sync.directory.stored."""
    row = reader.first(stored_directory)
    value = row.value if row else None
    return dict(value) if isinstance(value, dict) else {}


def _node_labels(reader: Any, directory: dict[str, dict[str, Any]]) -> dict[str, str]:
    """As db.sync.directory.node_labels."""
    labels: dict[str, str] = {}
    if directory:
        names = {}
        for code in {v["unit_code"] for v in directory.values()}:
            row = reader.first(unit_name_by_code, code=code)
            if row is not None:
                names[code] = row.name
        for node_id, value in directory.items():
            code = value["unit_code"]
            labels[node_id] = f"{code} ({names[code]})" if names.get(code) else code
    for known in reader.rows(known_node_rows):
        labels[known.node_id] = known.unit_code
    for node in reader.rows(node_ids):
        labels[node.node_id] = node.unit_code
    return labels


def relayed_nodes(reader: Any, first_hand: set[str], own_node_id: str) -> list[RelayedLine]:
    directory = _stored(reader)
    labels = _node_labels(reader, directory)
    lines = [
        RelayedLine(
            node_id,
            value["unit_code"],
            labels.get(node_id, node_id[:8]),
            value.get("fingerprint"),
            bool(value.get("retired")),
        )
        for node_id, value in directory.items()
        if node_id not in first_hand and node_id != own_node_id
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


def package_history(session: Any, limit: int = 200) -> list[PackageLine]:
    return history_of(SessionReader(session), limit)


def history_of(reader: Any, limit: int = 200) -> list[PackageLine]:
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
        for p in reader.rows(packages, limit=limit)
    ]
