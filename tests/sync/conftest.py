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


@pytest.fixture
def parsed_here(monkeypatch):
    """How many records of each table this process parsed and checked (issue 13: an import
    reads each record once; a second process may check some)."""
    from db.sync import verify

    counted: dict[str, int] = {}
    parse = verify.parse_record

    def counting(package, codec, number, record):
        counted[codec.table] = counted.get(codec.table, 0) + 1
        return parse(package, codec, number, record)

    monkeypatch.setattr(verify, "parse_record", counting)
    monkeypatch.setattr("db.sync.apply.parse_record", counting)
    return counted
