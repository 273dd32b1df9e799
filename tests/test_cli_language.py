"""An English-speaking clerk runs the command line with --lang en (or SANGKIEN_LANG=en) and reads
English: help, mistakes, refusals from db/, counts with plurals; a Vietnamese one, by default,
reads Vietnamese as before. Scripts see the same --json keys and codes in both languages, and the
English comes from the same .ts the window is translated in (docs/ARCHITECTURE.md, "Messages")."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.__main__ import main
from desktop.formatting import current_language

ROOT = Path(__file__).resolve().parents[1]
VIETNAMESE = re.compile(
    r"[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]", re.I
)
# Data, not words of the program: names, the default signer's title, an example decision number.
DATA = ("SángKiến", "TM. BAN THƯỜNG VỤ\\nCHỦ TỊCH", "Hà Nội", "125/QĐ-CĐDK")


def vietnamese_words(text: str, *data: str) -> list[str]:
    text = " ".join(text.split())  # help is wrapped: a name may be split over two lines
    for known in (*DATA, *data):
        text = text.replace(known, "")
    return [word for word in text.split() if VIETNAMESE.search(word)]


@pytest.fixture
def sangkien(capsys, tmp_path):
    def run(*args: object, code: int = 0) -> tuple[str, str]:
        status = main([str(arg) for arg in args])
        out, err = capsys.readouterr()
        assert status == code, (out, err)
        return out, err

    return run


@pytest.fixture
def site(sangkien, tmp_path) -> Path:
    path = tmp_path / "site.db"
    sangkien("--db", path, "init", "--unit", "VSP-TD03")
    return path


def test_an_english_clerk_reads_english_help(capsys):
    for command in ((), ("stats",), ("import",), ("certificates",), ("duplicates", "list")):
        with pytest.raises(SystemExit):
            main(["--lang", "en", *command, "--help"])
        out = capsys.readouterr().out
        assert "usage: sangkien" in out and "options:" in out
        assert not vietnamese_words(out, str(Path.home())), (command, out)
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "cách dùng: sangkien" in out and "ngôn ngữ của lệnh" in out
    assert current_language() == "vi"  # the next command (and test) is Vietnamese again


def test_argparse_says_its_own_mistakes_in_the_language_of_the_command(sangkien):
    _, err = sangkien("stats", "--year", "2026", "--quarter", "2026Q1", code=1)
    assert "tham số --quarter: không dùng cùng với tham số --year" in err
    _, err = sangkien("initiative", "show", code=1)
    assert "thiếu các tham số bắt buộc: UID" in err and "required" not in err
    _, err = sangkien("--lang", "en", "stats", "--year", "2026", "--quarter", "2026Q1", code=1)
    assert "argument --quarter: not allowed with argument --year" in err
    _, err = sangkien("--lang", "en", "khongco", code=1)
    assert "invalid choice: 'khongco'" in err and not vietnamese_words(err.replace("khongco", ""))


def test_a_mistake_and_a_refusal_in_english(sangkien, site, tmp_path):
    _, err = sangkien("--lang", "en", "demo", "--initiatives", "0", code=1)
    assert "must be greater than 0 (it is 0)" in err and not vietnamese_words(err)
    _, err = sangkien("--lang", "en", "--db", site, "initiative", "set", "X", "title", code=1)
    assert err.startswith("Error: ") and not vietnamese_words(err)
    _, err = sangkien("--lang", "en", "--db", tmp_path / "none.db", "stats", code=1)
    assert "was not found" in err and not vietnamese_words(err, str(tmp_path))
    junk = tmp_path / "junk.skp"
    junk.write_bytes(b"not a package")
    out, _ = sangkien("--lang", "en", "--db", site, "import", junk, code=1)
    assert "Package junk.skp: REFUSED." in out
    assert not vietnamese_words(out, str(tmp_path)), out


def test_the_same_in_vietnamese(sangkien, site, tmp_path):
    _, err = sangkien("demo", "--initiatives", "0", code=1)
    assert "phải lớn hơn 0 (đang là 0)" in err and "greater" not in err
    _, err = sangkien("--db", site, "initiative", "set", "X", "title", code=1)
    assert err.startswith("Lỗi: ") and "Error" not in err
    _, err = sangkien("--lang", "vi", "--db", tmp_path / "none.db", "stats", code=1)
    assert "Không tìm thấy cơ sở dữ liệu" in err and "was not found" not in err
    junk = tmp_path / "junk.skp"
    junk.write_bytes(b"not a package")
    out, _ = sangkien("--db", site, "import", junk, code=1)
    assert "Gói junk.skp: BỊ TỪ CHỐI." in out and "REFUSED" not in out


def test_a_certificate_check_is_answered_in_english(sangkien, site):
    number = "VSP-TD03-2023-00001 ABCD-EFGH-JKMN-PQRS"
    out, _ = sangkien("--lang", "en", "--db", site, "verify", number, code=2)
    assert out.startswith("Number VSP-TD03-2023-00001 is not in the register.")
    assert not vietnamese_words(out)
    out, _ = sangkien("--db", site, "verify", number, code=2)
    assert out.startswith("Số VSP-TD03-2023-00001 không có trong sổ đăng ký.")


def test_counts_take_the_plural_and_the_english_thousands_mark(sangkien, site):
    out, _ = sangkien("--lang", "en", "--db", site, "backup")
    assert "(0 initiatives, " in out
    out, _ = sangkien("--db", site, "backup")
    assert "(0 sáng kiến, " in out


def test_the_language_comes_from_the_environment_too(sangkien, site, monkeypatch):
    monkeypatch.setenv("SANGKIEN_LANG", "en")
    out, _ = sangkien("--db", site, "initiative", "list")
    assert "No initiative matches the filter." in out
    out, _ = sangkien("--lang", "vi", "--db", site, "initiative", "list")
    assert "Không có sáng kiến nào khớp bộ lọc." in out


def test_json_keys_and_codes_do_not_change_with_the_language(sangkien, site):
    english, _ = sangkien("--lang", "en", "--db", site, "stats", "--json")
    vietnamese, _ = sangkien("--db", site, "stats", "--json")
    assert json.loads(english) == json.loads(vietnamese)


def test_the_english_catalogue_is_what_the_ts_says():
    """scripts/update_translations.sh writes resources/translations/cli_en.json from the .ts."""
    done = subprocess.run(
        [sys.executable, "scripts/cli_catalogue.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
