"""Small sync worlds for the tests: headquarters with the real reference data, sites enrolled from
it by setup packages, initiatives registered the way a clerk does, packages carried by hand."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from collections.abc import Callable
from itertools import count
from pathlib import Path

import orjson
from sqlalchemy import select

from db.engines import on_server
from db.models import SYNCED_MODELS, Base, Initiative, NodeIdentity, Unit
from db.queries.initiatives import AuthorShare, register_initiative, update_initiative
from db.records import dump_line
from db.reference import init_node
from db.session import Database, open_database
from db.sync.enrolment import enroll, init_from_setup_package
from db.sync.export import export_package
from db.sync.importer import import_package
from db.sync.writer import manifest_bytes, sign

_names = count(1)


class World:
    """Databases in one folder; `carry` exports a package and imports it at the other end.
    With `server` (db_target of a both_engines test on PostgreSQL), headquarters is a fresh
    database on the throwaway server, and every site stays a SQLite file (issue 18)."""

    def __init__(self, folder: Path, server: Callable[[str], str] | None = None) -> None:
        self.folder = folder
        self.server = server
        self.open: list[Database] = []

    def close(self) -> None:
        for database in self.open:
            database.close()

    def path(self, name: str) -> Path:
        return self.folder / name

    def headquarters(self, name: str = "hq.db") -> Database:
        where = self.server(name.split(".")[0]) if self.server else self.path(name)
        database = open_database(where, create=True)
        init_node(database, "CDDKVN")
        self.open.append(database)
        return database

    def enrol(self, parent: Database, unit_code: str, name: str | None = None) -> Database:
        setup = self.path(f"setup-{unit_code}-{next(_names)}.skp")
        enroll(parent, unit_code, setup)
        path = self.path(name or f"{unit_code.lower()}-{next(_names)}.db")
        init_from_setup_package(path, setup)
        database = open_database(path)
        self.open.append(database)
        return database

    def export(self, source: Database, to_code: str, **options) -> Path:
        package = self.path(f"package-{next(_names)}.skp")
        export_package(source, to_code, package, **options)
        return package

    def carry(self, source: Database, target: Database, **options):
        """Export from source to target's unit and import it there (trusting a new node)."""
        package = self.export(source, unit_code(target))
        return import_package(target, package, trust_new_node=True, backup=False, **options)


def unit_code(database: Database) -> str:
    with database.session() as session:
        return session.scalar(select(NodeIdentity)).unit_code


def unit_id(database: Database, code: str) -> str:
    with database.session() as session:
        return session.scalar(select(Unit.id).where(Unit.code == code))


def register(
    database: Database, title: str, code: str | None = None, authors=None, **values
) -> str:
    """Register an initiative of unit `code` (default: the node's own) with one new author
    (or `authors`, AuthorShare)."""
    code = code or unit_code(database)
    with database.transaction() as session:
        unit = session.scalar(select(Unit).where(Unit.code == code))
        data = {
            "title": title,
            "solution_type": "technical",
            "unit_id": unit.id,
            "registered_on": dt.date(2022, 3, 15),
            "first_applied_on": dt.date(2022, 2, 1),
            **values,
        }
        author = AuthorShare(
            full_name=f"Nguyễn Văn {title.split()[-1]}", share=100, unit_id=unit.id
        )
        return register_initiative(session, data, authors or [author], actor="clerk").id


def edit(database: Database, initiative_id: str, **values) -> None:
    with database.transaction() as session:
        update_initiative(session, initiative_id, values, actor="clerk")


def initiative(database: Database, initiative_id: str) -> Initiative:
    with database.session() as session:
        return session.get(Initiative, initiative_id)


def dump(database: Database) -> list[str]:
    """Every synced record as db.records.dump_line, tables in order, then by id."""
    with database.session() as session:
        return [
            dump_line(row)
            for model in SYNCED_MODELS
            for row in session.scalars(select(model).order_by(model.id))
        ]


def file_state(database: Database | Path) -> tuple[str, str]:
    """SHA-256 of the database file and its WAL: 'byte-for-byte unchanged' means equal. On a
    server: of every row of every table, in key order (nothing written, nothing logged)."""
    if isinstance(database, Database) and on_server(database.engine):
        return server_state(database), ""
    path = Path(database.path if isinstance(database, Database) else database)
    wal = Path(f"{path}-wal")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    wal_digest = hashlib.sha256(wal.read_bytes()).hexdigest() if wal.exists() else ""
    return digest, wal_digest


def server_state(database: Database) -> str:
    digest = hashlib.sha256()
    with database.session() as session:
        for table in Base.metadata.sorted_tables:
            keys = list(table.primary_key.columns) or list(table.columns)
            for row in session.execute(select(table).order_by(*keys)):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def private_key(database: Database) -> bytes:
    with database.session() as session:
        return session.scalar(select(NodeIdentity)).private_key


def json_line(record: dict) -> bytes:
    """One JSON line, even for values nested deeper than orjson writes (a hostile record)."""
    try:
        return orjson.dumps(record) + b"\n"
    except orjson.JSONEncodeError:
        return json.dumps(record, ensure_ascii=False).encode() + b"\n"


def repack(
    source: Path,
    target: Path,
    *,
    records: Callable[[str, list[dict]], list[dict]] | None = None,
    manifest: Callable[[dict], dict] | None = None,
    key: bytes | None = None,
    extra: dict[str, list[dict]] | None = None,
) -> Path:
    """Rewrite a package: change its records (`records`, `extra` tables) and/or manifest,
    recompute hashes, sign with `key` (a forger's key, or the real sender's to test what lies
    beyond the signature)."""
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
        old_manifest = orjson.loads(members.pop("manifest.json"))
        signature = members.pop("manifest.sig")
    for table, rows in (extra or {}).items():
        members[f"data/{table}.jsonl"] = b"".join(json_line(r) for r in rows)
    for name in list(members):
        if records and name.startswith("data/"):
            rows = [orjson.loads(line) for line in members[name].splitlines() if line]
            rows = records(name[5:-6], rows)
            members[name] = b"".join(json_line(r) for r in rows)
    new_manifest = dict(old_manifest)
    new_manifest["members"] = {
        name: {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        for name, data in members.items()
    }
    if manifest:
        new_manifest = manifest(new_manifest)
    try:
        data = manifest_bytes(new_manifest)
    except orjson.JSONEncodeError:  # a hostile value orjson does not write (beyond 64 bits)
        data = json.dumps(new_manifest, indent=2, sort_keys=True).encode()
    signature = sign(key, data) if key else signature
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
        archive.writestr("manifest.json", data)
        archive.writestr("manifest.sig", signature)
    return target


def recognising_review(initiative_id: str, hlc: str, **changes) -> dict:
    """A package's review record recognising an initiative (grade A, 30 points), by default an
    industry council's decision of 2 May 2022; `changes` replace fields (level, council, dates)."""
    import uuid

    return {
        "id": str(uuid.uuid4()),
        "initiative_id": initiative_id,
        "level": "industry",
        "council": "Hội đồng tự phong",
        "reviewed_on": "2022-05-01",
        "score_novelty": 10,
        "score_applicability": 10,
        "score_benefit": 10,
        "total": 30,
        "grade": "A",
        "outcome": "recognised",
        "decision_no": "01/QĐ-TP",
        "decision_date": "2022-05-02",
        "reason": None,
        "deleted": False,
        "hlc": hlc,
    } | changes
