#!/usr/bin/env bash
# Open SángKiến on the demo headquarters database. The first run installs SángKiến into .venv and
# builds the demo (a minute or two); later runs start in seconds: pip runs again only when
# pyproject.toml changed. The demo database lives in the user's data folder (Linux
# ~/.local/share/SangKien/demo.db), with its backups beside it, never in the source tree.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh gui
export PIP_DISABLE_PIP_VERSION_CHECK=1
stamp=.venv/.sangkien-installed
wanted=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ ! -x .venv/bin/sangkien ] || [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
  echo "Đang cài SángKiến vào .venv (chỉ lần đầu hoặc khi pyproject.toml đổi)…"
  [ -x .venv/bin/python ] || python3 -m venv .venv
  .venv/bin/python -m pip install -q -e . 2>&1 | grep -v -i -E "^\s*$|warning|deprecat" || true
  .venv/bin/python -c "import desktop, db" # stop here if the install failed
  echo "$wanted" >"$stamp"
fi
demo=$(.venv/bin/python -c "from db.paths import user_data_folder; print(user_data_folder() / 'demo.db')")
if [ ! -f "$demo" ]; then
  mkdir -p "$(dirname "$demo")"
  echo "Đang tạo cơ sở dữ liệu mẫu: $demo"
  .venv/bin/sangkien --db "$demo" demo
fi
exec .venv/bin/sangkien --db "$demo" "$@"
