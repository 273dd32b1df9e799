"""The first pass over a package, before anything is written: every member's hash, every record's
form and types, and every unit a record names.

A record must have a valid id (once per table) and version stamps, only fields of its table,
values of the right type and within bounds (db/sync/codec.py: NFC text within its length, whole
numbers within SQLite's range and money within db.validation's limit, real dates, true/false,
certificate recipients as a list of names), and
every required field unless the column has a default (an initiative of a technology secret may
lack its details: those columns are optional). Every unit a record points at must exist here or
in the package. Any failure refuses the whole package with one message naming the table, the line
and the field: such a package is broken or forged, and nothing of it is imported.

The pass also collects what the merge needs: the ids per table (to tell a reference to a later
record of the same package from a dangling one), the live authors and names of the package's
people (to write an initiative's search text as it is inserted), and the records themselves,
parsed and checked (`Verified.take`), so that the merge does not read and check each record a
second time (issue 13: that was a fifth of an import). A package whose tables hold more than
KEEP_BYTES of JSON keeps only the tables that fit; the merge reads the rest again.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from db.messages import Message, message_of
from db.models import SYNCED_MODELS
from db.progress import IsCancelled, OnProgress
from db.records import RecordError
from db.sync.codec import TableCodec, codec_for
from db.sync.errors import PackageRefused, check_cancelled
from db.sync.format import data_member, file_member
from db.sync.merge import record_meta
from db.sync.reader import Package, invalid_record
from db.validation import excerpt


@functools.cache
def foreign_keys(model: type) -> dict[str, str]:
    """{field: referenced table} of a synced table's references (worked out once: the merge
    asks for every record)."""
    return {fk.parent.key: fk.column.table.name for fk in model.__table__.foreign_keys}


UNIT_REFS = {
    model.__tablename__: [f for f, target in foreign_keys(model).items() if target == "units"]
    for model in SYNCED_MODELS
}


# JSON lines whose parsed records the verify pass keeps for the merge, about 4x their size in
# memory (a 100,000-initiative package: 258 MB of JSON); beyond it a table is read again.
KEEP_BYTES = 256 << 20


@dataclass(slots=True)
class Incoming:
    """One record of a package, checked: its line, id, creation stamp, db-form values and the
    versions sent beside the creation stamp (`later`, the record's field_hlc). `versions`, the
    version of each field it carries, is made when the merge first asks (a kept record holds
    no second dict of the size of its values)."""

    line: int
    id: str
    hlc: str
    values: dict[str, Any]
    later: dict[str, str]
    _versions: dict[str, str] | None = None

    @property
    def versions(self) -> dict[str, str]:
        if self._versions is None:
            hlc, later = self.hlc, self.later
            if later:
                self._versions = {f: later.get(f, hlc) for f in self.values}
            else:
                self._versions = dict.fromkeys(self.values, hlc)
        return self._versions


def required_fields(codec: TableCodec) -> frozenset[str]:
    return frozenset(
        f for f in codec.fields if f not in codec.nullable and codec.defaults[f] is None
    )


@dataclass
class Verified:
    """What the first pass learnt about a package."""

    ids: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    unit_parents: dict[str, str | None] = field(default_factory=dict)
    unit_codes: dict[str, str] = field(default_factory=dict)
    authors: dict[str, list[tuple[int, str]]] = field(default_factory=lambda: defaultdict(list))
    names: dict[str, str] = field(default_factory=dict)
    unit_refs: dict[str, tuple[str, str]] = field(default_factory=dict)
    records: int = 0
    kept: dict[str, list[Incoming]] = field(default_factory=dict)

    def peek(self, table: str) -> list[Incoming] | None:
        """The table's checked records, if the pass kept them (the merge may still take them)."""
        return self.kept.get(table)

    def take(self, table: str) -> list[Incoming] | None:
        """The table's checked records, handed over once (a later merge reads them again)."""
        return self.kept.pop(table, None)

    def collect(self, table: str, row_id: str, values: dict[str, Any]) -> None:
        self.ids[table].add(row_id)
        for name in UNIT_REFS[table]:
            unit_id = values.get(name)
            if unit_id is not None and unit_id not in self.unit_refs:
                self.unit_refs[unit_id] = (table, name)
        if table == "units":
            self.unit_parents[row_id] = values.get("parent_id")
            self.unit_codes[row_id] = values.get("code")
        elif table == "people" and "full_name" in values:
            self.names[row_id] = values["full_name"]
        elif table == "initiative_authors" and not values.get("deleted"):
            self.authors[values["initiative_id"]].append(
                (values.get("ordinal") or 0, values["person_id"])
            )


def parse_record(package: Package, codec: TableCodec, number: int, record: dict) -> Incoming:
    """A record as the merge takes it, or PackageRefused naming the fault."""
    try:
        row_id, hlc, later = record_meta(codec.table, record, codec.fields)
        values = codec.to_db(record)
    except RecordError as error:
        detail = message_of(error) or str(error)
        raise invalid_record(package.name, codec.table, number, detail) from None
    return Incoming(number, row_id, hlc, values, later)


def kept_tables(package: Package) -> set[str]:
    """The tables whose records the pass keeps: in merge order, while they fit in KEEP_BYTES."""
    kept, total = set(), 0
    for model in SYNCED_MODELS:
        entry = package.manifest["members"].get(data_member(model.__tablename__))
        total += entry["size"] if entry else 0
        if total > KEEP_BYTES:
            break
        kept.add(model.__tablename__)
    return kept


def verify_package(
    package: Package,
    local_unit_ids: set[str],
    progress: OnProgress | None = None,
    cancelled: IsCancelled | None = None,
) -> Verified:
    """Check every member and record (PackageRefused on the first fault)."""
    verified = Verified()
    total = max(1, sum(package.info.counts.values()))
    keep = kept_tables(package)
    for model in SYNCED_MODELS:
        codec = codec_for(model)
        required = required_fields(codec)
        every_field = len(codec.fields)
        kept: list[Incoming] = []
        for number, record in package.records(codec.table):
            item = parse_record(package, codec, number, record)
            row_id, values = item.id, item.values
            if row_id in verified.ids[codec.table]:
                detail = Message("package.duplicate_record", record=excerpt(row_id))
                raise invalid_record(package.name, codec.table, number, detail)
            # a record sent whole (the usual) lacks nothing: no set to make
            missing = len(values) != every_field and required - values.keys()
            if missing:
                detail = Message("package.missing_fields", fields=", ".join(sorted(missing)))
                raise invalid_record(package.name, codec.table, number, detail)
            verified.collect(codec.table, row_id, values)
            if codec.table in keep:
                kept.append(item)
            verified.records += 1
            if verified.records % 2000 == 0:
                check_cancelled(cancelled)
                if progress:
                    progress(verified.records, total)
        if codec.table in keep:
            verified.kept[codec.table] = kept
    for sha in package.files():
        check_cancelled(cancelled)
        package.verify_member(file_member(sha))
    _check_units(package, verified, local_unit_ids)
    return verified


def _check_units(package: Package, verified: Verified, local_unit_ids: set[str]) -> None:
    known = local_unit_ids | verified.ids["units"]
    for unit_id, (table, name) in verified.unit_refs.items():
        if unit_id not in known:
            where, value = f"{table}.{name}", excerpt(unit_id)
            refusal = Message("sync.unknown_unit_ref", name=package.name, where=where, value=value)
            raise PackageRefused(refusal)
