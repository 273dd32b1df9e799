"""Packages encrypted to the recipient node's X25519 box key: a lost USB stick reveals nothing.

The signed `.skp` zip is sealed whole (manifest, signature, records and attachments), so the
signature still proves the sender once the recipient has opened it. Scheme, version 1:

    MAGIC (8 bytes) | header length (4 bytes, big-endian) | header (JSON) | chunks

The header names the algorithm, the sender's ephemeral X25519 public key, the recipient's key
fingerprint and a random salt. The key is HKDF-SHA256(X25519(ephemeral, recipient), salt,
info) and fresh for every package. The content is cut into chunks of `CHUNK` bytes, each sealed
with AES-256-GCM; the nonce is the chunk's number plus a last-chunk flag and the header is the
associated data, so a reordered, truncated, extended or edited file fails to open.
"""

from __future__ import annotations

import base64
import json
import os
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from db.fileutil import atomic_write
from db.node import key_fingerprint
from db.progress import OnProgress
from db.validation import excerpt

MAGIC = b"SKPENC1\n"
ALGORITHM = "X25519-HKDF-SHA256-AES256GCM-STREAM"
CHUNK = 1 << 20
INFO = b"SangKien package encryption v1"
TAG = 16
MAX_HEADER = 4096


class PackageCryptoError(ValueError):
    """An encrypted package that cannot be opened here, with what to do about it."""


def is_encrypted_package(path: Path | str) -> bool:
    """True if the file is an encrypted package (looks at its first bytes only)."""
    with open(path, "rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


def _derive_key(shared: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=INFO).derive(shared)


def _raw_public(key: X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _nonce(index: int, last: bool) -> bytes:
    return struct.pack(">QI", index, 1 if last else 0)


def _chunks(handle: BinaryIO) -> Iterator[tuple[bytes, bool]]:
    """The file's content in CHUNK pieces, each with a flag saying whether it is the last."""
    current = handle.read(CHUNK)
    while True:
        following = handle.read(CHUNK)
        yield current, not following
        if not following:
            return
        current = following


def _make_header(recipient_public: bytes) -> tuple[bytes, bytes]:
    """(header bytes, content key) for a new package sealed to `recipient_public`."""
    ephemeral = X25519PrivateKey.generate()
    salt = os.urandom(32)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    header = {
        "version": 1,
        "algorithm": ALGORITHM,
        "ephemeral_public_key": base64.b64encode(_raw_public(ephemeral)).decode("ascii"),
        "recipient_fingerprint": key_fingerprint(recipient_public),
        "salt": base64.b64encode(salt).decode("ascii"),
        "chunk_size": CHUNK,
    }
    return json.dumps(header, sort_keys=True).encode("utf-8"), _derive_key(shared, salt)


def encrypt_package(
    path_in: Path | str,
    path_out: Path | str,
    recipient_box_public_key: bytes,
    progress: OnProgress | None = None,
) -> None:
    """Seal the package `path_in` for the holder of the X25519 private key matching
    `recipient_box_public_key`, writing `path_out` atomically (never half a file)."""
    if len(recipient_box_public_key or b"") != 32:
        raise PackageCryptoError(
            "Chưa có khóa mã hóa của nơi nhận: cần nhận ít nhất một gói từ đơn vị đó trước. "
            "(The recipient's encryption key is not known yet.)"
        )
    header, key = _make_header(recipient_box_public_key)
    total = os.path.getsize(path_in)
    aead = AESGCM(key)
    with open(path_in, "rb") as source, atomic_write(path_out) as target:
        target.write(MAGIC + struct.pack(">I", len(header)) + header)
        for index, (chunk, last) in enumerate(_chunks(source)):
            sealed = aead.encrypt(_nonce(index, last), chunk, header)
            target.write(struct.pack(">I", len(sealed)) + sealed)
            if progress:
                progress(min((index + 1) * CHUNK, total), total)


def _read_header(handle: BinaryIO) -> tuple[bytes, dict]:
    if handle.read(len(MAGIC)) != MAGIC:
        raise PackageCryptoError(
            "Tệp không phải gói mã hóa của SángKiến. (Not an encrypted package.)"
        )
    (length,) = struct.unpack(">I", _read_exact(handle, 4))
    if length > MAX_HEADER:
        raise _damaged()
    header_bytes = _read_exact(handle, length)
    try:
        header = json.loads(header_bytes)
    except (ValueError, RecursionError):
        raise _damaged() from None
    if not isinstance(header, dict):
        raise _damaged()
    version = header.get("version")
    if type(version) is not int or version != 1 or header.get("algorithm") != ALGORITHM:
        raise PackageCryptoError(
            "Gói được mã hóa theo cách mà phiên bản SángKiến này chưa biết: hãy cập nhật "
            "SángKiến. (Unknown encryption format.)"
        )
    return header_bytes, header


def _read_exact(handle: BinaryIO, size: int) -> bytes:
    data = handle.read(size)
    if len(data) != size:
        raise _damaged()
    return data


def _damaged() -> PackageCryptoError:
    return PackageCryptoError(
        "Gói mã hóa bị hỏng, bị cắt cụt hoặc đã bị sửa: hãy xin nơi gửi xuất lại gói. "
        "(Encrypted package damaged or tampered with.)"
    )


def _content_key(header: dict, box_private_key: bytes) -> bytes:
    private = X25519PrivateKey.from_private_bytes(box_private_key)
    wanted = header.get("recipient_fingerprint")
    if wanted != key_fingerprint(_raw_public(private)):
        raise PackageCryptoError(
            f"Gói này được mã hóa cho một đơn vị khác (khóa {excerpt(wanted)}), không mở được ở "
            "đây. "
            "Hãy kiểm tra lại nơi nhận khi xuất gói. (Encrypted for another node.)"
        )
    ephemeral = _header_bytes(header, "ephemeral_public_key", 32, 32)
    salt = _header_bytes(header, "salt", 16, 64)
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
    except ValueError:  # a low-order key (all zeros): no shared secret, a forged header
        raise _damaged() from None
    return _derive_key(shared, salt)


def _header_bytes(header: dict, key: str, shortest: int, longest: int) -> bytes:
    """A base64 field of the header as bytes of an allowed length (else the file is damaged)."""
    text = header.get(key)
    if not isinstance(text, str) or len(text) > 4 * longest:
        raise _damaged()
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError:
        raise _damaged() from None
    if not shortest <= len(raw) <= longest:
        raise _damaged()
    return raw


def _open_chunks(handle: BinaryIO, aead: AESGCM, header: bytes) -> Iterator[bytes]:
    index = 0
    while True:
        prefix = handle.read(4)
        if len(prefix) != 4:
            raise _damaged()  # ended before a chunk marked last: truncated
        (length,) = struct.unpack(">I", prefix)
        if length > CHUNK + TAG:
            raise _damaged()
        sealed = _read_exact(handle, length)
        for last in (False, True):
            try:
                yield aead.decrypt(_nonce(index, last), sealed, header)
            except InvalidTag:
                continue
            if last:
                if handle.read(1):
                    raise _damaged()  # data after the last chunk
                return
            break
        else:
            raise _damaged()
        index += 1


def decrypt_package(
    path_in: Path | str,
    path_out: Path | str,
    box_private_key: bytes,
    progress: OnProgress | None = None,
) -> None:
    """Open the encrypted package `path_in` with this node's X25519 private key and write the
    signed package to `path_out` (atomically: only a fully authenticated file appears there)."""
    total = os.path.getsize(path_in)
    with open(path_in, "rb") as source:
        header_bytes, header = _read_header(source)
        aead = AESGCM(_content_key(header, box_private_key))
        with atomic_write(path_out) as target:
            for plain in _open_chunks(source, aead, header_bytes):
                target.write(plain)
                if progress:
                    progress(source.tell(), total)


def recipient_fingerprint(path: Path | str) -> str:
    """The fingerprint of the key a package was encrypted to (to say whom it is for)."""
    with open(path, "rb") as source:
        return str(_read_header(source)[1].get("recipient_fingerprint"))
