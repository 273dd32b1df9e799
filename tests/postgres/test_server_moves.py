"""Moving headquarters to a server and keeping it safe there (issue 18): `migrate-to` copies a
SQLite node with every version, and `dump` reads the same bytes before and after; `demo` builds
on a server; `backup` of a server is a pg_dump that `server-restore` puts back into an empty
database, again with the same `dump`."""

import pytest

from desktop.__main__ import main


def sangkien(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def dump(capsys, target, tmp_path, name):
    out = tmp_path / f"{name}.jsonl"
    assert sangkien(capsys, "--db", target, "dump", "-o", out)[0] == 0
    return out.read_bytes()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "hq.db"
    assert main(["--db", str(path), "demo", "--initiatives", "300"]) == 0
    return path


@pytest.fixture(scope="module")
def moved(pg, demo_file):
    """The demo file moved to a server database once for the module's searches."""
    address = pg.new_database("searched", migrated=False)
    assert main(["--db", str(demo_file), "migrate-to", address]) == 0
    return address


def test_headquarters_moves_to_the_server_with_every_record_and_version(
    pg, demo_file, capsys, tmp_path
):
    address = pg.new_database("moved", migrated=False)
    before = dump(capsys, demo_file, tmp_path, "file")
    code, out, err = sangkien(capsys, "--db", demo_file, "migrate-to", address)
    assert code == 0, err
    assert "Từ nay mở bằng" in out
    assert dump(capsys, address, tmp_path, "server") == before
    assert dump(capsys, demo_file, tmp_path, "file-after") == before  # the file is untouched
    file_stats = sangkien(capsys, "--db", demo_file, "stats", "--json")[1]
    assert sangkien(capsys, "--db", address, "stats", "--json")[1] == file_stats


@pytest.mark.parametrize(
    "typed", ["dau khi", "Dầu khí", "may nen", "nguyen van", "gas", "VSP-XNXL-2022-0001", "zzz"]
)
def test_a_search_on_the_server_finds_what_the_file_finds(moved, demo_file, capsys, typed):
    address = moved
    listing = ("initiative", "list", "--search", typed, "--limit", "0", "--json")
    on_file = sangkien(capsys, "--db", demo_file, *listing)
    on_server = sangkien(capsys, "--db", address, *listing)
    assert on_server == on_file
    assert on_file[0] == 0


def test_moving_onto_a_server_database_that_holds_records_is_refused(pg, demo_file, capsys):
    address = pg.new_database("taken", migrated=False)
    assert sangkien(capsys, "--db", address, "init", "--unit", "CDDKVN")[0] == 0
    code, _out, err = sangkien(capsys, "--db", demo_file, "migrate-to", address)
    assert code == 1
    assert "đã có dữ liệu" in err


def test_the_demo_is_built_on_a_server(pg, capsys):
    address = pg.new_database("demo", migrated=False)
    code, out, err = sangkien(capsys, "--db", address, "demo", "--initiatives", "200")
    assert code == 0, err
    assert "sáng kiến" in out
    code, out, _ = sangkien(capsys, "--db", address, "initiative", "list", "--limit", "3")
    assert code == 0 and out.count("\n") >= 3


def test_a_server_backup_restores_into_an_empty_database_with_the_same_records(
    pg, demo_file, capsys, tmp_path
):
    source = pg.new_database("live", migrated=False)
    assert sangkien(capsys, "--db", demo_file, "migrate-to", source)[0] == 0
    backup = tmp_path / "hq.dump"
    code, out, err = sangkien(capsys, "--db", source, "backup", "-o", backup)
    assert code == 0, err
    assert backup.stat().st_size > 0 and "pg_dump" in out
    assert sangkien(capsys, "--db", source, "check")[0] == 0
    assert sangkien(capsys, "--db", source, "backup")[0] == 0  # into the server backups folder
    code, out, _ = sangkien(capsys, "--db", source, "backups")
    assert code == 0 and "manual.dump" in out

    restored = pg.new_database("restored", migrated=False)
    assert sangkien(capsys, "--db", restored, "server-restore", backup)[0] == 0
    assert dump(capsys, restored, tmp_path, "restored") == dump(capsys, source, tmp_path, "live")
    code, _out, err = sangkien(capsys, "--db", restored, "server-restore", backup)
    assert code == 1 and "còn trống" in err  # never over a database that holds records


def test_a_site_set_up_from_the_server_holds_what_one_set_up_from_the_file_holds(
    pg, demo_file, capsys, tmp_path
):
    address = pg.new_database("enrolling", migrated=False)
    assert sangkien(capsys, "--db", demo_file, "migrate-to", address)[0] == 0
    sites = {}
    for name, hq in (("file", demo_file), ("server", address)):
        package = tmp_path / f"{name}.skp"
        code, _out, err = sangkien(capsys, "--db", hq, "enroll", "VSP", "-o", package)
        assert code == 0, err
        sites[name] = tmp_path / f"{name}-site.db"
        assert sangkien(capsys, "--db", sites[name], "init", "--from", package)[0] == 0
    assert dump(capsys, sites["server"], tmp_path, "a") == dump(
        capsys, sites["file"], tmp_path, "b"
    )


def test_moving_to_the_server_tells_how_far_it_has_got(pg, demo_file):
    """`migrate-to` of a million initiatives takes half an hour: the copy reports rows copied
    against the rows in all, up to every row."""
    from db.postgres.copy import copy_node
    from db.session import open_database

    address = pg.new_database("told", migrated=True)
    told: list[tuple[int, int]] = []
    source, target = open_database(str(demo_file)), open_database(address)
    try:
        result = copy_node(source, target, lambda done, total: told.append((done, total)))
    finally:
        source.close()
        target.close()
    assert len(told) > 1
    assert [done for done, _ in told] == sorted(done for done, _ in told)
    assert told[-1] == (result.total, result.total)
