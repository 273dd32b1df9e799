"""Typed SQLAlchemy 2.0 models for every record of the domain (docs/ARCHITECTURE.md, "Records"),
and a node's local tables.

Synced tables share `SyncedMixin`: a UUID key made where the row was created, a version stamp per
field (hybrid logical clock), a tombstone and a local change sequence. Local tables (this node's
identity, known nodes, package log, conflicts, audit) never leave the database.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from db.money import from_hundredths, to_hundredths

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# Milliseconds since 1970, change sequences and file sizes outgrow 32 bits: SQLite's INTEGER is
# 64-bit already, a server's (issue 18) must be BIGINT (migration 0013).
Big = Integer().with_variant(BigInteger(), "postgresql")


def new_id() -> str:
    return str(uuid.uuid4())


class Money(TypeDecorator):
    """An amount stored exactly as whole hundredths (db/money.py): int when whole, else Decimal."""

    # hundredths of up to a million billion need 64 bits: BIGINT on PostgreSQL (SQLite has 64)
    impl = Big
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> int | None:
        return None if value is None else to_hundredths(value)

    def process_result_value(self, value: Any, dialect: Any) -> int | Decimal | None:
        return None if value is None else from_hundredths(int(value))

    @property
    def python_type(self) -> type:
        return Decimal


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class SyncedMixin:
    """Columns every synced row carries. `seq`, `search_text` and the sort keys are local: never
    exported."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    # Stamp of the row's creation; a field's version is field_hlc.get(name, hlc).
    hlc: Mapped[str] = mapped_column(String(64))
    # Per-field stamps newer than `hlc` (sparse: most rows never change after creation).
    field_hlc: Mapped[dict[str, str] | None] = mapped_column(JSON, default=None)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    seq: Mapped[int] = mapped_column(Big, index=True)

    LOCAL_COLUMNS: ClassVar[frozenset[str]] = frozenset(
        {"seq", "search_text", "title_key", "author_key", "name_key"}
    )
    META_COLUMNS: ClassVar[frozenset[str]] = frozenset(
        {"id", "hlc", "field_hlc", "seq", "search_text", "title_key", "author_key", "name_key"}
    )

    def version_of(self, field: str) -> str:
        return (self.field_hlc or {}).get(field, self.hlc)

    @classmethod
    def synced_fields(cls) -> list[str]:
        """The versioned fields of this table, `deleted` included, in column order."""
        return [c.key for c in cls.__table__.columns if c.key not in cls.META_COLUMNS]


class Unit(SyncedMixin, Base):
    __tablename__ = "units"
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    short_name: Mapped[str | None] = mapped_column(String(64))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("units.id"), index=True)
    level: Mapped[str] = mapped_column(String(16))
    site_type: Mapped[str | None] = mapped_column(String(32))
    cluster: Mapped[str | None] = mapped_column(String(128))
    member_count: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class UnitName(SyncedMixin, Base):
    """A unit's earlier names: the name it bore from `valid_from` until the next entry."""

    __tablename__ = "unit_names"
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    short_name: Mapped[str | None] = mapped_column(String(64))
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)


class Programme(SyncedMixin, Base):
    """An emulation programme (phong trào thi đua): its window, what it counts, its wording.

    Owned by `owner_unit_id`: the programme covers that unit's subtree, and only the node serving
    that unit changes it. An initiative counts toward every programme whose window holds its
    registration date and whose owner's subtree holds its unit.
    """

    __tablename__ = "programmes"
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    counts: Mapped[str] = mapped_column(String(16), default="registered")  # or "recognised"
    certificate_wording: Mapped[str | None] = mapped_column(Text)
    owner_unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)


class Phase(SyncedMixin, Base):
    __tablename__ = "phases"
    code: Mapped[str] = mapped_column(String(16), unique=True)
    # NULL only for a phase from a package of the schema before programmes.
    programme_id: Mapped[str | None] = mapped_column(ForeignKey("programmes.id"), index=True)
    name: Mapped[str] = mapped_column(String(128))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)


class Field(SyncedMixin, Base):
    """A field of activity (lĩnh vực) an initiative belongs to."""

    __tablename__ = "fields"
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(255))


class Target(SyncedMixin, Base):
    __tablename__ = "targets"
    __table_args__ = (UniqueConstraint("unit_id", "phase_id"),)
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    phase_id: Mapped[str] = mapped_column(ForeignKey("phases.id"))
    target: Mapped[int] = mapped_column(Integer)


class Person(SyncedMixin, Base):
    __tablename__ = "people"
    __table_args__ = (
        Index("ix_people_search_text", "search_text"),  # exact names (0007)
        # every list of people in Vietnamese order walks this, no sort (0019)
        # (deleted first, SQLite would walk it for any "live people" query, looking up each)
        Index("ix_people_name_key", "name_key", "id"),
        # a unit's live people counted from the index alone (0019; unit_id's own stays, as a
        # migration that changes an index takes a copy of a large file instead of a journal)
        Index("ix_people_unit_live", "unit_id", "deleted"),
    )
    full_name: Mapped[str] = mapped_column(String(255))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("units.id"), index=True)
    job_title: Mapped[str | None] = mapped_column(String(255))
    qualification: Mapped[str | None] = mapped_column(String(255))
    employee_no: Mapped[str | None] = mapped_column(String(64))
    union_member: Mapped[bool] = mapped_column(Boolean, default=True)
    search_text: Mapped[str] = mapped_column(Text, default="")
    # name then birth date in Vietnamese order as bytes (db/collation.py person_key), kept with
    # search_text (0019): local, never in a package
    name_key: Mapped[bytes | None] = mapped_column(LargeBinary)


class Initiative(SyncedMixin, Base):
    __tablename__ = "initiatives"
    __table_args__ = (
        Index("ix_initiatives_unit_status", "unit_id", "status"),
        Index("ix_initiatives_registered_on", "registered_on"),
        # the table's default order, deleted rows left out, its filters, the search's walk
        # and stats, from the index alone (0007; it replaced 0002's deleted, registered_on)
        Index(
            "ix_initiatives_browse",
            "deleted",
            "registered_on",
            "unit_id",
            "phase_id",
            "status",
            "recognised_on",
        ),
        # stats and the dashboard: each unit's counted days in grouping order, no sort (0012)
        Index(
            "ix_initiatives_stats", "deleted", "unit_id", "registered_on", "status", "recognised_on"
        ),
        # the table sorted by title or by first author walks these, no sort (0018)
        Index("ix_initiatives_title_key", "deleted", "title_key"),
        Index("ix_initiatives_author_key", "deleted", "author_key"),
    )
    reg_no: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(Text)
    solution_type: Mapped[str] = mapped_column(String(32))
    field_id: Mapped[str | None] = mapped_column(ForeignKey("fields.id"), index=True)
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"))
    phase_id: Mapped[str | None] = mapped_column(ForeignKey("phases.id"), index=True)
    investor: Mapped[str | None] = mapped_column(String(255))
    first_applied_on: Mapped[dt.date | None] = mapped_column(Date)
    registered_on: Mapped[dt.date] = mapped_column(Date)
    essence: Mapped[str | None] = mapped_column(Text)
    conditions: Mapped[str | None] = mapped_column(Text)
    benefit_author: Mapped[str | None] = mapped_column(Text)
    benefit_unit: Mapped[str | None] = mapped_column(Text)
    first_appliers: Mapped[str | None] = mapped_column(Text)
    confidential_info: Mapped[str | None] = mapped_column(Text)
    tech_secret: Mapped[bool] = mapped_column(Boolean, default=False)
    benefit_value: Mapped[int | Decimal | None] = mapped_column(Money)  # exact: db/money.py
    benefit_currency: Mapped[str] = mapped_column(String(3), default="VND")
    scope: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    recognised_on: Mapped[dt.date | None] = mapped_column(Date)
    duplicate_of_id: Mapped[str | None] = mapped_column(ForeignKey("initiatives.id"))
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Vietnamese order as bytes (db/collation.py sort_key), kept with search_text (0018): the
    # title's and the first author's name's
    title_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    author_key: Mapped[bytes | None] = mapped_column(LargeBinary)


class InitiativeAuthor(SyncedMixin, Base):
    __tablename__ = "initiative_authors"
    initiative_id: Mapped[str] = mapped_column(ForeignKey("initiatives.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    share: Mapped[int] = mapped_column(Integer)
    ordinal: Mapped[int] = mapped_column(Integer, default=0)


class Review(SyncedMixin, Base):
    __tablename__ = "reviews"
    initiative_id: Mapped[str] = mapped_column(ForeignKey("initiatives.id"), index=True)
    level: Mapped[str] = mapped_column(String(16))
    council: Mapped[str | None] = mapped_column(String(255))
    reviewed_on: Mapped[dt.date | None] = mapped_column(Date)
    score_novelty: Mapped[int | None] = mapped_column(Integer)
    score_applicability: Mapped[int | None] = mapped_column(Integer)
    score_benefit: Mapped[int | None] = mapped_column(Integer)
    total: Mapped[int | None] = mapped_column(Integer)
    grade: Mapped[str | None] = mapped_column(String(1))
    outcome: Mapped[str | None] = mapped_column(String(16))
    decision_no: Mapped[str | None] = mapped_column(String(64))
    decision_date: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)


class Certificate(SyncedMixin, Base):
    __tablename__ = "certificates"
    number: Mapped[str] = mapped_column(String(48), unique=True)
    initiative_id: Mapped[str] = mapped_column(ForeignKey("initiatives.id"), index=True)
    review_id: Mapped[str | None] = mapped_column(ForeignKey("reviews.id"))
    recipients: Mapped[list[str]] = mapped_column(JSON, default=list)
    level: Mapped[str] = mapped_column(String(16))
    decision_no: Mapped[str | None] = mapped_column(String(64))
    decision_date: Mapped[dt.date | None] = mapped_column(Date)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(String(128))
    signer_name: Mapped[str | None] = mapped_column(String(255))
    signer_title: Mapped[str | None] = mapped_column(String(255))
    issuer_unit_id: Mapped[str | None] = mapped_column(ForeignKey("units.id"))
    issuer_node_id: Mapped[str | None] = mapped_column(String(36))
    verification_code: Mapped[str | None] = mapped_column(String(255))
    reprint_count: Mapped[int] = mapped_column(Integer, default=0)


class Attachment(SyncedMixin, Base):
    __tablename__ = "attachments"
    initiative_id: Mapped[str] = mapped_column(ForeignKey("initiatives.id"), index=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    file_name: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str | None] = mapped_column(String(128))
    size: Mapped[int] = mapped_column(Big)
    added_on: Mapped[dt.date | None] = mapped_column(Date)


class DuplicateDecision(SyncedMixin, Base):
    """A person's verdict on two initiatives (issue 14): "same" makes the later filing a
    duplicate of the earlier; "different" keeps the pair from being proposed again. The id is
    made from the pair, so two nodes deciding the same pair write one record (the later wins).
    The initiative ids are plain text, not references: a site holding one side still keeps it."""

    __tablename__ = "duplicate_decisions"
    initiative_id: Mapped[str] = mapped_column(String(36), index=True)  # the later filing
    original_id: Mapped[str] = mapped_column(String(36), index=True)  # the earlier filing
    verdict: Mapped[str] = mapped_column(String(16))  # "same" | "different"
    level: Mapped[str] = mapped_column(String(16))  # the council level that decided
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"))  # the unit whose council decided
    decided_on: Mapped[dt.date] = mapped_column(Date)
    previous_status: Mapped[str | None] = mapped_column(String(16))  # restored on reversal
    note: Mapped[str | None] = mapped_column(Text)


class ProgrammeOverride(SyncedMixin, Base):
    """A clerk's exception to what counts toward a programme (issue 12): `included` True counts
    an initiative of the programme's scope registered outside its window, False leaves one out.

    `unit_id` is the programme's owner unit: only a node serving that unit or a unit above it
    records an override (db/queries/programme_overrides.py; in a package the OWN rule of
    db/sync/authority.py on this field), and the figures honour an override only while it names
    the programme's owner. The id is made from the pair, so one pair has one override (the later
    wins); `deleted` clears it. The ids are plain text, not references (as duplicate decisions).
    """

    __tablename__ = "programme_overrides"
    programme_id: Mapped[str] = mapped_column(String(36), index=True)
    initiative_id: Mapped[str] = mapped_column(String(36), index=True)
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"))
    included: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str | None] = mapped_column(Text)


class PersonAlias(SyncedMixin, Base):
    """A person merged into another: packages still naming `merged_id` resolve to `kept_id`."""

    __tablename__ = "person_aliases"
    merged_id: Mapped[str] = mapped_column(String(36), index=True)
    kept_id: Mapped[str] = mapped_column(String(36), index=True)
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"))  # whose records these are
    moved_authors: Mapped[list[str]] = mapped_column(JSON, default=list)  # authorships moved


class Blob(Base):
    """Attachment content, stored once by SHA-256 however many records point at it."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Big)
    data: Mapped[bytes] = mapped_column(LargeBinary)


# ---- local tables: this node's own bookkeeping, never exported -------------------------------


class NodeIdentity(Base):
    """This installation: its node id, the unit it serves, its key pair, clock and sequence."""

    __tablename__ = "node"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    node_id: Mapped[str] = mapped_column(String(36), unique=True)
    unit_id: Mapped[str | None] = mapped_column(String(36))
    unit_code: Mapped[str] = mapped_column(String(32))
    private_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    # X25519 pair for packages encrypted to this node (Ed25519 above signs, this one decrypts).
    box_private_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    box_public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    parent_node_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    hlc_wall: Mapped[int] = mapped_column(Big, default=0)
    hlc_counter: Mapped[int] = mapped_column(Integer, default=0)
    last_seq: Mapped[int] = mapped_column(Big, default=0)
    # The series of registration numbers this node hands out for its own unit (db.reg_numbers).
    reg_series: Mapped[str | None] = mapped_column(String(16))


class KnownNode(Base):
    """Another node whose packages we accept: its pinned key and how far we are in sync with it."""

    __tablename__ = "known_nodes"
    node_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(32))
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(128))
    box_public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    relation: Mapped[str] = mapped_column(String(16), default="child")
    first_seen: Mapped[dt.datetime] = mapped_column(DateTime)
    # Highest of OUR sequence numbers that this node says it has merged (from its receipts).
    acked_seq: Mapped[int] = mapped_column(Big, default=0)
    # Highest of ITS sequence numbers that we have merged (sent back to it as a receipt).
    merged_seq: Mapped[int] = mapped_column(Big, default=0)


class PackageLog(Base):
    __tablename__ = "package_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    package_id: Mapped[str] = mapped_column(String(36), index=True)
    direction: Mapped[str] = mapped_column(String(3))  # "in" or "out"
    peer_node_id: Mapped[str | None] = mapped_column(String(36))
    peer_unit_code: Mapped[str | None] = mapped_column(String(32))
    file_name: Mapped[str | None] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    first_seq: Mapped[int | None] = mapped_column(Big)
    last_seq: Mapped[int | None] = mapped_column(Big)
    counts: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class Conflict(Base):
    """A concurrent edit: the value kept by the merge rule and the value it replaced or refused."""

    __tablename__ = "conflicts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(64))
    kept_value: Mapped[Any] = mapped_column(JSON)
    kept_hlc: Mapped[str] = mapped_column(String(64))
    lost_value: Mapped[Any] = mapped_column(JSON)
    lost_hlc: Mapped[str] = mapped_column(String(64))
    package_id: Mapped[str | None] = mapped_column(String(36))
    detected_at: Mapped[dt.datetime] = mapped_column(DateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str | None] = mapped_column(String(16))


class AuditEntry(Base):
    """Who changed what and when: one row per record touched by a user action or an import."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    actor: Mapped[str] = mapped_column(String(255))
    action: Mapped[str] = mapped_column(String(32))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(64), index=True)
    changes: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    package_id: Mapped[str | None] = mapped_column(String(36))


class LocalSetting(Base):
    __tablename__ = "local_settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class DuplicateAuthorship(Base):
    """Issue 14, derived and local: each live, not-duplicate initiative's authors by folded name,
    with its folded title, so that pairs sharing an author are found without reading the whole
    register (db/duplicates/stored_pairs.py keeps it up to date by sequence numbers)."""

    __tablename__ = "duplicate_authorships"
    folded_name: Mapped[str] = mapped_column(String(255), primary_key=True)
    initiative_id: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)
    folded_title: Mapped[str] = mapped_column(Text)
    unit_id: Mapped[str | None] = mapped_column(String(36))


class DuplicateCandidate(Base):
    """Issue 14, derived and local: a pair sharing an author whose titles are alike, scored
    (the Duplicates page and `duplicates list` read it; decisions are left out when read)."""

    __tablename__ = "duplicate_candidates"
    low_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    high_id: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)
    score: Mapped[float] = mapped_column(Float, index=True)
    title_score: Mapped[float] = mapped_column(Float)
    essence_score: Mapped[float | None] = mapped_column(Float)
    low_unit: Mapped[str | None] = mapped_column(String(36))
    high_unit: Mapped[str | None] = mapped_column(String(36))
    shared: Mapped[list[str]] = mapped_column(JSON, default=list)  # folded names of shared authors


# Synced tables in dependency order: parents before children (export, import and dump use it).
SYNCED_MODELS: tuple[type[SyncedMixin], ...] = (
    Unit,
    UnitName,
    Programme,
    Phase,
    Field,
    Target,
    Person,
    Initiative,
    InitiativeAuthor,
    Review,
    Certificate,
    Attachment,
    DuplicateDecision,
    PersonAlias,
    ProgrammeOverride,
)
SYNCED_BY_TABLE: dict[str, type[SyncedMixin]] = {m.__tablename__: m for m in SYNCED_MODELS}
