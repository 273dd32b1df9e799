"""The node directory: which unit each node serves, so relayed nodes are named by unit.

Headquarters meets only the nodes that send it packages; the version stamps of records a union
relays end with node ids of its sites, which headquarters never met. Every package therefore
carries, in its signed manifest, a small directory: for each node the sender knows (itself, the
nodes it exchanges packages with, and the entries it received from below) its node id, unit code,
key fingerprint and whether it was retired.

The receiver keeps the entries in a local setting (`sync.directory`), never in known_nodes: an
entry gives a node a name, never the right to send packages. It accepts only entries whose unit
lies within the sender's pinned unit's tree (a site cannot rename headquarters' nodes or a
sibling's), never overrides what it knows first hand (itself and the nodes it met), and lets an
entry be changed only by a sender whose tree holds the unit it already names. It holds at most
MAX_ENTRIES entries. Known limit: the first branch to name a node id never met here is believed
(a union could name, inside its own tree, the id of another branch's site before that branch does).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import KnownNode, LocalSetting, NodeIdentity, Unit
from db.queries.units import subtree_ids

DIRECTORY = "sync.directory"
MAX_ENTRIES = 4096  # the manifest's bound (db/sync/format.py)


def stored(session: Session) -> dict[str, dict[str, Any]]:
    """{node id: {"unit_code", "fingerprint", "retired"}} as received from below."""
    setting = session.get(LocalSetting, DIRECTORY)
    value = setting.value if setting else None
    return dict(value) if isinstance(value, dict) else {}


def outgoing(session: Session, node: NodeIdentity) -> list[dict[str, Any]]:
    """The directory a package of this node carries (bounded, own node first)."""
    from db.node import key_fingerprint
    from db.postgres.sql import byte_order

    entries = {node.node_id: _entry(node.node_id, node.unit_code, key_fingerprint(node.public_key))}
    # by bytes, as SQLite orders: a server's collation must not reorder a package (issue 18)
    for known in session.scalars(select(KnownNode).order_by(byte_order(KnownNode.node_id))):
        retired = known.relation == "retired"
        entries[known.node_id] = _entry(known.node_id, known.unit_code, known.fingerprint, retired)
    for node_id, value in sorted(stored(session).items()):
        if node_id not in entries:
            entries[node_id] = _entry(
                node_id, value["unit_code"], value.get("fingerprint"), value.get("retired", False)
            )
    return list(entries.values())[:MAX_ENTRIES]


def _entry(node_id: str, unit_code: str, fingerprint: str | None, retired: bool = False) -> dict:
    entry: dict[str, Any] = {"node_id": node_id, "unit_code": unit_code}
    if fingerprint:
        entry["fingerprint"] = fingerprint[:128]
    if retired:
        entry["retired"] = True
    return entry


def accept(session: Session, manifest: dict[str, Any], sender_unit_code: str) -> int:
    """Keep the entries of a verified package's directory whose unit lies within the sender's
    pinned unit (`sender_unit_code`, as this node pinned it, not as the manifest says). Returns
    how many entries were new or changed."""
    entries = manifest.get("directory") or []
    if not entries:
        return 0
    top = session.scalar(select(Unit.id).where(Unit.code == sender_unit_code))
    if top is None:
        return 0
    within = set(session.scalars(select(Unit.code).where(Unit.id.in_(subtree_ids(session, top)))))
    first_hand = set(session.scalars(select(KnownNode.node_id)))
    first_hand |= set(session.scalars(select(NodeIdentity.node_id)))
    directory = stored(session)
    changed = 0
    for entry in entries[:MAX_ENTRIES]:
        node_id, code = entry.get("node_id"), entry.get("unit_code")
        if not node_id or code not in within or node_id in first_hand:
            continue
        held = directory.get(node_id)
        if held is not None and held["unit_code"] not in within:
            continue  # named by another branch: this sender cannot move it into its own tree
        if held is None and len(directory) >= MAX_ENTRIES:
            continue  # the directory is bounded: a flood of names does not grow it further
        value = {
            "unit_code": code,
            "fingerprint": entry.get("fingerprint"),
            "retired": bool(entry.get("retired", False)),
        }
        if directory.get(node_id) != value:
            directory[node_id] = value
            changed += 1
    if changed:
        session.merge(LocalSetting(key=DIRECTORY, value=directory))
    return changed


def node_labels(session: Session) -> dict[str, str]:
    """{node id: how to show it}: the unit code for this node and the nodes it met, "CODE
    (unit name)" for a node known only from a directory (a relayed node)."""
    labels: dict[str, str] = {}
    directory = stored(session)
    if directory:
        codes = {v["unit_code"] for v in directory.values()}
        query = select(Unit.code, Unit.name).where(Unit.code.in_(codes))
        names = {code: name for code, name in session.execute(query)}
        for node_id, value in directory.items():
            code = value["unit_code"]
            labels[node_id] = f"{code} ({names[code]})" if names.get(code) else code
    for known in session.scalars(select(KnownNode)):
        labels[known.node_id] = known.unit_code
    for node in session.scalars(select(NodeIdentity)):
        labels[node.node_id] = node.unit_code
    return labels


def label(labels: dict[str, str], node_id: str) -> str:
    """The label of `node_id`, or its first 8 characters when no one has named it."""
    return labels.get(node_id, node_id[:8])
