"""The clerk finds initiatives: a search typed without diacritics finds them, a unit includes its
rigs, the count follows, filters are remembered; and the table over a large database answers for
its last row without reading the rest."""

import pytest
from initiatives_support import clerk_world, register, settle, unit
from large_db import make_large_db

from desktop.models.initiative_table import InitiativeTableModel
from desktop.views.initiatives_page import InitiativesPage


@pytest.fixture
def clerk(tmp_path):
    world = clerk_world(tmp_path)
    yield world
    world.database.close()


@pytest.fixture
def page(qtbot, clerk):
    page = InitiativesPage(clerk.context)
    qtbot.addWidget(page)
    page.show()
    settle(qtbot, lambda: page.model.rowCount() == 3)
    return page


def titles(page):
    return {page.model.row_at(row).title for row in range(page.model.rowCount())}


def test_dau_khi_typed_without_diacritics_finds_dau_khi(qtbot, page):
    qtbot.keyClicks(page.search, "dau khi")
    settle(qtbot, lambda: page.model.rowCount() == 1)
    assert titles(page) == {"Hệ thống giám sát Dầu khí tự động"}
    assert page.count_label.text() == "1 sáng kiến"


def test_a_capital_d_with_stroke_folds_too(qtbot, page):
    qtbot.keyClicks(page.search, "DAU KHI")
    settle(qtbot, lambda: page.model.rowCount() == 1)
    page.search.clear()
    qtbot.keyClicks(page.search, "nen khi")
    settle(qtbot, lambda: titles(page) == {"Cải tiến van xả áp máy nén khí"})


def test_filtering_by_vietsovpetro_includes_its_rigs(qtbot, page):
    page.unit_filter.set_unit(unit("VSP"))
    page.apply_filters()
    settle(qtbot, lambda: page.model.rowCount() == 2)
    assert titles(page) == {
        "Hệ thống giám sát Dầu khí tự động",  # on the rig Tam Đảo 03, below VSP
        "Cải tiến van xả áp máy nén khí",
    }
    page.unit_filter.set_unit(unit("VSP-TD03"))
    page.apply_filters()
    settle(qtbot, lambda: page.model.rowCount() == 1)


def test_the_last_filters_are_there_the_next_time(qtbot, clerk, page):
    page.unit_filter.set_unit(unit("PVGAS"))
    page.apply_filters()
    settle(qtbot, lambda: page.model.rowCount() == 1)
    page.save_state()
    again = InitiativesPage(clerk.context)
    qtbot.addWidget(again)
    settle(qtbot, lambda: again.model.rowCount() == 1)
    assert again.unit_filter.unit_id() == unit("PVGAS")
    assert titles(again) == {"Tối ưu tuyến ống dẫn khí Nam Côn Sơn"}


def test_a_new_search_shows_its_first_rows_wherever_the_clerk_had_scrolled(qtbot, clerk):
    """Scrolled to the end of the table, the clerk searches: the results show from their first
    row (read with them), not from where the old rows had been scrolled to, which would have
    read another page on the GUI thread first."""
    for number in range(120):
        register(clerk.database, f"Cải tiến bơm số {number}", "VSP", [(clerk.an, 100)])
    page = InitiativesPage(clerk.context)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    settle(qtbot, lambda: page.model.rowCount() == 123)
    page.table.scrollToBottom()
    settle(qtbot, lambda: page.table.rowAt(0) > 100)
    page.search.setText("bom")
    page.apply_filters()
    settle(qtbot, lambda: page.model.count == 120)
    qtbot.wait(50)  # painted
    assert page.table.rowAt(0) == 0
    assert page.model.cached_rows() == InitiativeTableModel.PAGE_SIZE  # the first page only


def test_ctrl_f_puts_the_cursor_in_the_search_box(qtbot, page):
    page.focus_search()
    qtbot.waitUntil(page.search.hasFocus, timeout=2000)


@pytest.fixture(scope="module")
def large_db(tmp_path_factory):
    return make_large_db(tmp_path_factory.mktemp("large") / "large.db", 60_000)


def test_the_table_answers_for_its_last_row_without_reading_the_rest(qtbot, large_db):
    from db.session import open_database

    database = open_database(large_db)
    try:
        model = InitiativeTableModel(database)
        model.load()
        assert model.rowCount() == 60_000
        assert model.rows_fetched == InitiativeTableModel.PAGE_SIZE  # the ids and the first page
        last = model.row_at(59_999)
        assert last is not None and last.reg_no
        first = model.row_at(0)
        assert first is not None
        page = InitiativeTableModel.PAGE_SIZE
        assert model.rows_fetched == 2 * page  # the last page and the first, nothing between
        for row in range(0, 60_000, page):  # scrolling from top to bottom
            model.row_at(row)
        assert model.rows_fetched == 60_000 + page  # each row once, the last page twice (evicted)
        assert model.cached_rows() <= InitiativeTableModel.CACHE_PAGES * page  # memory bounded
    finally:
        database.close()


def test_a_slow_older_search_arriving_last_does_not_replace_the_newer(qtbot, page, monkeypatch):
    """The clerk types 'khi', then at once 'nam con son': the first search's rows and count,
    held up and arriving last, are dropped (desktop.tasks.run_op), so the table and its count
    show the second search's one initiative."""
    import threading

    from PySide6.QtCore import QThreadPool

    import desktop.models.initiative_table as table
    from desktop.tasks import wait_for_tasks

    pool = QThreadPool.globalInstance()
    threads = pool.maxThreadCount()
    pool.setMaxThreadCount(threads + 2)  # the held-up queries leave threads for the newer ones
    gates = {"first_rowids": threading.Event(), "count_beside_first_rows": threading.Event()}

    def held_up(name):
        work = getattr(table, name)

        def maybe_held(session, f, *args):
            if f.search == "khi":
                assert gates[name].wait(10)
            return work(session, f, *args)

        monkeypatch.setattr(table, name, maybe_held)

    held_up("first_rowids")
    held_up("count_beside_first_rows")
    for typed in ("khi", "nam con son"):
        page.search.setText(typed)
        page.apply_filters()
    try:
        settle(qtbot, lambda: page.model.count == 1)
        for gate in gates.values():  # the older search's rows (all three), then its count
            gate.set()
            assert wait_for_tasks()
            qtbot.wait(100)
    finally:
        for gate in gates.values():
            gate.set()
        pool.setMaxThreadCount(threads)
    assert titles(page) == {"Tối ưu tuyến ống dẫn khí Nam Côn Sơn"}
    assert page.model.count == 1 and page.count_label.text() == "1 sáng kiến"


def test_money_aligns_right_and_roles_nobody_shows_read_nothing(qtbot, page):
    """The view asks each cell ~7 roles a paint: the alignment comes from a table made once,
    a role the table does not show answers None without reading a row."""
    from PySide6.QtCore import Qt

    from desktop.models.initiative_table import COLUMN_INDEX

    model = page.model
    benefit = model.index(0, COLUMN_INDEX["benefit"])
    title = model.index(0, COLUMN_INDEX["title"])
    middle, align = Qt.AlignmentFlag.AlignVCenter, Qt.ItemDataRole.TextAlignmentRole
    assert model.data(benefit, align) == Qt.AlignmentFlag.AlignRight | middle
    assert model.data(title, align) == Qt.AlignmentFlag.AlignLeft | middle
    fetched = model.rows_fetched
    model._pages.clear()  # nothing cached: any read would show
    assert model.data(title, Qt.ItemDataRole.DecorationRole) is None
    assert model.data(title, Qt.ItemDataRole.FontRole) is None
    assert model.rows_fetched == fetched
    assert model.data(title) == model.row_at(0).title  # and the text itself as before
