"""Two clerks at headquarters on one server: while one imports a large package (or prints a
batch of certificates), the other saves an initiative. Her window does not freeze for the
minutes the import holds the node: after a few seconds she is told who is busy, nothing is
saved, and she saves again once it is done."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, select, text

from db.fileutil import DatabaseError
from db.models import Initiative
from db.postgres.merge_rows import IMPORT_LOCK
from db.queries.initiatives import update_initiative
from db.session import open_database
from desktop.__main__ import main


@pytest.fixture
def headquarters(pg, monkeypatch):
    import db.node_lock

    monkeypatch.setattr(db.node_lock, "BRIEF_WAIT_MS", 300)  # seconds for a person; quick here
    address = pg.new_database("busy_hq", migrated=False)
    assert main(["--db", address, "demo", "--initiatives", "30"]) == 0
    database = open_database(address)
    yield address, database
    database.close()


def colleague_holding_the_node(address: str, *, importing: bool):
    """Another clerk's long transaction: an import takes its lock, then the node's row."""
    engine = create_engine(address.replace("postgresql://", "postgresql+psycopg://"))
    conn = engine.connect()
    conn.begin()
    if importing:
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK})
    conn.execute(text("SELECT id FROM node FOR UPDATE"))
    return engine, conn


def a_save(database) -> None:
    with database.transaction() as session:
        initiative_id = session.scalar(select(Initiative.id).limit(1))
        update_initiative(session, initiative_id, {"title": "Cải tiến van an toàn sâu"})


@pytest.mark.parametrize(
    ("importing", "told"),
    [(True, "a colleague is importing a package"), (False, "writing a large task")],
)
def test_a_save_while_a_colleague_holds_the_server_is_told_who_and_saves_nothing(
    headquarters, importing, told
):
    address, database = headquarters
    engine, conn = colleague_holding_the_node(address, importing=importing)
    try:
        with pytest.raises(DatabaseError) as busy:
            a_save(database)
        assert told in busy.value.args[0].text("en")
    finally:
        conn.rollback()
        conn.close()
        engine.dispose()
    with database.session() as session:
        titles = session.scalars(select(Initiative.title)).all()
    assert "Cải tiến van an toàn sâu" not in titles  # nothing saved
    a_save(database)  # once it is done, the save goes through


def test_the_import_lock_key_is_the_importers():
    import db.node_lock

    assert db.node_lock.IMPORT_LOCK == IMPORT_LOCK
