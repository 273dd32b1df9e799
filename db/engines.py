"""Which engine: a server address or a file path, an engine on PostgreSQL or on SQLite (issue 18).

The low-level seam between the two engines, below db.session and db.migrate: `is_server_address`
tells a server address from a file path (cheap: the command line calls it before SQLAlchemy
loads); `on_server` tells a server engine or connection from a SQLite one. db.postgres (opening,
backup, copy, search, …) builds on it; it imports nothing of SángKiến.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
MISTYPED = ("postgresql:", "postgres:")  # one slash, or none


def is_server_address(text: object) -> bool:
    """A server's address, or meant as one: `postgressql://…` is a misspelt address (told so
    by db.postgres.opening), not a file to look for."""
    said = str(text)
    return isinstance(text, ServerAddress) or "://" in said or said.startswith(MISTYPED)


def on_server(bind: Any) -> bool:
    """True for an engine, connection or session on PostgreSQL."""
    if hasattr(bind, "get_bind"):
        bind = bind.get_bind()
    return bind.dialect.name == "postgresql"


@dataclass(frozen=True)
class ServerAddress:
    """`postgresql://user@host:port/dbname`: never a password (libpq reads it from PGPASSWORD,
    ~/.pgpass or a service file, so it is never kept in settings or shown)."""

    url: str

    @property
    def name(self) -> str:
        return self.url.rsplit("/", 1)[-1].split("?", 1)[0]

    def __str__(self) -> str:
        return self.url
