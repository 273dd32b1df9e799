"""What db/ says reaches a person in the interface language, and every window text is filed by
lupdate under the context it is asked for (no fallback in desktop/i18n.py)."""

from __future__ import annotations

import errno
import re
from pathlib import Path

import pytest

from db.fileutil import storage_error
from db.opening import FileState, refusal
from db.safe_open import _sqlite_error_message
from desktop.i18n import install_translators
from desktop.messages import Texts, arg
from desktop.widgets.error_text import error_text

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def english(qapp):
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "vi")


def errors_a_clerk_meets(tmp_path):
    import sqlite3

    return [
        storage_error(OSError(errno.ENOSPC, "No space left on device"), "E:/goi.skp"),
        storage_error(OSError(errno.EROFS, "Read-only file system"), "E:/goi.skp"),
        refusal(tmp_path / "site.db", FileState("missing")),
        refusal(tmp_path / "site.db", FileState("newer", revision="0099", made_by="2.3.0")),
        _sqlite_error_message(sqlite3.OperationalError("database is locked")),
    ]


def test_an_english_clerk_reads_the_databases_errors_in_english(english, tmp_path):
    for error in errors_a_clerk_meets(tmp_path):
        text = error_text(error)
        assert not re.search(r"[à-ỹđ]", text.replace("SángKiến", "")), text
        assert "(" not in text or "Errno" not in text
    assert error_text(errors_a_clerk_meets(tmp_path)[0]).startswith("The disk is full")


def test_a_vietnamese_clerk_reads_them_in_vietnamese_with_no_english_tail(qapp, tmp_path):
    install_translators(qapp, "vi")
    texts = [error_text(error) for error in errors_a_clerk_meets(tmp_path)]
    assert texts[0].startswith("Ổ đĩa đã đầy: không ghi được E:/goi.skp.")
    assert all(not text.endswith(".)") for text in texts)
    assert "Hãy cập nhật SángKiến lên phiên bản 2.3.0" in texts[3]


def test_a_module_level_text_is_translated_in_its_own_context(english):
    from desktop.dialogs.about import About
    from desktop.views.backups_page import day_words

    assert isinstance(About, Texts)
    import datetime as dt

    assert day_words(dt.date(2026, 3, 1), today=dt.date(2026, 3, 4)) == "3 days ago"


def test_every_texts_object_is_named_after_its_context():
    """lupdate files `Name.tr("...")` under "Name": the object must ask for that context."""
    wrong = []
    for path in (ROOT / "desktop").rglob("*.py"):
        for name, context in re.findall(r'^(\w+) = Texts\("(\w+)"\)', path.read_text(), re.M):
            if name != context:
                wrong.append(f"{path.relative_to(ROOT)}: {name} asks for {context}")
    assert not wrong


def test_values_go_into_a_text_in_one_pass():
    assert arg("Đã lưu %1 trang vào: %2", 12, "E:/a%2.pdf") == "Đã lưu 12 trang vào: E:/a%2.pdf"
    assert arg("%2 of %1", "x", "y") == "y of x"


def test_a_refused_form_is_explained_in_the_interface_language(qapp):
    from db.validation import ValidationFailed, author_problems

    failed = ValidationFailed(author_problems([("a", 60), ("b", 30)], "submitted"))
    install_translators(qapp, "en")
    try:
        assert error_text(failed) == "The authors' shares must add up to 100% (now 90%)."
    finally:
        install_translators(qapp, "vi")
    assert error_text(failed) == "Tổng tỷ lệ đóng góp phải bằng 100% (hiện là 90%)."


def test_a_refused_package_is_reported_in_the_interface_language(qapp, tmp_path):
    from db.sync.importer import refused_report
    from db.sync.reader import not_a_package
    from desktop.views.sync_import import package_result

    report = refused_report(tmp_path / "goi.skp", not_a_package("goi.skp"))
    assert "không phải gói đồng bộ SángKiến" in report.error  # the command line's words
    assert "error_message" not in report.to_json()
    install_translators(qapp, "en")
    try:
        line = package_result(report)
        assert "is not a SángKiến package" in line and "không" not in line
    finally:
        install_translators(qapp, "vi")
    assert "không phải gói đồng bộ SángKiến" in package_result(report)
