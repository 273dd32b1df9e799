"""Fixtures of the sync stories: a world of databases in the test's own folder; in a module
marked `both_engines`, also with headquarters on a throwaway PostgreSQL server (issue 18)."""

import pytest
from sync_world import World


@pytest.fixture
def world(tmp_path, engine, db_target, monkeypatch):
    if engine == "postgresql":  # the stories' few rows take both of the server's update paths
        monkeypatch.setattr("db.postgres.merge_rows.BULK_FROM", 2)
    w = World(tmp_path, server=db_target if engine == "postgresql" else None)
    yield w
    w.close()
