"""Whether a package may be imported here: addressed to us, from a node we know (its signature
checked against the key pinned for it), or a new node a person has agreed to trust.

* A known node's package must be signed by its pinned key. Another key under the same node id is
  refused, and the message explains re-enrolment.
* A new node of a unit below ours is pinned on its first package once a person has compared the
  key's fingerprint with the sender (`--trust-new-node`, or the GUI's prompt): `UnknownSender`
  carries the fingerprint to show. If another node already serves that unit, the new one is
  accepted only with a setup package issued here for that unit and not used yet (re-enrolment:
  `sangkien enroll CODE`); the old node is then retired.
* A node set up without a setup package (`init --unit`) pins its parent the same way, on the
  parent's first package.
* Enrolment pins keys both ways: a node made from a setup package pins its parent's key from it,
  and its first package, naming that setup package, is trusted here without asking (the setup
  package carried by hand is the proof). Enrolling a unit again retires the PC serving it at
  once: its next package is refused, naming the PC and when it was replaced (a stolen PC's key
  is revoked by enrolling its replacement).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from db.messages import Message
from db.models import KnownNode, LocalSetting, NodeIdentity, Unit
from db.node import key_fingerprint, utcnow
from db.queries.units import ancestor_ids
from db.sync import nodes
from db.sync.errors import PackageRefused, UnknownSender
from db.sync.reader import Package


@dataclass
class SenderCheck:
    relation: str  # "parent" or "child" (authority is checked on a child's records)
    unit_id: str
    unit_code: str
    fingerprint: str
    known: KnownNode | None = None
    retire: KnownNode | None = None

    @property
    def new_node(self) -> bool:
        return self.known is None


def check_addressed_to_us(package: Package, node: NodeIdentity) -> None:
    manifest = package.manifest
    if manifest["kind"] == "setup":
        unit = manifest["destination"]["unit_code"]
        raise PackageRefused(Message("sync.setup_package", name=package.name, unit=unit))
    sender = manifest["sender"]
    if sender["node_id"] == node.node_id:
        raise PackageRefused(Message("sync.own_package", name=package.name))
    destination = manifest["destination"]
    if destination["unit_code"] != node.unit_code:
        to, mine = destination["unit_code"], node.unit_code
        raise PackageRefused(Message("sync.other_unit", name=package.name, to=to, mine=mine))
    if destination.get("node_id") not in (None, node.node_id):
        raise PackageRefused(
            Message(
                "sync.other_node",
                name=package.name,
                mine=node.unit_code,
                sender=sender["unit_code"],
            )
        )


def check_sender(
    session: Session, package: Package, node: NodeIdentity, trust_new_node: bool
) -> SenderCheck:
    """Who sent the package and whether we accept it (PackageRefused / UnknownSender if not)."""
    check_addressed_to_us(package, node)
    sender = package.manifest["sender"]
    known = session.get(KnownNode, sender["node_id"])
    if known is not None:
        return _known(session, package, known)
    return _new(session, package, node, trust_new_node)


def _bad_signature(package: Package, unit_code: str) -> PackageRefused:
    return PackageRefused(Message("sync.bad_signature", name=package.name, unit=unit_code))


def _key_changed(package: Package, unit_code: str) -> PackageRefused:
    return PackageRefused(Message("sync.key_changed", name=package.name, unit=unit_code))


def _known(session: Session, package: Package, known: KnownNode) -> SenderCheck:
    if known.relation == "retired":
        raise _retired(session, package, known)
    if not package.verify_signature(known.public_key):
        if package.sender_key != known.public_key:
            raise _key_changed(package, known.unit_code)
        raise _bad_signature(package, known.unit_code)
    sender = package.manifest["sender"]
    relation = "parent" if known.relation == "parent" else "child"
    return SenderCheck(relation, sender["unit_id"], known.unit_code, known.fingerprint, known)


# ---- replaced PCs --------------------------------------------------------------------------------


def retired_key(node_id: str) -> str:
    return f"sync.retired.{node_id}"[:64]


def retire_replaced(session: Session, unit_code: str, enrolment_id: str) -> KnownNode | None:
    """A new PC was enrolled for `unit_code`: the PC serving it so far is refused from now on."""
    current = nodes.active_child(session, unit_code)
    if current is None:
        return None
    current.relation = "retired"
    value = {"at": utcnow().isoformat(timespec="seconds"), "enrolment": enrolment_id}
    session.merge(LocalSetting(key=retired_key(current.node_id), value=value))
    return current


def _retired(session: Session, package: Package, known: KnownNode) -> PackageRefused:
    setting = session.get(LocalSetting, retired_key(known.node_id))
    when: Message | str = ""
    if setting is not None and isinstance(setting.value, dict):
        with contextlib.suppress(TypeError, ValueError):
            at = dt.datetime.fromisoformat(setting.value["at"])
            when = Message("sync.retired_at", at=f"{at:%H:%M %d/%m/%Y}")
    return PackageRefused(
        Message(
            "sync.retired",
            name=package.name,
            unit=known.unit_code,
            fingerprint=known.fingerprint,
            since=known.first_seen.date(),
            when=when,
        )
    )


def _enrolled_here(session: Session, package: Package, unit_code: str) -> bool:
    """The sender was made from a setup package issued here for its unit, not used yet: its key
    is trusted without asking (enrolment pins keys both ways)."""
    enrolment = (package.manifest.get("enrolment") or {}).get("id")
    return isinstance(enrolment, str) and nodes.open_enrolment(session, enrolment, unit_code)


def _new(session: Session, package: Package, node: NodeIdentity, trust: bool) -> SenderCheck:
    sender = package.manifest["sender"]
    key = package.sender_key
    if not package.verify_signature(key):
        raise _bad_signature(package, sender["unit_code"])
    unit = session.get(Unit, sender["unit_id"])
    if unit is None or unit.code != sender["unit_code"]:
        unit_code = sender["unit_code"]
        raise PackageRefused(
            Message("sync.unknown_sending_unit", name=package.name, unit=unit_code)
        )
    mine = nodes.own_unit(session, node)
    fingerprint = key_fingerprint(key)
    if unit.id != mine.id and mine.id in ancestor_ids(session, unit.id):
        check = _new_child(session, package, unit, fingerprint)
    elif nodes.parent_node(session) is None and unit.id in ancestor_ids(session, mine.id)[1:]:
        check = SenderCheck("parent", unit.id, unit.code, fingerprint)
    else:
        raise _not_related(package, unit.code, node.unit_code)
    if not trust and not (
        check.relation == "child" and _enrolled_here(session, package, unit.code)
    ):
        raise _ask_trust(package, unit.code, sender["node_id"], fingerprint)
    return check


def _new_child(session: Session, package: Package, unit: Unit, fingerprint: str) -> SenderCheck:
    check = SenderCheck("child", unit.id, unit.code, fingerprint)
    current = nodes.active_child(session, unit.code)
    if current is None:
        return check
    enrolment = (package.manifest.get("enrolment") or {}).get("id")
    if not nodes.open_enrolment(session, enrolment, unit.code):
        raise PackageRefused(
            Message(
                "sync.another_node",
                unit=unit.code,
                current=current.fingerprint,
                name=package.name,
                fingerprint=fingerprint,
            )
        )
    check.retire = current
    return check


def _not_related(package: Package, sender_unit: str, own_unit: str) -> PackageRefused:
    return PackageRefused(
        Message("sync.not_related", name=package.name, sender=sender_unit, own=own_unit)
    )


def _ask_trust(package: Package, unit_code: str, node_id: str, fingerprint: str) -> UnknownSender:
    return UnknownSender(
        Message("sync.unknown_sender", name=package.name, unit=unit_code, fingerprint=fingerprint),
        unit_code=unit_code,
        node_id=node_id,
        fingerprint=fingerprint,
    )


def pin_sender(session: Session, package: Package, check: SenderCheck) -> KnownNode:
    """Record the sender (on its first package) or refresh its box key; retire a replaced node."""
    if check.known is not None:
        box = package.sender_box_key
        if box and check.known.box_public_key != box:
            check.known.box_public_key = box
        return check.known
    sender = package.manifest["sender"]
    if check.retire is not None:
        check.retire.relation = "retired"
    enrolment = (package.manifest.get("enrolment") or {}).get("id")
    if nodes.open_enrolment(session, enrolment, check.unit_code):
        nodes.use_enrolment(session, enrolment, sender["node_id"])
    known = KnownNode(
        node_id=sender["node_id"],
        unit_code=check.unit_code,
        public_key=package.sender_key,
        fingerprint=check.fingerprint,
        box_public_key=package.sender_box_key,
        relation=check.relation,
        first_seen=utcnow(),
        acked_seq=0,
        merged_seq=0,
    )
    session.add(known)
    if check.relation == "parent":
        this = session.get(NodeIdentity, 1)
        this.parent_node_id = known.node_id
    session.flush()
    return known
