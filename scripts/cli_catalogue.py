#!/usr/bin/env python3
"""Write the English read without Qt (resources/translations/cli_en.json) from sangkien_en.ts.

The command line translates without Qt (desktop/words.py), and so do db/'s messages outside the
window (db/messages.py, `Message.text("en")`): they read the finished translations of the
contexts named Cli…, DbMessages and Vocabulary from this JSON, context -> {Vietnamese source
(+ U+0004 + disambiguation, a db/ message's code): English, or [singular, plural] for a message
with plural forms}. The window reads the same translations from the .qm. scripts/update_translations.sh runs this after lupdate; `--check` exits 1
when the committed JSON is not what the .ts says (tests/test_cli_language.py).
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources/translations"
TS = TRANSLATIONS / "sangkien_en.ts"
CATALOGUE = TRANSLATIONS / "cli_en.json"
QT_FREE = ("Cli", "DbMessages", "Vocabulary")  # the contexts read without Qt


def catalogue_text(ts: Path = TS) -> str:
    found: dict[str, dict[str, str | list[str]]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        if not name.startswith(QT_FREE):
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            forms = [form.text or "" for form in translation.findall("numerusform")]
            text: str | list[str] = forms if forms else (translation.text or "")
            key = message.findtext("source") or ""
            if message.findtext("comment"):  # tr(text, disambiguation)
                key += "\u0004" + (message.findtext("comment") or "")
            if text and all(text):
                found.setdefault(name, {})[key] = text
    ordered = {name: dict(sorted(found[name].items())) for name in sorted(found)}
    return json.dumps(ordered, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str]) -> int:
    text = catalogue_text()
    if "--check" in argv:
        current = CATALOGUE.read_text(encoding="utf-8") if CATALOGUE.exists() else ""
        if current != text:
            print(f"{CATALOGUE.name} is stale: run scripts/update_translations.sh", file=sys.stderr)
            return 1
        return 0
    CATALOGUE.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
