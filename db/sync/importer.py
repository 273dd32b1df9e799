"""Importing packages (`sangkien import FILE_OR_FOLDER... [--dry-run] [--json]`, the GUI's preview).

For each package, in this order, and nothing is written until the last step:

1. open: a sealed package (db/sync/crypto.py) is first opened with this node's box key; then
   the archive checks of db/sync/reader.py (names, links, duplicates, sizes, ratios, manifest,
   format and schema version; the member list must be the manifest's);
2. addressed to us, from a known node with its pinned key, or a new node a person trusts
   (db/sync/trust.py): the signature is checked before anything else is believed;
3. already imported? (the package id in the package log): "đã nhập rồi", nothing changes;
4. every member's SHA-256 and every record's form and types (db/sync/verify.py);
5. preview / dry run: the merge run without writing (db/sync/apply.py), the report per table;
6. a backup of the database (a file: a copy, or the undo journal of a large one; a server: a
   pg_dump, db/postgres/backup.py);
7. the merge in ONE transaction, the sender pinned (first package), its receipts applied, the
   package id logged. If anything fails, the transaction rolls back and nothing is kept. On a
   server, one import at a time (an advisory lock; the one that waits is told, `waiting`), and
   the node's row locked like a clerk's save, so sequence numbers stay distinct.

Acknowledgements: the sender's receipt for this node says which of our changes it has merged;
`KnownNode.acked_seq` only moves forward, by receipts, so a lost package loses nothing. When
the receipt covers every change we had, the sender also has all that this import wrote (it sent
it), so acked moves to our new last sequence and nothing echoes back. `merged_seq` (our receipt
for the sender, sent with our next package) moves to the package's last sequence when the
package starts at or below what we had merged (there is no gap), or is the first from that node
(whose acknowledged start it sets: a node made from our setup package starts above zero).
"""

from __future__ import annotations

import gc
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db import undo_journal
from db.engines import on_server
from db.fileutil import StorageError
from db.messages import Message, message_of
from db.models import KnownNode, NodeIdentity, PackageLog, Unit
from db.node import this_node, utcnow
from db.progress import IsCancelled, OnProgress
from db.session import Database, DatabaseError
from db.sync import directory, nodes
from db.sync.apply import Merger
from db.sync.authority import UNIT_RANK, Authority, UnitTree
from db.sync.clock_policy import clock_refusal, limit_text, too_far_ahead
from db.sync.errors import PackageRefused
from db.sync.format import SUFFIX
from db.sync.reader import Package, open_package
from db.sync.report import ImportReport
from db.sync.rows import SqliteMergeRows
from db.sync.trust import SenderCheck, check_sender, pin_sender
from db.sync.verify import Verified, verify_package

# ---- opening (sealed packages too) ------------------------------------------------------------


@contextmanager
def opened_package(database: Database, path: Path) -> Iterator[Package]:
    """The package at `path`, decrypted first if it was sealed to this node's key."""
    from db.sync.crypto import PackageCryptoError, decrypt_package, is_encrypted_package

    if not path.is_file():
        raise PackageRefused(Message("sync.file_not_found", path=path))
    if not is_encrypted_package(path):
        with open_package(path) as package:
            yield package
        return
    with database.session() as session:
        box_key = this_node(session).box_private_key
    folder = Path(tempfile.mkdtemp(prefix="sangkien-"))
    try:
        plain = folder / path.name
        try:
            decrypt_package(path, plain, box_key)
        except PackageCryptoError as error:
            raise PackageRefused(message_of(error) or str(error)) from None
        with open_package(plain) as package:
            package.name = path.name
            yield package
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a package is checked and merged, back as it was after.
    The records the verify pass keeps for the merge are hundreds of thousands of dicts, and every
    collection walked them all: 0.9 s of a 6 s import of 10,000 initiatives (1,091 collections).
    An import makes no cycles that must be freed before it ends; reference counting frees the
    rest as before."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def package_files(paths: Iterable[Path | str]) -> list[Path]:
    """The packages named: files as given, folders as their *.skp files in name order."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.suffix.lower() == SUFFIX and p.is_file())
        else:
            found.append(path)
    return found


# ---- reading steps -----------------------------------------------------------------------------


def already_imported(session: Session, package_id: str) -> bool:
    query = select(PackageLog.id).where(
        PackageLog.package_id == package_id, PackageLog.direction == "in"
    )
    return session.scalar(query.limit(1)) is not None


def fill_from_manifest(report: ImportReport, package: Package) -> None:
    manifest = package.manifest
    report.package_id = manifest["package_id"]
    report.kind = manifest["kind"]
    report.sender_unit = manifest["sender"]["unit_code"]
    report.sender_node = manifest["sender"]["node_id"]
    report.created_at = manifest["created_at"]
    report.direction = manifest["direction"]
    report.full = manifest["full"]


def sender_label(session: Session, package: Package, check: SenderCheck) -> Message:
    """The sending PC as people here know it: its unit's code and name, and its node id."""
    unit = session.scalar(select(Unit).where(Unit.code == check.unit_code))
    name = f"{check.unit_code} – {unit.name}" if unit is not None else check.unit_code
    return Message("sync.sender_pc", unit=name, node=package.manifest["sender"]["node_id"][:8])


def refuse_future_package(package: Package, sender: str) -> None:
    """The clock policy (db/sync/clock_policy.py) on the stamps the manifest declares; the merge
    checks every record's stamps too (a manifest could understate them)."""
    stamps = package.manifest.get("hlc") or {}
    newest = stamps.get("max")
    if isinstance(newest, str) and too_far_ahead(newest, limit_text()):
        raise clock_refusal(sender, newest)


def manifest_warnings(package: Package) -> list[Message]:
    manifest = package.manifest
    warnings = []
    created = manifest["created_at"][:4]
    if created < "2021":
        warnings.append(
            Message(
                "sync.sender_clock_wrong",
                sender=manifest["sender"]["unit_code"],
                created=manifest["created_at"][:10],
            )
        )
    return warnings


def local_unit_ids(session: Session) -> set[str]:
    return set(session.scalars(select(Unit.id)))


def authority_for(session: Session, check: SenderCheck) -> Authority | None:
    """The limits on a child's package (None for the parent's: it is trusted)."""
    if check.relation != "child":
        return None
    rows = session.execute(select(Unit.id, Unit.parent_id, Unit.code, Unit.level)).all()
    tree = UnitTree({r.id: r.parent_id for r in rows}, {r.id: r.code for r in rows})
    # The unit pinned for the sending node (by its verified node id), as this node holds it:
    # never the manifest's unit id or anything else the sender writes.
    pinned = next((r for r in rows if r.code == check.unit_code), None)
    if pinned is None:
        raise PackageRefused(Message("sync.sender_unit_missing", unit=check.unit_code))
    return Authority(pinned.id, pinned.code, UNIT_RANK.get(pinned.level, 0), tree)


def receipt_for(package: Package, node: NodeIdentity) -> int:
    value = package.manifest["receipts"].get(node.node_id, 0)
    return max(0, min(value, node.last_seq))


def total_work(package: Package) -> int:
    counts = package.manifest["counts"]
    return max(1, sum(v for k, v in counts.items() if k != "files" and isinstance(v, int)))


class Importer:
    """One package into one database (see the module docstring for the steps)."""

    def __init__(
        self,
        database: Database,
        path: Path | str,
        *,
        trust_new_node: bool = False,
        actor: str = "",
        backup: bool = True,
        progress: OnProgress | None = None,
        cancelled: IsCancelled | None = None,
        waiting: Callable[[Message], None] | None = None,
    ) -> None:
        self.database = database
        self.on_server = on_server(database.engine)
        self.waiting = waiting  # told when another import holds the server (issue 18)
        self.path = Path(path)
        self.trust = trust_new_node
        self.actor = actor or "import"
        self.backup = backup
        self.progress = progress
        self.cancelled = cancelled
        self.report = ImportReport(file=str(self.path))

    def run(self, mode: str) -> ImportReport:
        """mode: "preview", "dry-run" (nothing written) or "import"."""
        with opened_package(self.database, self.path) as package, collector_paused():
            fill_from_manifest(self.report, package)
            verified = self.check(package, write_after=mode == "import")
            if verified is None:
                return self.report
            try:
                if mode == "import":
                    self.apply(package, verified)
            finally:
                verified.close()
        return self.report

    def check(self, package: Package, write_after: bool) -> Verified | None:
        """Steps 2-5 in a read transaction; None when already imported."""
        with self.database.session() as session:
            node = this_node(session)
            # The signature first: a tampered package must not pass as "already imported".
            check = check_sender(session, package, node, self.trust)
            if already_imported(session, package.manifest["package_id"]):
                self.report.status = "already"
                return None
            self.report.new_node, self.report.fingerprint = check.new_node, check.fingerprint
            self.sender = sender_label(session, package, check)
            refuse_future_package(package, self.sender)
            work = total_work(package)
            verified = verify_package(
                package,
                local_unit_ids(session),
                self._progress(0, 2 * work),
                self.cancelled,
                True,  # the tables not kept read again through its process: closed by `run`
            )
            try:
                self.report.warnings += manifest_warnings(package)
                if not write_after:
                    self.merge(session, package, verified, check, node, write=False)
                    self.report.status = "preview"
            except BaseException:
                verified.close()
                raise
            return verified

    def _progress(self, base: int, total: int) -> OnProgress | None:
        if self.progress is None:
            return None
        return lambda done, _total: self.progress(base + done, total)

    def merge(self, session, package, verified, check, node, *, write: bool) -> Merger:
        work = total_work(package)
        merger = Merger(
            session,
            package,
            verified,
            self.report,
            write=write,
            authority=authority_for(session, check),
            sender=sender_label(session, package, check),
            receipt=receipt_for(package, node),
            actor=self.actor,
            progress=self.progress,
            cancelled=self.cancelled,
            progress_base=work,
            progress_total=2 * work,
        )
        try:
            merger.run()
        finally:
            if isinstance(merger.cursor, SqliteMergeRows):
                merger.cursor.settle()  # the last write ended (its error raised): no thread left
        return merger

    def apply(self, package: Package, verified: Verified) -> None:
        journal = (
            self.backup and not self.on_server and undo_journal.wanted_for(Path(self.database.path))
        )
        if self.backup and not journal:
            self.report.backup = str(backup_database(self.database))
        self.report.tables.clear()
        try:
            with self.database.transaction() as session:
                if self.on_server:
                    from db.postgres.merge_rows import lock_imports

                    lock_imports(session, self.waiting)  # one import at a time on a server
                recorder = undo_journal.start_before_import(session) if journal else None
                self.apply_in(session, package, verified)
                if recorder is not None:
                    self.save_journal(session, recorder, package)
        except BaseException as error:
            self.forget_journal()
            if not is_integrity_error(error):
                raise
            cause = getattr(error, "orig", None) or error  # the driver's own, not SQLAlchemy's
            detail = cause.args[0] if cause.args else str(cause)
            refusal = Message("sync.conflicts_with_data", name=package.name, detail=detail)
            raise PackageRefused(refusal) from None
        if journal:
            from db.backup import rotate_backups

            rotate_backups(Path(self.database.path))  # journals count as backups
        self.report.status = "imported"

    def save_journal(self, session: Session, recorder: undo_journal.UndoRecorder, package) -> None:
        """The safety copy of a large database: what this import changes, saved before it commits
        (db/undo_journal.py)."""
        session.flush()
        if self.report.status == "already":
            recorder.stop()
            return
        path = Path(self.database.path)
        saved = undo_journal.save_before_commit(recorder, path, package.manifest["package_id"])
        self.report.backup = str(saved)

    def forget_journal(self) -> None:
        """An import that did not commit leaves no journal behind (it could never apply)."""
        if (self.report.backup or "").endswith(undo_journal.UNDO_SUFFIX):
            Path(self.report.backup).unlink(missing_ok=True)
            Path(self.report.backup + ".json").unlink(missing_ok=True)
            self.report.backup = None

    def apply_in(self, session: Session, package: Package, verified: Verified) -> None:
        # The clock and sequence until the commit, as a clerk's save takes them: on a server,
        # saves made meanwhile wait rather than take the same sequence numbers.
        node = this_node(session, lock=True)
        if already_imported(session, package.manifest["package_id"]):
            self.report.status = "already"
            return
        check = check_sender(session, package, node, self.trust)
        known = pin_sender(session, package, check)
        directory.accept(session, package.manifest, check.unit_code)
        last_before = node.last_seq
        merger = self.merge(session, package, verified, check, node, write=True)
        acked_up_to = merger.own_writes_after  # not our own corrections: they must go back
        advance_sync_state(session, package, node, known, last_before, self.report, acked_up_to)
        log_import(session, package, self.report)


def backup_database(database: Database) -> Path:
    """A copy of the file, or on a server a pg_dump (db/postgres/backup.py)."""
    from db.postgres.backup import backup_before

    return backup_before(database, "import")


def is_integrity_error(error: BaseException) -> bool:
    """A constraint of the database refused a row (SQLAlchemy's, sqlite3's or psycopg's)."""
    if isinstance(error, IntegrityError | sqlite3.IntegrityError):
        return True
    return type(error).__module__.startswith("psycopg") and any(
        cls.__name__ == "IntegrityError" for cls in type(error).__mro__
    )


def advance_sync_state(
    session: Session,
    package: Package,
    node: NodeIdentity,
    known: KnownNode,
    last_before: int,
    report: ImportReport,
    own_writes_after: int | None = None,
) -> None:
    """Apply the sender's receipt (acked_seq) and record what we merged from it (merged_seq).
    A receipt covering all we had before the import also covers what the import wrote from the
    sender's records, but not what this node decided on its own after them (`own_writes_after`:
    the last sequence number before those)."""
    receipt = receipt_for(package, node)
    nodes.remember_receipt(session, known.node_id, receipt)
    if receipt >= last_before:
        echoed = node.last_seq if own_writes_after is None else own_writes_after
        known.acked_seq = max(known.acked_seq, echoed)
    else:
        known.acked_seq = max(known.acked_seq, receipt)
    seq = package.manifest["seq"]
    # "basis": what we had told the sender we merged; "from" may be above it by our own changes
    # that the sender skipped (no echo). Packages from before the basis was written lack it.
    basis = min(seq["from"], seq.get("basis", seq["from"]))
    if basis <= known.merged_seq or known.merged_seq == 0:
        known.merged_seq = max(known.merged_seq, seq["to"])
    else:
        report.warnings.append(Message("sync.gap_before", sender=known.unit_code))


def log_import(session: Session, package: Package, report: ImportReport) -> None:
    manifest = package.manifest
    session.add(
        PackageLog(
            package_id=manifest["package_id"],
            direction="in",
            peer_node_id=manifest["sender"]["node_id"],
            peer_unit_code=manifest["sender"]["unit_code"],
            file_name=report.file,
            at=utcnow(),
            first_seq=manifest["seq"]["from"],
            last_seq=manifest["seq"]["to"],
            counts={"kind": manifest["kind"], **report.summary()},
        )
    )


# ---- the public functions ----------------------------------------------------------------------


def preview_package(database: Database, path: Path | str, **options) -> ImportReport:
    """What importing would do (nothing is written). Raises PackageRefused / UnknownSender."""
    return Importer(database, path, **options).run("preview")


def import_package(
    database: Database, path: Path | str, *, dry_run: bool = False, **options
) -> ImportReport:
    """Import one package (or with `dry_run`, only report). Raises PackageRefused."""
    report = Importer(database, path, **options).run("dry-run" if dry_run else "import")
    if dry_run and report.status == "preview":
        report.status = "dry-run"
    return report


def import_paths(
    database: Database, paths: Iterable[Path | str], *, dry_run: bool = False, **options
) -> list[ImportReport]:
    """Import each package of `paths` (folders: their .skp files) separately; a refused one is
    reported by name (status "refused", `error`) and the others go ahead."""
    reports = []
    for path in package_files(paths):
        try:
            reports.append(import_package(database, path, dry_run=dry_run, **options))
        except (PackageRefused, StorageError, DatabaseError) as error:
            reports.append(refused_report(path, error))
    return reports


def refused_report(path: Path, error: Exception) -> ImportReport:
    said = message_of(error)
    report = ImportReport(file=str(path), status="refused", error=str(error), error_message=said)
    report.fingerprint = getattr(error, "fingerprint", "")
    report.new_node = hasattr(error, "fingerprint")
    return report
