"""The engine on a server (below opening.py, which checks and migrates it, and backup.py, which
checks a database is empty before a restore)."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url

from db.engines import ServerAddress


def make_server_engine(address: ServerAddress) -> Engine:
    """psycopg 3; libpq finds the password (PGPASSWORD, ~/.pgpass, a service file) itself."""
    url = make_url(address.url).set(drivername="postgresql+psycopg")
    # no JIT: the window's and the commands' queries are short, and compiling them took longer
    # than running them (0.7 s of an 11 s search at 200,000 initiatives)
    options = {"connect_timeout": 10, "options": "-c jit=off"}
    return create_engine(url, pool_pre_ping=True, connect_args=options)
