"""What every page and dialog is given: the open database, this node, settings, language, and a
signal that records changed (the protocol is in desktop/views/registry.py). Below the pages and
the dialogs, which both take it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the window paints before SQLAlchemy is imported (issue 13)
    from db.session import Database


@dataclass(frozen=True)
class NodeInfo:
    """This installation as the pages need it."""

    node_id: str
    unit_code: str
    unit_id: str | None = None
    unit_name: str = ""


class PageContext(QObject):
    """What every page is constructed with: the open database, this node, settings, language,
    and a signal that records changed."""

    # Emitted by whoever saved something; every page showing records refreshes.
    records_changed = Signal()
    # Settings chose another interface language ("vi"/"en"): the main window redraws itself.
    language_changed = Signal(str)
    # The database is open: at a quick start the window shows first and the pages, which need
    # SQLAlchemy, are made once this is emitted (desktop/app.py, issue 13).
    database_opened = Signal()

    def __init__(
        self,
        database: Database | None,
        node: NodeInfo,
        settings: QSettings,
        language: str = "vi",
        parent: QObject | None = None,
        path: Path | str | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database  # None only at a quick start, until database_opened
        self.path = database.path if database is not None else path
        self.node = node
        self.settings = settings
        self.language = language
        self.window: QWidget | None = None  # the main window, as parent for dialogs

    def set_database(self, database: Database) -> None:
        self.database = database
        self.path = database.path
        self.database_opened.emit()

    @property
    def actor(self) -> str:
        """The user's name for the audit trail (Settings), else this node's unit code."""
        name = str(self.settings.value("user/name", "") or "").strip()
        return name or self.node.unit_code
