#!/usr/bin/env bash
# The few Debian/Ubuntu system libraries Qt needs, installed with apt-get only when missing.
#   bash scripts/system-packages.sh test   what the tests need (offscreen Qt, pdftoppm, fonts)
#   bash scripts/system-packages.sh gui    that, plus what a window on a real screen needs (xcb)
#   bash scripts/system-packages.sh server PostgreSQL (server, pg_dump, pg_trgm) for the tests of
#                                          a headquarters on a server; nothing is started here:
#                                          the tests start their own throwaway cluster
set -euo pipefail
profile=${1:-test}

if [ "$profile" = server ]; then
  have_server() {
    command -v initdb >/dev/null || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1
  }
  if have_server && ls /usr/share/postgresql/*/extension/pg_trgm.control >/dev/null 2>&1; then
    exit 0
  fi
  if ! command -v apt-get >/dev/null; then
    echo "PostgreSQL is not installed: the server tests will be skipped." >&2
    exit 0
  fi
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "Installing PostgreSQL for the server tests"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq -o Dpkg::Options::=--force-confold postgresql >/dev/null
  exit 0
fi

libs=(libEGL.so.1 libGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libdbus-1.so.3 libglib-2.0.so.0)
packages=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 poppler-utils
  fonts-dejavu-core)
if [ "$profile" = gui ]; then
  libs+=(libxcb-cursor.so.0 libxkbcommon-x11.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1
    libxcb-shape.so.0 libxcb-xinerama.so.0)
  packages+=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
    libxcb-xinerama0 libxcb-image0 libxcb-render-util0 libxcb-randr0)
fi

missing=()
# read the cache once; `ldconfig -p | grep -q` under pipefail fails at random (SIGPIPE)
known=$(ldconfig -p 2>/dev/null || true)
for lib in "${libs[@]}"; do
  grep -qF "$lib" <<<"$known" || missing+=("$lib")
done
command -v pdftoppm >/dev/null || missing+=(pdftoppm)
grep -qi dejavu <<<"$(fc-list 2>/dev/null || true)" || missing+=(fonts)
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "Qt needs system libraries that are missing here: ${missing[*]}." >&2
  echo "Install them with your system's package manager, then run this again." >&2
  exit 1
fi
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "Installing system packages for Qt (missing: ${missing[*]})"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq "${packages[@]}" >/dev/null
