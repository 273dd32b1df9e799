"""The pages of the main window, and what every page is given.

Adding a page takes one line in `PAGES` below: "module:ClassName". The protocol a page follows:

    from PySide6.QtCore import QT_TRANSLATE_NOOP
    from desktop.views.registry import Page, PageContext

    class ReviewsPage(Page):
        title = QT_TRANSLATE_NOOP("Pages", "Xét duyệt")   # Vietnamese; translated where shown
        icon = "reviews"                                  # resources/icons/reviews.svg

        def __init__(self, context: PageContext, parent=None):
            super().__init__(context, parent)
            context.records_changed.connect(self.refresh)  # someone saved: show fresh data
            ...

        def page_shown(self):                              # optional: the page came to the front
            ...

- `title` must use the "Pages" translation context (QT_TRANSLATE_NOOP above) so lupdate finds it.
- `icon` names an SVG in resources/icons (missing icons show no picture, nothing fails).
- The page reads and writes through db/ functions only, with `context.database`:
  `with context.database.session() as s:` to read, `with context.database.transaction() as s:`
  for one user action, then `context.records_changed.emit()` so the other pages refresh.
- Work that can take more than ~100 ms goes through `run_op(self, work, on_done, key=...)`
  (desktop/tasks.py): work(progress) runs on a worker thread, on_done(result) back on the GUI
  thread unless the page was closed or a newer operation of the same key replaced it.
- `context.actor` is the user's name for the audit trail (RecordWriter(session, context.actor)).
- `context.node` is this installation: node_id, unit_id, unit_code, unit_name (unit_id may be
  None on a node whose unit is not in the unit table yet).
- `context.settings` is the QSettings to remember things in (use a "pages/<name>/" prefix).
- `context.language` is "vi" or "en" (for db.vocab labels: `STATUS.label(code, context.language)`).
"""

from __future__ import annotations

from importlib import import_module

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.page_context import NodeInfo as NodeInfo  # read here by the window and tests
from desktop.page_context import PageContext

# The main window's navigation, top to bottom. Sync ("Đồng bộ") and certificates ("Chứng nhận")
# go before the settings page when they arrive.
PAGES: list[str] = [
    "desktop.views.dashboard_page:DashboardPage",
    "desktop.views.initiatives_page:InitiativesPage",
    "desktop.views.people_page:PeoplePage",
    "desktop.views.duplicates_page:DuplicatesPage",
    "desktop.views.reviews_page:ReviewsPage",
    "desktop.views.units_page:UnitsPage",
    "desktop.views.sync_page:SyncPage",
    "desktop.views.certificates_page:CertificatesPage",
    "desktop.views.backups_page:BackupsPage",
    "desktop.views.settings_page:SettingsPage",
]


class Page(QWidget):
    """Base of a main-window page (see the module docstring for the protocol)."""

    title: str = ""
    icon: str = ""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def page_shown(self) -> None:
        """Called each time the page is brought to the front."""

    @classmethod
    def translated_title(cls) -> str:
        return QCoreApplication.translate("Pages", cls.title)


def page_classes(entries: list[str] | None = None) -> list[type[QWidget]]:
    """The page classes named in PAGES, imported in order."""
    classes = []
    for entry in PAGES if entries is None else entries:
        module_name, class_name = entry.split(":")
        classes.append(getattr(import_module(module_name), class_name))
    return classes
