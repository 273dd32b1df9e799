"""The table's count on a server (issue 18, migration 0017) is read from counts kept by triggers,
and the clerk sees the true number after every kind of write: a registration, a status change, a
delete and its undo, a hard delete, an emptied table; by status too, deleted ones included when
asked. A server at 0016 holding records gets its counts on upgrade (test_server_search_words)."""

import pytest
from initiative_world import build_world, initiative_data
from sqlalchemy import text

from db.queries.browse import matching_count
from db.queries.filters import InitiativeFilter
from db.queries.initiatives import (
    AuthorShare,
    change_status,
    delete_initiative,
    register_initiative,
    restore_initiative,
)
from db.session import open_database

TRUE_COUNTS = text(
    "SELECT deleted, status, phase_id, field_id, count(*) FROM initiatives "
    "GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"
)
KEPT_COUNTS = text(
    "SELECT deleted, status, phase_id, field_id, n FROM initiative_counts WHERE n <> 0 "
    "ORDER BY 1, 2, 3, 4"
)


@pytest.fixture
def headquarters(pg):
    from db.node import create_node

    database = open_database(pg.new_database("counts"))
    with database.transaction() as session:
        create_node(session, "CDDKVN")
    yield database, build_world(database)
    database.close()


def the_table_shows(database) -> tuple[int, int, int]:
    """The count, the count of drafts, the count with deleted ones; checked against the rows."""
    with database.engine.connect() as conn:
        assert conn.execute(KEPT_COUNTS).all() == conn.execute(TRUE_COUNTS).all()
    with database.session() as session:
        return (
            matching_count(session, InitiativeFilter()),
            matching_count(session, InitiativeFilter(status="draft")),
            matching_count(session, InitiativeFilter(include_deleted=True)),
        )


def test_the_tables_count_follows_every_write_on_a_server(headquarters):
    database, world = headquarters
    with database.transaction() as session:
        ids = [
            register_initiative(
                session, initiative_data(world, title=f"Bơm số {n}"), [AuthorShare(world.an, 100)]
            ).id
            for n in range(3)
        ]
    assert the_table_shows(database) == (3, 3, 3)

    with database.transaction() as session:
        change_status(session, ids[0], "submitted")
    assert the_table_shows(database) == (3, 2, 3)

    with database.transaction() as session:
        delete_initiative(session, ids[1])
    assert the_table_shows(database) == (2, 1, 3)
    with database.transaction() as session:
        restore_initiative(session, ids[1])
    assert the_table_shows(database) == (3, 2, 3)

    with database.engine.begin() as conn:  # a hard delete, then an emptied table
        conn.execute(
            text("DELETE FROM initiative_authors WHERE initiative_id = :id"), {"id": ids[2]}
        )
        conn.execute(text("DELETE FROM initiatives WHERE id = :id"), {"id": ids[2]})
    assert the_table_shows(database) == (2, 1, 2)
    with database.engine.begin() as conn:
        conn.execute(text("TRUNCATE initiatives CASCADE"))
    assert the_table_shows(database) == (0, 0, 0)
