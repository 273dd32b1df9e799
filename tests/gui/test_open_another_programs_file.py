"""A clerk opens another program's SQLite file in the window: the window says the file is not a
SángKiến database (no command-line hint) and its first-run screen offers another file or a new
database, made elsewhere, the file left as it was. The command line keeps its --db hint."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMessageBox

from db.messages import Message
from desktop import app as app_module
from desktop.dialogs import file_dialogs
from desktop.dialogs.first_run import FirstRunDialog
from desktop.i18n import install_translators


@pytest.fixture
def other_db(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO customers (name) VALUES ('Công ty A')")
    connection.close()
    return path


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def seen(monkeypatch, tmp_path):
    """The message boxes shown, and the first-run screen's intro and where it would create."""
    monkeypatch.setattr("db.paths.user_data_folder", lambda: tmp_path / "data")
    said: dict[str, list] = {"boxes": [], "screens": []}
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _title, text: said["boxes"].append(text))

    def exec_(dialog: FirstRunDialog) -> int:
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        said["screens"].append((dialog.path, texts))
        return FirstRunDialog.DialogCode.Rejected

    monkeypatch.setattr(FirstRunDialog, "exec", exec_)
    return said


@pytest.mark.parametrize("language", ["vi", "en"])
def test_another_programs_file_is_said_to_be_not_sangkiens_with_the_ways_on(
    qapp, tmp_path, other_db, seen, language
):
    install_translators(qapp, language)
    try:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        before = digest(other_db)
        application = app_module.Application(settings, language)
        assert not application.open(other_db)  # the first-run screen closed: no window
    finally:
        install_translators(qapp, "vi")
    [box] = seen["boxes"]
    assert str(other_db) in box and "--db" not in box
    if language == "vi":
        assert "không phải của SángKiến" in box and "tạo cơ sở dữ liệu mới" in box
    else:
        assert "not SángKiến's" in box and "create a new database" in box
    [(create_at, texts)] = seen["screens"]
    assert create_at == tmp_path / "data" / "sangkien.db"  # never over the other program's file
    intro = next(text for text in texts if str(other_db) in text)
    if language == "vi":
        assert "không phải cơ sở dữ liệu SángKiến" in intro and "chưa có" not in intro
    else:
        assert "is not a SángKiến database" in intro and "no database yet" not in intro
    assert digest(other_db) == before


def test_the_first_run_screens_open_another_file_says_the_same(
    qtbot, tmp_path, other_db, monkeypatch
):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = FirstRunDialog(tmp_path / "sangkien.db", settings)
    qtbot.addWidget(dialog)
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _title, text: boxes.append(text))
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *_a, **_k: (str(other_db), ""))
    dialog.open_other()
    assert boxes == [Message("open.foreign_window", path=other_db).text("vi")]
    assert dialog.database is None


def test_the_command_line_keeps_its_db_hint(other_db):
    from db.fileutil import DatabaseError
    from db.messages import message_of
    from db.safe_open import open_ready_database

    with pytest.raises(DatabaseError) as refused:
        open_ready_database(other_db)
    assert "--db" in message_of(refused.value).text("en")
