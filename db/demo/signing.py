"""Signing the demo's certificates beside other work (one Ed25519 signature per certificate: the
format requires it, db/certificate_codes.py).

The signatures are libsodium's (PyNaCl), which lets go of Python's lock while it signs, so two
threads sign at once, beside the indexes being built; cryptography's (the fallback) holds the
lock and signs on one thread. Ed25519 signatures are deterministic: both give the same codes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import numpy as np

from db.certificate_codes import ALPHABET, CODE_DIGITS, SIGNATURE_BYTES

SIGNING_THREADS = 2
# The code is base32 of the signature shifted left to whole 40-bit groups (db.certificate_codes):
# each group's eight digits looked up two at a time, from a table of every 10 bits' two digits.
_PAD_BITS = -(CODE_DIGITS * 5) % 40
_GROUPS = (CODE_DIGITS * 5 + _PAD_BITS) // 40
_TENS = np.array([30, 20, 10, 0], dtype=np.uint64)
_TWO_DIGITS = np.array(
    [ord(ALPHABET[i >> 5]) | ord(ALPHABET[i & 31]) << 8 for i in range(1024)], dtype="<u2"
)


def encode_signatures(signatures: bytes, block: int = 16384) -> list[str]:
    """db.certificate_codes.encode_signature of each 64 bytes of `signatures`, all at once (its
    base32 runs in Python, a fifth of the cost of signing): each signature shifted left by
    _PAD_BITS into 40-bit groups, each group's 5-bit digits most significant first, the last
    (padding) digit dropped."""
    count = len(signatures) // SIGNATURE_BYTES
    raw = np.frombuffer(signatures, dtype=np.uint8).reshape(count, SIGNATURE_BYTES)
    codes: list[str] = []
    for start in range(0, count, block):
        part = raw[start : start + block]
        size = len(part)
        padded = np.zeros((size, _GROUPS * 5), dtype=np.uint8)
        padded[:, :SIGNATURE_BYTES] = part >> (8 - _PAD_BITS)
        padded[:, 1:] |= part << _PAD_BITS
        byte = padded.reshape(size, _GROUPS, 5).astype(np.uint64)
        groups = byte[:, :, 0] << 32 | byte[:, :, 1] << 24 | byte[:, :, 2] << 16
        groups |= byte[:, :, 3] << 8 | byte[:, :, 4]
        tens = (groups[:, :, None] >> _TENS) & np.uint64(1023)
        digits = _TWO_DIGITS[tens].view(np.uint8).reshape(size, _GROUPS * 8)
        digits[:, CODE_DIGITS] = ord(" ")  # the padding digit's place: one text, split in C
        codes += digits[:, : CODE_DIGITS + 1].tobytes().decode("ascii").split()
    return codes


def ed25519_signer(seed: bytes) -> tuple[Callable[[bytes], bytes], int]:
    """(sign, how many threads sign at once) for the private key `seed`."""
    try:
        from nacl.bindings import crypto_sign, crypto_sign_seed_keypair
    except ImportError:  # pragma: no cover - PyNaCl is a dependency
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return Ed25519PrivateKey.from_private_bytes(seed).sign, 1
    _public, secret = crypto_sign_seed_keypair(seed)
    return (lambda text: crypto_sign(text, secret)[:64]), SIGNING_THREADS


class Signing:
    """The verification codes of `texts`, signed on other threads; `codes()` waits for them."""

    def __init__(self, seed: bytes, texts: list[bytes]) -> None:
        sign, threads = ed25519_signer(seed)
        size = max(1, -(-len(texts) // threads))
        parts = [texts[start : start + size] for start in range(0, len(texts), size)]
        self._signatures: list[list[bytes]] = [[] for _ in parts]
        self._errors: list[BaseException] = []
        self._threads = [
            threading.Thread(target=self._sign, args=(sign, part, i), daemon=True)
            for i, part in enumerate(parts)
        ]
        for thread in self._threads:
            thread.start()

    def _sign(self, sign: Callable[[bytes], bytes], texts: list[bytes], part: int) -> None:
        try:
            self._signatures[part] = [sign(text) for text in texts]
        except BaseException as error:  # handed to the building thread in codes()
            self._errors.append(error)

    def codes(self) -> list[str]:
        for thread in self._threads:
            thread.join()
        if self._errors:
            raise self._errors[0]
        return encode_signatures(b"".join(b"".join(part) for part in self._signatures))
