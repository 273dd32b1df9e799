"""One user action, one transaction: run it, and if the records' rules refuse it, say why in a
message box in the interface language (the database is then as it was)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from desktop.page_context import PageContext


def run_user_action(
    context: PageContext, parent: QWidget, title: str, action: Callable[[Any], None]
) -> bool:
    """True when `action(session)` was written; False when it was refused (and said so)."""
    from db.validation import ValidationFailed

    try:
        with context.database.transaction() as session:
            action(session)
    except ValidationFailed as failed:
        english = context.language == "en"
        text = "\n".join(p.en if english else p.vi for p in failed.problems)
        QMessageBox.warning(parent, title, text)
        return False
    context.records_changed.emit()
    return True
