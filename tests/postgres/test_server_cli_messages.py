"""An administrator at headquarters on a PostgreSQL server reads messages about the server, not
about files: `backup` prints the two real commands that restore it (createdb of an empty
database, then server-restore), `init` on a database that already holds a node says so and how
to make and choose another database, `demo` on a database with data says the demo needs an empty
one and how to make it — in Vietnamese and with --lang en — and the database stays as it was."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, func, select, text

from db.models import AuditEntry, Initiative, NodeIdentity
from desktop.__main__ import main


def sangkien(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def hq(pg):
    """Headquarters set up on the server (its units, phases and targets: data to keep)."""
    address = pg.new_database("msgs", migrated=False)
    assert main(["--db", address, "init", "--unit", "CDDKVN"]) == 0
    return address


def held(address: str) -> tuple:
    """What the database holds: its node, how many initiatives and audit entries, its tables."""
    engine = create_engine(address.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as conn:
            node = conn.execute(select(NodeIdentity.node_id, NodeIdentity.unit_code)).all()
            counts = [
                conn.execute(select(func.count()).select_from(m)).scalar()
                for m in (Initiative, AuditEntry)
            ]
            tables = conn.execute(
                text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
            ).scalar()
    finally:
        engine.dispose()
    return node, counts, tables


def test_a_server_backup_prints_the_real_commands_that_restore_it(hq, capsys, tmp_path):
    dump = tmp_path / "hq.dump"
    code, out, err = sangkien(capsys, "--db", hq, "backup", "-o", dump)
    assert code == 0, err
    assert "ĐỊA_CHỈ" not in out and "TỆP" not in out
    name = hq.rsplit("/", 1)[1]
    assert "createdb -h " in out and f" {name}_restored\n" in out, out
    assert f'/{name}_restored server-restore "{dump}"' in out, out
    code, out, err = sangkien(capsys, "--lang", "en", "--db", hq, "backup", "-o", dump)
    assert code == 0, err
    assert "createdb -h " in out and "administrator" in out, out


def test_the_server_backups_list_says_the_real_command_that_restores_one(
    hq, capsys, tmp_path, monkeypatch
):
    monkeypatch.setenv("SANGKIEN_SERVER_BACKUPS", str(tmp_path / "dumps"))
    code, out, _err = sangkien(capsys, "--db", hq, "backups")
    assert code == 0 and f"sangkien --db {hq} backup" in out and "ĐỊA_CHỈ" not in out, out
    assert sangkien(capsys, "--db", hq, "backup")[0] == 0
    code, out, _err = sangkien(capsys, "--db", hq, "backups")
    assert code == 0 and f"sangkien --db {hq} restore N" in out, out
    assert "ĐỊA_CHỈ" not in out and "TỆP" not in out, out


@pytest.mark.parametrize(
    ("lang", "said"), [("vi", "đã có nút của đơn vị CDDKVN"), ("en", "already holds the node")]
)
def test_init_on_a_server_database_already_set_up_says_how_to_choose_another(
    hq, capsys, lang, said
):
    before = held(hq)
    code, out, err = sangkien(capsys, "--lang", lang, "--db", hq, "init", "--unit", "VSP")
    assert code == 1, out
    assert said in err, err
    name = hq.rsplit("/", 1)[1]
    assert "createdb -h " in err and f" {name}_vsp\n" in err and f"--db {hq}_vsp" in err, err
    assert "tệp" not in err.lower() and "file" not in err.lower(), err
    assert held(hq) == before


@pytest.mark.parametrize(
    ("lang", "said"), [("vi", "cơ sở dữ liệu trống"), ("en", "empty database")]
)
def test_the_demo_on_a_server_database_with_data_asks_for_an_empty_one(hq, capsys, lang, said):
    before = held(hq)
    code, out, err = sangkien(capsys, "--lang", lang, "--db", hq, "demo", "--initiatives", 50)
    assert code == 1, out
    name = hq.rsplit("/", 1)[1]
    assert said in err and f" {name}_demo\n" in err and f"--db {hq}_demo" in err, err
    assert "chuyển" not in err and "moves only" not in err, err  # not migrate-to's words
    assert held(hq) == before


def test_init_on_a_server_database_holding_data_but_no_node_says_so(pg, capsys):
    address = pg.new_database("halfway", migrated=False)
    assert main(["--db", address, "init", "--unit", "CDDKVN"]) == 0
    engine = create_engine(address.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as conn:  # its lists are there, its node is not (a setup cut short)
        conn.execute(text("DELETE FROM node"))
    engine.dispose()
    capsys.readouterr()
    before = held(address)
    code, _out, err = sangkien(capsys, "--lang", "en", "--db", address, "init", "--unit", "VSP")
    assert code == 1
    assert "already holds data" in err and "createdb -h " in err and f"--db {address}_vsp" in err
    assert held(address) == before


def test_the_demo_refuses_a_password_in_the_address_before_using_it(capsys):
    code, _out, err = sangkien(capsys, "--db", "postgresql://hq:secret@127.0.0.1:1/hq", "demo")
    assert code == 1
    assert "~/.pgpass" in err and "secret" not in err, err
