"""At import: the initiatives a package brings that look like one already here from another unit.

The import preview calls `package_similar` beside db.sync.importer.preview_package; it only
reads (the package and the database) and merges nothing: a person decides on the Duplicates page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.duplicates.candidates import IncomingMatch, IncomingRecord, incoming_similar
from db.models import Initiative, Unit
from db.session import Database


def package_similar(database: Database, path: Path | str) -> list[IncomingMatch]:
    """The package's new initiatives alike to one here from another unit, best first. Python's
    cycle collector is paused meanwhile, as for the import itself (db.sync.importer): the
    check makes tens of thousands of small objects and each collection walked the title index
    too (0.3-0.5 s of a 1.8 s check of 10,000 initiatives)."""
    from db.sync.importer import collector_paused

    with collector_paused():
        return _package_similar(database, Path(path))


def _package_similar(database: Database, path: Path) -> list[IncomingMatch]:
    read = package_read(database, path)
    with database.session() as session:
        return incoming_similar(session, read.incoming(session, 0, len(read.lines)))


@dataclass(frozen=True)
class PackageRead:
    """A package's initiatives as its lines (read, hash-checked, not yet parsed: the check's
    processes each parse only the lines of the shares they take, db.duplicates.package_check)
    and the codes of the units they name (the package's and this node's)."""

    lines: list[bytes]
    codes: dict[str, str]

    def incoming(self, session: Session, start: int, stop: int) -> list[IncomingRecord]:
        """The initiatives of lines start..stop not here yet (live, with a title), in order. A
        line that is not a JSON object raises, as reading the package does."""
        raw = []
        for line in self.lines[start:stop]:
            record = orjson.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
            raw.append(record)
        ids = [r.get("id") for r in raw if isinstance(r.get("id"), str)]
        known = set()
        for first in range(0, len(ids), 900):
            chunk = ids[first : first + 900]
            known.update(session.scalars(select(Initiative.id).where(Initiative.id.in_(chunk))))
        incoming = [_incoming(r, self.codes) for r in raw if r.get("id") not in known]
        return [r for r in incoming if r is not None]


def package_read(database: Database, path: Path | str) -> PackageRead:
    """The package's initiatives' lines (one read: the member's hash is checked) and units."""
    from db.sync.importer import opened_package

    with opened_package(database, Path(path)) as package:
        units = {
            record.get("id"): record.get("code")
            for _, record in package.records("units")
            if isinstance(record.get("code"), str)
        }
        lines = [line for _, line in package.lines("initiatives")]
    with database.session() as session:
        codes = {**units, **dict(session.execute(select(Unit.id, Unit.code)).all())}
    return PackageRead(lines, codes)


def _incoming(record: dict, codes: dict) -> IncomingRecord | None:
    title = record.get("title")
    if not isinstance(title, str) or record.get("deleted"):
        return None
    unit_id = record.get("unit_id")
    essence = record.get("essence")
    return IncomingRecord(
        id=str(record.get("id")),
        reg_no=str(record.get("reg_no") or ""),
        title=title,
        unit_id=unit_id if isinstance(unit_id, str) else None,
        unit_code=codes.get(unit_id, "") or "",
        registered_on=str(record.get("registered_on") or ""),
        essence=essence if isinstance(essence, str) else None,
    )
