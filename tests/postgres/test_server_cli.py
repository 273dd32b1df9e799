"""Headquarters on a PostgreSQL server from the command line (issue 18): the same commands on
`--db postgresql://…` as on a file; a password is never taken in the address; a server that
cannot be reached, or a database that is not SángKiến's, is one message and nothing changes."""

import json
from pathlib import Path

import pytest

from desktop.__main__ import main


def sangkien(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_clerk_sets_up_headquarters_on_the_server_and_sees_its_progress(pg, capsys):
    address = pg.new_database("hq", migrated=False)
    code, out, err = sangkien(capsys, "--db", address, "init", "--unit", "CDDKVN")
    assert code == 0, err
    assert "CDDKVN" in out
    code, out, _ = sangkien(capsys, "--db", address, "stats", "--json")
    assert code == 0
    assert json.loads(out)["total"]["target"] == 5400


def test_a_password_in_the_address_is_refused_and_never_used(capsys):
    address = "postgresql://hq:secret@127.0.0.1:1/hq"
    code, _out, err = sangkien(capsys, "--db", address, "stats")
    assert code == 1
    assert "~/.pgpass" in err and "secret" not in err


def test_a_server_that_cannot_be_reached_is_one_message(capsys):
    code, _out, err = sangkien(capsys, "--db", "postgresql://hq@127.0.0.1:1/hq", "stats")
    assert code == 1
    assert "Không kết nối được máy chủ" in err and "Traceback" not in err


def test_an_empty_server_database_is_not_opened_by_ordinary_commands(pg, capsys):
    address = pg.new_database("blank", migrated=False)
    code, _out, err = sangkien(capsys, "--db", address, "stats")
    assert code == 1
    assert "còn trống" in err


@pytest.mark.parametrize("label", ["other"])
def test_another_programs_database_is_left_alone(pg, capsys, label):
    from sqlalchemy import create_engine, inspect, text

    address = pg.new_database(label, migrated=False)
    engine = create_engine(address.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE payroll (id int)"))
    code, _out, err = sangkien(capsys, "--db", address, "init", "--unit", "CDDKVN")
    assert code == 1
    assert "chương trình khác" in err
    with engine.connect() as conn:
        assert inspect(conn).get_table_names() == ["payroll"]
    engine.dispose()


def test_a_server_enrols_a_site_and_imports_its_package_after_a_pg_dump(pg, capsys, tmp_path):
    address = pg.new_database("hq", migrated=False)
    assert sangkien(capsys, "--db", address, "init", "--unit", "CDDKVN")[0] == 0
    setup, site = tmp_path / "setup.skp", tmp_path / "site.db"
    assert sangkien(capsys, "--db", address, "enroll", "VSP", "-o", setup)[0] == 0
    assert sangkien(capsys, "--db", site, "init", "--from", setup)[0] == 0
    package = tmp_path / "site.skp"
    assert sangkien(capsys, "--db", site, "export", "--to", "CDDKVN", "-o", package)[0] == 0

    code, out, err = sangkien(capsys, "--db", address, "import", package)
    assert code == 0, err
    assert "Đã nhập." in out and "Traceback" not in out + err
    dump = Path(out.split("Bản sao lưu trước khi nhập: ")[1].split()[0])
    assert dump.suffix == ".dump" and dump.stat().st_size > 0  # pg_dump before the import
