"""The package file (`.skp`): a zip with a signed manifest, JSON lines per table and attachments.

Members (nothing else is allowed in a package):

    manifest.json          what the package is (below); the bytes the signature covers
    manifest.sig           Ed25519 signature (64 raw bytes) over the exact bytes of manifest.json
    data/<table>.jsonl     one record per line (db.records.row_to_record form, orjson), tables in
                           db.models.SYNCED_MODELS order; a table with no records has no member
    files/<sha256>         an attachment's content, once per distinct SHA-256 (lower-case hex)

manifest.json (format version 1), keys sorted:

    format            "sangkien-package"
    format_version    1 (a reader refuses a greater one: "update SángKiến")
    kind              "data" (export) or "setup" (enrolment of a new node)
    package_id        random UUID (hex): the import log refuses the same id twice
    schema_revision   db.migrate.head_revision() of the writer
    app_version       SángKiến version of the writer (named when a reader must update)
    created_at        the writer's wall clock, UTC, ISO 8601 (warned about when implausible)
    sender            {node_id, unit_id, unit_code, public_key (Ed25519, base64),
                       box_public_key (X25519, base64, for packages encrypted to the sender)}
    destination       {unit_id, unit_code, node_id (null: any node of that unit)}
    direction         "up" (to the parent node) or "down" (to a child node)
    full              true when everything in scope was written, not only the delta
    seq               {"from": exclusive lower bound (the destination's acknowledged sequence),
                       "to": the sender's last sequence}: the package holds every change in scope
                       with from < seq <= to
    hlc               {"min", "max"} over every version stamp in the package (null if empty)
    receipts          {node_id: highest sequence of that node merged at the sender}
    counts            {table: records, "files": attachment files}
    members           {member name: {"size": bytes, "sha256": hex}} for every member but the two
                      manifest files
    enrolment         setup packages: {"id", "unit_id", "unit_code", "unit_name", "reg_series"};
                      data packages: {"id"} of the setup package the sender was created from
                      (null when it was set up by `init --unit`)
    directory         (optional; absent from older packages) the nodes the sender knows, at most
                      4096: [{node_id, unit_code, fingerprint?, retired?}] (db/sync/directory.py);
                      a receiver keeps only entries of units within the sender's tree

A reader decodes manifest.json once, against `Manifest` below (msgspec): every key's type, the
integers within SQLite's signed 64 bits, the strings' lengths. Whatever does not fit refuses the
package at once, naming the field, before anything else reads it, so a dry run and an import
always refuse alike. The records are checked field by field by db/sync/codec.py.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

import msgspec

from db.messages import Message
from db.models import SYNCED_BY_TABLE
from db.sync.errors import PackageRefused

FORMAT = "sangkien-package"
FORMAT_VERSION = 1
KINDS = ("data", "setup")
DIRECTIONS = ("up", "down")
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
SIGNATURE_SIZE = 64
SUFFIX = ".skp"

# Safety limits for reading (a zip bomb or a hostile archive is refused before it is unpacked).
MAX_MANIFEST_BYTES = 64 << 20
MAX_MEMBERS = 500_000
MAX_TOTAL_BYTES = 32 << 30
MAX_MEMBER_BYTES = 8 << 30
MAX_RATIO = 200  # uncompressed / compressed, for members above RATIO_FLOOR
RATIO_FLOOR = 1 << 20
MAX_LINE_BYTES = 64 << 20

# Zip compression of data members: level 1 writes about 3x faster than 6 for 20% more bytes.
COMPRESS_LEVEL = 1

_FILE_NAME = re.compile(r"files/[0-9a-f]{64}")
_HEX = re.compile(r"[0-9a-f]{64}")


def data_member(table: str) -> str:
    return f"data/{table}.jsonl"


def file_member(sha256: str) -> str:
    return f"files/{sha256}"


def is_known_member(name: str) -> bool:
    if name in (MANIFEST, SIGNATURE) or _FILE_NAME.fullmatch(name):
        return True
    return name.startswith("data/") and name.endswith(".jsonl") and name[5:-6] in SYNCED_BY_TABLE


# ---- the manifest's schema: every field typed and bounded, checked once when it is read --------

INT64_MAX = 2**63 - 1  # SQLite's largest integer: a sequence or count beyond it cannot be stored
Count = Annotated[int, msgspec.Meta(ge=0, le=INT64_MAX)]
# Text the messages may quote: no control or direction characters (an escape sequence in a unit
# code must not repaint a terminal or reorder a sentence).
PRINTABLE = r"^[^\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]*$"
Id = Annotated[str, msgspec.Meta(min_length=1, max_length=64, pattern=PRINTABLE)]
Code = Annotated[str, msgspec.Meta(min_length=1, max_length=32, pattern=PRINTABLE)]
Name = Annotated[str, msgspec.Meta(max_length=255, pattern=PRINTABLE)]
Short = Annotated[str, msgspec.Meta(max_length=64, pattern=PRINTABLE)]
Key = Annotated[str, msgspec.Meta(min_length=1, max_length=64, pattern=PRINTABLE)]
Stamp = Annotated[str, msgspec.Meta(pattern=r"^[0-9a-f]{16}[0-9A-Za-z_-]{1,48}$")]
Sha256 = Annotated[str, msgspec.Meta(pattern=r"^[0-9a-f]{64}$")]


class Sender(msgspec.Struct, frozen=True):
    node_id: Id
    unit_id: Id
    unit_code: Code
    public_key: Key
    box_public_key: Key | None = None


class Destination(msgspec.Struct, frozen=True):
    unit_code: Code
    unit_id: Id | None = None
    node_id: Id | None = None


class SeqRange(msgspec.Struct, frozen=True, omit_defaults=True):
    from_: Count = msgspec.field(name="from")
    to: Count
    basis: Count | None = None  # absent from packages written before it existed


class HlcRange(msgspec.Struct, frozen=True):
    min: Stamp | None = None
    max: Stamp | None = None


class Member(msgspec.Struct, frozen=True):
    size: Annotated[int, msgspec.Meta(ge=0, le=MAX_MEMBER_BYTES)]
    sha256: Sha256


class Enrolment(msgspec.Struct, frozen=True, omit_defaults=True):
    id: Id | None = None
    unit_id: Id | None = None
    unit_code: Code | None = None
    unit_name: Name | None = None
    # The new node's series of registration numbers (db.reg_numbers): "" primary, a letter.
    reg_series: Annotated[str, msgspec.Meta(max_length=16)] | None = None


class DirectoryEntry(msgspec.Struct, frozen=True, omit_defaults=True):
    node_id: Id
    unit_code: Code
    fingerprint: Annotated[str, msgspec.Meta(max_length=128, pattern=PRINTABLE)] | None = None
    retired: bool = False


MAX_DIRECTORY = 4096


class Manifest(msgspec.Struct, frozen=True, omit_defaults=True):
    """manifest.json as read: unknown keys are ignored, every known one must fit its type."""

    format: str
    format_version: Annotated[int, msgspec.Meta(ge=1, le=1000)]
    kind: Literal["data", "setup"]
    package_id: Id
    schema_revision: Short
    app_version: Short
    created_at: Short
    sender: Sender
    destination: Destination
    direction: Literal["up", "down"]
    full: bool
    seq: SeqRange
    receipts: Annotated[dict[Id, Count], msgspec.Meta(max_length=MAX_MEMBERS)]
    counts: Annotated[dict[Short, Count], msgspec.Meta(max_length=64)]
    members: Annotated[dict[str, Member], msgspec.Meta(max_length=MAX_MEMBERS)]
    hlc: HlcRange | None = None
    enrolment: Enrolment | None = None
    directory: Annotated[list[DirectoryEntry], msgspec.Meta(max_length=MAX_DIRECTORY)] | None = None


_DECODER = msgspec.json.Decoder(Manifest)
_LOOSE = msgspec.json.Decoder(dict[str, Any])


def damaged_manifest(name: str, detail: str | Message) -> PackageRefused:
    return PackageRefused(Message("sync.damaged_manifest", name=name, detail=detail))


def parse_manifest(data: bytes, name: str) -> tuple[Manifest, dict[str, Any]]:
    """(the typed manifest, the same as plain JSON values) or PackageRefused with the reason.
    A manifest of a newer format is reported as such (NewerFormat) even when its shape differs."""
    try:
        manifest = _DECODER.decode(data)
    except msgspec.ValidationError as error:
        _raise_if_newer(data)
        raise damaged_manifest(name, _schema_detail(str(error))) from None
    except msgspec.DecodeError:
        raise damaged_manifest(name, Message("sync.detail.not_json")) from None
    if manifest.format_version > FORMAT_VERSION:
        raise NewerFormat(manifest.app_version)
    if manifest.format != FORMAT:
        raise damaged_manifest(name, Message("sync.detail.not_ours"))
    return manifest, msgspec.to_builtins(manifest)


class NewerFormat(Exception):
    """The manifest is of a newer format: the reader names the version to update to."""

    def __init__(self, app_version: str | Message) -> None:
        super().__init__(app_version)
        self.app_version = app_version


def _raise_if_newer(data: bytes) -> None:
    try:
        loose = _LOOSE.decode(data)
    except msgspec.MsgspecError:
        return
    version = loose.get("format_version")
    if type(version) is int and version > FORMAT_VERSION:
        app = loose.get("app_version")
        raise NewerFormat(app[:32] if isinstance(app, str) else Message("sync.newer_version"))


_PATH = re.compile(r"at `\$\.?([^`]*)`")
_MISSING = re.compile(r"missing required field `(\w+)`")


def _schema_detail(error: str) -> Message:
    """msgspec's message as 'trường 'seq.to' sai kiểu hoặc vượt giới hạn (<msgspec's words>)'.
    Its words name only the schema's own keys and types (a wrong enum value is not quoted back)."""
    found = _PATH.search(error)
    where = re.sub(r"\[[^\]]*\]", "", found.group(1)) if found else ""
    missing = _MISSING.search(error)
    if missing:
        where = f"{where}.{missing.group(1)}" if where else missing.group(1)
    what = re.sub(r" matching regex '.*'", " of the right form", error.split(" - at ")[0])
    # msgspec quotes an enum's wrong value: what the sender wrote, never repeated back
    what = re.sub(r"Invalid enum value .*", "Invalid enum value", what, flags=re.DOTALL)
    what = what if len(what) <= 160 else what[:159] + "…"
    if not where:
        return Message("sync.manifest_not_object", detail=what)
    return Message("sync.manifest_field", field=where, detail=what)
