"""The merge rule for one record against the local row: per field, the greater version wins.

Versions are hybrid-logical-clock stamps (db/hlc.py); encoded stamps compare as strings, and the
node id inside a stamp breaks ties between nodes, so every node picks the same winner whatever
order the packages arrive in, and importing a package twice changes nothing. A field's version is
the record's `field_hlc[field]`, else its creation stamp `hlc`. Equal versions keep the local
value (they are the same write, except for fields a tech-secret record did not carry).

A field absent from a record (the details of a technology-secret initiative, which only its own
unit holds) is not offered at all; on a new row it is stored empty with version ZERO_STAMP, below
every real stamp, so the real value wins wherever it later arrives.

**Conflict** (a concurrent edit that a person should look at): both sides edited the field after
the row was created (its version differs from the row's `hlc` on both sides), the versions and
values differ, and the sender had not yet seen our current version of the row: the local row's
sequence is above the sender's receipt for this node (what it had merged from us when it wrote
the package). The winner is still the greater version; the loser goes to the conflicts table
with both values and stamps, so a person can compare and reverse it. When the sender had seen
our version, its edit simply came later and is not a conflict. A record created on two nodes
under one id (a target's id is made from its unit and phase, db/queries/targets.py) counts as
edited on both: the first value that lost is listed too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from db.hlc import ZERO_STAMP
from db.messages import Message
from db.records import RecordError
from db.reference import REFERENCE_NODE
from db.validation import excerpt

_STAMP = re.compile(r"[0-9a-f]{16}[0-9A-Za-z_-]{1,48}")


def valid_stamp(text: Any) -> bool:
    return isinstance(text, str) and _STAMP.fullmatch(text) is not None


def record_meta(table: str, record: dict[str, Any], fields: list[str]) -> tuple[str, str, dict]:
    """(id, hlc, field_hlc) of a record, checked (RecordError naming what is wrong)."""
    row_id, hlc, later = record.get("id"), record.get("hlc"), record.get("field_hlc")
    if not isinstance(row_id, str) or not 0 < len(row_id) <= 36:
        raise RecordError(Message("record.bad_id", where=f"{table}.id", value=excerpt(row_id)))
    if not valid_stamp(hlc):
        raise RecordError(Message("record.bad_stamp", where=f"{table}.hlc", value=excerpt(hlc)))
    if later is None:
        return row_id, hlc, {}
    if not isinstance(later, dict):
        raise RecordError(Message("record.stamps_not_object", where=f"{table}.field_hlc"))
    for name, stamp in later.items():
        if name not in fields or not valid_stamp(stamp):
            where = f"{table}.field_hlc"
            raise RecordError(Message("record.bad_field_stamp", where=where, field=excerpt(name)))
    return row_id, hlc, later


def sparse_versions(hlc: str, versions: dict[str, str]) -> dict[str, str] | None:
    """The stored field_hlc: only versions that differ from the creation stamp."""
    later = {f: v for f, v in versions.items() if v != hlc}
    return later or None


def shipped(stamp: str) -> bool:
    """Whether a creation stamp is that of reference data shipped with SángKiến."""
    return stamp.endswith(REFERENCE_NODE)


@dataclass
class LocalRow:
    values: dict[str, Any]  # db form
    versions: dict[str, str]  # every field's version
    hlc: str
    seq: int


@dataclass
class ConflictFound:
    field: str
    kept_value: Any
    kept_hlc: str
    lost_value: Any
    lost_hlc: str


@dataclass
class Merged:
    """What a record does to an existing row: fields taken (value, version), whether some local
    field was newer, and the conflicts found."""

    taken: dict[str, tuple[Any, str]] = field(default_factory=dict)
    older: bool = False
    conflicts: list[ConflictFound] = field(default_factory=list)


def merge_record(
    local: LocalRow,
    values: dict[str, Any],
    versions: dict[str, str],
    hlc: str,
    sender_saw_local: bool,
) -> Merged:
    """Merge an incoming record (db-form `values`, `versions` of the fields it carries)."""
    result = Merged()
    # one id created on two nodes (a target's is made from its unit and phase): each node's
    # first value is an edit the other had not seen, a conflict like any field both changed.
    # Not shipped reference data (its own node id in the stamp; one release's against another's)
    created_twice = hlc != local.hlc and not shipped(hlc) and not shipped(local.hlc)
    for name, incoming in versions.items():
        mine = local.versions[name]
        if incoming == mine:
            continue
        wins = incoming > mine
        if wins:
            result.taken[name] = (values[name], incoming)
        elif incoming != ZERO_STAMP:
            result.older = True
        if sender_saw_local or values[name] == local.values[name]:
            continue
        edited_both = created_twice or (incoming != hlc and mine != local.hlc)
        if edited_both and incoming != ZERO_STAMP:
            kept, lost = ((values[name], incoming), (local.values[name], mine))
            if not wins:
                kept, lost = lost, kept
            result.conflicts.append(ConflictFound(name, kept[0], kept[1], lost[0], lost[1]))
    return result
