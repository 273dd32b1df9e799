"""The two engines a headquarters runs on (issue 18): a SQLite file, or a database on a throwaway
PostgreSQL cluster that the test session starts itself (db.postgres.trial_server).

Tests marked `both_engines` run once per engine. The server starts once per session, migrates
one template database, and every test gets a fresh copy of it (CREATE DATABASE … TEMPLATE):
about 0.1 s instead of the migrations' second. Without PostgreSQL installed (or with
`--postgres=off`) only the server half is skipped, and the summary says so.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from pathlib import Path

import pytest

from db.postgres.trial_server import TrialServer, TrialServerError, server_bin, start

TEMPLATE = "sangkien_template"
_names = itertools.count(1)


class ServerWorld:
    """The running cluster and its migrated template."""

    def __init__(self, server: TrialServer) -> None:
        self.server = server
        self.admin = server.address("postgres")
        self.made = 0
        self._engine = None

    def admin_engine(self):
        if self._engine is None:
            from sqlalchemy import create_engine

            url = self.admin.replace("postgresql://", "postgresql+psycopg://")
            self._engine = create_engine(url, isolation_level="AUTOCOMMIT")
        return self._engine

    def make_template(self) -> None:
        from db.session import open_database

        self._sql(f"CREATE DATABASE {TEMPLATE}")
        open_database(self.server.address(TEMPLATE), create=True).close()

    def new_database(
        self, label: str = "t", *, migrated: bool = True, icu_locale: str | None = None
    ) -> str:
        """A fresh database (a copy of the migrated template, or empty); returns its address.
        With `icu_locale` (e.g. "vi-VN"), text sorts as people there expect, not by bytes: a
        server set up in Vietnam (it is migrated then, not copied from the template)."""
        name = f"{label}_{next(_names)}".lower()
        template = f" TEMPLATE {TEMPLATE}" if migrated else ""
        if icu_locale:
            template = f" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE '{icu_locale}'"
        self._sql(f"CREATE DATABASE {name}{template}")
        self.made += 1
        if icu_locale and migrated:
            from db.session import open_database

            open_database(self.server.address(name), create=True).close()
        return self.server.address(name)

    def _sql(self, statement: str) -> None:
        from sqlalchemy import text

        with self.admin_engine().connect() as conn:
            conn.execute(text(statement))

    def stop(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        self.server.stop("immediate")
        shutil.rmtree(self.server.folder, ignore_errors=True)  # a throwaway cluster: nothing kept


def start_server_world(mode: str) -> tuple[ServerWorld | None, str]:
    """(the server world, "") or (None, why the server tests are skipped)."""
    if mode == "off":
        return None, "--postgres=off"
    if server_bin("initdb") is None or server_bin("pg_ctl") is None:
        return None, "PostgreSQL is not installed (initdb/pg_ctl not found)"
    folder = Path(tempfile.mkdtemp(prefix="sangkien-pg-"))
    try:
        world = ServerWorld(start(folder))
        world.make_template()
    except (TrialServerError, OSError) as error:
        return None, f"the throwaway PostgreSQL cluster did not start: {error}"
    return world, ""


def skip_without(world: ServerWorld | None, reason: str) -> ServerWorld:
    if world is None:
        pytest.skip(f"server test skipped: {reason}")
    return world
