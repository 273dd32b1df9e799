"""At import: the initiatives a package brings that look like one already here from another unit.

The import preview calls `package_similar` beside db.sync.importer.preview_package; it only
reads (the package and the database) and merges nothing: a person decides on the Duplicates page.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

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
    incoming = incoming_records(database, path)
    with database.session() as session:
        return incoming_similar(session, incoming)


def incoming_records(database: Database, path: Path | str) -> list[IncomingRecord]:
    """The package's initiatives not here yet (live, with a title), in the package's order:
    what the check compares (db.duplicates.package_check shares them out by position)."""
    from db.sync.importer import opened_package

    with opened_package(database, Path(path)) as package:
        units = {
            record.get("id"): record.get("code")
            for _, record in package.records("units")
            if isinstance(record.get("code"), str)
        }
        raw = [record for _, record in package.records("initiatives")]
    with database.session() as session:
        codes = {**units, **dict(session.execute(select(Unit.id, Unit.code)).all())}
        ids = [r.get("id") for r in raw if isinstance(r.get("id"), str)]
        known = set()
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            known.update(session.scalars(select(Initiative.id).where(Initiative.id.in_(chunk))))
    incoming = [_incoming(r, codes) for r in raw if r.get("id") not in known]
    return [r for r in incoming if r is not None]


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
