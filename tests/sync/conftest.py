"""Fixtures of the sync stories: a world of databases in the test's own folder; in a module
marked `both_engines`, also with headquarters on a throwaway PostgreSQL server (issue 18)."""

import pytest
from sync_world import World


@pytest.fixture
def world(tmp_path, engine, db_target):
    w = World(tmp_path, server=db_target if engine == "postgresql" else None)
    yield w
    w.close()
