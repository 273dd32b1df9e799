"""Enrolment: headquarters (or a union) prepares a new node for a unit below it.

`enroll(database, "VSP-TD03", "setup.skp")` (`sangkien --db hq.db enroll VSP-TD03 -o setup.skp`)
writes a *setup package*: a downward full export for that unit (all reference data: units, unit
names, phases, fields, targets; and every record of the unit's subtree held here, so a site that
is reinstalled gets its records back and `next_reg_no` continues after them), the parent's node
id and public keys, the unit the new node will serve and the series of registration numbers it
will hand out (db.reg_numbers). The enrolment is remembered here: the new node's first package,
naming it, is trusted without asking (the setup package carried by hand is the proof), and the
PC that served the unit so far is retired at once: its packages are refused from now on.

`init_from_setup_package(db_path, package_path)` (`sangkien --db site.db init --from setup.skp`)
creates the site's database: a node with fresh keys serving that unit, the parent pinned as its
`KnownNode(relation="parent")` (trust on first use: the command prints the parent's fingerprint
to compare), and the records merged. Everything the site holds then came from the parent, so
the parent's acknowledgement starts at the site's last sequence and nothing echoes back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from db.fileutil import remove_database_files
from db.models import KnownNode, LocalSetting, NodeIdentity, Unit
from db.node import create_node, key_fingerprint, this_node, utcnow
from db.progress import IsCancelled, OnProgress
from db.queries.units import ancestor_ids
from db.reg_numbers import next_enrolment_series
from db.session import Database, open_database
from db.sync import nodes
from db.sync.apply import Merger
from db.sync.errors import PackageRefused
from db.sync.export import _result, base_manifest, log_export, write_package
from db.sync.importer import log_import
from db.sync.reader import Package, open_package
from db.sync.report import ExportResult, ImportReport
from db.sync.scope import Scope
from db.sync.trust import retire_replaced
from db.sync.verify import verify_package

# ---- at the parent -----------------------------------------------------------------------------


def enrolled_unit(session, node: NodeIdentity, unit_code: str) -> Unit:
    mine = nodes.own_unit(session, node)
    unit = nodes.unit_by_code(session, unit_code)
    if unit is None:
        raise PackageRefused(f"Không có đơn vị mã '{unit_code}'. (Unknown unit code.)")
    if unit.id == mine.id or mine.id not in ancestor_ids(session, unit.id):
        raise PackageRefused(
            f"Chỉ tạo được gói khởi tạo cho một đơn vị cấp dưới của {node.unit_code}; "
            f"{unit.code} không phải. (Only a unit below this one can be enrolled here.)"
        )
    return unit


def enroll(
    database: Database,
    unit_code: str,
    out_path: Path | str,
    *,
    progress: OnProgress | None = None,
    cancelled: IsCancelled | None = None,
) -> ExportResult:
    """Write the setup package for a new node of `unit_code` (a unit below this node's)."""
    out_path = Path(out_path)
    with database.session() as session:
        node = this_node(session)
        unit = enrolled_unit(session, node, unit_code)
        destination = nodes.Destination(unit.id, unit.code, "down", None)
        manifest = base_manifest(session, node, "setup", destination, full=True)
        manifest["enrolment"] = {
            "id": manifest["package_id"],
            "unit_id": unit.id,
            "unit_code": unit.code,
            "unit_name": unit.name,
            "reg_series": next_enrolment_series(session, unit.code),
        }
        scope = Scope("down", nodes.subtree(session, unit.id), 0)
        manifest, exporter = write_package(
            session, out_path, manifest, scope, None, progress, cancelled
        )
    log_export(database, manifest, out_path)
    with database.transaction() as session:
        _record_enrolment(session, manifest["enrolment"])
    return _result(out_path, manifest, exporter, False, [])


def _record_enrolment(session, enrolment: dict) -> None:
    """The series handed out, and the PC it replaces retired from now on (issue 10, finding 9:
    the old PC's packages are refused from the moment its replacement is enrolled)."""
    setting = session.get(LocalSetting, nodes.enrolment_key(enrolment["id"]))
    if setting is not None:
        setting.value = {**setting.value, "reg_series": enrolment["reg_series"]}
    retire_replaced(session, enrolment["unit_code"], enrolment["id"])


# ---- at the new node ---------------------------------------------------------------------------


@dataclass
class SetupResult:
    node_id: str
    unit_code: str
    unit_name: str
    fingerprint: str
    parent_unit_code: str
    parent_fingerprint: str
    counts: dict[str, int] = field(default_factory=dict)
    report: ImportReport | None = None


def _setup_manifest(package: Package) -> dict:
    manifest = package.manifest
    enrolment = manifest.get("enrolment")
    if manifest["kind"] != "setup" or not isinstance(enrolment, dict):
        raise PackageRefused(
            f"Tệp {package.name} không phải gói khởi tạo: hãy xin cấp trên tạo bằng 'sangkien "
            f"enroll MÃ_ĐƠN_VỊ'. Gói dữ liệu thường thì nhập bằng 'sangkien import'. "
            f"(Not a setup package.)"
        )
    for key in ("id", "unit_id", "unit_code"):
        if not isinstance(enrolment.get(key), str):
            raise PackageRefused(f"Gói khởi tạo {package.name} bị hỏng. (Damaged setup package.)")
    if not package.verify_signature(package.sender_key):
        raise PackageRefused(
            f"Chữ ký của gói khởi tạo {package.name} không đúng: gói đã bị sửa. Hãy xin cấp trên "
            f"tạo lại gói. (Bad signature.)"
        )
    return manifest


def _refuse_if_set_up(db_path: Path) -> None:
    if not db_path.exists():
        return
    database = open_database(db_path)
    try:
        with database.session() as session:
            node = session.scalar(select(NodeIdentity))
            has_units = session.scalar(select(Unit.id).limit(1)) is not None
    finally:
        database.close()
    if node is not None or has_units:
        raise PackageRefused(
            f"Cơ sở dữ liệu {db_path} đã có dữ liệu ({node.unit_code if node else 'đơn vị'}); "
            f"chỉ khởi tạo được một tệp mới. Hãy chọn tệp khác bằng --db. (Database not empty.)"
        )


def init_from_setup_package(
    db_path: Path | str,
    package_path: Path | str,
    *,
    actor: str = "",
    progress: OnProgress | None = None,
    cancelled: IsCancelled | None = None,
) -> SetupResult:
    """Create the database at `db_path` as the new node of the setup package's unit."""
    db_path = Path(db_path)
    _refuse_if_set_up(db_path)
    existed = db_path.exists()
    with open_package(Path(package_path)) as package:
        manifest = _setup_manifest(package)
        database = open_database(db_path, create=True)
        try:
            verified = verify_package(package, set(), progress, cancelled)
            with database.transaction() as session:
                result = _set_up(session, package, manifest, verified, actor, progress, cancelled)
        except BaseException:
            database.close()
            if not existed:
                remove_database_files(db_path)
            raise
        database.close()
    return result


def _set_up(session, package, manifest, verified, actor, progress, cancelled) -> SetupResult:
    enrolment, sender = manifest["enrolment"], manifest["sender"]
    series = enrolment.get("reg_series")  # older setup packages: the primary series
    node = create_node(
        session,
        enrolment["unit_code"],
        unit_id=enrolment["unit_id"],
        reg_series=series if isinstance(series, str) else "",
    )
    parent = _pin_parent(session, package, node)
    session.add(LocalSetting(key=nodes.OWN_ENROLMENT, value=enrolment["id"]))
    report = ImportReport(file=str(package.path), kind="setup", package_id=manifest["package_id"])
    report.sender_unit, report.sender_node = sender["unit_code"], sender["node_id"]
    Merger(
        session,
        package,
        verified,
        report,
        write=True,
        authority=None,
        receipt=0,
        actor=actor or f"init {enrolment['unit_code']}",
        progress=progress,
        cancelled=cancelled,
    ).run()
    parent.merged_seq = manifest["seq"]["to"]
    parent.acked_seq = node.last_seq
    log_import(session, package, report)
    report.status = "imported"
    return SetupResult(
        node_id=node.node_id,
        unit_code=node.unit_code,
        unit_name=enrolment.get("unit_name") or enrolment["unit_code"],
        fingerprint=key_fingerprint(node.public_key),
        parent_unit_code=sender["unit_code"],
        parent_fingerprint=parent.fingerprint,
        counts={table: counts.new for table, counts in report.tables.items()},
        report=report,
    )


def _pin_parent(session, package: Package, node: NodeIdentity) -> KnownNode:
    sender = package.manifest["sender"]
    parent = KnownNode(
        node_id=sender["node_id"],
        unit_code=sender["unit_code"],
        public_key=package.sender_key,
        fingerprint=key_fingerprint(package.sender_key),
        box_public_key=package.sender_box_key,
        relation="parent",
        first_seen=utcnow(),
        acked_seq=0,
        merged_seq=0,
    )
    session.add(parent)
    node.parent_node_id = parent.node_id
    session.flush()
    return parent
