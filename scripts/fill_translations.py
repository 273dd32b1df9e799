#!/usr/bin/env python3
"""Fill a Qt .ts file's translations from a JSON file, or list what is left to translate.

    scripts/fill_translations.py --unfinished            JSON of the messages still unfinished
    scripts/fill_translations.py translations.json       fill them, mark them finished

The JSON maps context -> {source text: translation}; the context "*" applies to every context
that has no entry of its own. A message with a disambiguation (tr(text, disambiguation), or a
db/ message's code) is keyed by its source, U+0004 and the disambiguation, as in cli_en.json,
so two with the same source stay apart. A message with plural forms (numerus="yes", from
tr(..., n), or a db/ message declared with a count) takes a list of forms. Translations already
finished are kept unless --overwrite is given.
Then run scripts/update_translations.sh, which rewrites the .ts in lupdate's layout and
compiles the .qm files.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

DEFAULT_TS = Path(__file__).resolve().parent.parent / "resources/translations/sangkien_en.ts"
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def messages(root: ET.Element):
    """(context name, message element) for every message of the .ts."""
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def key(message: ET.Element) -> str:
    """The message's key in a mapping: its source, and its disambiguation after U+0004."""
    source = message.findtext("source") or ""
    comment = message.findtext("comment")
    return f"{source}\u0004{comment}" if comment else source


def is_unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return True
    forms = translation.findall("numerusform")
    texts = [f.text for f in forms] if forms else [translation.text]
    return not all(texts)


def unfinished(root: ET.Element) -> dict[str, dict[str, str | list[str]]]:
    left: dict[str, dict[str, str | list[str]]] = {}
    for context, message in messages(root):
        if is_unfinished(message) and message.get("type") not in ("obsolete", "vanished"):
            empty = ["", ""] if message.get("numerus") == "yes" else ""
            left.setdefault(context, {})[key(message)] = empty
    return left


def fill(root: ET.Element, mapping: dict, overwrite: bool = False) -> tuple[int, int]:
    """Fill translations from `mapping`; returns (filled, still unfinished)."""
    filled = missing = 0
    for context, message in messages(root):
        if not overwrite and not is_unfinished(message):
            continue
        source = message.findtext("source") or ""
        found = mapping.get(context, {})
        text = found.get(key(message)) or found.get(source) or mapping.get("*", {}).get(source)
        if not text:
            missing += 1
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for form in [text] if isinstance(text, str) else text:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text if isinstance(text, str) else text[0]
        filled += 1
    return filled, missing


def write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(HEADER + body + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mapping", nargs="?", type=Path, help="JSON: context -> source -> text")
    parser.add_argument("--ts", type=Path, default=DEFAULT_TS)
    parser.add_argument("--unfinished", action="store_true", help="print what is left, as JSON")
    parser.add_argument("--overwrite", action="store_true", help="replace finished ones too")
    args = parser.parse_args(argv)
    tree = ET.parse(args.ts)
    if args.unfinished or args.mapping is None:
        json.dump(unfinished(tree.getroot()), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    mapping = json.loads(args.mapping.read_text(encoding="utf-8"))
    filled, missing = fill(tree.getroot(), mapping, args.overwrite)
    write(tree, args.ts)
    print(f"{args.ts.name}: {filled} translated, {missing} still unfinished")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
