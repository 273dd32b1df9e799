"""What a node is, without SQLAlchemy: its public key's fingerprint and the error of a database
not set up as one (db.node re-exports both; `sync-status` and `stats` read with sqlite3 alone,
db/compiled.py)."""

from __future__ import annotations

import base64

try:  # CPython's own SHA-256: hashlib would load OpenSSL first (~3 ms of `sync-status`)
    from _sha2 import sha256  # Python 3.12+
except ImportError:
    try:
        from _sha256 import sha256  # Python 3.11
    except ImportError:  # a Python built without its own hashes
        from hashlib import sha256


class NodeNotSetUp(Exception):
    pass


def key_fingerprint(public_key: bytes) -> str:
    """A short, readable fingerprint of a public key, for a person to compare by phone or paper."""
    digest = base64.b32encode(sha256(public_key).digest()).decode("ascii")[:20]
    return "-".join(digest[i : i + 4] for i in range(0, 20, 4))
