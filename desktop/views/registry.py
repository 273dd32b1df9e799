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

from dataclasses import dataclass
from importlib import import_module

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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


# Each page's title and icon as the navigation shows them before the page's module is imported:
# the window paints its navigation without importing SQLAlchemy, which every page's module does
# (issue 13). They are the pages' own `title` and `icon` (tests/gui/test_dashboard_and_window.py).
NAVIGATION: dict[str, tuple[str, str]] = {
    "DashboardPage": (QT_TRANSLATE_NOOP("Pages", "Tổng quan"), "dashboard"),
    "InitiativesPage": (QT_TRANSLATE_NOOP("Pages", "Sáng kiến"), "initiatives"),
    "PeoplePage": (QT_TRANSLATE_NOOP("Pages", "Tác giả"), "people"),
    "DuplicatesPage": (QT_TRANSLATE_NOOP("Pages", "Trùng lặp"), "duplicates"),
    "ReviewsPage": (QT_TRANSLATE_NOOP("Pages", "Xét duyệt"), "reviews"),
    "UnitsPage": (QT_TRANSLATE_NOOP("Pages", "Đơn vị & chỉ tiêu"), "units"),
    "SyncPage": (QT_TRANSLATE_NOOP("Pages", "Đồng bộ"), "sync"),
    "CertificatesPage": (QT_TRANSLATE_NOOP("Pages", "Chứng nhận"), "certificates"),
    "BackupsPage": (QT_TRANSLATE_NOOP("Pages", "Sao lưu"), "backup"),
    "SettingsPage": (QT_TRANSLATE_NOOP("Pages", "Cài đặt"), "settings"),
}


# Pages that read what they first show with sqlite3 alone (db.queries.first_look): at a quick
# start they are made before the database is open (desktop/main_window.py).
READS_BEFORE_OPENING = frozenset({"DashboardPage"})


@dataclass(frozen=True)
class PageSlot:
    """A page of the navigation before it is made: its class is imported when first shown."""

    entry: str  # "module:ClassName", as in PAGES
    title: str  # Vietnamese, in the "Pages" context
    icon: str

    @property
    def name(self) -> str:
        return self.entry.split(":")[1]

    def translated_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)

    def page_class(self) -> type[QWidget]:
        module_name, class_name = self.entry.split(":")
        return getattr(import_module(module_name), class_name)


def page_slots(entries: list[str] | None = None) -> list[PageSlot]:
    """The pages named in PAGES (or `entries`), their modules not imported where NAVIGATION
    knows their title and icon."""
    slots = []
    for entry in PAGES if entries is None else entries:
        known = NAVIGATION.get(entry.split(":")[1])
        if known is None:  # a page not in the navigation table (a test's): asked itself
            page_class = PageSlot(entry, "", "").page_class()
            known = (page_class.title, page_class.icon)
        slots.append(PageSlot(entry, *known))
    return slots
