"""Over a large table in its own order (newest first) the initiatives table never lists every
row up front: the count gives the scroll bar its length, and the stretch a person scrolls to is
read when it is shown, the same rows in the same places as the whole list would hold them."""

import pytest
from large_db import make_large_db

from db.queries.browse import initiative_rowids
from db.queries.filters import InitiativeFilter
from desktop.models.initiative_table import InitiativeTableModel


@pytest.fixture(scope="module")
def large_db(tmp_path_factory):
    return make_large_db(tmp_path_factory.mktemp("paged") / "large.db", 12_345)


@pytest.fixture
def opened(large_db):
    from db.session import open_database

    database = open_database(large_db)
    yield database
    database.close()


def every_rowid(database, sort="registered_on", descending=True):
    with database.session() as session:
        return list(initiative_rowids(session, InitiativeFilter(), sort, descending))


def test_the_newest_first_table_reads_only_what_is_shown(opened):
    model = InitiativeTableModel(opened)
    model.load()
    assert model.rowCount() == 12_345 and model.fully_listed()
    assert len(model.rowids) == InitiativeTableModel.PAGE_SIZE  # the first page only
    whole = every_rowid(opened)
    last = model.row_at(12_344)
    assert last is not None and last.rowid == whole[-1]
    assert model.row_at(5_000).rowid == whole[5_000]  # a jump to the middle
    assert len(model.rowids) < 12_345  # still not every rowid
    assert model.row_of(whole[5_001]) == 5_001
    for row in range(0, 12_345, InitiativeTableModel.PAGE_SIZE):  # scrolling top to bottom
        assert model.row_at(row).rowid == whole[row]
    assert list(model.rowids) == whole  # the stretches joined up in order


def test_another_order_still_lists_every_row(opened):
    model = InitiativeTableModel(opened)
    model.sort(0)  # registration number, ascending: no index walks this order
    assert len(model.rowids) == 12_345
    assert list(model.rowids) == every_rowid(opened, sort="reg_no", descending=False)
