"""Words in the interface language without Qt: the command line's one translation path
(docs/ARCHITECTURE.md, "Messages").

The command line's strings are written like the window's (`CliSetup = Texts("CliSetup")`, then
`CliSetup.tr("...")`, values with `arg`, counts with `tr(text, "", n)` and `%n`), so lupdate files
them in resources/translations/sangkien_en.ts beside the window's, where they are translated. The
English is read from resources/translations/cli_en.json, which scripts/update_translations.sh
writes from the .ts (the contexts named Cli…, and db/'s DbMessages and Vocabulary, read by
db.messages.translations, the one reader of that file): loading QtCore's QTranslator would cost
the command line its start-up time (issue 13) and break the rule that desktop.cli imports no Qt.

The language is desktop.formatting's (numbers are written in it too): `set_language("en")`.
"""

from __future__ import annotations

import os
import re

from desktop import formatting

LANGUAGES = ("vi", "en")
LANGUAGE_VARIABLE = "SANGKIEN_LANG"  # the command line's language when --lang is not given
_PLACEHOLDER = re.compile(r"%([1-9][0-9]?)")
_COUNT = re.compile(r"%L?n")


def chosen_language(given: str | None) -> str:
    """--lang, else $SANGKIEN_LANG, else Vietnamese."""
    language = given or os.environ.get(LANGUAGE_VARIABLE, "").strip().lower()[:2]
    return language if language in LANGUAGES else "vi"


def set_language(language: str) -> None:
    formatting.set_language(language)


def current_language() -> str:
    return formatting.current_language()


class Texts:
    """The translations of one context, for the command line (Qt's QCoreApplication.translate
    without Qt). lupdate files `Name.tr("...")` under "Name": name the object after its context."""

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        if current_language() == "en":
            from db.messages import translations

            key = f"{text}\u0004{disambiguation}" if disambiguation else text
            found = translations().get(self.context, {}).get(key)
            if isinstance(found, list):
                text = found[0] if n == 1 or len(found) == 1 else found[1]
            elif found:
                text = found
        return _COUNT.sub(formatting.format_number(n), text) if n >= 0 else text


def arg(text: str, *values: object) -> str:
    """`text` with %1 … %99 replaced by `values` in one pass (Qt's QString.arg with several
    arguments): a value that itself holds "%2" is left as it is. Values are written with str():
    pass formatting.format_number(n) for a number a person reads."""
    return _PLACEHOLDER.sub(lambda m: _value(m, values), text)


def _value(match: re.Match[str], values: tuple[object, ...]) -> str:
    index = int(match.group(1)) - 1
    return str(values[index]) if 0 <= index < len(values) else match.group(0)


def said(error: BaseException | object) -> str:
    """What db/ said (a Message, or an exception raised with one), in the current language; an
    older "Tiếng Việt. (English.)" message (or a str of db/'s) by its English half in English."""
    from db.messages import Label, Message, message_of

    if isinstance(error, Message):
        return error.text(current_language())
    if isinstance(error, Label):
        return error.label(current_language())
    if isinstance(error, BaseException):
        if error.args and isinstance(error.args[0], BaseException):  # CliError(error)
            return said(error.args[0])
        message = message_of(error)
        if message is not None:
            return message.text(current_language())
        problems = getattr(error, "messages", None)
        if callable(problems):  # db.validation.ValidationFailed
            return "\n".join(problems(current_language()))
    return in_language(str(error))


_GLOSS = re.compile(r"\s*\(([A-Za-z][^()]*[.!?]?)\)\s*$")


def in_language(message: str) -> str:
    """'Tiếng Việt. (English.)' -> the English part in English; in Vietnamese the whole, as the
    command line always printed it."""
    match = _GLOSS.search(message)
    if not match or re.search(r"[^\x00-\x7f]", match.group(1)) or current_language() != "en":
        return message
    return match.group(1).strip()
