"""Reference data every node holds alike: the unit tree, the phases, the fields and the targets.

The records come from resources/data (units.json, fields.json, programme.json: the first
programme, 1TRIEU-2021, with its two phases). Their ids are
derived from their codes and they carry one fixed version stamp (the data's release date, written
by a reserved "reference" node), so a site that ran `init --unit VSP-TD03` and headquarters that
built the demo hold the very same unit, phase, field and target records: packages between them
find these unchanged instead of reporting duplicates or conflicts. A later edit (a unit renamed,
a target changed) gets a real stamp from the editing node and wins as usual.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import uuid
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from db.changes import RecordWriter
from db.hlc import Stamp
from db.messages import Message
from db.models import (
    AuditEntry,
    Field,
    NodeIdentity,
    Phase,
    Programme,
    Target,
    Unit,
    UnitName,
)
from db.node import create_node, utcnow
from db.reg_numbers import standalone_series
from db.search import nfc
from db.session import Database

# Fixed forever: the ids of reference records are uuid5(REFERENCE_NAMESPACE, "kind:code").
REFERENCE_NAMESPACE = uuid.UUID("5a4e6b1e-0d3c-4b9a-9c55-2f4d44b4e7a1")
# The node id written into the stamps of shipped reference data: below every real node id.
REFERENCE_NODE = "0" * 32
ROOT_CODE = "CDDKVN"


class SetupError(Exception):
    """`init` cannot go ahead: an unknown unit code or a database already set up."""


@dataclass(frozen=True)
class UnitSpec:
    """One unit of resources/data/units.json."""

    code: str
    name: str
    short_name: str | None
    parent: str | None
    level: str
    site_type: str | None
    cluster: str | None
    member_count: int
    targets: dict[str, int] = field(default_factory=dict)  # phase code -> target
    former_names: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class PhaseSpec:
    code: str
    name: str
    starts_on: dt.date
    ends_on: dt.date


@dataclass(frozen=True)
class ProgrammeSpec:
    """The programme of resources/data/programme.json (the first one, 2021–2023)."""

    code: str
    name: str
    owner: str
    starts_on: dt.date
    ends_on: dt.date
    counts: str
    certificate_wording: str


@dataclass(frozen=True)
class ReferenceCounts:
    units: int
    unit_names: int
    programmes: int
    phases: int
    fields: int
    targets: int


# ---- reading resources/data --------------------------------------------------------------------


def _read_json(name: str) -> dict[str, Any]:
    from resources import resource_path

    return json.loads(resource_path("data", name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def unit_specs() -> tuple[UnitSpec, ...]:
    """Every unit of the tree, parents before children."""
    specs = []
    for raw in _read_json("units.json")["units"]:
        values = {k: v for k, v in raw.items() if k in UnitSpec.__dataclass_fields__}
        values["former_names"] = tuple(raw.get("former_names", ()))
        values["targets"] = dict(raw.get("targets", {}))
        specs.append(UnitSpec(**values))
    return tuple(specs)


def unit_spec(code: str) -> UnitSpec:
    """The unit with this code (case and spaces ignored); SetupError naming close codes if none."""
    wanted = code.strip().upper()
    for spec in unit_specs():
        if spec.code == wanted:
            return spec
    raise SetupError(unknown_unit_message(code))


def unknown_unit_message(code: str) -> Message:
    codes = [spec.code for spec in unit_specs()]
    close = difflib.get_close_matches(code.strip().upper(), codes, n=4, cutoff=0.5)
    hint = Message("setup.did_you_mean", codes=", ".join(close)) if close else ""
    unions = ", ".join(s.code for s in unit_specs() if s.level in ("industry", "subordinate"))
    return Message("setup.unknown_unit_code", code=code, hint=hint, unions=unions)


@lru_cache(maxsize=1)
def reference_release() -> dt.date:
    return dt.date.fromisoformat(_read_json("units.json")["released"])


@lru_cache(maxsize=1)
def phase_specs() -> tuple[PhaseSpec, ...]:
    phases = _read_json("programme.json")["programme"]["phases"]
    return tuple(
        PhaseSpec(
            p["code"],
            p["name_vi"],
            dt.date.fromisoformat(p["from"]),
            dt.date.fromisoformat(p["to"]),
        )
        for p in phases
    )


@lru_cache(maxsize=1)
def programme_spec() -> ProgrammeSpec:
    raw = _read_json("programme.json")["programme"]
    return ProgrammeSpec(
        code=raw["code"],
        name=raw["name_vi"],
        owner=raw["owner"],
        starts_on=dt.date.fromisoformat(raw["applied_window"]["from"]),
        ends_on=dt.date.fromisoformat(raw["applied_window"]["to"]),
        counts=raw["counts"],
        certificate_wording=raw["name_vi"],
    )


@lru_cache(maxsize=1)
def field_specs() -> tuple[tuple[str, str], ...]:
    """(code, name) of every field of activity."""
    return tuple((f["code"], f["name"]) for f in _read_json("fields.json")["fields"])


# ---- ids and versions --------------------------------------------------------------------------


def reference_id(kind: str, key: str) -> str:
    """The id every node gives a reference record: 'unit'/'VSP', 'phase'/'GD1', 'target'/'VSP/GD1'."""
    return str(uuid.uuid5(REFERENCE_NAMESPACE, f"{kind}:{key}"))


def reference_stamp() -> str:
    """The version of shipped reference data: its release date, reference node, counter 0."""
    released = dt.datetime.combine(reference_release(), dt.time(), dt.UTC)
    return Stamp(int(released.timestamp() * 1000), 0, REFERENCE_NODE).encode()


# ---- loading -----------------------------------------------------------------------------------


def unit_rows() -> list[dict[str, Any]]:
    return [
        {
            "id": reference_id("unit", s.code),
            "code": s.code,
            "name": nfc(s.name),
            "short_name": nfc(s.short_name),
            "parent_id": reference_id("unit", s.parent) if s.parent else None,
            "level": s.level,
            "site_type": s.site_type,
            "cluster": nfc(s.cluster),
            "member_count": s.member_count,
            "active": True,
        }
        for s in unit_specs()
    ]


def unit_name_rows() -> list[dict[str, Any]]:
    return [
        {
            "id": reference_id("unit_name", f"{s.code}/{former['valid_from']}"),
            "unit_id": reference_id("unit", s.code),
            "name": nfc(former["name"]),
            "short_name": nfc(former.get("short_name")),
            "valid_from": dt.date.fromisoformat(former["valid_from"]),
            "valid_to": dt.date.fromisoformat(former["valid_to"])
            if former.get("valid_to")
            else None,
        }
        for s in unit_specs()
        for former in s.former_names
    ]


def programme_rows() -> list[dict[str, Any]]:
    spec = programme_spec()
    return [
        {
            "id": reference_id("programme", spec.code),
            "code": spec.code,
            "name": nfc(spec.name),
            "starts_on": spec.starts_on,
            "ends_on": spec.ends_on,
            "counts": spec.counts,
            "certificate_wording": nfc(spec.certificate_wording),
            "owner_unit_id": reference_id("unit", spec.owner),
        }
    ]


def phase_rows() -> list[dict[str, Any]]:
    programme_id = reference_id("programme", programme_spec().code)
    return [
        {
            "id": reference_id("phase", p.code),
            "code": p.code,
            "programme_id": programme_id,
            "name": nfc(p.name),
            "starts_on": p.starts_on,
            "ends_on": p.ends_on,
        }
        for p in phase_specs()
    ]


def field_rows() -> list[dict[str, Any]]:
    return [
        {"id": reference_id("field", code), "code": code, "name": nfc(name)}
        for code, name in field_specs()
    ]


def target_rows() -> list[dict[str, Any]]:
    return [
        {
            "id": reference_id("target", f"{s.code}/{phase}"),
            "unit_id": reference_id("unit", s.code),
            "phase_id": reference_id("phase", phase),
            "target": target,
        }
        for s in unit_specs()
        for phase, target in sorted(s.targets.items())
    ]


def load_reference_data(
    session: Session, writer: RecordWriter, *, with_targets: bool = True
) -> ReferenceCounts:
    """Write the unit tree (with earlier names), the first programme with its phases, fields and
    (optionally) targets.

    Rows get the shared reference ids and version stamp, and fresh local sequence numbers from
    the writer's node so that the next export carries them. Refuses a database that has units.
    """
    if session.scalar(select(Unit.id).limit(1)) is not None:
        raise SetupError(Message("setup.units_loaded"))
    tables = [
        (Unit, unit_rows()),
        (UnitName, unit_name_rows()),
        (Programme, programme_rows()),
        (Phase, phase_rows()),
        (Field, field_rows()),
        (Target, target_rows() if with_targets else []),
    ]
    stamp = reference_stamp()
    writer.clock.observe(stamp)
    for model, rows in tables:
        _insert_reference_rows(session, writer, model, rows, stamp)
    session.flush()
    return ReferenceCounts(*(len(rows) for _model, rows in tables))


def _insert_reference_rows(
    session: Session, writer: RecordWriter, model: type, rows: list[dict[str, Any]], stamp: str
) -> None:
    if not rows:
        return
    first_seq = writer.clock.reserve_seqs(len(rows))
    for offset, row in enumerate(rows):
        row.update(hlc=stamp, deleted=False, seq=first_seq + offset)  # field_hlc: SQL NULL
    session.execute(insert(model), rows)
    session.add(
        AuditEntry(
            at=utcnow(),
            actor=writer.actor,
            action="load_reference",
            table_name=model.__tablename__,
            row_id="*",
            changes={"rows": len(rows)},
        )
    )


# ---- `init --unit CODE` ------------------------------------------------------------------------


@dataclass(frozen=True)
class InitResult:
    node_id: str
    unit_code: str
    unit_name: str
    counts: ReferenceCounts


def init_node(database: Database, unit_code: str) -> InitResult:
    """Set up an empty database as the node serving `unit_code`, with the reference data.

    SetupError (database unchanged) for a code not in the unit tree or a database already set up.
    """
    spec = unit_spec(unit_code)
    with database.transaction() as session:
        refuse_if_set_up(session)
        node = create_node(session, spec.code, unit_id=reference_id("unit", spec.code))
        node.reg_series = standalone_series(node, has_parent_unit=spec.parent is not None)
        writer = RecordWriter(session, actor=f"init {spec.code}")
        counts = load_reference_data(session, writer)
        return InitResult(node.node_id, spec.code, spec.name, counts)


def refuse_if_set_up(session: Session) -> None:
    node = session.scalar(select(NodeIdentity))
    if node is not None:
        raise SetupError(Message("setup.already_set_up", unit=node.unit_code))
    if session.scalar(select(Unit.id).limit(1)) is not None:
        raise SetupError(Message("setup.not_empty"))
