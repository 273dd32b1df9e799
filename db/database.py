"""An open database (a SQLite file or a server database): an engine and a session factory.

Below db.session and db.postgres, which both open one (db.session re-exports it).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker


class Database:
    """An open database file: an engine and a session factory."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One session, one write transaction: committed if the block ends normally, else rolled
        back. Callers do not commit themselves."""
        with self.engine.connect() as conn:
            conn.execution_options(begin_immediate=True)
            with conn.begin(), Session(bind=conn, expire_on_commit=False) as session:
                yield session
                session.flush()

    def session(self) -> Session:
        """A session for reading (its transaction ends when it is closed)."""
        return self._sessions()

    def close(self) -> None:
        self.engine.dispose()
