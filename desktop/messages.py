"""Words in the interface language, one way each (docs/ARCHITECTURE.md, "Messages").

- The window's own strings: `self.tr("...")` in a class, or, in module-level code, a `Texts`
  named after its context (`BackupsPage = Texts("BackupsPage")`, then `BackupsPage.tr("...")`):
  lupdate files a call under the name written before `.tr`, so the name and the context must be
  the same (tests/gui/test_interface_messages.py checks it).
- Values into a translated text: `arg(tr("Đã xóa %1 trong %2 bản ghi"), n, total)`, Qt's %1 %2
  placeholders, which a translator may reorder; counts with plural forms via `tr(text, "", n)`
  and `desktop.i18n.counted`.
- What `db/` says (a `db.messages.Message`, or an exception raised with one): `say(message)` in
  the interface language; `desktop.widgets.error_text.error_text(error)` for any exception. Its
  English is in the same .ts (context DbMessages, the code as disambiguation), asked of Qt here
  with QCoreApplication.translate like the window's own strings.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.messages import Label, Message, message_of
from desktop import formatting
from desktop.words import arg as arg  # Qt-free, shared with the command line


class Texts:
    """The translations of one context, for code outside a class."""

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.context, text, disambiguation, n)


def say(message: Message | str) -> str:
    """A db/ message (or a db.messages.Label) in the interface language; a plain str, e.g. a
    name, as it is."""
    if isinstance(message, Message):
        return message.text(formatting.current_language(), QCoreApplication.translate)
    if isinstance(message, Label):
        return message.label(formatting.current_language(), QCoreApplication.translate)
    return message


# db/'s words for a file that is not a SángKiến database end with a hint for the command line
# ("--db"); the window says its own: open another file, or create a new database
NOT_OURS = {
    "open.foreign": "open.foreign_window",
    "open.not_sqlite": "open.not_ours_window",
    "open.not_a_database": "open.not_ours_window",
}


def not_ours(error: BaseException) -> Message | None:
    """The window's message when `error` says the file is not a SángKiến database, else None."""
    message = message_of(error)
    if message is None or message.code not in NOT_OURS:
        return None
    return Message(NOT_OURS[message.code], path=message.params.get("path", ""))
