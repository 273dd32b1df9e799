"""Writing a package file: members streamed into the zip while their SHA-256 is taken, then the
manifest listing every member's size and hash, signed with the node's Ed25519 key.

The zip is written under a temporary name beside the target, fsynced and renamed into place
(db.fileutil.atomic_path): a crash, a full USB stick or Cancel never leaves half a package under
its final name.
"""

from __future__ import annotations

import hashlib
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from db.fileutil import atomic_path
from db.sync.format import COMPRESS_LEVEL, MANIFEST, SIGNATURE, file_member

FLUSH_BYTES = 1 << 20


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    return orjson.dumps(manifest, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS)


def sign(private_key: bytes, data: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_key).sign(data)


class MemberStream:
    """A member being written: buffers lines, hashes and counts every byte it passes on."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        self.hash = hashlib.sha256()
        self.size = 0
        self.parts: list[bytes] = []
        self.pending = 0

    def write_line(self, line: bytes) -> None:
        self.parts.append(line)
        self.pending += len(line)
        if self.pending >= FLUSH_BYTES:
            self.flush()

    def write(self, data: bytes) -> None:
        self.flush()
        self._emit(data)

    def flush(self) -> None:
        if self.parts:
            self._emit(b"".join(self.parts))
            self.parts.clear()
            self.pending = 0

    def _emit(self, data: bytes) -> None:
        self.hash.update(data)
        self.size += len(data)
        self.raw.write(data)


class PackageWriter:
    """Members go in with `member()` / `add_file()`; `seal(manifest)` adds the manifest (with the
    member list filled in) and its signature."""

    def __init__(self, archive: zipfile.ZipFile, private_key: bytes) -> None:
        self.archive = archive
        self.private_key = private_key
        self.members: dict[str, dict[str, Any]] = {}
        self.sealed = False

    def _info(self, name: str, compress: int) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=time.localtime()[:6])
        info.compress_type = compress
        info.external_attr = 0o644 << 16
        if compress == zipfile.ZIP_DEFLATED:
            # Python 3.13 names it compress_level; 3.11 and 3.12 _compresslevel.
            level = "compress_level" if hasattr(info, "compress_level") else "_compresslevel"
            setattr(info, level, COMPRESS_LEVEL)
        return info

    @contextmanager
    def member(self, name: str) -> Iterator[MemberStream]:
        """A data member written as a stream of lines."""
        info = self._info(name, zipfile.ZIP_DEFLATED)
        with self.archive.open(info, "w", force_zip64=True) as raw:
            stream = MemberStream(raw)
            yield stream
            stream.flush()
        self.members[name] = {"size": stream.size, "sha256": stream.hash.hexdigest()}

    def add_file(self, sha256: str, content: bytes) -> None:
        """An attachment's content under its hash (stored: scans and photos do not compress)."""
        name = file_member(sha256)
        if name in self.members:
            return
        if hashlib.sha256(content).hexdigest() != sha256:
            raise ValueError(f"blob {sha256} does not match its content")
        self.archive.writestr(self._info(name, zipfile.ZIP_STORED), content)
        self.members[name] = {"size": len(content), "sha256": sha256}

    def seal(self, manifest: dict[str, Any]) -> bytes:
        """Write manifest.json (members filled in) and manifest.sig; returns the manifest bytes."""
        manifest = {**manifest, "members": dict(sorted(self.members.items()))}
        data = manifest_bytes(manifest)
        self.archive.writestr(self._info(MANIFEST, zipfile.ZIP_DEFLATED), data)
        self.archive.writestr(
            self._info(SIGNATURE, zipfile.ZIP_STORED), sign(self.private_key, data)
        )
        self.sealed = True
        return data


@contextmanager
def package_writer(path: Path | str, private_key: bytes) -> Iterator[PackageWriter]:
    """A writer for a package at `path`; the file appears there only if the block ends normally
    after `seal()` (db.fileutil.StorageError with a clear message when the disk refuses)."""
    with atomic_path(path) as temp, zipfile.ZipFile(temp, "w", allowZip64=True) as archive:
        writer = PackageWriter(archive, private_key)
        yield writer
        if not writer.sealed:
            raise RuntimeError("package written without a manifest")
