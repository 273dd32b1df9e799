"""Signing the demo's certificates beside other work (one Ed25519 signature per certificate: the
format requires it, db/certificate_codes.py).

The signatures are libsodium's (PyNaCl), which lets go of Python's lock while it signs, so two
threads sign at once, beside the indexes being built; cryptography's (the fallback) holds the
lock and signs on one thread. Ed25519 signatures are deterministic: both give the same codes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from db.certificate_codes import encode_signature

SIGNING_THREADS = 2


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
        self._codes: list[list[str]] = [[] for _ in parts]
        self._errors: list[BaseException] = []
        self._threads = [
            threading.Thread(target=self._sign, args=(sign, part, i), daemon=True)
            for i, part in enumerate(parts)
        ]
        for thread in self._threads:
            thread.start()

    def _sign(self, sign: Callable[[bytes], bytes], texts: list[bytes], part: int) -> None:
        try:
            self._codes[part] = [encode_signature(sign(text)) for text in texts]
        except BaseException as error:  # handed to the building thread in codes()
            self._errors.append(error)

    def codes(self) -> list[str]:
        for thread in self._threads:
            thread.join()
        if self._errors:
            raise self._errors[0]
        return [code for part in self._codes for code in part]
