"""A person types `sangkien --version` or starts the window: nothing heavy is imported first."""

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
