"""Every visible string in the interface language: a walk through every page (the dashboard and
the Units page included: a programme's name is data) and dialog in English fails on any
Vietnamese letter outside the data (names, titles, units, programmes), and a walk in
Vietnamese fails on an English word outside a short allowed list (PDF, Excel, QR ...), and
no page shows a raw id or programmer text."""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from initiatives_support import clerk_world
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from sqlalchemy import select

from db.models import Field, Initiative, KnownNode, NodeIdentity, Person, Phase, Programme, Unit
from db.node_identity import key_fingerprint
from desktop.i18n import install_translators
from desktop.main_window import MainWindow
from desktop.tasks import wait_for_tasks
from desktop.views.dashboard_page import programme_label
from desktop.views.registry import PAGES

ROOT = Path(__file__).resolve().parents[2]
# words an English text may share with the Vietnamese interface
ALLOWED_IN_VIETNAMESE = {"pdf", "excel", "qr", "csv", "usb", "sqlite", "json", "xlsx", "skp"}
ALLOWED_IN_VIETNAMESE |= {"sangkien", "dau", "khi", "sang", "kien", "email", "ctrl", "enter"}
NAME = "SángKiến"
OWN_NAMES = (NAME, "Tiếng Việt")  # names said in their own language whatever the interface's
PATH = re.compile(r"(?:[A-Za-z]:)?(?:[/\\][\w.\-]+)+")


@pytest.fixture
def clerk(tmp_path, qapp):
    world = clerk_world(tmp_path)
    yield world
    wait_for_tasks()
    install_translators(qapp, "vi")  # the language every other test expects
    world.database.close()


def data_texts(database) -> list[str]:
    """What the records say (kept in their own language), longest first."""
    with database.session() as session:
        texts = set()
        columns = (Unit.name, Unit.short_name, Unit.code, Field.name, Phase.name, Programme.name)
        for column in columns:
            texts |= {t for t in session.scalars(select(column)) if t}
        texts |= {t for t in session.scalars(select(Person.full_name)) if t}
        texts |= {t for t in session.scalars(select(Initiative.title)) if t}
        # a programme is named as the pages show it ("1 triệu sáng kiến (2021–2023)"): data too
        texts |= {programme_label(p) for p in session.scalars(select(Programme))}
        # a key's fingerprint is random letters (the Sync page shows it): "HELP-…" is no English
        keys = select(NodeIdentity.public_key).union_all(select(KnownNode.public_key))
        texts |= {key_fingerprint(k) for k in session.scalars(keys) if k}
    return sorted(texts, key=len, reverse=True)


def visible_texts(widget: QWidget) -> list[str]:
    """The texts a person reads in `widget` and its children (not the records' cells)."""
    texts = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        texts += texts_of(child)  # shown now or on another tab: every one is read some day
    return [t for t in texts if t]


def texts_of(child: QWidget) -> list[str]:
    if isinstance(child, QLabel):
        return [child.text()]
    if isinstance(child, QAbstractButton):
        return [child.text(), child.toolTip()]
    if isinstance(child, QGroupBox):
        return [child.title()]
    if isinstance(child, QTabWidget):
        return [child.tabText(i) for i in range(child.count())]
    if isinstance(child, QLineEdit):
        return [child.placeholderText()]
    if isinstance(child, QComboBox):
        return [child.itemText(i) for i in range(child.count())]
    if isinstance(child, QAbstractItemView) and child.model() is not None:
        model = child.model()
        horizontal = Qt.Orientation.Horizontal
        try:
            columns = model.columnCount()
        except TypeError:  # a list model
            return []
        return [str(model.headerData(c, horizontal) or "") for c in range(columns)]
    return []


def without_data(text: str, data: list[str]) -> str:
    text = PATH.sub(" ", re.sub(r"<[^>]+>", " ", text))
    for name in OWN_NAMES:
        text = text.replace(name, " ")
    for value in data:
        if value in text:
            text = text.replace(value, " ")
    return text


def vietnamese_letters(text: str) -> str:
    found = []
    for char in text:
        decomposed = unicodedata.normalize("NFD", char)
        if char in "đĐ" or (char.isalpha() and len(decomposed) > 1 and char not in "₫"):
            found.append(char)
    return "".join(found)


def english_words() -> set[str]:
    """Words of the English translations that no Vietnamese source text uses."""
    root = ET.parse(ROOT / "resources" / "translations" / "sangkien_en.ts").getroot()
    english, vietnamese = set(), set()
    for message in root.iter("message"):
        vietnamese |= words(message.findtext("source") or "")
        english |= words(message.findtext("translation") or "")
    return english - vietnamese - ALLOWED_IN_VIETNAMESE


def words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{3,}", re.sub(r"<[^>]+>", " ", text))}


def walk(qtbot, context, language: str):
    """(where, text) of every page and every dialog a clerk opens."""
    install_translators(QApplication.instance(), language)
    context.language = language
    window = MainWindow(context, PAGES)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    found = [("menu", a.text()) for a in window.menuBar().actions()]
    for menu in window.menuBar().actions():
        found += [("menu", a.text()) for a in menu.menu().actions()]
    found += [("status bar", t) for t in visible_texts(window.statusBar())]
    for row in range(window.navigation.count()):
        found.append(("navigation", window.navigation.item(row).text()))
        window.navigation.setCurrentRow(row)
        page = window.page_at(row)
        for _ in range(3):
            wait_for_tasks()
            QApplication.processEvents()
        found += [(type(page).__name__, t) for t in visible_texts(page)]
    for name, dialog in dialogs(context, window):
        found += [(name, t) for t in visible_texts(dialog)]
        dialog.close()
    window.close()
    return found


def dialogs(context, window):
    from desktop.dialogs.about import about_text
    from desktop.dialogs.audit_dialog import AuditDialog
    from desktop.dialogs.help_window import HelpWindow
    from desktop.dialogs.initiative_form import InitiativeForm
    from desktop.dialogs.person_dialog import PersonDialog
    from desktop.dialogs.review_dialog import ReviewDialog
    from desktop.dialogs.verify_dialog import VerifyDialog

    with context.database.session() as session:
        # the same initiative every run (ids are random): its dialogs show the same texts
        first = session.scalar(select(Initiative.id).order_by(Initiative.reg_no).limit(1))
    yield "new form", InitiativeForm(context, None, window)
    form = InitiativeForm(context, first, window)
    for tab in range(form.tabs.count()):
        form.tabs.setCurrentIndex(tab)
        yield f"form tab {tab}", form
    yield "audit", AuditDialog(context, first, "", window)
    yield "review", ReviewDialog(context, first, window)
    yield "person", PersonDialog(context, None, window)
    yield "verify", VerifyDialog(context.database, window)
    yield "help", HelpWindow(context.language, window)
    label = QLabel(about_text(str(context.database.path)))
    yield "about", label


def test_a_key_fingerprint_is_data_not_english_words(clerk):
    """The walk once failed when a random fingerprint read like an English word: the Sync page
    shows this node's fingerprint, which is data, as a name is."""
    with clerk.database.session() as session:
        own = key_fingerprint(session.scalar(select(NodeIdentity.public_key)))
    data = data_texts(clerk.database)
    shown = f"Dấu vân tay khóa (đọc khi gọi điện xác nhận): {own}"
    assert words(own) and words(without_data(shown, data)) == words(shown.removesuffix(own))


def test_the_english_interface_shows_no_vietnamese_outside_the_data(qtbot, clerk):
    data = data_texts(clerk.database)
    leaks = set()
    for where, text in walk(qtbot, clerk.context, "en"):
        letters = vietnamese_letters(without_data(text, data))
        if letters:
            leaks.add(f"{where}: {text!r}")
    assert not leaks, "Vietnamese in the English interface:\n" + "\n".join(sorted(leaks))


def test_the_vietnamese_interface_shows_no_english_words(qtbot, clerk):
    data = data_texts(clerk.database)
    vocabulary = english_words()
    leaks = set()
    for where, text in walk(qtbot, clerk.context, "vi"):
        found = words(without_data(text, data)) & vocabulary
        if found:
            leaks.add(f"{where}: {text!r} ({', '.join(sorted(found))})")
    assert not leaks, "English in the Vietnamese interface:\n" + "\n".join(sorted(leaks))


RAW = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-|\[Errno|#\d{3,}|Traceback|\b\w+Error\b")


def test_no_raw_ids_or_programmer_text_is_shown(qtbot, clerk):
    leaks = {f"{where}: {text!r}" for where, text in walk(qtbot, clerk.context, "vi")}
    leaks = {leak for leak in leaks if RAW.search(leak)}
    assert not leaks, "\n".join(sorted(leaks))


def test_a_file_system_error_is_explained_in_words(qapp):
    from desktop.widgets.error_text import error_text, message_in_language

    install_translators(qapp, "vi")
    text = error_text(OSError(5, "Input/output error", "E:/goi.skp"))
    assert "[Errno" not in text and "USB" in text and "E:/goi.skp" in text
    assert error_text(ValueError("Chưa nhập tên người ký. (The signer's name is required.)")) == (
        "Chưa nhập tên người ký."
    )
    reason = "có thể trùng: reg_no 'VSP-2022-0001' đã thuộc bản ghi khác (possible duplicate)"
    assert message_in_language(reason).endswith("đã thuộc bản ghi khác")
    install_translators(qapp, "en")
    try:
        message = "Chưa nhập tên người ký. (The signer's name is required.)"
        assert error_text(ValueError(message)) == "The signer's name is required."
        assert "USB" in error_text(OSError(5, "Input/output error"))
    finally:
        install_translators(qapp, "vi")
