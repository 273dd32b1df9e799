"""The interface's icons: SVGs in resources/icons, named by the pages and buttons that show them."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from resources import resource_path

ICONS = resource_path("icons")  # the source tree or the frozen folder (db.paths)


def icon(name: str) -> QIcon:
    """The icon `name` (resources/icons/<name>.svg); an empty icon if there is none."""
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if name and path.exists() else QIcon()
