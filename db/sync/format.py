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
    enrolment         setup packages: {"id", "unit_id", "unit_code", "unit_name"};
                      data packages: {"id"} of the setup package the sender was created from
                      (null when it was set up by `init --unit`)
"""

from __future__ import annotations

import re
from typing import Any

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


def is_sha256(text: Any) -> bool:
    return isinstance(text, str) and _HEX.fullmatch(text) is not None


# ---- checking a manifest's shape ------------------------------------------------------------------

_REQUIRED: dict[str, type | tuple[type, ...]] = {
    "format": str,
    "format_version": int,
    "kind": str,
    "package_id": str,
    "schema_revision": str,
    "app_version": str,
    "created_at": str,
    "sender": dict,
    "destination": dict,
    "direction": str,
    "full": bool,
    "seq": dict,
    "receipts": dict,
    "counts": dict,
    "members": dict,
}


def damaged_manifest(name: str, detail: str) -> PackageRefused:
    return PackageRefused(
        f"Phần mô tả (manifest.json) của gói {name} bị hỏng: {detail}. Không nhập gói này; hãy "
        f"xin nơi gửi xuất lại. (Damaged package manifest: {detail}.)"
    )


def check_manifest_shape(manifest: Any, name: str) -> None:
    """PackageRefused unless `manifest` has every key with the right type (values are checked
    by the reader where they are used)."""
    if not isinstance(manifest, dict):
        raise damaged_manifest(name, "không phải một đối tượng JSON")
    if manifest.get("format") != FORMAT:
        raise damaged_manifest(name, "không phải gói SángKiến")
    for key, kind in _REQUIRED.items():
        if not isinstance(manifest.get(key), kind) or isinstance(manifest.get(key), bool) != (
            kind is bool
        ):
            raise damaged_manifest(name, f"trường '{key}' thiếu hoặc sai kiểu")
    _check_parts(manifest, name)


def _check_parts(manifest: dict[str, Any], name: str) -> None:
    sender, seq = manifest["sender"], manifest["seq"]
    for key in ("node_id", "unit_code", "unit_id", "public_key"):
        if not isinstance(sender.get(key), str) or not sender[key]:
            raise damaged_manifest(name, f"thiếu sender.{key}")
    if not isinstance(manifest["destination"].get("unit_code"), str):
        raise damaged_manifest(name, "thiếu destination.unit_code")
    for key in ("from", "to"):
        value = seq.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise damaged_manifest(name, f"seq.{key} sai")
    if manifest["kind"] not in KINDS or manifest["direction"] not in DIRECTIONS:
        raise damaged_manifest(name, "loại gói hoặc chiều gửi không biết")
    for member, entry in manifest["members"].items():
        if not isinstance(entry, dict) or not is_sha256(entry.get("sha256")):
            raise damaged_manifest(name, f"thiếu mã băm của '{member}'")
        size = entry.get("size")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise damaged_manifest(name, f"kích thước của '{member}' sai")
    for node_id, value in manifest["receipts"].items():
        if not isinstance(node_id, str) or not isinstance(value, int) or isinstance(value, bool):
            raise damaged_manifest(name, "biên nhận (receipts) sai")
