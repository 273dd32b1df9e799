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
        raise PackageRefused(
            f"Gói {package.name} là gói khởi tạo cho máy mới của đơn vị {unit}: hãy dùng nó trên "
            f"máy mới bằng 'sangkien --db TỆP.db init --from {package.name}', không nhập vào đây. "
            f"(This is a setup package for a new node.)"
        )
    sender = manifest["sender"]
    if sender["node_id"] == node.node_id:
        raise PackageRefused(
            f"Gói {package.name} do chính máy này xuất ra; hãy gửi nó cho nơi nhận. "
            f"(This package was exported by this node.)"
        )
    destination = manifest["destination"]
    if destination["unit_code"] != node.unit_code:
        raise PackageRefused(
            f"Gói {package.name} gửi cho đơn vị {destination['unit_code']}, không phải cho đơn vị "
            f"{node.unit_code} của máy này. Hãy chuyển gói đến đúng nơi. (Addressed to another unit.)"
        )
    if destination.get("node_id") not in (None, node.node_id):
        raise PackageRefused(
            f"Gói {package.name} gửi cho một máy khác của đơn vị {node.unit_code} (có lẽ máy cũ, "
            f"trước khi cài lại). Hãy gửi một gói từ máy này lên {sender['unit_code']} trước để "
            f"nơi đó ghi nhận máy mới, rồi xin xuất lại. (Addressed to another node of this unit.)"
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
    return PackageRefused(
        f"Chữ ký của gói {package.name} không đúng: gói đã bị sửa sau khi xuất, hoặc không do máy "
        f"của đơn vị {unit_code} tạo ra. Không nhập gói này; hãy xin nơi gửi xuất lại. "
        f"(Bad signature.)"
    )


def _key_changed(package: Package, unit_code: str) -> PackageRefused:
    return PackageRefused(
        f"Gói {package.name} mang mã máy của đơn vị {unit_code} nhưng được ký bằng một khóa khác "
        f"với khóa đã ghi nhận: có thể là gói giả. Không nhập. Nếu máy ở {unit_code} đã được "
        f"cài lại, hãy tạo gói khởi tạo mới bằng 'sangkien enroll {unit_code}', cài lại máy đó "
        f"từ gói khởi tạo, rồi gửi gói mới. (The key differs from the pinned key: re-enrol "
        f"the node.)"
    )


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
    when = ""
    if setting is not None and isinstance(setting.value, dict):
        with contextlib.suppress(TypeError, ValueError):
            at = dt.datetime.fromisoformat(setting.value["at"])
            when = f" lúc {at:%H:%M %d/%m/%Y} (giờ UTC)"
    return PackageRefused(
        f"Gói {package.name} đến từ máy cũ của đơn vị {known.unit_code} (dấu vân tay "
        f"{known.fingerprint}, ghi nhận từ {known.first_seen:%d/%m/%Y}), đã được thay bằng máy mới"
        f"{when} khi tạo gói khởi tạo 'enroll {known.unit_code}'. Không nhận gói từ máy đã thay: "
        f"hãy nhập dữ liệu trên máy mới và gửi gói từ máy mới. Nếu máy cũ bị mất, khóa của nó đã "
        f"bị thu hồi. (This PC of {known.unit_code} was replaced{when.replace(' lúc', ' at')}: "
        f"its packages are refused.)"
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
        raise PackageRefused(
            f"Gói {package.name} đến từ đơn vị {sender['unit_code']} không có trong danh mục đơn "
            f"vị ở đây. (Unknown sending unit.)"
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
            f"Đơn vị {unit.code} đã có một máy được ghi nhận (dấu vân tay {current.fingerprint}); "
            f"gói {package.name} đến từ một máy khác (dấu vân tay {fingerprint}). Nếu máy ở "
            f"{unit.code} đã được cài lại, hãy tạo gói khởi tạo mới bằng 'sangkien enroll "
            f"{unit.code}' tại đây, cài máy đó từ gói khởi tạo rồi gửi lại gói. (Another node "
            f"already serves this unit: re-enrol the new one.)"
        )
    check.retire = current
    return check


def _not_related(package: Package, sender_unit: str, own_unit: str) -> PackageRefused:
    return PackageRefused(
        f"Gói {package.name} đến từ đơn vị {sender_unit}, không phải đơn vị cấp trên đã ghi nhận "
        f"hay một đơn vị cấp dưới của {own_unit}: không nhận gói từ đó. Nếu đơn vị cấp trên đã "
        f"cài lại máy, cần cài lại máy này từ gói khởi tạo mới của cấp trên. (The sender is "
        f"neither this node's parent nor below it.)"
    )


def _ask_trust(package: Package, unit_code: str, node_id: str, fingerprint: str) -> UnknownSender:
    return UnknownSender(
        f"Gói {package.name} đến từ một máy chưa biết của đơn vị {unit_code}, dấu vân tay khóa "
        f"{fingerprint}. Hãy gọi điện cho đơn vị đó để đối chiếu dấu vân tay; nếu khớp, nhập lại "
        f"với --trust-new-node (hoặc bấm 'Tin cậy' trong màn hình xem trước). (Unknown sending "
        f"node: compare the fingerprint, then trust it.)",
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
