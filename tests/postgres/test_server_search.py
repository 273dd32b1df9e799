"""Searching a headquarters on a server (issue 18): the clerk sees the same rows in the same order
as on the file, whether a search has few hits (they drive it) or many (a walk in the table's
order stops at the first page), and every search and the unit filter is answered by an index:
with sequential scans disabled, no plan may still read the whole initiatives table."""

import pytest
from sqlalchemy import event, select

import db.queries.searching as searching
from db.models import Initiative, InitiativeAuthor, Person
from db.queries.browse import first_rowids, initiative_rowids, initiative_rows, matching_count
from db.queries.filters import InitiativeFilter
from db.queries.units import unit_by_code
from db.session import open_database
from desktop.__main__ import main

COMMON = ("dau khi", "Dầu khí", "may nen", "gas")


@pytest.fixture(scope="module")
def headquarters(pg, tmp_path_factory):
    """The same demo headquarters in a file and, through `migrate-to`, on a server."""
    path = tmp_path_factory.mktemp("hq") / "hq.db"
    assert main(["--db", str(path), "demo", "--initiatives", "300"]) == 0
    address = pg.new_database("searched_by_index", migrated=False)
    assert main(["--db", str(path), "migrate-to", address]) == 0
    file, server = open_database(path, read_only=True), open_database(address)
    yield file, server
    file.close()
    server.close()


@pytest.fixture(scope="module")
def typed(headquarters):
    """What a clerk types: common words, a person's whole name, a registration number."""
    file, _ = headquarters
    with file.session() as session:
        author = select(Person.full_name).join(
            InitiativeAuthor, InitiativeAuthor.person_id == Person.id
        )
        name = session.scalar(author.order_by(Person.full_name).limit(1))
        reg_no = session.scalar(select(Initiative.reg_no).order_by(Initiative.reg_no).limit(1))
    return [*COMMON, name, reg_no.lower()]


def what_the_clerk_sees(database, f: InitiativeFilter):
    """The first page, the whole list and the count, as initiative ids."""
    with database.session() as session:
        first, _ = first_rowids(session, f, "registered_on", True, 20)
        every = initiative_rowids(session, f, "registered_on", True)
        rows = initiative_rows(session, list(every))
        return (
            [rows[rowid].id for rowid in first],
            [rows[rowid].id for rowid in every],
            matching_count(session, f),
        )


def unit_filter(database) -> str:
    with database.session() as session:
        return unit_by_code(session, "VSP").id


@pytest.mark.parametrize("many_hits", [True, False])
def test_the_server_shows_the_files_rows_for_every_search(
    headquarters, typed, monkeypatch, many_hits
):
    file, server = headquarters
    monkeypatch.setattr(searching, "dense_threshold", lambda _s: 0 if many_hits else 10**9)
    unit = unit_filter(file)
    for text in typed:
        for f in (InitiativeFilter(search=text, unit_id=unit), InitiativeFilter(search=text)):
            on_file = what_the_clerk_sees(file, f)
            assert what_the_clerk_sees(server, f) == on_file, f
        assert on_file[2] or text in COMMON[2:], text  # the name and the number find something
    everything_in_unit = InitiativeFilter(unit_id=unit)
    assert what_the_clerk_sees(server, everything_in_unit) == what_the_clerk_sees(
        file, everything_in_unit
    )


def server_plans(database, work) -> list[tuple[str, str]]:
    """Run `work(session)` on the server; every SELECT it ran, with its plan when sequential
    scans are disabled (a 'Seq Scan' left in it means no index can answer that query)."""
    statements: list[tuple[str, object]] = []

    def seen(_conn, _cursor, statement, parameters, _context, _many):
        statements.append((statement, parameters))

    fetch = searching.fetch_rowids

    def fetched(session, query, cancelled=None):
        compiled = query.compile(session.get_bind(), compile_kwargs={"render_postcompile": True})
        statements.append((str(compiled), compiled.params))
        return fetch(session, query, cancelled)

    event.listen(database.engine, "before_cursor_execute", seen)
    searching.fetch_rowids = fetched
    try:
        with database.session() as session:
            work(session)
    finally:
        searching.fetch_rowids = fetch
        event.remove(database.engine, "before_cursor_execute", seen)
    plans = []
    with database.engine.connect() as connection:  # a transaction, for SET LOCAL
        connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
        for sql, parameters in statements:
            if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
                continue
            plan = connection.exec_driver_sql("EXPLAIN " + sql, parameters).scalars().all()
            plans.append((sql, "\n".join(plan)))
    return plans


def first_page_and_count(f: InitiativeFilter):
    return lambda session: (
        first_rowids(session, f, "registered_on", True, 100),
        initiative_rowids(session, f, "registered_on", True, limit=100),
        matching_count(session, f),
    )


@pytest.mark.parametrize("many_hits", [True, False])
def test_every_search_on_the_server_is_answered_by_an_index(
    headquarters, typed, monkeypatch, many_hits
):
    _, server = headquarters
    monkeypatch.setattr(searching, "dense_threshold", lambda _s: 0 if many_hits else 10**9)
    for text in typed:
        plans = server_plans(server, first_page_and_count(InitiativeFilter(search=text)))
        assert plans
        for sql, plan in plans:
            assert "Seq Scan on initiatives" not in plan, f"{plan}\n{sql}"
        exact = [plan for sql, plan in plans if "exact.reg_no" in sql]
        assert exact and all("uq_initiatives_reg_no" in plan for plan in exact)


def test_the_unit_filter_on_the_server_reads_only_that_units_rows(headquarters):
    _, server = headquarters
    f = InitiativeFilter(unit_id=unit_filter(server))
    plans = server_plans(server, lambda session: matching_count(session, f))
    counting = [plan for sql, plan in plans if "count(" in sql]
    assert counting and all("unit_id = ANY" in plan for plan in counting), counting
    for _sql, plan in plans:
        assert "Seq Scan on initiatives" not in plan and "Hash Join" not in plan, plan
