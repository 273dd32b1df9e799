"""One message catalogue (db/messages.py): db/ says what is wrong with a code and parameters, and
the words come from one place, the Vietnamese in db/messages.py and the English in the .ts beside
the window's strings, in Vietnamese for the command line and in the interface language for the
window."""

from __future__ import annotations

import ast
import errno
import json
import re
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from db.fileutil import StorageError, storage_error
from db.messages import CATALOGUE, CONTEXT, COUNT, Message, Words, message_of
from db.opening import FileState, refusal

ROOT = Path(__file__).resolve().parents[1]
PARAMETER = re.compile(r"\{(\w+)\}")


def test_a_full_disk_is_said_in_vietnamese_on_the_command_line_and_in_english_when_asked():
    error = storage_error(OSError(errno.ENOSPC, "No space left"), "E:/goi.skp")
    assert isinstance(error, StorageError) and error.errno == errno.ENOSPC
    assert "Ổ đĩa đã đầy: không ghi được E:/goi.skp" in str(error)
    message = message_of(error)
    assert message is not None and message.code == "storage.disk_full"
    assert message.text("en").startswith("The disk is full: E:/goi.skp could not be written.")
    assert "(Disk full.)" not in str(error)  # no English tail in the Vietnamese


def test_a_database_from_a_newer_version_names_the_version_in_both_languages(tmp_path):
    state = FileState("newer", revision="0099", made_by="2.3.0")
    error = refusal(tmp_path / "site.db", state)
    assert "Hãy cập nhật SángKiến lên phiên bản 2.3.0 trở lên" in str(error)
    english = message_of(error).text("en")
    assert "Update SángKiến to version 2.3.0 or later" in english
    assert not re.search(r"[à-ỹđ]", english.replace("SángKiến", ""))


def test_a_missing_database_is_refused_with_its_path_in_either_language(tmp_path):
    error = refusal(tmp_path / "none.db", FileState("missing"))
    assert str(error).startswith(f"Không tìm thấy cơ sở dữ liệu {tmp_path / 'none.db'}.")
    assert message_of(error).text("en").startswith(f"The database {tmp_path / 'none.db'} was")


def test_a_damaged_file_offers_the_latest_backup_in_the_same_language(tmp_path):
    path = tmp_path / "site.db"
    path.write_bytes(b"")
    error = refusal(path, FileState("empty"))
    assert "Hãy chép lại tệp từ nơi đã chép." in str(error)
    assert "Copy the file again from where it came from." in message_of(error).text("en")


def test_a_count_takes_the_english_singular_or_plural_and_each_language_thousands_mark():
    one, many = (
        Message("check.bad_hlc", table="people", count=1),
        Message("check.bad_hlc", table="people", count=7086),
    )
    assert one.text("en") == "people: 1 row with a missing or wrong version stamp (hlc)"
    assert many.text("en") == "people: 7,086 rows with a missing or wrong version stamp (hlc)"
    assert many.text("vi") == "people: 7.086 dòng thiếu hoặc sai dấu phiên bản (hlc)"


def test_an_unknown_code_is_a_programming_error_found_at_once():
    with pytest.raises(KeyError):
        Message("no.such.message")


def test_every_template_names_the_same_parameters_in_both_languages():
    wrong = []
    for code, words in CATALOGUE.items():
        vietnamese = Message(code).template("vi")
        for count in (1, 2) if words.counted else (None,):
            text = Message(code, count=count).template("en")
            if set(PARAMETER.findall(text)) != set(PARAMETER.findall(vietnamese)):
                wrong.append(code)
    assert not wrong


# ---- one translation path: the English of db/ is in the .ts (issue 17) ---------------------------

ENGLISH_TS = ROOT / "resources" / "translations" / "sangkien_en.ts"


def english_forms(context: str = CONTEXT) -> dict:
    """The finished English of `context` read without Qt (cli_en.json, written from the .ts)."""
    catalogue = ROOT / "resources" / "translations" / "cli_en.json"
    return json.loads(catalogue.read_text(encoding="utf-8"))[context]


def untranslated_codes(ts: Path = ENGLISH_TS) -> list[str]:
    """The codes of db/messages.py without a finished English translation in the .ts: context
    DbMessages, the code as disambiguation, the Vietnamese as source, plural forms when counted."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") == CONTEXT:
            found.update({m.findtext("comment"): m for m in context.iter("message")})
    left = []
    for code, words in CATALOGUE.items():
        message = found.get(code)
        translation = None if message is None else message.find("translation")
        if message is None or translation is None or message.findtext("source") != words.vi:
            left.append(f"{code}: not in the .ts (run scripts/update_translations.sh)")
            continue
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        counted = message.get("numerus") == "yes"
        if translation.get("type") or not all(forms) or counted != words.counted:
            left.append(f"{code}: unfinished (scripts/fill_translations.py --unfinished)")
        elif counted and len(forms) != 2:
            left.append(f"{code}: wants the English singular and plural")
    return left


def test_vocabulary_terms_are_translated_in_the_ts_too():
    from db.vocab import GRADE, STATUS, Term

    assert STATUS.label("under_review", "en") == "Under review"
    assert STATUS.term("needs_more").en == "Needs more information"
    assert GRADE.joined(["A", "B"]).label("en") == "Grade A, Grade B"
    assert Term("", "tên", "name").label("en") == "name"  # words given in both languages
    assert Message("term", term=STATUS.term("draft").lowered()).text("en") == "draft"


def test_every_vocabulary_term_has_a_finished_english_translation():
    from db import vocab

    english_terms = english_forms("Vocabulary")
    missing = [
        term.key
        for vocabulary in vars(vocab).values()
        if isinstance(vocabulary, vocab.Vocabulary)
        for term in vocabulary
        if not english_terms.get(f"{term.vi}\u0004{term.key}")
    ]
    assert not missing, "run scripts/update_translations.sh and translate: " + ", ".join(missing)


def test_every_message_db_gives_has_a_finished_english_translation_in_the_ts():
    assert not untranslated_codes(), "\n".join(untranslated_codes())


def test_a_message_left_untranslated_in_the_ts_is_found(tmp_path):
    tree = ET.parse(ENGLISH_TS)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            if message.findtext("comment") == "storage.disk_full":
                translation = message.find("translation")
                translation.set("type", "unfinished")
                translation.text = ""
    broken = tmp_path / "sangkien_en.ts"
    tree.write(broken, encoding="utf-8")
    assert untranslated_codes(broken) == [
        "storage.disk_full: unfinished (scripts/fill_translations.py --unfinished)"
    ]


def test_the_declarations_are_what_lupdate_reads(tmp_path):
    """lupdate's Python parser knows QT_TRANSLATE_NOOP(context, text, disambiguation[, n]) by its
    name alone: db/messages.py gives it every code, counted ones as numerus messages."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), "-silent", "db/messages.py", "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        timeout=120,
    )
    messages = [m for c in ET.parse(fresh).getroot().iter("context") for m in c.iter("message")]
    read = {
        m.findtext("comment"): (m.findtext("source"), m.get("numerus") == "yes") for m in messages
    }
    assert read == {code: (words.vi, words.counted) for code, words in CATALOGUE.items()}


def test_a_counted_template_has_no_digit_but_its_count():
    """The window asks Qt, which writes the count at %n; db.messages takes it back out by its
    digits, so no other digit may be in the template."""
    for code, words in CATALOGUE.items():
        if words.counted:
            forms = english_forms()[f"{words.vi}\u0004{code}"]
            assert len(forms) == 2 and all(COUNT in form for form in forms), code
            for text in (words.vi, *forms):
                assert not re.search(r"\d", text.replace(COUNT, "")), code


def test_without_an_english_translation_the_vietnamese_is_said(monkeypatch):
    monkeypatch.setitem(CATALOGUE, "test.new", Words("Một thông báo mới {x}."))
    assert Message("test.new", x=1).text("en") == "Một thông báo mới 1."


def test_every_code_db_raises_is_in_the_catalogue():
    """A Message("code") anywhere in db/ names a declared code (checked without running it)."""
    unknown = []
    for path in (ROOT / "db").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Message"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and node.args[0].value not in CATALOGUE
            ):
                unknown.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.args[0].value}")
    assert not unknown


def test_sqlite_saying_the_disk_is_full_becomes_the_catalogued_message():
    from db.safe_open import _sqlite_error_message

    error = _sqlite_error_message(sqlite3.OperationalError("database or disk is full"))
    assert str(error).startswith("Ổ đĩa đã đầy nên chưa lưu được.")
    assert message_of(error).text("en").startswith("The disk is full, so nothing was saved.")


def test_a_parameter_may_be_called_code_like_the_message():
    message = Message("lookup.unknown_unit", code="VSP-TD99")
    assert message.text() == "Không có đơn vị mã 'VSP-TD99'."
    assert message.text("en") == "There is no unit with code 'VSP-TD99'."


def test_a_sheet_with_errors_is_refused_in_english_with_its_plural():
    one, many = Message("sheet.has_errors", count=1), Message("sheet.has_errors", count=1200)
    assert one.text("en").startswith("The sheet has 1 row with errors: nothing was written.")
    assert many.text("en").startswith("The sheet has 1,200 rows with errors:")
    assert many.text().startswith("Bảng tính có 1.200 dòng lỗi: không ghi gì.")


def test_a_refused_value_in_a_package_is_said_in_either_language():
    from db.models import Initiative
    from db.records import RecordError
    from db.sync.codec import codec_for

    with pytest.raises(RecordError) as refused:
        codec_for(Initiative).to_db({"title": 5})
    message = message_of(refused.value)
    assert str(refused.value) == "initiatives.title: giá trị không hợp lệ 5: cần văn bản"
    assert message.text("en") == "initiatives.title: the value 5 is not valid: text was expected"


def test_a_wrong_amount_and_a_password_in_a_server_address_are_said_in_english_too():
    from db.fileutil import DatabaseError
    from db.money import money_from_record
    from db.postgres.opening import server_address

    with pytest.raises(ValueError) as wrong:
        money_from_record("25,5")
    assert str(wrong.value) == "không phải số tiền dạng 2500.5"
    assert message_of(wrong.value).text("en") == "not an amount like 2500.5"
    with pytest.raises(DatabaseError) as refused:
        server_address("postgresql://thu:secret@hq/sangkien")
    assert "Không ghi mật khẩu trong địa chỉ máy chủ" in str(refused.value)
    english = message_of(refused.value).text("en")
    assert english.startswith("Do not write the password in the server address")
    assert not re.search(r"[à-ỹđ]", english.replace("SángKiến", ""))


# ---- no old-style message comes back (issue 17) --------------------------------------------------

VIETNAMESE = re.compile(r"[À-ÖØ-öø-ỹĐđ]")
# Modules whose Vietnamese is data, not a message: the catalogue itself, the demo generator, past
# migrations, and tables of labels held in both languages (vocabularies, fields, tables, columns,
# the Excel template's example row).
BILINGUAL_DATA = (
    "db/messages.py",
    "db/demo/",
    "db/duplicates/demo.py",
    "db/migrations/",
    "db/vocab.py",
    "db/audit.py",
    "db/sync/report.py",
    "db/exchange/columns.py",
    "db/exchange/template.py",
    "db/search.py",
)
# Vietnamese text that is not a message: words read from what people type, names, and what is
# printed on Vietnamese documents or stored as data.
NOT_MESSAGES = {
    "db/certificates.py": {"TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", "Hà Nội"},  # printed on certificates
    "db/queries/papers.py": {"Hội đồng sáng kiến "},  # printed on the registration form
    "db/lock.py": {"SángKiến"},
    "db/safe_open.py": {"SángKiến (kiểm tra)"},  # the program's name in the lock file
    "db/sync/apply.py": {" (tự tính)"},  # the audit trail's actor, stored
    "db/exchange/cells.py": {"vnđ", "đ", "đồng"},  # currencies as typed
    "db/money.py": {"tỷ", "tỉ", "triệu", "nghìn", "ngàn", "vnđ", "đồng", "đ"},
    "db/queries/initiative_json.py": {"có", "không"},  # yes and no as typed
    # the marks and the đ a title's fold takes away
    "db/duplicates/matching.py": {*"\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b", "đ", "Đ"},
    # the letter marks, tones and đ of Vietnamese alphabetical order
    "db/collation.py": {*"\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b", "đ"},
}


def _texts(path: Path):
    """The string literals of a module (f-strings' literal parts too), docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) in docstrings:
                continue
            yield node.lineno, node.value


def test_db_says_nothing_in_vietnamese_outside_the_catalogue():
    """Every message db/ gives is a catalogue code with parameters (db/messages.py), so it is
    said in English in the English window and with --lang en: no Vietnamese text elsewhere."""
    found = []
    for path in sorted((ROOT / "db").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name.startswith(BILINGUAL_DATA):
            continue
        allowed = NOT_MESSAGES.get(name, set())
        for line, text in _texts(path):
            if VIETNAMESE.search(text) and text not in allowed and "(₫|" not in text:
                found.append(f"{name}:{line} {text[:60]!r}")
    assert not found, "\n".join(found)


def test_no_message_is_written_vietnamese_with_an_english_gloss():
    """The old form, "Tiếng Việt. (English.)", shows the English interface only the gloss."""
    gloss = re.compile(
        r"\((?:The|This|That|A|An|No|Nothing|Not|Only|Use|Bad|Missing|Unknown)\b[^()]*\)\s*$"
    )
    found = []
    for folder in ("db", "desktop"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            name = path.relative_to(ROOT).as_posix()
            if name == "db/messages.py":
                continue
            found += [
                f"{name}:{line} {text[:60]!r}"
                for line, text in _texts(path)
                if gloss.search(text) and VIETNAMESE.search(text)
            ]
    assert not found, "\n".join(found)


def test_nothing_is_raised_with_vietnamese_words_that_no_translation_sees():
    """An error raised with finished Vietnamese text (not a catalogue code, not a tr() of the
    window or the command line) would reach the English interface in Vietnamese."""
    found = []
    for folder in ("db", "desktop"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            name = path.relative_to(ROOT).as_posix()
            if name.startswith(("db/messages.py", "db/demo/", "db/migrations/")):
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                    continue
                for argument in node.exc.args[:1]:
                    parts = argument.values if isinstance(argument, ast.JoinedStr) else [argument]
                    text = "".join(
                        p.value
                        for p in parts
                        if isinstance(p, ast.Constant) and isinstance(p.value, str)
                    )
                    if VIETNAMESE.search(text):
                        found.append(f"{name}:{node.lineno} {text[:60]!r}")
    assert not found, "\n".join(found)
