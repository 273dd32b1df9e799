"""A pytest plugin: the sync stories of the SQLite node, run with headquarters on a server
(issue 18). Every story that builds its world with the `world` fixture (tests/sync/conftest.py)
and is not already marked both_engines runs with headquarters on a fresh database of the
throwaway PostgreSQL cluster instead of a file; the sites stay files. Stories added later (or
kept elsewhere) in tests/sync are taken the same way, with no change to them:

    PYTHONPATH=tests/postgres .venv/bin/python -m pytest -p hq_on_server tests/sync

Without PostgreSQL they are skipped, and the summary says so (tests/engine_world.py)."""

from __future__ import annotations


def pytest_generate_tests(metafunc):
    marked = metafunc.definition.get_closest_marker("both_engines")
    if "engine" in metafunc.fixturenames and marked is None:
        metafunc.parametrize("engine", ["postgresql"], indirect=True)
