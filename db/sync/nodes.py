"""The nodes this one exchanges packages with, and where a package goes.

Relations (`KnownNode.relation`): "parent" (the node that enrolled this one, pinned from the
setup package, or trusted on its first package), "child" (a node of a unit below ours, pinned on
its first package), "retired" (a child replaced by a re-enrolled node of the same unit: its key
stays pinned, so a late package of the old node is still recognised).

One node serves one unit: a second node of the same unit is accepted only with a setup package
issued here after the first (re-enrolment, `sangkien enroll CODE`), which retires the old node.
Enrolments issued here are remembered in local settings (`sync.enrolment.<id>`); a node made from
a setup package remembers its own (`sync.own_enrolment`) and names it in its packages.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.messages import Message
from db.models import KnownNode, LocalSetting, NodeIdentity, Unit
from db.node import utcnow
from db.queries.units import ancestor_ids
from db.sync.errors import PackageRefused

OWN_ENROLMENT = "sync.own_enrolment"


def enrolment_key(enrolment_id: str) -> str:
    return f"sync.enrolment.{enrolment_id}"


def parent_node(session: Session) -> KnownNode | None:
    return session.scalar(select(KnownNode).where(KnownNode.relation == "parent"))


def active_child(session: Session, unit_code: str) -> KnownNode | None:
    query = select(KnownNode).where(KnownNode.unit_code == unit_code, KnownNode.relation == "child")
    return session.scalar(query)


def known_nodes(session: Session) -> list[KnownNode]:
    return list(
        session.scalars(select(KnownNode).order_by(KnownNode.relation, KnownNode.unit_code))
    )


def receipts(session: Session) -> dict[str, int]:
    """{node id: highest of its sequences merged here} for every node we know."""
    return {k.node_id: k.merged_seq for k in known_nodes(session)}


def own_unit(session: Session, node: NodeIdentity) -> Unit:
    unit = session.get(Unit, node.unit_id) if node.unit_id else None
    unit = unit or session.scalar(select(Unit).where(Unit.code == node.unit_code))
    if unit is None:
        raise PackageRefused(Message("sync.own_unit_missing", unit=node.unit_code))
    return unit


def subtree(session: Session, unit_id: str) -> list[str]:
    from db.queries.units import subtree_ids

    return subtree_ids(session, unit_id)


# ---- where an export goes ----------------------------------------------------------------------


@dataclass
class Destination:
    unit_id: str
    unit_code: str
    direction: str  # "up" | "down"
    node: KnownNode | None  # None: a node of that unit not known yet

    @property
    def node_id(self) -> str | None:
        return self.node.node_id if self.node else None


def unit_by_code(session: Session, code: str) -> Unit | None:
    return session.scalar(select(Unit).where(Unit.code == code.strip().upper()))


def resolve_destination(session: Session, node: NodeIdentity, code: str) -> Destination:
    """The parent (upward) or a unit below ours (downward) that `code` names; PackageRefused
    with what is possible otherwise."""
    code = code.strip().upper()
    mine = own_unit(session, node)
    parent = parent_node(session)
    if parent is not None and parent.unit_code == code:
        unit = unit_by_code(session, code)
        return Destination(unit.id if unit else "", code, "up", parent)
    unit = unit_by_code(session, code)
    if unit is None:
        raise PackageRefused(Message("lookup.unknown_unit", code=code))
    if parent is None and unit.id in ancestor_ids(session, mine.id)[1:]:
        return Destination(unit.id, unit.code, "up", None)
    if unit.id != mine.id and mine.id in ancestor_ids(session, unit.id):
        return Destination(unit.id, unit.code, "down", active_child(session, unit.code))
    raise PackageRefused(_not_a_neighbour(code, node.unit_code, parent))


def _not_a_neighbour(code: str, own: str, parent: KnownNode | None) -> Message:
    above = f"{parent.unit_code} " if parent else ""
    return Message("sync.not_a_neighbour", code=code, parent=above, own=own)


# ---- enrolments --------------------------------------------------------------------------------


def remember_enrolment(session: Session, enrolment_id: str, unit_code: str) -> None:
    value = {"unit_code": unit_code, "at": utcnow().isoformat(), "node_id": None}
    session.merge(LocalSetting(key=enrolment_key(enrolment_id), value=value))


def open_enrolment(session: Session, enrolment_id: str | None, unit_code: str) -> bool:
    """True if `enrolment_id` is a setup package issued here for `unit_code`, not used yet."""
    if not enrolment_id:
        return False
    setting = session.get(LocalSetting, enrolment_key(enrolment_id))
    value = setting.value if setting else None
    return bool(value) and value.get("unit_code") == unit_code and value.get("node_id") is None


def use_enrolment(session: Session, enrolment_id: str | None, node_id: str) -> None:
    setting = session.get(LocalSetting, enrolment_key(enrolment_id)) if enrolment_id else None
    if setting is not None:
        setting.value = {**setting.value, "node_id": node_id}


def own_enrolment(session: Session) -> str | None:
    setting = session.get(LocalSetting, OWN_ENROLMENT)
    return setting.value if setting else None


# ---- receipts -----------------------------------------------------------------------------------


def receipt_key(node_id: str) -> str:
    return f"receipt/{node_id}"[:64]


def remember_receipt(session: Session, node_id: str, receipt: int) -> None:
    """The highest of our sequence numbers that `node_id` said, in a receipt, it has merged.

    acked_seq may go past it (what the node sent us needs no echo), so a package to that node
    names this basis too: the node then tells a real gap from changes it made itself."""
    setting = session.get(LocalSetting, receipt_key(node_id))
    if setting is None:
        session.add(LocalSetting(key=receipt_key(node_id), value=receipt))
    elif receipt > (setting.value or 0):
        setting.value = receipt


def receipt_basis(session: Session, node_id: str) -> int:
    setting = session.get(LocalSetting, receipt_key(node_id))
    return int(setting.value or 0) if setting else 0
