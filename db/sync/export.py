"""Exporting a package for the parent or a child (`sangkien export --to CODE -o FILE.skp`).

The export reads one consistent snapshot (a single read transaction): the rows in the
destination's scope (db/sync/scope.py) streamed table by table with plain SQL and written as
JSON lines (orjson), the attachments they point at (each content once), and the manifest with
this node's receipts, signed with its key. The file appears only when complete (written under a
temporary name, fsynced, renamed). With `encrypt`, the signed package is then sealed to the
destination's X25519 key (db/sync/crypto.py), known from a package it sent.

Nothing in the database changes but the package log (one "out" row). Acknowledgements advance
only through receipts in packages coming back, so a package lost on the way loses nothing: the
next export to that destination carries the same changes again.

Warnings (in the result, printed by the CLI, shown by the GUI): this PC's clock is before 2021
or behind the newest version stamp this node has written or seen (the date is wrong).
"""

from __future__ import annotations

import base64
import datetime as dt
import os
import uuid
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy.orm import Session

from db.hlc import wall_clock_ms
from db.messages import Message
from db.migrate import head_revision
from db.models import NodeIdentity, PackageLog
from db.node import this_node, utcnow
from db.postgres import on_server
from db.progress import IsCancelled, OnProgress
from db.session import Database
from db.sync import directory, nodes
from db.sync.codec import codec_for
from db.sync.errors import PackageRefused, check_cancelled
from db.sync.format import FORMAT, FORMAT_VERSION, data_member
from db.sync.report import ExportResult
from db.sync.scope import SECRET_WITHHELD, Scope, all_scope_queries
from db.sync.writer import PackageWriter, package_writer

FETCH = 5000
# Records in the order they were written here (the local sequence), then by id compared byte by
# byte as SQLite compares text: a package is the same bytes whichever engine holds the records
# and however a server lays them out or collates (issue 18).
FILE_ORDER = " ORDER BY t.seq, t.id"
SERVER_ORDER = ' ORDER BY t.seq, t.id COLLATE "C"'
EARLIEST_PLAUSIBLE = dt.datetime(2021, 1, 1, tzinfo=dt.UTC)
CLOCK_SLACK_MS = 60_000


def app_version() -> str:
    from db.version import APP_VERSION

    return APP_VERSION


def b64(data: bytes | None) -> str | None:
    return base64.b64encode(data).decode("ascii") if data else None


def clock_warnings(node: NodeIdentity) -> list[Message]:
    """What is wrong with this PC's clock, if anything (export goes ahead regardless)."""
    now = wall_clock_ms()
    warnings = []
    if now < EARLIEST_PLAUSIBLE.timestamp() * 1000:
        warnings.append(Message("clock.before_2021"))
    elif node.hlc_wall > now + CLOCK_SLACK_MS:
        seen = dt.datetime.fromtimestamp(node.hlc_wall / 1000, dt.UTC).strftime("%d/%m/%Y %H:%M")
        warnings.append(Message("clock.behind_stamps", seen=seen))
    return warnings


class RecordStream:
    """Rows of a scope query as package records (the db.records.row_to_record form)."""

    def __init__(self, model: type, skip_node: str | None, redact: bool) -> None:
        self.codec = codec_for(model)
        self.fields = self.codec.fields
        self.convert = [
            (f, self.codec.from_db_of[f]) for f in self.fields if f in self.codec.from_db_of
        ]
        self.json_fields = [i for i, f in enumerate(self.fields) if f in self.codec.json_fields]
        self.skip_node = skip_node
        self.redact = redact and model.__tablename__ == "initiatives"
        self.secret_index = self.fields.index("tech_secret") if self.redact else -1
        self.min_stamp: str | None = None
        self.max_stamp: str | None = None
        self.blobs: set[str] = set()
        self.sha_index = self.fields.index("sha256") if "sha256" in self.fields else -1

    def record(self, raw: tuple) -> dict[str, Any] | None:
        row_id, hlc, later_text = raw[0], raw[1], raw[2]
        later = orjson.loads(later_text) if later_text else None
        if self.skip_node and self._all_by(hlc, later):
            return None
        # One dict built in place (id, the fields in column order, hlc, field_hlc): the export's
        # per-row cost, so no intermediate list or dict.
        record = {"id": row_id}
        record.update(zip(self.fields, raw[3:], strict=True))
        for name, convert in self.convert:
            value = record[name]
            if value is not None:
                record[name] = convert(value)
        record["hlc"] = hlc
        if later:
            record["field_hlc"] = later
        if self.redact and record["tech_secret"]:
            self._withhold(record)
        self._note(record, hlc, later)
        return record

    def _all_by(self, hlc: str, later: dict | None) -> bool:
        node = self.skip_node
        return hlc[16:] == node and all(v[16:] == node for v in (later or {}).values())

    def _withhold(self, record: dict[str, Any]) -> None:
        for name in SECRET_WITHHELD:
            record.pop(name, None)
        later = record.get("field_hlc")
        if later:
            kept = {k: v for k, v in later.items() if k not in SECRET_WITHHELD}
            if kept:
                record["field_hlc"] = kept
            else:
                del record["field_hlc"]

    def _note(self, record: dict[str, Any], hlc: str, later: dict | None) -> None:
        field_hlc = record.get("field_hlc")
        if field_hlc:
            stamps = [hlc, *field_hlc.values()]
            low, high = min(stamps), max(stamps)
        else:  # most rows: one stamp for the whole row
            low = high = hlc
        if self.min_stamp is None or low < self.min_stamp:
            self.min_stamp = low
        if self.max_stamp is None or high > self.max_stamp:
            self.max_stamp = high
        if self.sha_index >= 0:
            self.blobs.add(record["sha256"])


class Exporter:
    """One export (or setup package) from an open read session."""

    def __init__(
        self, session: Session, progress: OnProgress | None, cancelled: IsCancelled | None
    ) -> None:
        self.session = session
        if on_server(session):  # the same rows, in SQLite's form and order (issue 18)
            from db.postgres.rows import ServerCursor

            self.cursor: Any = ServerCursor(session)
            self.order = SERVER_ORDER
        else:
            self.cursor = session.connection().connection.driver_connection.cursor()
            self.order = FILE_ORDER
        self.progress = progress
        self.cancelled = cancelled
        self.counts: dict[str, int] = {}
        self.hlc_range: list[str | None] = [None, None]
        self.blobs: set[str] = set()

    def estimate(self, scope: Scope, queries: list) -> int:
        total = 0
        for model, _sql in queries:
            sql = f"SELECT count(*) FROM {model.__tablename__} WHERE seq > ?"
            total += self.cursor.execute(sql, (scope.acked,)).fetchone()[0]
        return max(total, 1)

    def write_tables(self, writer: PackageWriter, scope: Scope, skip_node: str | None) -> None:
        queries = all_scope_queries(scope)
        total, done = self.estimate(scope, queries), 0
        params = {"acked": scope.acked, "tree": orjson.dumps(scope.tree).decode()}
        for model, sql in queries:
            stream = RecordStream(model, skip_node, redact=scope.upward)
            done = self._write_table(writer, model, sql, params, stream, done, total)
        if self.progress:
            self.progress(total, total)

    def _write_table(self, writer, model, sql, params, stream: RecordStream, done, total) -> int:
        table, count = model.__tablename__, 0
        cursor = self.cursor.execute(sql + self.order, params)
        with ExitStack() as stack:
            member = None
            while rows := cursor.fetchmany(FETCH):
                check_cancelled(self.cancelled)
                for raw in rows:
                    record = stream.record(raw)
                    if record is None:
                        continue
                    if member is None:
                        member = stack.enter_context(writer.member(data_member(table)))
                    member.write_line(orjson.dumps(record) + b"\n")
                    count += 1
                done += len(rows)
                if self.progress:
                    self.progress(min(done, total), total)
        if count:
            self.counts[table] = count
            self._widen(stream)
        self.blobs |= stream.blobs
        return done

    def _widen(self, stream: RecordStream) -> None:
        low, high = self.hlc_range
        if low is None or (stream.min_stamp and stream.min_stamp < low):
            self.hlc_range[0] = stream.min_stamp
        if high is None or (stream.max_stamp and stream.max_stamp > high):
            self.hlc_range[1] = stream.max_stamp

    def write_files(self, writer: PackageWriter) -> None:
        for sha in sorted(self.blobs):
            check_cancelled(self.cancelled)
            row = self.cursor.execute("SELECT data FROM blobs WHERE sha256 = ?", (sha,)).fetchone()
            if row is not None:
                writer.add_file(sha, bytes(row[0]))


def base_manifest(session: Session, node: NodeIdentity, kind: str, destination, full: bool) -> dict:
    unit = nodes.own_unit(session, node)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "kind": kind,
        "package_id": uuid.uuid4().hex,
        "schema_revision": head_revision(),
        "app_version": app_version(),
        "created_at": utcnow().isoformat() + "Z",
        "sender": {
            "node_id": node.node_id,
            "unit_id": unit.id,
            "unit_code": node.unit_code,
            "public_key": b64(node.public_key),
            "box_public_key": b64(node.box_public_key),
        },
        "destination": {
            "unit_id": destination.unit_id,
            "unit_code": destination.unit_code,
            "node_id": destination.node_id,
        },
        "direction": destination.direction,
        "full": full,
        "receipts": nodes.receipts(session),
        "directory": directory.outgoing(session, node),
    }


def write_package(
    session: Session,
    path: Path,
    manifest: dict[str, Any],
    scope: Scope,
    skip_node: str | None,
    progress: OnProgress | None,
    cancelled: IsCancelled | None,
) -> tuple[dict[str, Any], Exporter]:
    """Write the package file; returns the full manifest and the exporter (counts)."""
    node = this_node(session)
    exporter = Exporter(session, progress, cancelled)
    with package_writer(path, node.private_key) as writer:
        exporter.write_tables(writer, scope, skip_node)
        exporter.write_files(writer)
        manifest = {
            **manifest,
            "seq": {"from": scope.acked, "to": node.last_seq, "basis": scope.basis},
            "hlc": {"min": exporter.hlc_range[0], "max": exporter.hlc_range[1]}
            if exporter.hlc_range[0]
            else None,
            "counts": {**exporter.counts, "files": len(exporter.blobs)},
        }
        manifest["members"] = {}
        writer.seal(manifest)
    return manifest, exporter


def log_export(database: Database, manifest: dict[str, Any], path: Path) -> None:
    with database.transaction() as session:
        session.add(
            PackageLog(
                package_id=manifest["package_id"],
                direction="out",
                peer_node_id=manifest["destination"]["node_id"],
                peer_unit_code=manifest["destination"]["unit_code"],
                file_name=str(path),
                at=utcnow(),
                first_seq=manifest["seq"]["from"],
                last_seq=manifest["seq"]["to"],
                counts={**manifest["counts"], "kind": manifest["kind"]},
            )
        )
        if manifest["kind"] == "setup":
            enrolment = manifest["enrolment"]
            nodes.remember_enrolment(session, enrolment["id"], enrolment["unit_code"])


def export_package(
    database: Database,
    to_code: str,
    out_path: Path | str,
    *,
    full: bool = False,
    encrypt: bool = False,
    progress: OnProgress | None = None,
    cancelled: IsCancelled | None = None,
) -> ExportResult:
    """Write a package for the node of unit `to_code` (this node's parent, or a unit below it)."""
    out_path = Path(out_path)
    with database.session() as session:
        node = this_node(session)
        destination = nodes.resolve_destination(session, node, to_code)
        box_key = _box_key(destination, encrypt)
        acked = 0 if full or destination.node is None else destination.node.acked_seq
        basis = 0 if full or destination.node is None else _destination_basis(session, destination)
        tree_root = (
            nodes.own_unit(session, node).id
            if destination.direction == "up"
            else destination.unit_id
        )
        scope = Scope(destination.direction, nodes.subtree(session, tree_root), acked, basis)
        manifest = base_manifest(session, node, "data", destination, full)
        manifest["enrolment"] = {"id": nodes.own_enrolment(session)}
        skip = None if full else destination.node_id
        target = _plain_target(out_path, encrypt)
        manifest, exporter = write_package(
            session, target, manifest, scope, skip, progress, cancelled
        )
        warnings = clock_warnings(node)
    if encrypt:
        _seal(target, out_path, box_key)
    log_export(database, manifest, out_path)
    return _result(out_path, manifest, exporter, encrypt, warnings)


def _destination_basis(session: Session, destination: nodes.Destination) -> int:
    """The destination's last receipt of our changes; a node enrolled here starts from what its
    setup package carried (the acknowledged start)."""
    basis = nodes.receipt_basis(session, destination.node.node_id)
    return min(basis or destination.node.acked_seq, destination.node.acked_seq)


def _box_key(destination: nodes.Destination, encrypt: bool) -> bytes | None:
    if not encrypt:
        return None
    key = destination.node.box_public_key if destination.node else None
    if not key:
        raise PackageRefused(Message("sync.no_box_key", unit=destination.unit_code))
    return key


def _plain_target(out_path: Path, encrypt: bool) -> Path:
    return out_path.with_name(f".{out_path.name}.signed.sktmp") if encrypt else out_path


def _seal(plain: Path, out_path: Path, box_key: bytes | None) -> None:
    from db.sync.crypto import encrypt_package

    try:
        encrypt_package(plain, out_path, box_key)
    finally:
        if plain.exists():
            os.unlink(plain)


def _result(
    path: Path, manifest: dict, exporter: Exporter, encrypted: bool, warnings
) -> ExportResult:
    return ExportResult(
        path=str(path),
        package_id=manifest["package_id"],
        kind=manifest["kind"],
        destination=manifest["destination"]["unit_code"],
        direction=manifest["direction"],
        full=manifest["full"],
        first_seq=manifest["seq"]["from"],
        last_seq=manifest["seq"]["to"],
        counts=dict(exporter.counts),
        files=len(exporter.blobs),
        size=path.stat().st_size,
        encrypted=encrypted,
        warnings=warnings,
    )
