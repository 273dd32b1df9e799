"""Issue 13: a headquarters' first import of a site finds its tables empty. The merge then reads
no row of those tables back (there is none but what it writes itself), and still refuses what
it must: two records of the package under one registration number."""

import pytest
from sync_world import dump, edit, private_key, register, repack

from db.sync import apply
from db.sync.importer import import_package

pytestmark = pytest.mark.both_engines  # issue 18: headquarters on a server too


@pytest.fixture
def statements(monkeypatch):
    """Every statement the merge runs through its cursor, in order."""
    seen: list[str] = []
    merge_rows = apply.merge_rows

    def watched(session):
        rows = merge_rows(session)
        execute = rows.execute

        def counting(sql, *args):
            seen.append(sql)
            return execute(sql, *args)

        rows.execute = counting
        return rows

    monkeypatch.setattr(apply, "merge_rows", watched)
    return seen


def reads_of(statements: list[str], table: str) -> list[str]:
    """The statements that looked up rows of `table` by id or by registration number."""
    return [
        sql
        for sql in statements
        if sql.startswith("SELECT") and f"FROM {table} WHERE" in sql and "IN (" in sql
    ]


def test_a_first_import_reads_no_initiative_back_and_a_second_one_does(world, statements):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    first = register(site, "Cải tiến bơm ly tâm – giảm tiêu hao “dầu khí” Phúc")
    register(site, "Thay gioăng làm kín máy nén khí Hải")
    report = import_package(hq, world.export(site, "CDDKVN"), trust_new_node=True, backup=False)
    assert report.tables["initiatives"].new == 2
    assert reads_of(statements, "initiatives") == []
    assert reads_of(statements, "initiative_authors") == []
    assert dump(site) == [line for line in dump(hq) if line in set(dump(site))]

    statements.clear()
    edit(site, first, title="Cải tiến bơm ly tâm tầng hai Phúc")
    report = import_package(hq, world.export(site, "CDDKVN"), trust_new_node=True, backup=False)
    assert report.tables["initiatives"].updated == 1
    assert reads_of(statements, "initiatives") != []  # the table holds rows now: read them
    assert dump(site) == [line for line in dump(hq) if line in set(dump(site))]


def test_two_initiatives_of_one_registration_number_into_empty_tables_keep_the_first(
    world, tmp_path
):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    register(site, "Cải tiến bơm ly tâm Phúc")
    register(site, "Thay gioăng làm kín Hải")
    package = world.export(site, "CDDKVN")

    def one_number(table, rows):
        if table == "initiatives":
            for row in rows[1:]:
                row["reg_no"] = rows[0]["reg_no"]
        return rows

    twice = repack(package, tmp_path / "twice.skp", records=one_number, key=private_key(site))
    report = import_package(hq, twice, trust_new_node=True, backup=False)
    assert report.tables["initiatives"].new == 1
    assert report.tables["initiatives"].refused == 1
    refusal = next(r for r in report.refusals if r.table == "initiatives")
    assert refusal.reason.code == "sync.possible_duplicate"
