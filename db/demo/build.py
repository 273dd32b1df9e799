"""Building the demo.

`build_demo(path)` makes a new database for the node CDDKVN with the reference data (units,
phases, fields, targets), authors, initiatives in natural Vietnamese, their authors' shares,
reviews, decisions and certificates (records.py writes them, bulk.py composes them). With the
default 7,085 initiatives: 3,516 registered by 14/04/2023 (65% of the 5,400 target), 7,085 at
the end, 1,062 authors, PVEP 395 against its 210 and 18 of the 33 unions over their target.
Another N keeps the same shape, proportionally. Then the register goes on in 2024–2026 and a
current programme runs (current.py), after everything above so that the first programme's
figures stay exact.

The same seed gives the same records (ids from the seeded generator, version stamps from a fixed
clock), so `dump` of two builds is identical. The file is new, so it is written the fast way:
one transaction, journal in memory, indexes and the search index built once at the end. A
build that fails or is cancelled leaves no file behind.
"""

from __future__ import annotations

import gc
import hashlib
import random
import sqlite3
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session

from db.changes import RecordWriter
from db.demo import DEFAULT_INITIATIVES, DEFAULT_SEED, MAX_INITIATIVES
from db.demo.current import write_later_years
from db.demo.records import (
    AS_OF,
    DEMO_NOW,
    REGISTERED_BY_AS_OF,
    TABLES,
    DemoRecords,
    StopBuilding,
)
from db.demo.writer import (
    ChildRowWriter,
    RowWriter,
    open_row_writer,
    set_bulk_pragmas,
)
from db.demo.writer import indexes_built_at_the_end as built_at_the_end
from db.duplicates.demo import plant_demo_duplicates
from db.fileutil import remove_database_files
from db.messages import Message
from db.models import AuditEntry, NodeIdentity
from db.node import create_node, this_node
from db.progress import IsCancelled, OnProgress
from db.reference import ROOT_CODE, load_reference_data, reference_id
from db.session import open_database

__all__ = [
    "AS_OF",
    "REGISTERED_BY_AS_OF",
    "DemoCancelled",
    "DemoError",
    "DemoSummary",
    "build_demo",
]


class DemoError(Exception):
    """The demo cannot be built here (a message for a person)."""


class DemoCancelled(DemoError):
    def __init__(self) -> None:
        super().__init__(Message("demo.cancelled"))


@dataclass(frozen=True)
class DemoSummary:
    """What a demo build wrote."""

    path: Path
    initiatives: int
    people: int
    authors: int  # initiative_authors rows
    reviews: int
    certificates: int
    registered_by_as_of: int  # registered on or before AS_OF (14/04/2023)
    seconds: float


def build_demo(
    path: Path | str,
    initiatives: int = DEFAULT_INITIATIVES,
    seed: int = DEFAULT_SEED,
    progress: OnProgress | None = None,
    cancelled: IsCancelled | None = None,
    in_this_process: bool | None = None,
) -> DemoSummary:
    """Build a new headquarters demo database at `path` (which must not exist yet).

    `progress(done, total)` is called after each batch of 10,000 initiatives; `cancelled()` as
    often: when it says True the build stops and leaves no file (DemoCancelled).
    """
    path = Path(path)
    check_demo_arguments(path, initiatives)
    started = time.perf_counter()
    try:
        open_database(path, create=True).close()  # the head schema, in one step (db.migrate)
        records = write_demo(path, initiatives, seed, progress, cancelled, in_this_process)
        back_to_wal(path)
    except BaseException as error:
        remove_database_files(path)
        if isinstance(error, StopBuilding):
            raise DemoCancelled from None
        raise
    return DemoSummary(
        path,
        initiatives=records.counts["initiatives"],
        people=records.counts["people"],
        authors=records.counts["initiative_authors"],
        reviews=records.counts["reviews"],
        certificates=records.counts["certificates"],
        registered_by_as_of=records.registered_by_as_of,
        seconds=time.perf_counter() - started,
    )


def check_demo_arguments(path: Path, initiatives: int) -> None:
    if path.exists():
        raise DemoError(Message("demo.file_exists", path=path))
    if not 1 <= initiatives <= MAX_INITIATIVES:
        limit = f"{MAX_INITIATIVES:,}".replace(",", ".")
        raise DemoError(f"Số sáng kiến phải từ 1 đến {limit} (đang là {initiatives}).")


# ---- writing -----------------------------------------------------------------------------------


def write_demo(
    path: Path,
    initiatives: int,
    seed: int,
    progress: OnProgress | None,
    cancelled: IsCancelled | None,
    in_this_process: bool | None = None,
) -> DemoRecords:
    """The node and reference data, the records (db/demo/writer.py inserts them, in a second
    process where a core is free for it, or as `in_this_process` says), then the node's clock
    and the planted duplicates: three transactions, each the only writer of a new file."""
    engine = bulk_engine(path)
    try:
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            writer = open_row_writer(raw, str(path), TABLES, in_this_process)  # starts now
            rng = random.Random(seed)
            try:
                with conn.begin():
                    session = Session(bind=conn)
                    node = set_up_headquarters(session, rng)
                    node_id, key, first_seq = node.node_id, node.private_key, node.last_seq + 1
                    session.close()
                records = DemoRecords(
                    None,
                    writer=writer,
                    initiatives=initiatives,
                    rng=rng,
                    seed=seed,
                    node_id=node_id,
                    signing_key=key,
                    first_seq=first_seq,
                    progress=progress or (lambda done, total: None),
                    cancelled=cancelled or (lambda: False),
                )
                write_records(records, writer)
            except BaseException:
                writer.abandon()
                raise
            with conn.begin():
                session = Session(bind=conn)
                finish_node(session, this_node(session), records)
                plant_demo_duplicates(session, rng)  # issue 14: pairs for the Duplicates page
                session.close()
    finally:
        engine.dispose()
    return records


def write_records(records: DemoRecords, writer: RowWriter | ChildRowWriter) -> None:
    """Every record of the demo, then the indexes; the certificates are signed meanwhile, on
    two threads (db/demo/signing.py), while the other tables' indexes are built by the writer's
    process, or by SQLite here without holding Python's lock. The certificates' rows go in
    before their own indexes are made, as every other table's."""
    writer.begin()
    with collector_paused():
        records.write(write_later_years)  # and the certificates start being signed
        writer.build_indexes(tuple(table for table in TABLES if table != "certificates"))
        records.write_certificates()
        writer.build_indexes(("certificates",))
    writer.commit()


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic garbage collection while the records are composed: they hold no cycles
    (reference counting frees them), and each batch's hundred thousand new tuples set the
    collector walking everything alive, again and again (8-9% of composing, measured). The
    threshold rather than gc.disable(): desktop.startup may enable the collector meanwhile."""
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def bulk_engine(path: Path) -> Engine:
    """An engine for writing a brand-new file fast: nobody else has it open, and a failed
    build deletes it, so the journal can live in memory and nothing waits for the disk."""
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
        set_bulk_pragmas(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def set_up_headquarters(session: Session, rng: random.Random) -> NodeIdentity:
    """The node CDDKVN (its id from the seed, so stamps repeat) with the reference data."""
    node = create_node(session, ROOT_CODE, unit_id=reference_id("unit", ROOT_CODE))
    node.node_id = uuid.UUID(int=rng.getrandbits(128), version=4).hex
    node.private_key, node.public_key = demo_key_pair(node.node_id)
    session.flush()
    load_reference_data(session, RecordWriter(session, actor="demo"))
    session.flush()
    return node


def demo_key_pair(node_id: str) -> tuple[bytes, bytes]:
    """The demo node's signing key, from its (seeded) id: the same seed signs its certificates
    with the same codes, so two builds dump alike. A demo key, never a real node's."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    seed = hashlib.sha256(f"SángKiến demo key {node_id}".encode()).digest()
    key = Ed25519PrivateKey.from_private_bytes(seed)
    return seed, key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def finish_node(session: Session, node: NodeIdentity, records: DemoRecords) -> None:
    """The node's sequence and clock move past every row written."""
    node.last_seq = records.last_seq
    node.hlc_wall, node.hlc_counter = records.clock.wall_ms, max(records.clock.counter, 0)
    session.add(
        AuditEntry(
            at=DEMO_NOW.replace(tzinfo=None),
            actor="demo",
            action="demo",
            table_name="*",
            row_id="*",
            changes={"initiatives": records.n, "rows": dict(records.counts)},
        )
    )
    session.flush()


@contextmanager
def indexes_built_at_the_end(raw: sqlite3.Connection) -> Iterator[None]:
    """The demo's plain indexes and search-index triggers dropped, and made again on leaving
    (for a benchmark writing with DemoRecords into its own transaction)."""
    with built_at_the_end(raw, TABLES):
        yield


def back_to_wal(path: Path) -> None:
    raw = sqlite3.connect(path)
    try:
        raw.execute("PRAGMA journal_mode = WAL")
    finally:
        raw.close()
