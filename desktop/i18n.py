"""Loading the interface language: Vietnamese is the source language, English a translation.

The language is read once at start-up (settings "language", or --lang); a change in Settings
applies on the next start. Every text is filed by lupdate under the context it is asked for at
run time (desktop/messages.py says how to write one outside a class), so no fallback is needed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop import formatting
from resources import resource_path

TRANSLATIONS = resource_path("translations")  # the source tree or the frozen folder (db.paths)
LANGUAGES = ("vi", "en")


def install_translators(app: QApplication, language: str) -> str:
    """Load SángKiến's and Qt's own translations for `language`; returns the language used."""
    language = language if language in LANGUAGES else "vi"
    for translator in getattr(app, "_sangkien_translators", []):
        app.removeTranslator(translator)
    translators = [t for t in _translators(language) if t is not None]
    for translator in translators:
        app.installTranslator(translator)
    app._sangkien_translators = translators  # keep them alive as long as the app
    QLocale.setDefault(
        QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Vietnamese)
    )
    formatting.set_language(language)
    return language


def _translators(language: str) -> list[QTranslator | None]:
    if language == "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ours = _load(TRANSLATIONS / "sangkien_en.qm")
        return [ours, _load(Path(qt_dir) / "qtbase_en.qm")]
    # Qt ships no Vietnamese: our small qtbase_vi covers the standard buttons (OK, Hủy, Có...).
    return [_load(TRANSLATIONS / "qtbase_vi.qm")]


def _load(path: Path) -> QTranslator | None:
    translator = QTranslator()
    return translator if path.exists() and translator.load(str(path)) else None


def counted(text: str, n: int) -> str:
    """A text with a plural count from tr("%Ln ...", "", n), its number written the one way
    the interface writes numbers (desktop.formatting: 7.086 or 7,086), whatever Qt's locale."""
    return text.replace(QLocale().toString(n), formatting.format_number(n))
