"""Opening a package file and checking it before any record is trusted.

`open_package(path)` checks the archive itself: a zip at all, member names (no `..`, absolute
paths, drive letters or backslashes), no links, directories, encrypted or duplicate members, only
the members a package may have, sizes and compression ratios within limits (a zip bomb is refused
from the sizes in the central directory, and a member is never read past its declared size), and
the manifest against its typed schema (db/sync/format.py's `Manifest`: types, integer ranges,
lengths), format version and schema revision. The member list of the zip must be
exactly the manifest's (a package re-zipped with other content is refused).

`Package.verify_signature(public_key)` checks manifest.sig over the exact manifest bytes.
`Package.records(table)` streams one table's records, hashing the member as it goes and refusing
the package at the end if the size or SHA-256 differs from the manifest; `Package.file(sha)`
reads an attachment the same way.
"""

from __future__ import annotations

import base64
import hashlib
import stat
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from db.messages import Message
from db.sync.errors import PackageRefused
from db.sync.format import (
    MANIFEST,
    MAX_LINE_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_MEMBER_BYTES,
    MAX_MEMBERS,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    RATIO_FLOOR,
    SIGNATURE,
    SIGNATURE_SIZE,
    Manifest,
    NewerFormat,
    damaged_manifest,
    data_member,
    file_member,
    is_known_member,
    parse_manifest,
)
from db.validation import cleaned

CHUNK = 1 << 20
_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError)


# ---- messages --------------------------------------------------------------------------------


def not_a_package(name: str) -> PackageRefused:
    return PackageRefused(Message("sync.not_a_package", name=name))


def damaged(name: str) -> PackageRefused:
    return PackageRefused(Message("sync.damaged", name=name))


def tampered(name: str, member: str) -> PackageRefused:
    return PackageRefused(Message("sync.tampered", name=name, member=member))


def unsafe(name: str, member: str, what: str) -> PackageRefused:
    """`what`: the kind of member, a code sync.unsafe.* of db/messages.py."""
    return PackageRefused(Message("sync.unsafe", name=name, member=member, what=Message(what)))


def bomb(name: str) -> PackageRefused:
    return PackageRefused(Message("sync.bomb", name=name))


def invalid_record(name: str, table: str, line: int, detail: str | Message) -> PackageRefused:
    if not isinstance(detail, Message):
        detail = cleaned(detail, 300)  # whatever produced it, never a long quotation of the sender
    return PackageRefused(
        Message("sync.invalid_record", name=name, table=table, line=line, detail=detail)
    )


def needs_update(name: str, version: str | Message) -> PackageRefused:
    return PackageRefused(Message("sync.needs_update", name=name, version=version))


# ---- schema revisions ------------------------------------------------------------------------


def known_revisions() -> frozenset[str]:
    """Every schema revision this SángKiến knows, read from the migration files (db.migrate):
    importing Alembic for it cost a fresh `sangkien import` process half a second."""
    from db.migrate import known_revisions as revisions

    return revisions()


# ---- the archive -----------------------------------------------------------------------------


def _is_link(info: zipfile.ZipInfo) -> bool:
    mode = info.external_attr >> 16
    return info.create_system == 3 and stat.S_ISLNK(mode)


def _unsafe_name(member: str) -> bool:
    parts = member.replace("\\", "/").split("/")
    return (
        member.startswith(("/", "\\"))
        or "\\" in member
        or "\x00" in member
        or (len(member) > 1 and member[1] == ":")
        or ".." in parts
    )


def _check_member(name: str, info: zipfile.ZipInfo, seen: set[str]) -> None:
    member = info.filename
    if _unsafe_name(member):
        raise unsafe(name, member, "sync.unsafe.path")
    if _is_link(info):
        raise unsafe(name, member, "sync.unsafe.link")
    if member in seen:
        raise unsafe(name, member, "sync.unsafe.duplicate")
    if info.is_dir() or not is_known_member(member):
        raise unsafe(name, member, "sync.unsafe.unexpected")
    if info.flag_bits & 0x1:
        raise unsafe(name, member, "sync.unsafe.encrypted")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise unsafe(name, member, "sync.unsafe.compression")
    seen.add(member)


def _check_sizes(name: str, infos: list[zipfile.ZipInfo], archive_size: int) -> None:
    total = 0
    for info in infos:
        if info.file_size > MAX_MEMBER_BYTES:
            raise bomb(name)
        ratio_base = max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and info.file_size / ratio_base > MAX_RATIO:
            raise bomb(name)
        total += info.file_size
    if total > MAX_TOTAL_BYTES or total > MAX_RATIO * archive_size + RATIO_FLOOR:
        raise bomb(name)


def _open_zip(path: Path) -> zipfile.ZipFile:
    name = path.name
    if not path.is_file():
        raise PackageRefused(Message("sync.file_not_found", path=path))
    try:
        with open(path, "rb") as handle:
            head = handle.read(4)
        return zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise (damaged(name) if head == b"PK\x03\x04" else not_a_package(name)) from None
    except _READ_ERRORS:
        raise damaged(name) from None


class Package:
    """An opened, structurally checked package (use as a context manager, or `close()`)."""

    def __init__(self, path: Path, archive: zipfile.ZipFile) -> None:
        self.path = path
        self.name = path.name
        self.archive = archive
        self.infos = {info.filename: info for info in archive.infolist()}
        self.manifest_bytes = self._read_small(MANIFEST, MAX_MANIFEST_BYTES)
        self.signature = self._read_signature()
        self.info: Manifest
        self.manifest = self._parse_manifest()

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.archive.close()

    # ---- manifest ---------------------------------------------------------------------------

    def _read_small(self, member: str, limit: int) -> bytes:
        info = self.infos.get(member)
        if info is None:
            raise damaged_manifest(self.name, Message("sync.detail.missing", member=member))
        if info.file_size > limit:
            raise bomb(self.name)
        try:
            return self.archive.read(info)
        except _READ_ERRORS:
            raise damaged(self.name) from None

    def _read_signature(self) -> bytes:
        """The signature's bytes; one of another size cannot be valid, and is left unread so that
        the signature check reports it as a bad signature (not as a damaged or hostile file)."""
        info = self.infos.get(SIGNATURE)
        if info is not None and info.file_size != SIGNATURE_SIZE:
            return b""
        return self._read_small(SIGNATURE, SIGNATURE_SIZE)

    def _parse_manifest(self) -> dict[str, Any]:
        try:
            self.info, manifest = parse_manifest(self.manifest_bytes, self.name)
        except NewerFormat as newer:
            raise needs_update(self.name, newer.app_version) from None
        if manifest["schema_revision"] not in known_revisions():
            raise needs_update(self.name, manifest["app_version"])
        self._check_member_list(manifest)
        return manifest

    def _check_member_list(self, manifest: dict[str, Any]) -> None:
        listed = manifest["members"]
        present = set(self.infos) - {MANIFEST, SIGNATURE}
        for member in sorted(present ^ set(listed)):
            raise tampered(self.name, member)
        for member, entry in listed.items():
            if self.infos[member].file_size != entry["size"]:
                raise tampered(self.name, member)
        for member in listed:
            if member.startswith("files/") and member[6:] != listed[member]["sha256"]:
                raise tampered(self.name, member)

    @property
    def sender_key(self) -> bytes:
        try:
            key = base64.b64decode(self.manifest["sender"]["public_key"], validate=True)
        except ValueError:
            raise damaged_manifest(self.name, Message("sync.detail.bad_key")) from None
        if len(key) != 32:
            raise damaged_manifest(self.name, Message("sync.detail.bad_key"))
        return key

    @property
    def sender_box_key(self) -> bytes | None:
        text = self.manifest["sender"].get("box_public_key")
        if not isinstance(text, str):
            return None
        try:
            key = base64.b64decode(text, validate=True)
        except ValueError:
            return None
        return key if len(key) == 32 else None

    def verify_signature(self, public_key: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(public_key).verify(
                self.signature, self.manifest_bytes
            )
        except (InvalidSignature, ValueError):
            return False
        return True

    # ---- members ----------------------------------------------------------------------------

    def has_table(self, table: str) -> bool:
        return data_member(table) in self.manifest["members"]

    def files(self) -> list[str]:
        return [m[6:] for m in self.manifest["members"] if m.startswith("files/")]

    def _chunks(self, member: str) -> Iterator[bytes]:
        """The member's bytes in chunks; PackageRefused at the end if size or hash differ."""
        entry = self.manifest["members"][member]
        digest, size = hashlib.sha256(), 0
        try:
            with self.archive.open(self.infos[member]) as stream:
                while chunk := stream.read(CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                    if size > entry["size"]:
                        raise tampered(self.name, member)
                    yield chunk
        except _READ_ERRORS:
            raise damaged(self.name) from None
        if size != entry["size"] or digest.hexdigest() != entry["sha256"]:
            raise tampered(self.name, member)

    def verify_member(self, member: str) -> None:
        for _chunk in self._chunks(member):
            pass

    def file(self, sha256: str) -> bytes:
        return b"".join(self._chunks(file_member(sha256)))

    def lines(self, table: str) -> Iterator[tuple[int, bytes]]:
        """(line number, raw line) of a table's member, hash-checked at the end."""
        member = data_member(table)
        if member not in self.manifest["members"]:
            return
        rest, number = b"", 0
        for chunk in self._chunks(member):
            lines = (rest + chunk).split(b"\n")
            rest = lines.pop()
            if len(rest) > MAX_LINE_BYTES:
                raise bomb(self.name)
            for line in lines:
                number += 1
                yield number, line
        if rest:
            yield number + 1, rest

    def records(self, table: str) -> Iterator[tuple[int, dict[str, Any]]]:
        """(line number, record) of a table, each line parsed as one JSON object."""
        for number, line in self.lines(table):
            try:
                record = orjson.loads(line)
            except orjson.JSONDecodeError:
                raise invalid_record(
                    self.name, table, number, Message("sync.detail.not_json")
                ) from None
            if not isinstance(record, dict):
                raise invalid_record(self.name, table, number, Message("sync.detail.not_an_object"))
            yield number, record


def open_package(path: Path | str) -> Package:
    """Open and check a package file's structure (PackageRefused with the reason otherwise)."""
    path = Path(path)
    archive = _open_zip(path)
    try:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise bomb(path.name)
        seen: set[str] = set()
        for info in infos:
            _check_member(path.name, info, seen)
        _check_sizes(path.name, infos, path.stat().st_size)
        return Package(path, archive)
    except BaseException:
        archive.close()
        raise
