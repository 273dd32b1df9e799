"""Words in the interface language, one way each (docs/ARCHITECTURE.md, "Messages").

- The window's own strings: `self.tr("...")` in a class, or, in module-level code, a `Texts`
  named after its context (`BackupsPage = Texts("BackupsPage")`, then `BackupsPage.tr("...")`):
  lupdate files a call under the name written before `.tr`, so the name and the context must be
  the same (tests/gui/test_interface_messages.py checks it).
- Values into a translated text: `arg(tr("Đã xóa %1 trong %2 bản ghi"), n, total)`, Qt's %1 %2
  placeholders, which a translator may reorder; counts with plural forms via `tr(text, "", n)`
  and `desktop.i18n.counted`.
- What `db/` says (a `db.messages.Message`, or an exception raised with one): `say(message)` in
  the interface language; `desktop.widgets.error_text.error_text(error)` for any exception.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from db.messages import Message
from desktop import formatting

_PLACEHOLDER = re.compile(r"%([1-9][0-9]?)")


class Texts:
    """The translations of one context, for code outside a class."""

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.context, text, disambiguation, n)


def arg(text: str, *values: object) -> str:
    """`text` with %1 … %99 replaced by `values` in one pass (Qt's QString.arg with several
    arguments): a value that itself holds "%2" is left as it is. Values are written with str():
    pass formatting.format_number(n) for a number a person reads."""
    return _PLACEHOLDER.sub(lambda m: _value(m, values), text)


def _value(match: re.Match[str], values: tuple[object, ...]) -> str:
    index = int(match.group(1)) - 1
    return str(values[index]) if 0 <= index < len(values) else match.group(0)


def say(message: Message) -> str:
    """A db/ message in the interface language."""
    return message.text(formatting.current_language())
