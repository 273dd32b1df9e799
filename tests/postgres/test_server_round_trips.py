"""A clerk's reads on a server come in bursts (the table's first rows, then its count; a search's
page, then its number): the connection just used is not asked again whether the server is there,
a round trip the file never pays (issue 18: the table and the search within 1.5x of the file).
One that rested in the pool is asked first, so a server restarted meanwhile costs nothing but a
new connection (test_server_admin_walk: a server lost while the window is open)."""

from __future__ import annotations

from sqlalchemy import func, select

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
