#!/usr/bin/env bash
# Install SángKiến into .venv, build the demo headquarters database (once), open the window on it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh gui
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
[ -f demo.db ] || .venv/bin/sangkien --db demo.db demo
exec .venv/bin/sangkien --db demo.db "$@"
