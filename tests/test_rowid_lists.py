"""The table holds the rowids of its rows in 4 bytes each while they fit (1.9 million hits of a
common word: 7.6 MB), and still holds a rowid past 2**31 (a register that has lived long); its
count, taken on a narrow index less the deleted rows, is the number of live initiatives."""

from array import array

from db.queries.searching import _joined_tiers, appended, joined


def test_rowids_take_four_bytes_while_they_fit_and_eight_after():
    ids = appended(array("i"), [3, 2, 1])
    assert ids.typecode == "i" and list(ids) == [3, 2, 1]
    ids = appended(ids, [7, 2**40, 5])
    assert ids.typecode == "q" and list(ids) == [3, 2, 1, 7, 2**40, 5]


def test_lists_of_both_sizes_join_in_order():
    assert list(joined(array("i", [1, 2]), array("q", [2**40]))) == [1, 2, 2**40]
    tiers = [array("i", [9]), array("i", range(5)), array("q", [2**33])]
    assert list(_joined_tiers(tiers)) == [9, 0, 1, 2, 3, 4, 2**33]


def test_the_count_leaves_deleted_initiatives_out_with_or_without_a_status(node_db):
    from initiative_world import build_world, initiative_data
    from sqlalchemy import func, select

    from db.models import Initiative
    from db.queries.browse import matching_count
    from db.queries.filters import InitiativeFilter
    from db.queries.initiatives import AuthorShare, delete_initiative, register_initiative

    world = build_world(node_db)
    with node_db.transaction() as session:
        for n in range(3):
            made = register_initiative(
                session,
                initiative_data(world, title=f"Bơm số {n}", status="submitted"),
                [AuthorShare(world.an, 100)],
            )
        delete_initiative(session, made.id)
    with node_db.session() as session:
        for f in (InitiativeFilter(), InitiativeFilter(status="submitted")):
            live = select(func.count()).select_from(Initiative).where(Initiative.deleted.is_(False))
            if f.status:
                live = live.where(Initiative.status == f.status)
            assert matching_count(session, f) == session.scalar(live) > 0
        everything = InitiativeFilter(status="submitted", include_deleted=True)
        assert (
            matching_count(session, everything)
            == matching_count(session, InitiativeFilter(status="submitted")) + 1
        )


def test_a_long_list_of_rowids_stops_when_nobody_wants_it(node_db, monkeypatch):
    import pytest
    from initiative_world import build_world, initiative_data

    import db.queries.searching as searching
    from db.progress import OperationCancelled
    from db.queries.browse import count_beside_first_rows, initiative_rowids
    from db.queries.filters import InitiativeFilter
    from db.queries.initiatives import AuthorShare, register_initiative

    world = build_world(node_db)
    with node_db.transaction() as session:
        for n in range(2):
            register_initiative(
                session, initiative_data(world, title=f"Bơm số {n}"), [AuthorShare(world.an, 100)]
            )
    with node_db.session() as session:  # few hits and a filter: the first step lists them
        few = InitiativeFilter(search="bom", unit_id=world.rig)
        assert count_beside_first_rows(session, few) is None  # no count beside
        # a search alone: the full-text index counts its hits beside, few or many
        assert count_beside_first_rows(session, InitiativeFilter(search="bom")) == 2
    monkeypatch.setattr(searching, "dense_threshold", lambda _session: 0)  # a common word
    with node_db.session() as session:
        assert count_beside_first_rows(session, InitiativeFilter(search="bom")) == 2
    lists = ((InitiativeFilter(search="bom"), "registered_on"), (InitiativeFilter(), "reg_no"))
    with node_db.session() as session:
        for f, sort in lists:
            assert len(initiative_rowids(session, f, sort, cancelled=lambda: False)) == 2
            with pytest.raises(OperationCancelled):
                initiative_rowids(session, f, sort, cancelled=lambda: True)


def test_a_replaced_searchs_listing_stops_inside_its_statement(node_db, monkeypatch):
    """A common word's listing spends its first second building its hits before any row comes
    back: a newer search replacing it stops it there (SQLite's progress handler), not a second
    later at its first batch of rows; a listing nobody stops gives every row as before."""
    import pytest
    from initiative_world import build_world, initiative_data

    import db.queries.searching as searching
    from db.progress import OperationCancelled
    from db.queries.browse import initiative_rowids
    from db.queries.filters import InitiativeFilter
    from db.queries.initiatives import AuthorShare, register_initiative

    world = build_world(node_db)
    with node_db.transaction() as session:
        for n in range(3):
            data = initiative_data(world, title=f"Bơm số {n}", status="submitted")
            register_initiative(session, data, [AuthorShare(world.an, 100)])
    monkeypatch.setattr(searching, "dense_threshold", lambda _session: 0)  # walked, as at 3.2M
    monkeypatch.setattr(searching, "STEPS", 1, raising=False)
    batches: list = []
    monkeypatch.setattr(searching, "stop_if", batches.append)
    f = InitiativeFilter(search="bom")
    with node_db.session() as session:
        assert len(initiative_rowids(session, f, cancelled=lambda: False)) == 3
        batches.clear()
        with pytest.raises(OperationCancelled):
            initiative_rowids(session, f, cancelled=lambda: True)
        assert batches == []  # stopped before its first rows came back
        assert len(initiative_rowids(session, f)) == 3  # the connection reads on


def test_every_hit_listed_leaves_the_deleted_out_unless_asked(node_db, monkeypatch):
    from initiative_world import build_world, initiative_data

    import db.queries.searching as searching
    from db.queries.browse import initiative_rowids
    from db.queries.filters import InitiativeFilter
    from db.queries.initiatives import AuthorShare, delete_initiative, register_initiative

    world = build_world(node_db)
    with node_db.transaction() as session:
        for n in range(3):
            made = register_initiative(
                session, initiative_data(world, title=f"Bơm số {n}"), [AuthorShare(world.an, 100)]
            )
        delete_initiative(session, made.id)
    monkeypatch.setattr(searching, "dense_threshold", lambda _session: 0)  # a common word
    with node_db.session() as session:
        assert len(initiative_rowids(session, InitiativeFilter(search="bom"))) == 2
        every = InitiativeFilter(search="bom", include_deleted=True)
        assert len(initiative_rowids(session, every)) == 3
