"""Fixtures of the sync stories: a world of databases in the test's own folder."""

import pytest
from sync_world import World


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path)
    yield w
    w.close()
