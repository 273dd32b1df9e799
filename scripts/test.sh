#!/usr/bin/env bash
# Install SángKiến with its test tools into .venv, then lint and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/lint-imports --no-cache  # layers and no cycles: [tool.importlinter] in pyproject.toml
.venv/bin/vulture db desktop scripts tests --min-confidence 60 --exclude db/migrations/versions
.venv/bin/python -m db.check_schema
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q "$@"
