"""Paths: what ships is found from the source tree and from the frozen folder alike; what the user
makes (database, backups, settings) lives in the user data folder, never in the program folder."""

from __future__ import annotations

import importlib
import shutil
import sys
from pathlib import Path

import pytest

import db.migrate
import resources
from db import paths
from db.backup import backups_folder

SOURCE_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def frozen_folder(tmp_path, monkeypatch) -> Path:
    """A PyInstaller-like `_internal` folder: sys.frozen and sys._MEIPASS point at it."""
    bundle = tmp_path / "SangKien" / "_internal"
    bundle.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    return bundle


@pytest.fixture
def user_home(tmp_path, monkeypatch) -> Path:
    """Platform folders redirected into the test's folder (Linux: XDG; Windows: APPDATA)."""
    home = tmp_path / "home"
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "APPDATA", "LOCALAPPDATA"):
        monkeypatch.setenv(name, str(home / name.lower()))
    return home


@pytest.fixture
def migrate_reloaded(monkeypatch):
    """db.migrate re-imported under the test's conditions; afterwards, as it was."""
    yield lambda: importlib.reload(db.migrate)
    monkeypatch.undo()  # not frozen any more, before the module is imported again
    importlib.reload(db.migrate)


def test_from_the_source_tree_the_program_folder_is_the_checkout():
    assert paths.frozen_root() is None
    assert paths.program_root() == SOURCE_ROOT
    assert resources.resource_root() == SOURCE_ROOT / "resources"


def test_from_the_source_tree_migrations_and_resources_are_real_files():
    assert db.migrate.MIGRATIONS == SOURCE_ROOT / "db" / "migrations"
    assert (db.migrate.MIGRATIONS / "env.py").is_file()
    assert (db.migrate.MIGRATIONS / "script.py.mako").is_file()
    assert list((db.migrate.MIGRATIONS / "versions").glob("0001_*.py"))
    assert resources.resource_path("fonts", "NotoSerif-Regular.ttf").is_file()
    assert resources.resource_path("templates", "certificate.json").is_file()


def test_frozen_the_program_folder_is_the_bundle(frozen_folder):
    assert paths.frozen_root() == frozen_folder
    assert paths.program_root() == frozen_folder
    assert paths.bundled_path("db", "migrations") == frozen_folder / "db" / "migrations"
    assert resources.resource_path("icons", "app.svg") == frozen_folder / "resources/icons/app.svg"


def test_frozen_alembic_reads_the_migrations_copied_into_the_bundle(
    frozen_folder, migrate_reloaded
):
    shutil.copytree(
        SOURCE_ROOT / "db" / "migrations",
        frozen_folder / "db" / "migrations",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    source_head = db.migrate.head_revision()
    frozen = migrate_reloaded()
    bundled_migrations = frozen_folder / "db" / "migrations"
    assert bundled_migrations == frozen.MIGRATIONS
    assert frozen.alembic_config().get_main_option("script_location") == str(frozen.MIGRATIONS)
    assert frozen.head_revision() == source_head


def test_gui_icons_and_translations_are_the_shipped_resources():
    pytest.importorskip("PySide6")
    import desktop.i18n
    import desktop.widgets.icons

    shipped = resources.resource_root()
    assert shipped / "translations" == desktop.i18n.TRANSLATIONS
    assert shipped / "icons" == desktop.widgets.icons.ICONS


def test_the_database_lives_in_the_user_data_folder(user_home):
    from desktop.cli.common import default_db_path

    database = paths.default_database_path()
    assert database.name == "sangkien.db"
    assert database.parent.name == "SangKien"
    assert paths.is_inside(database, user_home)
    assert default_db_path() == database


def test_the_database_and_its_backups_are_never_in_the_program_folder(frozen_folder, user_home):
    database = paths.default_database_path()
    program_folder = frozen_folder.parent
    assert not paths.is_inside(database, program_folder)
    assert not paths.is_inside(backups_folder(database), program_folder)
    assert paths.is_inside(backups_folder(database), paths.user_data_folder())


def test_settings_are_kept_in_the_user_folder_not_the_program_folder(user_home):
    pytest.importorskip("PySide6")
    from desktop.app import app_settings

    settings_file = Path(app_settings().fileName())  # Qt reads XDG_CONFIG_HOME once a process
    assert settings_file.parent.name == "SangKien"
    assert not paths.is_inside(settings_file, SOURCE_ROOT)


def test_a_path_climbing_out_with_dotdot_is_not_inside(tmp_path):
    folder = tmp_path / "program"
    folder.mkdir()
    assert paths.is_inside(folder / "db" / "x.db", folder)
    assert not paths.is_inside(folder / ".." / "data" / "x.db", folder)
