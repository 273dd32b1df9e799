"""A clerk's reads on a server come in bursts (the table's first rows, then its count; a search's
page, then its number): the connection just used is not asked again whether the server is there,
a round trip the file never pays (issue 18: the table and the search within 1.5x of the file).
One that rested in the pool is asked first, so a server restarted meanwhile costs nothing but a
new connection (test_server_admin_walk: a server lost while the window is open)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

import db.postgres.connect
from db.models import Initiative
from db.session import open_database


def test_reads_moments_apart_ask_the_server_only_after_a_rest(pg, monkeypatch):
    database = open_database(pg.new_database("bursts"))
    asked = []
    monkeypatch.setattr(database.engine.dialect, "do_ping", lambda conn: asked.append(1) or True)
    try:
        for _ in range(3):  # the first rows, the count, the next page
            with database.session() as session:
                assert session.scalar(select(func.count()).select_from(Initiative)) == 0
        assert asked == []
        monkeypatch.setattr(db.postgres.connect, "REST_BEFORE_ASKING_S", 0.0)  # a rest
        with database.session() as session:
            session.scalar(select(func.count()).select_from(Initiative))
        assert asked == [1]
    finally:
        database.close()


def test_a_read_on_the_server_opens_no_transaction(pg):
    """A clerk's short read (the table's count, a search's number) is one round trip: no BEGIN
    before it, so no ROLLBACK after it (db/postgres/reads.py). A listing read through a
    server-side cursor (the dump's) still gets the transaction such a cursor needs, a dry run
    written in a reading session (the certificates' pages as they will be) is still rolled back
    when it ends, and a save is still one transaction, all or nothing."""
    from psycopg.pq import TransactionStatus

    from db.models import Unit

    database = open_database(pg.new_database("one_trip"))
    try:
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(Initiative)) == 0
            raw = session.connection().connection.driver_connection
            assert raw.info.transaction_status == TransactionStatus.IDLE
            assert session.scalar(text("SHOW plan_cache_mode")) == "force_custom_plan"
            listed = session.scalars(select(Unit.code).execution_options(yield_per=2)).all()
            assert listed == []
        assert raw.info.transaction_status == TransactionStatus.IDLE
        with database.session() as session:
            session.execute(text("CREATE TABLE dry_run (n integer)"))  # then not kept
            assert session.scalar(text("SELECT to_regclass('dry_run')")) is not None
        with pytest.raises(RuntimeError), database.transaction() as session:
            session.execute(text("CREATE TABLE half_saved (n integer)"))
            raise RuntimeError("the clerk's save fails half way")
        with database.session() as session:
            assert session.scalar(text("SELECT to_regclass('half_saved')")) is None
            assert session.scalar(text("SELECT to_regclass('dry_run')")) is None
    finally:
        database.close()
