"""The IT admin at Công đoàn Dầu khí Việt Nam sets up a headquarters server and tries what goes
wrong on the first day: a port typed with a letter, no password on this PC, a wrong one, a
database name misspelt, a user that does not exist, the server not running. Each is one message
in the person's language that says what to do, and nothing changes."""

from __future__ import annotations

import pytest

from db.engines import ServerAddress
from db.postgres.connect import connection_refusal
from db.postgres.opening import address_problem
from db.postgres.trial_server import free_port
from desktop.__main__ import main


def sangkien(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_port_typed_with_a_letter_is_one_message_not_a_traceback(capsys):
    address = "postgresql://clerk@127.0.0.1:54x3/sangkien"
    code, _out, err = sangkien(capsys, "--lang", "en", "--db", address, "stats")
    assert code == 1
    assert "Traceback" not in err
    assert "The server address is not right" in err and "54x3" in err


def test_the_open_dialog_calls_a_port_with_a_letter_a_wrong_form():
    assert address_problem("postgresql://clerk@127.0.0.1:54x3/sangkien") == "form"


ADDRESS = ServerAddress("postgresql://clerk@hq-server:5433/sangkien")


@pytest.mark.parametrize(
    ("libpq_says", "told"),
    [
        (
            'connection to server at "10.0.0.5", port 5433 failed: fe_sendauth: no password '
            "supplied",
            "Add the line hq-server:5433:sangkien:clerk:PASSWORD to the file ~/.pgpass",
        ),
        (
            'connection to server at "10.0.0.5", port 5433 failed: FATAL:  password '
            'authentication failed for user "clerk"',
            "refused the password of the user clerk",
        ),
        (
            'connection to server at "10.0.0.5", port 5433 failed: FATAL:  database '
            '"sangkien" does not exist',
            "createdb -O clerk sangkien",
        ),
        (
            'connection to server at "10.0.0.5", port 5433 failed: FATAL:  role "clerk" does '
            "not exist",
            "createuser -P clerk",
        ),
        (
            'connection to server at "10.0.0.5", port 5433 failed: FATAL:  no pg_hba.conf '
            'entry for host "10.0.0.9", user "clerk", database "sangkien", no encryption',
            "Ask the server's administrator to allow this PC",
        ),
        (
            "failed to resolve host 'hq-server': [Errno -2] Name or service not known",
            "no computer named «hq-server»",
        ),
        (
            'connection to server at "10.0.0.5", port 5433 failed: Connection refused',
            "PostgreSQL is not running there",
        ),
        (
            'connection to server at "10.0.0.5", port 5433 failed: timeout expired',
            "PostgreSQL is not running there",
        ),
    ],
)
def test_each_refusal_of_the_server_says_what_to_do(libpq_says, told, tmp_path, monkeypatch):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))  # not this PC's own ~/.pgpass
    message = connection_refusal(ADDRESS, libpq_says)
    assert told in message.text("en")
    assert "failed" not in message.text("vi")  # libpq's English stays out of the Vietnamese


def test_a_refusal_nobody_foresaw_still_names_the_server_and_the_reason():
    message = connection_refusal(ADDRESS, "SSL SYSCALL error: EOF detected")
    assert "hq-server" in message.text("en") and "SSL SYSCALL" in message.text("en")


def test_a_misspelt_database_name_on_a_running_server(pg, capsys):
    address = pg.server.address("sangkein")
    code, _out, err = sangkien(capsys, "--db", address, "stats")
    assert code == 1
    assert "không có cơ sở dữ liệu «sangkein»" in err
    code, _out, err = sangkien(capsys, "--lang", "en", "--db", address, "stats")
    assert "has no database «sangkein»" in err and "createdb -O sangkien sangkein" in err


def test_a_server_that_is_not_running(capsys):
    address = f"postgresql://clerk@127.0.0.1:{free_port()}/sangkien"
    code, _out, err = sangkien(capsys, "--lang", "en", "--db", address, "stats")
    assert code == 1
    assert "PostgreSQL is not running there" in err and "Traceback" not in err


def test_the_open_dialog_keeps_a_misspelt_address_and_says_what_is_wrong(qtbot, pg):
    from desktop.dialogs.server_dialog import ServerDialog

    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    misspelt = pg.server.address("sangkein")
    qtbot.keyClicks(dialog.field, misspelt)
    dialog.accept()
    assert dialog.result() != ServerDialog.DialogCode.Accepted
    assert dialog.field.text() == misspelt  # to correct, not to type again
    assert "không có cơ sở dữ liệu «sangkein»" in dialog.problem.text()
    assert not dialog.problem.isHidden()


def test_the_open_dialog_refuses_another_programs_database_before_it_closes(qtbot, pg):
    from sqlalchemy import create_engine, text

    from desktop.dialogs.server_dialog import ServerDialog

    address = pg.new_database("payroll", migrated=False)
    other = create_engine(address.replace("postgresql://", "postgresql+psycopg://"))
    with other.begin() as conn:
        conn.execute(text("CREATE TABLE employees (id int)"))
    other.dispose()
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    dialog.field.setText(address)
    dialog.accept()
    assert dialog.result() != ServerDialog.DialogCode.Accepted
    assert "chương trình khác" in dialog.problem.text()


def test_the_open_dialog_closes_on_a_headquarters_database(qtbot, pg):
    from desktop.dialogs.server_dialog import ServerDialog

    address = pg.new_database("hq")
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    dialog.field.setText(address)
    dialog.accept()
    assert dialog.result() == ServerDialog.DialogCode.Accepted
    assert dialog.address == address


def test_the_trial_server_started_twice_says_where_the_running_one_is(pg, capsys):
    from db.postgres.trial_server import main as trial_server

    folder = pg.server.folder
    assert trial_server(["start", str(folder), "--port", str(free_port())]) == 0
    out, _err = capsys.readouterr()
    assert out.strip() == pg.server.address()  # the running one; no second cluster


def test_a_trial_server_on_a_port_another_program_holds_is_refused(pg, tmp_path, capsys):
    from db.postgres.trial_server import main as trial_server

    folder = tmp_path / "sangkien-server"
    taken = str(pg.server.port)
    assert trial_server(["start", str(folder), "--port", taken, "--lang", "en"]) == 1
    _out, err = capsys.readouterr()
    assert f"Port {taken} is already used by another program" in err
    assert f"--port {int(taken) + 1}" in err
    assert not folder.exists()  # nothing made


def test_stopping_a_trial_server_that_is_not_running_says_so(tmp_path, capsys):
    from db.postgres.trial_server import main as trial_server

    assert trial_server(["stop", str(tmp_path), "--lang", "en"]) == 1
    _out, err = capsys.readouterr()
    assert "is not running: there is nothing to stop" in err and "Traceback" not in err


def test_pg_dump_is_found_where_the_windows_installer_puts_it(tmp_path, monkeypatch):
    from db.postgres import trial_server

    for version in ("9.6", "16", "15"):
        folder = tmp_path / "PostgreSQL" / version / "bin"
        folder.mkdir(parents=True)
        (folder / "pg_dump.exe").write_bytes(b"")
    monkeypatch.setattr(trial_server.shutil, "which", lambda _name: None)
    monkeypatch.setenv("ProgramFiles", str(tmp_path))
    found = trial_server.server_bin("pg_dump")
    assert found == str(tmp_path / "PostgreSQL" / "16" / "bin" / "pg_dump.exe")


def test_no_pg_dump_on_this_pc_is_one_message_and_no_backup(pg, capsys, monkeypatch):
    import db.postgres.backup
    from db.postgres.backup import server_backups_folder

    monkeypatch.setattr(db.postgres.backup, "server_bin", lambda _name: None)
    address = pg.new_database("nodump")
    before = set(server_backups_folder().glob("*")) if server_backups_folder().exists() else set()
    code, _out, err = sangkien(capsys, "--lang", "en", "--db", address, "backup")
    assert code == 1
    assert "pg_dump, the PostgreSQL tool to back up and restore a server, was not found" in err
    assert "Nothing was changed" in err
    after = set(server_backups_folder().glob("*")) if server_backups_folder().exists() else set()
    assert after == before


def test_the_backups_page_gives_the_admin_the_two_commands_for_the_chosen_dump(
    qtbot, pg, tmp_path, message_boxes
):
    from PySide6.QtWidgets import QApplication
    from qt_waiting import wait_for

    from desktop.app import Application, app_settings

    address = pg.new_database("hq_backups", migrated=False)
    assert main(["--db", address, "init", "--unit", "CDDKVN"]) == 0
    application = Application(app_settings(tmp_path / "settings.ini"), "vi")
    assert application.open(address)
    try:
        page = application.window.page_named("BackupsPage")
        page.backup_now()
        wait_for(qtbot, lambda: page.table.rowCount() >= 1)
        assert page.table.isColumnHidden(2) and page.table.isColumnHidden(5)  # no "not checked"
        assert not page.table.horizontalHeader().stretchLastSection()  # the size by its date
        page.table.selectRow(0)
        page.restore_selected()
        dump = page.backups[0].path
        said = message_boxes[-1][1]
        name = address.rsplit("/", 1)[-1]
        create = f"createdb -h 127.0.0.1 -p {pg.server.port} -U sangkien {name}_restored"
        restore = f'{address}_restored server-restore "{dump}"'
        assert create in said and restore in said
        assert QApplication.clipboard().text().splitlines()[0] == create
    finally:
        application.close_window()


def test_the_two_commands_restore_the_dump_into_a_new_database(pg, tmp_path, capsys):
    import shlex

    from db.postgres.backup import restore_commands

    address = pg.new_database("hq_restore_commands", migrated=False)
    assert main(["--db", address, "init", "--unit", "CDDKVN"]) == 0
    dump = tmp_path / "hq.dump"
    assert main(["--db", address, "backup", "-o", str(dump)]) == 0
    create, restore = restore_commands(address, dump)
    pg._sql(f"CREATE DATABASE {create.rsplit(' ', 1)[1]}")  # what createdb does
    words = shlex.split(restore)
    assert main(words[1:]) == 0
    capsys.readouterr()
    assert main(["--db", words[2], "dump"]) == 0
    restored = capsys.readouterr().out
    assert main(["--db", address, "dump"]) == 0
    assert capsys.readouterr().out == restored


def test_root_choosing_a_folder_the_postgres_user_cannot_enter_is_told(pg, tmp_path, capsys):
    import os

    from db.postgres.trial_server import main as trial_server

    if os.geteuid() != 0:
        pytest.skip("only root runs the trial server as the postgres user")
    private = tmp_path / "root-only"
    private.mkdir(mode=0o700)
    folder = private / "sangkien-server"
    assert trial_server(["start", str(folder), "--port", str(free_port()), "--lang", "en"]) == 1
    _out, err = capsys.readouterr()
    assert "who cannot enter" in err and "/var/lib/sangkien-server" in err
    assert not folder.exists()


def test_a_pgpass_others_may_read_is_named_with_the_chmod_that_mends_it(tmp_path, monkeypatch):
    import os

    if os.name != "posix":
        pytest.skip("libpq checks the file's mode only on POSIX")
    pgpass = tmp_path / ".pgpass"
    pgpass.write_text("hq-server:5433:sangkien:clerk:secret\n", encoding="utf-8")
    pgpass.chmod(0o644)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    said = connection_refusal(ADDRESS, "fe_sendauth: no password supplied").text("en")
    assert f"chmod 600 {pgpass}" in said and "secret" not in said
    pgpass.chmod(0o600)
    said = connection_refusal(ADDRESS, "fe_sendauth: no password supplied").text("en")
    assert "Add the line" in said


def test_a_password_in_the_address_query_is_refused_too(capsys):
    address = "postgresql://clerk@127.0.0.1:1/sangkien?password=secret"
    assert address_problem(address) == "password"  # never kept in the window's settings
    code, _out, err = sangkien(capsys, "--db", address, "stats")
    assert code == 1
    assert "~/.pgpass" in err and "secret" not in err


def test_a_clerk_role_without_rights_on_the_tables_is_told_what_to_grant(pg, capsys):
    from sqlalchemy import create_engine, text

    address = pg.new_database("hq_rights", migrated=False)
    assert main(["--db", address, "init", "--unit", "CDDKVN"]) == 0
    pg._sql("DROP ROLE IF EXISTS newclerk")
    pg._sql("CREATE ROLE newclerk LOGIN")
    clerk = address.replace("//sangkien@", "//newclerk@")
    code, _out, err = sangkien(capsys, "--lang", "en", "--db", clerk, "stats")
    assert code == 1
    assert "GRANT ALL ON ALL TABLES IN SCHEMA public TO newclerk" in err
    assert "Traceback" not in err
    owner = create_engine(address.replace("postgresql://", "postgresql+psycopg://"))
    with owner.begin() as conn:  # what the administrator then runs
        conn.execute(text("GRANT ALL ON ALL TABLES IN SCHEMA public TO newclerk"))
        conn.execute(text("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO newclerk"))
    owner.dispose()
    code, _out, err = sangkien(capsys, "--db", clerk, "stats")
    assert code == 0, err


@pytest.mark.parametrize(
    ("rested", "told"),
    [
        (True, "has no database «{name}»"),  # asked before use: why a new connection fails
        (False, "terminating connection due to administrator command"),  # cut while in use
    ],
)
def test_a_server_lost_while_open_is_the_message_not_a_driver_error(pg, monkeypatch, rested, told):
    from sqlalchemy import func, select

    import db.postgres.connect
    from db.fileutil import DatabaseError
    from db.models import Initiative
    from db.session import open_database

    if rested:  # the window stayed open a while: its connection is asked about before use
        monkeypatch.setattr(db.postgres.connect, "REST_BEFORE_ASKING_S", 0.0)
    address = pg.new_database("lost")
    database = open_database(address)
    try:
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(Initiative)) == 0
        name = address.rsplit("/", 1)[1]
        pg._sql(f"DROP DATABASE {name} WITH (FORCE)")  # its connections are cut, as by a stop
        with pytest.raises(DatabaseError) as lost, database.session() as session:
            session.scalar(select(func.count()).select_from(Initiative))
        assert told.format(name=name) in lost.value.args[0].text("en")
    finally:
        database.close()


def test_restoring_something_that_is_not_a_dump_says_what_it_is(pg, tmp_path, capsys):
    empty = pg.new_database("restore_target", migrated=False)
    notes = tmp_path / "notes.dump"
    notes.write_text("not a backup\n", encoding="utf-8")
    code, _out, err = sangkien(capsys, "--lang", "en", "--db", empty, "server-restore", notes)
    assert code == 1
    assert "is not a server's pg_dump backup" in err and "pg_restore:" not in err
    hq_file = tmp_path / "hq.db"
    assert main(["--db", str(hq_file), "init", "--unit", "CDDKVN"]) == 0
    capsys.readouterr()
    code, _out, err = sangkien(capsys, "--lang", "en", "--db", empty, "server-restore", hq_file)
    assert code == 1
    assert f"sangkien --db {hq_file} migrate-to" in err


@pytest.mark.parametrize(
    "typed",
    [
        "postgressql://clerk@127.0.0.1:5433/sangkien",
        "postgresql:/clerk@127.0.0.1:5433/sangkien",
        "file://hq-server/sangkien",
    ],
)
def test_a_misspelt_scheme_is_a_wrong_address_not_a_missing_file(typed, capsys):
    code, _out, err = sangkien(capsys, "--lang", "en", "--db", typed, "stats")
    assert code == 1
    assert "The server address is not right" in err and "was not found" not in err
    assert address_problem(typed) == "scheme"  # the window's dialog: starts with postgresql://


def test_restore_on_a_server_gives_the_two_commands_for_the_numbered_dump(pg, capsys):
    address = pg.new_database("hq_restore_n", migrated=False)
    assert main(["--db", address, "init", "--unit", "CDDKVN"]) == 0
    assert main(["--db", address, "backup"]) == 0
    capsys.readouterr()
    assert main(["--db", address, "backups"]) == 0
    listed = capsys.readouterr().out
    code, _out, err = sangkien(capsys, "--lang", "en", "--db", address, "restore", "1")
    assert code == 1
    assert "is not restored over itself" in err
    assert f"{address}_restored server-restore" in err
    first = listed.splitlines()[0].split()[1]  # "  1  NAME.dump  SIZE"
    assert first in err


def test_the_trial_servers_dumps_are_not_listed_as_the_real_servers(pg, capsys):
    from db.postgres.backup import server_backups, server_backups_folder

    address = pg.new_database("sangkien_twice", migrated=False)
    assert main(["--db", address, "init", "--unit", "CDDKVN"]) == 0
    assert main(["--db", address, "backup"]) == 0
    capsys.readouterr()
    dump = server_backups(address)[0]
    name = address.rsplit("/", 1)[1]
    assert dump.name.startswith(f"{name}@127.0.0.1_{pg.server.port}-")
    real = address.replace(f":{pg.server.port}/", ":5432/")  # the same name on another server
    assert dump not in server_backups(real)
    older = server_backups_folder() / f"{name}-20261201-080000-000000-manual.dump"
    older.write_bytes(b"PGDMP")  # named before dumps named their server: listed for both
    assert older in server_backups(address) and older in server_backups(real)
