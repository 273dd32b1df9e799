"""The user guide, offline: resources/help/guide_<language>.html with pictures of the real window,
shown in a QTextBrowser. F1 opens it at the part about the page in front (its anchor is the
page's class name in lower case, e.g. #initiativespage)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.widgets.screen_fit import fit_to_screen
from resources import resource_path

HELP = resource_path("help")


def guide_path(language: str):
    path = HELP / f"guide_{language}.html"
    return path if path.exists() else HELP / "guide_vi.html"


class HelpWindow(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng SángKiến"))
        fit_to_screen(self, 980, 680)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(HELP)])
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path(language))))
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    def show_part(self, anchor: str) -> None:
        if anchor:
            self.browser.scrollToAnchor(anchor)


def show_guide(language: str, anchor: str = "", parent: QWidget | None = None) -> HelpWindow:
    """Open the guide (not modal: the person reads and works side by side)."""
    window = HelpWindow(language, parent)
    window.show()
    window.show_part(anchor)
    return window
