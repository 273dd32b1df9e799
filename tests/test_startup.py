"""A person types `sangkien --version` or starts the window: nothing heavy is imported first."""

import os
import subprocess
import sys

HEAVY = ("sqlalchemy", "reportlab", "openpyxl", "PySide6", "desktop.cli.setup_commands")

PROBE = """
import sys, types
gui = types.ModuleType("desktop.app")
gui.run_gui = lambda args: print("GUI", args.db) or 0
sys.modules["desktop.app"] = gui
from desktop.cli import run
try:
    run(ARGV)
except SystemExit:
    pass
print(sorted(m for m in HEAVY if m in sys.modules))
"""


def modules_loaded(argv: list[str]) -> str:
    code = PROBE.replace("ARGV", repr(argv)).replace("HEAVY", repr(HEAVY))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout


def test_version_is_printed_without_loading_the_database_layer_or_any_command():
    output = modules_loaded(["--version"])
    assert "SángKiến" in output
    assert output.rstrip().endswith("[]")


def test_the_window_starts_without_loading_the_command_modules():
    output = modules_loaded(["--db", "site.db", "--lang", "en"])
    assert "GUI site.db" in output
    assert output.rstrip().endswith("[]")


def test_a_command_still_finds_its_module():
    output = modules_loaded(["stats", "--help"])
    assert "desktop.cli.setup_commands" in output


def test_a_command_imports_only_its_own_module_and_never_the_demo():
    probe = ("desktop.cli.setup_commands", "desktop.cli.sync_commands", "db.demo")
    code = PROBE.replace("ARGV", repr(["initiative", "list", "--help"])).replace(
        "HEAVY", repr(probe)
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.rstrip().endswith("[]")
    stats = PROBE.replace("ARGV", repr(["stats", "--help"])).replace("HEAVY", repr(probe))
    done = subprocess.run([sys.executable, "-c", stats], capture_output=True, text=True, check=True)
    assert done.stdout.rstrip().endswith("['desktop.cli.setup_commands']")


def test_every_command_is_found_in_the_module_the_start_up_table_names():
    import argparse
    from importlib import import_module

    from desktop.cli import COMMAND_MODULE, COMMAND_MODULES

    for name in COMMAND_MODULES:
        subcommands = argparse.ArgumentParser().add_subparsers()
        import_module(name).register(subcommands)
        assert {c: name for c in subcommands.choices} == {
            c: m for c, m in COMMAND_MODULE.items() if m == name
        }


def test_the_demo_command_offers_the_demos_own_defaults():
    from db.demo import DEFAULT_INITIATIVES, DEFAULT_SEED
    from desktop.cli import setup_commands

    assert (setup_commands.DEFAULT_INITIATIVES, setup_commands.DEFAULT_SEED) == (
        DEFAULT_INITIATIVES,
        DEFAULT_SEED,
    )


def test_listing_initiatives_loads_no_key_cryptography_and_no_user_folders(tmp_path):
    """`initiative list` needs neither the signing keys' library nor the platform's data folders
    (both cost start-up time, issue 13); a missing file is enough to get that far."""
    probe = ("cryptography", "platformdirs")
    argv = ["--db", str(tmp_path / "none.db"), "initiative", "list"]
    code = PROBE.replace("ARGV", repr(argv)).replace("HEAVY", repr(probe))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.rstrip().endswith("[]")


def test_a_command_runs_with_the_collector_paused_until_its_database_is_open(tmp_path):
    """`sangkien` pauses the garbage collector during start-up (desktop.startup) and has it
    running again, with start-up's objects frozen, once the database is open."""
    code = f"""
import gc, sys
import desktop.cli.common as common
opened = common.opened_database
def watched(*args, **kwargs):
    print("before open:", gc.isenabled())
    with opened(*args, **kwargs) as database:
        print("after open:", gc.isenabled(), gc.get_freeze_count() > 10000)
        yield database
common.opened_database = __import__("contextlib").contextmanager(watched)
from desktop.__main__ import main
main(["--db", {str(tmp_path / "site.db")!r}, "init", "--unit", "VSP"])
print("at exit:", gc.isenabled())
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "before open: False" in done.stdout, done.stdout + done.stderr
    assert "after open: True True" in done.stdout
    assert "at exit: True" in done.stdout


def test_a_command_that_fails_before_opening_leaves_the_collector_running():
    code = """
import gc
from desktop.__main__ import main
main(["no-such-command"])
print("at exit:", gc.isenabled())
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "at exit: True" in done.stdout


WINDOW_PROBE = """
import gc, os, sys
import desktop.app as app_module
import desktop.views.backups_page as backups_page

backups_page.start_daily_backup = lambda context: None
shown = app_module.Application._show_window


def show_and_report(self, database, summary):
    shown(self, database, summary)
    loaded = [m for m in LATER if m in sys.modules]
    print("loaded:", loaded, "collector:", gc.isenabled(), flush=True)
    self.close_window()
    os._exit(0)


app_module.Application._show_window = show_and_report
from desktop.__main__ import main

main(["--db", sys.argv[1]])
"""


def test_the_window_shows_without_printing_or_the_sync_engine_and_collects_again(tmp_path):
    """What only printing a certificate or exchanging a package needs (ReportLab, Pillow, pypdf,
    the package reader and writer) loads when used, not before the window shows (issue 13); once
    it shows, the garbage collector runs again."""
    from desktop.cli import run

    database = tmp_path / "site.db"
    assert run(["--db", str(database), "init", "--unit", "VSP"]) == 0
    later = ("reportlab", "PIL", "pypdf", "desktop.printing.batch", "db.sync.importer")
    code = WINDOW_PROBE.replace("LATER", repr(later))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code, str(database)], capture_output=True, text=True, env=env
    )
    assert "loaded: [] collector: True" in done.stdout, done.stdout + done.stderr[-3000:]


def test_examining_a_database_file_and_its_writer_lock_loads_no_sqlalchemy(tmp_path):
    """What a file is, its schema revision against the newest, and whether its full check is due
    are found with sqlite3 alone: the ground for commands that read without SQLAlchemy (issue 13,
    docs/ARCHITECTURE.md)."""
    from desktop.cli import run

    database = tmp_path / "site.db"
    assert run(["--db", str(database), "init", "--unit", "VSP"]) == 0
    code = f"""
import datetime as dt, sys
from pathlib import Path
from db.lock import writer_lock
from db.migrate import head_revision
from db.opening import check_due, examine_file
path = Path({str(database)!r})
state = examine_file(path)
lock = writer_lock(path)
due = check_due(path, lock.holder(), lock.held_elsewhere(), dt.datetime.now())
print(state.kind, state.revision == head_revision(), isinstance(due, str), "sqlalchemy" in sys.modules)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.split() == ["ours", "True", "True", "False"], done.stdout + done.stderr


def test_a_long_command_that_opens_no_database_gets_the_collector_back_in_seconds():
    code = """
import gc, time
import desktop.startup as startup
startup.START_UP_LIMIT_S = time.process_time() + 0.3
startup.pause_collector()
paused = not gc.isenabled()
started = time.process_time()
while time.process_time() - started < 0.6:  # work, as a long command does
    sum(range(1000))
time.sleep(0.3)
print("paused:", paused, "later:", gc.isenabled())
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "paused: True later: True" in done.stdout, done.stdout + done.stderr


def test_a_second_initiative_show_reads_with_sqlite3_alone(tmp_path):
    """The first `initiative show` compiles its queries into the user cache folder; the next
    process runs them with sqlite3 and never imports SQLAlchemy or the models (issue 13,
    db/compiled.py). Both print the same."""
    from db.safe_open import close_safely, open_safely
    from desktop.cli import run

    database = tmp_path / "demo.db"
    assert run(["--db", str(database), "demo", "--initiatives", "30"]) == 0
    close_safely(open_safely(database))  # its check passed and recorded, as after any command
    import sqlite3

    connection = sqlite3.connect(database)
    (reg_no,) = connection.execute("SELECT min(reg_no) FROM initiatives").fetchone()
    connection.close()
    probe = ("sqlalchemy", "db.models", "db.session", "alembic", "orjson")
    argv = ["--db", str(database), "initiative", "show", reg_no]
    code = PROBE.replace("ARGV", repr(argv)).replace("HEAVY", repr(probe))
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        )
        for _ in range(2)
    ]
    cold, warm = (done.stdout.rsplit("\n[", 1) for done in runs)
    assert "sqlalchemy" in cold[1]
    assert warm[1].rstrip() == "]", warm
    assert warm[0] == cold[0] and reg_no in warm[0]
