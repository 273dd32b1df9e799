"""README's first command: the second start skips pip when the install is current, no licence
warnings from setuptools, and the demo database goes to the user's data folder."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = (ROOT / "scripts" / "start-demo.sh").read_text(encoding="utf-8")


def test_the_licence_is_an_spdx_string_that_setuptools_reads_without_warning():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["license"] == "MIT"
    requires = " ".join(project["build-system"]["requires"])
    minimum = re.search(r"setuptools>=(\d+)", requires)
    assert minimum and int(minimum.group(1)) >= 77


def test_pip_runs_only_when_pyproject_changed():
    install = SCRIPT.index("pip install")
    guard = SCRIPT.rindex("if ", 0, install)
    assert "pyproject.toml" in SCRIPT[SCRIPT.index("wanted=") : install]
    assert "$stamp" in SCRIPT[guard:install]


def test_the_demo_database_lives_in_the_users_data_folder():
    assert "user_data_folder()" in SCRIPT
    assert "--db demo.db" not in SCRIPT and "-f demo.db" not in SCRIPT
