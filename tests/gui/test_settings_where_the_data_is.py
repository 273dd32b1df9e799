"""A clerk at headquarters opens Settings to see where her data is: the file, or the PostgreSQL
server, database and user, and where the password comes from; never the password itself."""

import pytest
from pages_support import page_context
from PySide6.QtWidgets import QLabel

from db.session import open_database
from desktop.__main__ import main
from desktop.views.settings_page import SettingsPage


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_settings_say_where_the_data_is_and_never_a_password(
    qtbot, engine, tmp_path, request, monkeypatch
):
    if engine == "postgresql":
        address = request.getfixturevalue("pg").new_database("hq_settings", migrated=False)
    else:
        address = str(tmp_path / "hq.db")
    assert main(["--db", address, "init", "--unit", "CDDKVN"]) == 0
    monkeypatch.setenv("PGPASSWORD", "secret-of-this-pc")
    database = open_database(address)
    try:
        page = SettingsPage(page_context(database, tmp_path / "settings.ini"))
        qtbot.addWidget(page)
        shown = [label.text() for label in page.findChildren(QLabel)]
    finally:
        database.close()
    if engine == "sqlite":
        assert address in shown
        return
    name = address.rsplit("/", 1)[1]
    port = address.rsplit(":", 1)[1].split("/")[0]
    assert f"127.0.0.1:{port}" in shown and name in shown and "sangkien" in shown
    assert any("~/.pgpass" in text for text in shown)
    assert not any("secret-of-this-pc" in text for text in shown)
