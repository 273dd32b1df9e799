"""The English interface: every Vietnamese source text has a finished English translation that
keeps its %1 %2 placeholders, the committed .qm files match their .ts, and a person who picks
English sees English in the window (and Vietnamese again, Qt's buttons included, with "vi")."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from initiatives_support import hq_database, make_context
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QGroupBox, QLabel

from desktop.i18n import install_translators

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
ENGLISH_TS = TRANSLATIONS / "sangkien_en.ts"
QTBASE_VI_TS = TRANSLATIONS / "qtbase_vi.ts"
PLACEHOLDER = re.compile(r"%\d+")
PAGES = [
    "desktop.views.initiatives_page:InitiativesPage",
    "desktop.views.backups_page:BackupsPage",
    "desktop.views.settings_page:SettingsPage",
]


def ts_messages(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, disambiguation) -> <message> of a .ts file."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return [""]
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def where(key: tuple[str, str, str]) -> str:
    return f"{key[0] or '(no context)'}: {key[1]!r}" + (f" ({key[2]})" if key[2] else "")


def finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    return all(text.strip() for text in translations(message))


@pytest.mark.parametrize("path", [ENGLISH_TS, QTBASE_VI_TS], ids=lambda p: p.name)
def test_every_message_has_a_finished_translation(path):
    left = [where(key) for key, message in ts_messages(path).items() if not finished(message)]
    assert not left, "untranslated (scripts/fill_translations.py --unfinished):\n" + "\n".join(left)


@pytest.mark.parametrize("path", [ENGLISH_TS, QTBASE_VI_TS], ids=lambda p: p.name)
def test_translations_keep_the_placeholders(path):
    wrong = []
    for key, message in ts_messages(path).items():
        wanted = sorted(set(PLACEHOLDER.findall(key[1])))
        for text in translations(message):
            if text and sorted(set(PLACEHOLDER.findall(text))) != wanted:
                wrong.append(f"{where(key)} -> {text!r}")
    assert not wrong, "placeholders lost or added:\n" + "\n".join(wrong)


def lupdate_tool() -> str | None:
    beside_python = Path(sys.executable).with_name("pyside6-lupdate")
    return str(beside_python) if beside_python.exists() else shutil.which("pyside6-lupdate")


def test_the_ts_holds_every_message_of_the_current_source(tmp_path):
    lupdate = lupdate_tool()
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    files = sorted(
        path.relative_to(ROOT).as_posix()
        for folder in ("desktop", "db")  # db/: the messages of db/messages.py (DbMessages)
        for path in (ROOT / folder).rglob("*.py")
    )
    files = [f for f in files if not f.startswith(("desktop/printing/", "db/migrations/"))]
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [lupdate, "-silent", "-no-obsolete", *files, "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=300,
    )
    missing = set(ts_messages(fresh)) - set(ts_messages(ENGLISH_TS))
    assert not missing, (
        "not in sangkien_en.ts yet (run scripts/update_translations.sh, then translate):\n"
        + "\n".join(sorted(where(key) for key in missing))
    )


@pytest.mark.parametrize("name", ["sangkien_en", "qtbase_vi"])
def test_the_committed_qm_says_what_its_ts_says(name):
    """The .qm is what the application loads: it must be compiled from the .ts as committed."""
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"{name}.qm"))
    stale = []
    for key, message in ts_messages(TRANSLATIONS / f"{name}.ts").items():
        if message.get("numerus") == "yes" or not finished(message):
            continue  # an unfinished one fails the first test
        if translator.translate(*key) != translations(message)[0]:
            stale.append(where(key))
    assert not stale, "recompile (scripts/update_translations.sh):\n" + "\n".join(stale)


@pytest.fixture
def clerk(tmp_path, qapp):
    database = hq_database(tmp_path / "hq.db")
    context = make_context(database, tmp_path / "settings.ini")
    yield context
    install_translators(qapp, "vi")  # the language every other test expects
    database.close()


def open_window(qtbot, context, language: str):
    from desktop.main_window import MainWindow

    install_translators(QApplication.instance(), language)
    context.language = language
    window = MainWindow(context, PAGES)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def page_named(window, class_name: str):
    """Bring up one page (the others stay unbuilt: no background work left when it closes)."""
    row = [entry.rsplit(":", 1)[1] for entry in PAGES].index(class_name)
    window.navigation.setCurrentRow(row)
    return window.page_at(row)


def shown_texts(page) -> set[str]:
    texts = {box.title() for box in page.findChildren(QGroupBox)}
    return texts | {label.text() for label in page.findChildren(QLabel)}


def test_an_english_speaker_sees_english_and_vietnamese_comes_back(qtbot, clerk):
    window = open_window(qtbot, clerk, "en")
    navigation = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert navigation == ["Initiatives", "Backups", "Settings"]
    assert window.menuBar().actions()[0].text() == "&File"
    settings = page_named(window, "SettingsPage")
    texts = shown_texts(settings)
    assert {"Interface language", "User", "Default folders", "Language:", "Full name:"} <= texts
    assert "Attachments folder (scans, photos):" in texts
    assert settings.language.currentData() == "en"  # no saved choice yet: the running language
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    window.close()

    window = open_window(qtbot, clerk, "vi")
    navigation = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert navigation == ["Sáng kiến", "Sao lưu", "Cài đặt"]
    assert "Ngôn ngữ giao diện" in shown_texts(page_named(window, "SettingsPage"))
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Lưu"
    window.close()


def test_texts_of_module_level_helpers_are_translated_too(qapp, clerk):
    """lupdate files a tr("...") outside a class under no context; the English translator
    still finds it whatever context the helper asks for at run time."""
    import datetime as dt

    from desktop.views.backups_page import day_words

    install_translators(qapp, "en")
    assert day_words(dt.date(2026, 3, 1), today=dt.date(2026, 3, 1)) == "today"
    assert day_words(dt.date(2026, 3, 1), today=dt.date(2026, 3, 4)) == "3 days ago"
    free = [(key, m) for key, m in ts_messages(ENGLISH_TS).items() if key[0] == "" and finished(m)]
    for (_context, source, _comment), message in free:
        assert QCoreApplication.translate("AnyPage", source) == translations(message)[0]


def test_the_window_says_what_db_says_in_the_same_english_as_the_command_line(qapp, clerk):
    """db/'s messages reach the window through Qt (the .qm, QCoreApplication.translate) and the
    command line through cli_en.json: both are written from the one .ts, word for word."""
    from db.messages import CATALOGUE, Duration, Message
    from desktop.messages import say
    from desktop.widgets.error_text import error_text

    install_translators(qapp, "en")
    differ = []
    for code, words in CATALOGUE.items():
        names = set(re.findall(r"\{(\w+)\}", words.vi)) - {"count"}
        for count in (0, 1, 2, 1200) if words.counted or "{count}" in words.vi else (None,):
            params = {name: f"<{name}>" for name in names}
            message = Message(code, **params, **({} if count is None else {"count": count}))
            if say(message) != message.text("en"):
                differ.append(f"{code} {count}: {say(message)!r} != {message.text('en')!r}")
    assert not differ, "\n".join(differ)
    error = RuntimeError(Message("check.bad_hlc", table="people", count=1200))
    assert error_text(error) == "people: 1,200 rows with a missing or wrong version stamp (hlc)"
    assert say(Message("open.check_due", name="site.db", why=Duration(3 * 86_400_000))) == (
        "The integrity check of site.db is due (3 days). Reading goes on now; the first change "
        "runs it first (Ctrl+C stops it, nothing is written), or run 'sangkien check' when there "
        "is time."
    )
    from db.vocab import STATUS

    assert say(Message("term", term=STATUS.term("needs_more"))) == "Needs more information"
    install_translators(qapp, "vi")
    assert say(Message("check.bad_hlc", table="people", count=1200)) == (
        "people: 1.200 dòng thiếu hoặc sai dấu phiên bản (hlc)"
    )


def test_a_database_that_fails_to_open_after_the_window_shows_is_refused_in_english(
    qapp, monkeypatch, tmp_path
):
    """The quick start opens the database after the first paint; when that fails, the English
    window says why in English too (it showed the Vietnamese str() of the error)."""
    from PySide6.QtCore import QSettings

    from db.fileutil import DatabaseError
    from db.messages import Message
    from desktop import app as app_module

    shown = []
    monkeypatch.setattr(
        app_module.QMessageBox, "warning", lambda _p, title, text: shown.append((title, text))
    )
    monkeypatch.setattr(app_module.QApplication, "quit", lambda: None)
    install_translators(qapp, "en")
    try:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        application = app_module.Application(settings, "en")
        monkeypatch.setattr(application, "_first_run", lambda _path: (None, None))
        path = tmp_path / "site.db"
        application._not_opened(path, DatabaseError(Message("open.not_found", path=path)))
    finally:
        install_translators(qapp, "vi")
    assert shown == [("Cannot open", Message("open.not_found", path=path).text("en"))]
