"""At a million initiatives a person waits wherever a query reads every row. These stories keep
the hot paths' query plans (EXPLAIN QUERY PLAN) on their indexes: the table's first rows, its
filters, searches rare and common, the exact-name ranking, the count and `stats`."""

import datetime as dt

import pytest
from initiative_world import build_world

import db.queries.browse as browse
import db.queries.searching as searching
from db.queries.browse import first_rowids, initiative_rowids, matching_count
from db.queries.filters import InitiativeFilter
from db.queries.stats import progress_stats

FULL_SCAN = ("SCAN initiatives", "SCAN exact", "SCAN initiative_authors", "SCAN people")
# Sorting every match; sorting one day's rows at a time (RIGHT PART OF ORDER BY) is fine.
FULL_SORT = "USE TEMP B-TREE FOR ORDER BY"


def plans_of(database, work) -> list[tuple[str, str]]:
    """Run `work(session)` and return each statement it ran with its query plan, one string."""
    statements: list[str] = []
    with database.session() as session:
        raw = session.connection().connection.driver_connection
        raw.set_trace_callback(statements.append)
        try:
            work(session)
        finally:
            raw.set_trace_callback(None)
        plans = []
        for sql in statements:
            if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
                continue
            rows = raw.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
            plans.append((sql, "\n".join(row[-1] for row in rows)))
    return plans


def assert_no_full_scan(plans) -> None:
    for sql, plan in plans:
        scans = [line for line in plan.splitlines() if line.startswith(FULL_SCAN)]
        if whole_table_count(sql):  # every row counted: on the narrowest index, the least
            scans = [line for line in scans if "USING COVERING INDEX" not in line]
        if "LIMIT" in sql:  # a walk in the table's order that stops at the page's end
            scans = [line for line in scans if line != DATE_WALK]
        assert not scans, f"{plan}\n{sql}"


DATE_WALK = "SCAN initiatives USING INDEX ix_initiatives_registered_on"


def whole_table_count(sql: str) -> bool:
    return sql.startswith("SELECT count(*)") and "WHERE" not in sql


def the_sql(plans, holding: str) -> str:
    return next(sql for sql, plan in plans if holding in sql)


def the_plan(plans, holding: str) -> str:
    return next(plan for sql, plan in plans if holding in sql)


@pytest.fixture
def page(node_db):
    def first_page(f: InitiativeFilter, dense: bool = False):
        """The first page's and the count's plans, as for many matches (`dense`) or few."""
        searching.dense_threshold = lambda _session: 0 if dense else 10**9
        browse.SPARSE = 0 if dense else 10**9
        searching.MIDDLING = 0 if dense else MIDDLING  # many hits, not middling
        try:
            return plans_of(
                node_db,
                lambda s: (
                    first_rowids(s, f, "registered_on", True, 100),
                    initiative_rowids(s, f, "registered_on", True, limit=100),
                    matching_count(s, f),
                ),
            )
        finally:
            searching.dense_threshold, browse.SPARSE = threshold, SPARSE
            searching.MIDDLING = MIDDLING

    threshold, SPARSE, MIDDLING = searching.dense_threshold, browse.SPARSE, searching.MIDDLING
    return first_page


def test_the_tables_first_rows_come_from_an_index_in_order(page):
    plans = page(InitiativeFilter())
    assert_no_full_scan(plans)
    first = the_plan(plans, "ORDER BY")
    assert "COVERING INDEX" in first and FULL_SORT not in first


@pytest.mark.parametrize("field", ["unit_id", "phase_id", "status"])
def test_a_filter_reads_the_browse_index_and_never_the_whole_table(page, field):
    plans = page(InitiativeFilter(**{field: "x"}), dense=True)
    assert_no_full_scan(plans)
    first = the_plan(plans, "ORDER BY")
    assert "COVERING INDEX ix_initiatives_browse" in first and FULL_SORT not in first


@pytest.mark.parametrize("field", ["status", "phase_id", "field_id"])
def test_a_rare_status_phase_or_field_is_found_by_its_own_index_not_a_walk(page, field):
    plans = page(InitiativeFilter(**{field: "x"}))
    assert_no_full_scan(plans)
    for sql, plan in plans:  # the capped count, the first page and the count
        if "deleted IS 1" in sql:
            continue  # the deleted rows, taken off the count: their own (short) range
        assert f"INDEX ix_initiatives_{field} ({field}=?)" in plan, sql
        assert "ix_initiatives_browse" not in plan


def test_a_rare_word_is_driven_by_its_few_hits(page):
    plans = page(InitiativeFilter(search="neptune"))
    assert_no_full_scan(plans)
    first = the_plan(plans, "ORDER BY")
    assert "SEARCH initiatives USING INTEGER PRIMARY KEY (rowid=?)" in first
    assert "ix_initiatives" not in first.split("LIST SUBQUERY")[0]


def test_a_common_phrase_walks_the_table_order_for_its_first_page(page):
    plans = page(InitiativeFilter(search="dau khi", unit_id="x"), dense=True)
    assert_no_full_scan(plans)
    walks = [plan for sql, plan in plans if "sk_search_tier" in sql and "LIMIT" in sql]
    assert walks
    for plan in walks:
        assert "INDEX ix_initiatives_browse" in plan and FULL_SORT not in plan


def test_a_common_word_alone_walks_the_date_index_testing_only_the_rows_it_passes(page):
    """No filter but the search, newest first: the date index holds the whole order (date, then
    rowid), so nothing is sorted and each row is tested as the walk reaches it; on the browse
    index each day's rows were sorted by rowid, every row of the newest day tested first."""
    plans = page(InitiativeFilter(search="dau khi"), dense=True)
    assert_no_full_scan(plans)
    walks = [plan for sql, plan in plans if "sk_search_tier" in sql and "LIMIT" in sql]
    assert walks
    for plan in walks:
        assert plan == DATE_WALK


def test_an_exact_name_is_found_by_the_peoples_index(page):
    plans = page(InitiativeFilter(search="dang van huy"))
    assert_no_full_scan(plans)
    assert any("ix_people_search_text" in plan for _, plan in plans)


def test_stats_count_each_units_days_in_index_order_without_sorting(node_db):
    build_world(node_db)
    plans = plans_of(node_db, lambda s: progress_stats(s, dt.date(2023, 4, 14)))
    assert_no_full_scan(plans)
    counting = the_plan(plans, "GROUP BY initiatives.unit_id")
    assert "COVERING INDEX" in counting
    assert "TEMP B-TREE" not in counting  # ~500,000 entries sorted at 1M was 2.3 s
    # a programme's units (an IN list) read each unit's range of ix_initiatives_stats
    with node_db.session() as session:
        raw = session.connection().connection.driver_connection
        sql = the_sql(plans, "GROUP BY initiatives.unit_id").replace(
            "GROUP BY", "AND initiatives.unit_id IN ('a', 'b') GROUP BY"
        )
        plan = " ".join(row[-1] for row in raw.execute("EXPLAIN QUERY PLAN " + sql))
    assert "COVERING INDEX ix_initiatives_stats (deleted=? AND unit_id=?" in plan
    assert "TEMP B-TREE" not in plan


def test_the_whole_tables_count_and_a_phases_read_narrow_indexes_less_the_deleted_range(page):
    plans = page(InitiativeFilter(), dense=True)
    counting = [plan for sql, plan in plans if whole_table_count(sql)]
    assert counting and "COVERING INDEX" in counting[0] and "browse" not in counting[0]
    gone = the_plan(plans, "deleted IS 1")
    assert "COVERING INDEX" in gone and "(deleted=?)" in gone
    plans = page(InitiativeFilter(phase_id="x"), dense=True)
    assert_no_full_scan(plans)
    phase = [plan for sql, plan in plans if "count(" in sql and "deleted IS 1" not in sql]
    assert "COVERING INDEX ix_initiatives_phase_id (phase_id=?)" in phase[-1]
    assert "COVERING INDEX" in the_plan(plans, "deleted IS 1")


def test_a_unit_filters_count_reads_its_units_ranges_only(page):
    plans = page(InitiativeFilter(unit_id="x"))
    counting = the_plan(plans, "count(")
    assert "COVERING INDEX ix_initiatives_stats (deleted=? AND unit_id=?)" in counting


def test_a_rare_word_lists_every_hit_in_its_first_step(node_db):
    """Few hits: one hits-driven query gives every row (the count comes with it)."""
    build_world(node_db)
    found: list = []
    f = InitiativeFilter(search="neptune")
    plans = plans_of(
        node_db, lambda s: found.append(first_rowids(s, f, "registered_on", True, 100))
    )
    assert_no_full_scan(plans)
    assert found[0][1] is True  # every row: no count asked
    listing = [(sql, plan) for sql, plan in plans if "ORDER BY" in sql and "initiative_fts" in sql]
    assert "SEARCH initiatives USING INTEGER PRIMARY KEY (rowid=?)" in listing[0][1]
    assert "LIMIT" not in listing[0][0]


def test_an_authors_whole_name_filling_the_page_asks_the_full_text_index_nothing(node_db):
    """'nguyen van an' (three common words: 17 ms to count their hits at 3.2M): when the whole
    name's initiatives fill the first page, it is theirs, newest first, asked of the people's
    index alone; the full-text index is asked only for the count, beside it."""
    from initiative_world import initiative_data

    from db.queries.initiatives import AuthorShare, register_initiative

    world = build_world(node_db)
    with node_db.transaction() as session:
        for day in (1, 2, 3):
            data = initiative_data(
                world, title=f"Bơm số {day}", registered_on=dt.date(2022, 5, day)
            )
            register_initiative(session, data, [AuthorShare(world.an, 100)])
    f = InitiativeFilter(search="nguyen van an")
    found: list = []
    plans = plans_of(node_db, lambda s: found.append(first_rowids(s, f, "registered_on", True, 2)))
    assert not [sql for sql, _ in plans if "initiative_fts" in sql]
    ids, every_row = found[0]
    assert len(ids) == 2 and every_row is False  # the count comes beside it
    with node_db.session() as session:
        rows = browse.initiative_rows(session, ids)
        assert [rows[rowid].title for rowid in ids] == [
            "Bơm số 3",
            "Bơm số 2",
        ]


@pytest.mark.parametrize("typed", ["neptune", "dang van huy"])
@pytest.mark.parametrize("counting", ["count_beside_first_rows", "matching_count"])
def test_a_search_alone_is_counted_by_one_question_to_the_full_text_index(node_db, typed, counting):
    """Beside the first page, the count of a search with no other filter is the full-text
    index's count less the deleted hits, asked once, few hits or many (three common words were
    first counted up to 4,000, as long again as the count itself at 3.2M)."""
    build_world(node_db)
    count = getattr(browse, counting)
    plans = plans_of(node_db, lambda s: count(s, InitiativeFilter(search=typed)))
    asked = [sql for sql, _ in plans if "initiative_fts MATCH" in sql]
    assert len(asked) == 1 and asked[0].startswith("SELECT count(*) FROM initiative_fts")
    assert_no_full_scan(plans)


def test_every_hit_of_a_search_alone_is_listed_along_the_narrow_date_index(node_db, monkeypatch):
    """Listing every hit of a common word in the table's order reads the date index (date and
    rowid: the whole order, nothing sorted) and not the wide browse index, each day's rows sorted
    by rowid ('dau khi' at 3.2M: 2.7 -> 2.2 s CPU); the deleted rows are their own short range."""
    build_world(node_db)
    monkeypatch.setattr(searching, "dense_threshold", lambda _session: 0)
    f = InitiativeFilter(search="dau khi")
    plans = plans_of(node_db, lambda s: initiative_rowids(s, f, "registered_on", True))
    listing = the_plan(plans, "ORDER BY")
    assert listing.startswith("SCAN initiatives USING COVERING INDEX ix_initiatives_registered_on")
    assert "TEMP B-TREE" not in listing and "ix_initiatives_browse" not in listing
    assert "SEARCH gone USING COVERING INDEX" in listing  # the deleted rows' range


def test_middling_hits_are_tested_by_their_rowids_not_by_reading_each_row(node_db, monkeypatch):
    """4,000-30,000 hits at 3.2M ('ban do cau'): the first page probes the full-text index's
    rowids along the table's order (index only) or looks the few up, never reading each row's
    text on the way (a thousand rows read for ten kept: seconds when the file is not cached)."""
    from initiative_world import initiative_data

    from db.queries.initiatives import AuthorShare, register_initiative

    world = build_world(node_db)
    with node_db.transaction() as session:
        for title in ("Giám sát dầu khí tự động", "Khí nén cho giàn dầu"):  # tiers 1 and 2
            register_initiative(
                session, initiative_data(world, title=title), [AuthorShare(world.an, 100)]
            )
    monkeypatch.setattr(searching, "dense_threshold", lambda _session: 0)
    monkeypatch.setattr(searching, "DENSE", 0)  # each tier probed along the order
    f = InitiativeFilter(search="dau khi")
    plans = plans_of(node_db, lambda s: first_rowids(s, f, "registered_on", True, 100))
    assert_no_full_scan(plans)
    assert not [sql for sql, _ in plans if "sk_search_tier" in sql]
    probes = [plan for sql, plan in plans if "json_each" in sql and "LIMIT" in sql]
    assert len(probes) == 2 and all(plan.startswith(DATE_WALK) for plan in probes)
    ids = first_rowids_of(node_db, f)
    with node_db.session() as session:
        rows = browse.initiative_rows(session, ids)
    assert [rows[rowid].title for rowid in ids] == [
        "Giám sát dầu khí tự động",  # the words side by side first
        "Khí nén cho giàn dầu",
    ]


def first_rowids_of(database, f: InitiativeFilter):
    with database.session() as session:
        return first_rowids(session, f, "registered_on", True, 100)[0]


def test_the_dashboards_change_stamp_is_one_step_down_each_tables_seq_index(node_db):
    """A dashboard opened on records as they were counted shows them at once (issue 13): what
    tells it so must cost a few index steps at any size, never a walk of the table."""
    from db.compiled import SessionReader
    from db.queries.stats_memo import COUNTED_FROM, read_stamp

    build_world(node_db)
    plans = plans_of(node_db, lambda s: read_stamp(SessionReader(s)))
    assert len(plans) == 1
    _sql, plan = plans[0]
    for table in COUNTED_FROM:
        assert f"SEARCH {table} USING COVERING INDEX ix_{table}_seq" in plan
    assert "SCAN initiatives" not in plan and "TEMP B-TREE" not in plan
