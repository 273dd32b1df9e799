#!/usr/bin/env bash
# Refresh the interface translations.
#
# 1. pyside6-lupdate reads every .py file under desktop/ (windows, pages, dialogs, models,
#    widgets and the command line; not desktop/printing, which prints Vietnamese documents)
#    and under db/ (the messages db/ gives, declared with QT_TRANSLATE_NOOP in db/messages.py,
#    context DbMessages; the vocabularies of db/vocab.py, context Vocabulary; no Qt imported),
#    and merges its Vietnamese source texts into
#    resources/translations/sangkien_en.ts: translations already there are kept, texts no
#    longer in the code are dropped (-no-obsolete), new ones come in unfinished.
# 2. pyside6-lrelease compiles sangkien_en.ts and the hand-written qtbase_vi.ts (Qt's own
#    standard buttons and menus in Vietnamese) into the .qm files the application loads.
#    The .qm files are committed: nothing compiles them at install time.
# 3. scripts/cli_catalogue.py writes the English that is read without Qt (contexts Cli…,
#    DbMessages and Vocabulary) to resources/translations/cli_en.json, for the command line
#    (desktop/words.py) and for db/'s messages outside the window (db/messages.py). Committed too.
#
# After a run, translate the new messages (Qt Linguist, or scripts/fill_translations.py with a
# JSON file of translations), run this script again to compile, and commit the .ts and .qm.
#   scripts/fill_translations.py --unfinished     lists what is left to translate
set -euo pipefail

cd "$(dirname "$0")/.."
DIR=resources/translations
mkdir -p "$DIR"

tool() {
    if [[ -x .venv/bin/$1 ]]; then
        echo ".venv/bin/$1"
    elif command -v "$1" >/dev/null; then
        command -v "$1"
    else
        echo "update_translations.sh: $1 not found (pip install PySide6)" >&2
        exit 1
    fi
}
LUPDATE=$(tool pyside6-lupdate)
LRELEASE=$(tool pyside6-lrelease)

LIST=$(mktemp)
trap 'rm -f "$LIST"' EXIT
{
    find desktop -name '*.py' -not -path 'desktop/printing/*'
    find db -name '*.py' -not -path 'db/migrations/*'
} | LC_ALL=C sort >"$LIST"

"$LUPDATE" -no-obsolete -locations relative \
    -source-language vi -target-language en \
    @"$LIST" -ts "$DIR/sangkien_en.ts"

"$LRELEASE" "$DIR/sangkien_en.ts" -qm "$DIR/sangkien_en.qm"
"$LRELEASE" "$DIR/qtbase_vi.ts" -qm "$DIR/qtbase_vi.qm"
PYTHON=.venv/bin/python
[[ -x $PYTHON ]] || PYTHON=python3
"$PYTHON" scripts/cli_catalogue.py
