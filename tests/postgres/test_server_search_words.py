"""A server finds and counts a search by the words of each initiative (issue 18, migration 0017),
as a file does by FTS5: the clerk sees the same number on both, deleted initiatives left out, and
the words' counts follow every write (a new initiative, a changed title, a hard delete, an
emptied table). A server database at 0016 holding records is upgraded and its words counted;
`migrate-to` fills them too and leaves the trigger on for the next clerk."""

import pytest
from alembic import command
from initiative_world import build_world, initiative_data
from sqlalchemy import inspect, text

from db.migrate import alembic_config
from db.queries.browse import matching_count
from db.queries.filters import InitiativeFilter
from db.queries.initiatives import (
    AuthorShare,
    delete_initiative,
    register_initiative,
    update_initiative,
)
from db.session import open_database
from desktop.__main__ import main

# each word's bits, a block of 1,024 rowids a row, computed afresh: what the blocks must hold
# (blocks emptied by deletes may stay)
EXPECTED_BITS = text(
    "SELECT w, rowid >> 10, bit_or(sk_word_bit(rowid)) FROM initiatives, "
    "regexp_split_to_table(search_text, '[^0-9a-z]+') AS w WHERE w <> '' GROUP BY 1, 2 "
    "ORDER BY 1, 2"
)
HELD_BITS = text(
    "SELECT word, block, bits FROM initiative_word_blocks WHERE bit_count(bits) > 0 ORDER BY 1, 2"
)
# every row's words, as the GIN index of 0017 holds them
WORDS = text("SELECT rowid, sk_word_array(search_text) FROM initiatives ORDER BY rowid")


def words_agree(database) -> list:
    """The blocks hold what the search texts hold; returns (word, rowid) of every word."""
    with database.engine.connect() as conn:
        bits = [tuple(row) for row in conn.execute(HELD_BITS)]
        assert bits == [tuple(row) for row in conn.execute(EXPECTED_BITS)]
        rows = conn.execute(WORDS).all()
    return sorted({(word, rowid) for rowid, words in rows for word in words or []})


def register(database, world, titles) -> list[str]:
    with database.transaction() as session:
        return [
            register_initiative(
                session, initiative_data(world, title=title), [AuthorShare(world.an, 100)]
            ).id
            for title in titles
        ]


@pytest.fixture
def headquarters(pg):
    from db.node import create_node

    database = open_database(pg.new_database("words"))
    with database.transaction() as session:
        create_node(session, "CDDKVN")
    yield database, build_world(database)
    database.close()


def count(database, typed: str, include_deleted: bool = False) -> int:
    with database.session() as session:
        return matching_count(
            session, InitiativeFilter(search=typed, include_deleted=include_deleted)
        )


def test_the_words_follow_every_write_a_clerk_makes(headquarters):
    database, world = headquarters
    pump, valve = register(database, world, ["Cải tiến bơm dầu khí", "Van an toàn"])
    assert ("bom", 1) in words_agree(database)
    assert count(database, "bơm") == 1

    with database.transaction() as session:
        update_initiative(session, pump, {"title": "Máy nén khí mới"})
    held = words_agree(database)
    assert ("bom", 1) not in held and ("nen", 1) in held
    assert (count(database, "bơm"), count(database, "may nen")) == (0, 1)

    with database.engine.begin() as conn:  # a hard delete (restoring a backup, a test's cleanup)
        conn.execute(text("DELETE FROM initiative_authors"))
        conn.execute(text("DELETE FROM initiatives WHERE id = :id"), {"id": valve})
    assert all(rowid == 1 for _word, rowid in words_agree(database))
    with database.engine.begin() as conn:
        conn.execute(text("TRUNCATE initiatives CASCADE"))
    assert words_agree(database) == []


def test_a_deleted_initiative_is_not_counted_unless_asked_for(headquarters):
    database, world = headquarters
    first, _second, _third = register(
        database, world, ["Bơm dầu khí số 1", "Bơm dầu khí số 2", "Khí và dầu bơm số 3"]
    )
    with database.transaction() as session:
        delete_initiative(session, first)
    assert count(database, "dau khi") == 2  # the deleted one's words stay, as in FTS5
    assert count(database, "dau khi", include_deleted=True) == 3
    assert count(database, '"dau khi"') == 2  # the words, not a phrase: the quotes are folded
    assert count(database, "bom so 3 khi") == 1
    assert count(database, "bom nothing") == 0


def test_a_server_at_0016_with_records_gets_its_words_filled(pg):
    from db.node import create_node

    address = pg.new_database("at16")
    database = open_database(address)
    with database.transaction() as session:
        create_node(session, "CDDKVN")
    world = build_world(database)
    register(database, world, [f"Cải tiến bơm số {n}" for n in range(3)])
    command.downgrade(alembic_config(database.engine), "0016")
    with database.engine.connect() as conn:
        before = conn.execute(text("SELECT id, search_text FROM initiatives ORDER BY id")).all()
        assert conn.execute(text("SELECT to_regclass('initiative_word_blocks')")).scalar() is None
    database.close()

    database = open_database(address)  # upgrades to head
    try:
        with database.engine.connect() as conn:
            after = conn.execute(text("SELECT id, search_text FROM initiatives ORDER BY id")).all()
        assert after == before
        with database.engine.connect() as conn:
            indexes = {i["name"] for i in inspect(conn).get_indexes("initiatives")}
            indexes |= {i["name"] for i in inspect(conn).get_indexes("people")}
        assert {
            "ix_initiatives_words",
            "ix_initiatives_browse_rowid",
            "ix_people_id_name",
        } <= indexes
        assert "ix_initiatives_search_trgm" not in indexes  # replaced by the words
        with database.session() as session:  # the table's count, from the counts kept (0017)
            assert matching_count(session, InitiativeFilter()) == 3
        assert len(words_agree(database)) > 3 * 4
        assert count(database, "bom") == 3
        register(database, world, ["Bơm mới"])  # the triggers are there for the next clerk
        assert count(database, "bom") == 4
        words_agree(database)
    finally:
        database.close()


def test_moving_to_a_server_fills_the_words_and_counts_as_the_file_does(pg, tmp_path, capsys):
    path = tmp_path / "hq.db"
    assert main(["--db", str(path), "demo", "--initiatives", "200"]) == 0
    address = pg.new_database("moved_words", migrated=False)
    assert main(["--db", str(path), "migrate-to", address]) == 0
    capsys.readouterr()
    file, server = open_database(path, read_only=True), open_database(address)
    try:
        words_agree(server)
        for typed in ("dau khi", "Dầu khí", "bom", "may nen khi", "neptune", "vsp"):
            assert count(server, typed) == count(file, typed), typed
        for f in (InitiativeFilter(), InitiativeFilter(status="recognised")):
            with file.session() as on_file, server.session() as on_server:
                assert matching_count(on_server, f) == matching_count(on_file, f)
        with server.engine.connect() as conn:
            enabled = conn.execute(
                text("SELECT tgenabled FROM pg_trigger WHERE tgname = 'initiative_words_added'")
            ).scalar()
        assert enabled == "O"  # on again after the copy
        assert a_words_blocks_lie_together(server)
    finally:
        file.close()
        server.close()


def a_words_blocks_lie_together(server) -> bool:
    """The blocks table in (word, block) order on disk (CLUSTER), so a word's count reads a few
    pages, not one page per block of it."""
    with server.engine.connect() as conn:
        in_order = conn.execute(
            text(
                "SELECT bool_and(prev IS NULL OR (prev_word, prev_block) < (word, block)) FROM ("
                "SELECT word, block, lag(word) OVER (ORDER BY ctid) AS prev_word, "
                "lag(block) OVER (ORDER BY ctid) AS prev_block, lag(ctid) OVER (ORDER BY ctid) "
                "AS prev FROM initiative_word_blocks) AS b"
            )
        ).scalar()
        clustered = conn.execute(
            text("SELECT indisclustered FROM pg_index WHERE indexrelid = CAST(:key AS regclass)"),
            {"key": "pk_initiative_word_blocks"},
        ).scalar()
    return bool(in_order and clustered)
