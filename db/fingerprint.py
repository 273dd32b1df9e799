"""A public key's fingerprint, without SQLAlchemy (db.node re-exports it; `sync-status` reads
with sqlite3 alone, db/compiled.py)."""

from __future__ import annotations

import base64
import hashlib


def key_fingerprint(public_key: bytes) -> str:
    """A short, readable fingerprint of a public key, for a person to compare by phone or paper."""
    digest = base64.b32encode(hashlib.sha256(public_key).digest()).decode("ascii")[:20]
    return "-".join(digest[i : i + 4] for i in range(0, 20, 4))
