"""A newcomer's mistakes on the command line: a file that is not there or is a folder, a date
that does not exist (31/02/2023) typed into `initiative set`. Each gets one message in the
language asked for — never the system's English "No such file or directory" in Vietnamese, never
Python's "Invalid isoformat string" — exit status 1, and the database as it was; a date typed
as on the paper form (15/08/2023) is read as the form reads it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.queries.attachments import read_file
from db.validation import ValidationFailed
from desktop.__main__ import main
from desktop.cli import COMMAND_MODULE
from tests.test_cli_language import vietnamese_words

ENGLISH_OS_WORDS = ("No such file", "Is a directory", "Invalid isoformat", "Errno")


class Site(type(Path())):  # the database's path, and the number its initiative was given
    reg_no = ""


@pytest.fixture
def sangkien(capsys):
    def run(*args: object, code: int = 0) -> tuple[str, str]:
        status = main([str(a) for a in args])
        out, err = capsys.readouterr()
        assert status == code, (out, err)
        return out, err

    return run


@pytest.fixture
def site(sangkien, tmp_path) -> Path:
    path = Site(tmp_path / "site.db")
    sangkien("--db", path, "init", "--unit", "VSP-TD03")
    form = {"title": "Cải tiến bơm", "solution_type": "technical", "unit_id": "VSP-TD03",
            "registered_on": "2023-03-15", "authors": [{"full_name": "Nguyễn Văn An", "share": 100}]}  # fmt: skip
    (tmp_path / "sk.json").write_text(json.dumps(form, ensure_ascii=False), encoding="utf-8")
    out, _ = sangkien("--db", path, "initiative", "add", tmp_path / "sk.json", "--json")
    path.reg_no = json.loads(out)["reg_no"]
    return path


def shown(sangkien, site) -> dict:
    out, _ = sangkien("--db", site, "initiative", "show", site.reg_no, "--json")
    return json.loads(out)


@pytest.mark.parametrize(
    ("lang", "words"),
    [("vi", ("không có tệp này", "là một thư mục")), ("en", ("no such file", "is a folder"))],
)
def test_a_missing_file_or_a_folder_is_said_in_the_clerks_language(
    sangkien, site, tmp_path, lang, words
):
    for given, said in zip((tmp_path / "khong-co.json", tmp_path), words, strict=True):
        _, err = sangkien("--lang", lang, "--db", site, "initiative", "add", given, code=1)
        assert said in err and str(given) in err
        assert not any(os_words in err for os_words in ENGLISH_OS_WORDS), err


@pytest.mark.parametrize(
    ("lang", "words"), [("vi", "không phải ngày có thật"), ("en", "real date")]
)
def test_a_date_that_does_not_exist_is_refused_and_nothing_changes(sangkien, site, lang, words):
    before = shown(sangkien, site)
    _, err = sangkien(
        "--lang", lang, "--db", site, "initiative", "set", site.reg_no,
        "first_applied_on=31/02/2023", code=1,
    )  # fmt: skip
    assert words in err and "31/02/2023" in err and "15/08/2023" in err
    assert not any(os_words in err for os_words in ENGLISH_OS_WORDS), err
    assert shown(sangkien, site) == before


def test_a_date_typed_as_on_the_paper_form_is_read(sangkien, site):
    sangkien("--db", site, "initiative", "set", site.reg_no, "first_applied_on=15/02/2023")
    assert shown(sangkien, site)["first_applied_on"] == "2023-02-15"


def test_an_attachment_that_cannot_be_read_is_said_in_words(tmp_path):
    with pytest.raises(ValidationFailed) as failed:
        read_file(tmp_path / "scan.pdf")
    [problem] = failed.value.problems
    assert "không có tệp này" in problem.vi and "no such file" in problem.en
    assert "No such file" not in problem.vi + problem.en


@pytest.mark.parametrize("command", sorted(COMMAND_MODULE))
def test_every_commands_english_help_is_english(capsys, command):
    with pytest.raises(SystemExit):
        main(["--lang", "en", command, "--help"])
    out = capsys.readouterr().out
    assert "usage: sangkien" in out
    assert not vietnamese_words(out, str(Path.home())), out


def test_the_programme_list_says_what_its_star_means(sangkien, site):
    out, _ = sangkien("--db", site, "programme", "list")
    starred = [line for line in out.splitlines() if line.startswith("*")]
    assert starred and "(* chương trình các trang và lệnh dùng khi không chọn" in out
    out, _ = sangkien("--lang", "en", "--db", site, "programme", "list")
    assert "(* the programme the pages and commands use when none is chosen)" in out


def test_a_json_file_writes_dates_as_show_json_prints_them_and_is_told_so(sangkien, site, tmp_path):
    form = {"title": "Cải tiến van", "solution_type": "technical", "unit_id": "VSP-TD03",
            "registered_on": "2023-03-15",
            "authors": [{"full_name": "Lê Văn Bình", "birth_date": "02/09/1979", "share": 100}]}  # fmt: skip
    path = tmp_path / "van.json"
    path.write_text(json.dumps(form, ensure_ascii=False), encoding="utf-8")
    for lang, words in (("vi", "năm-tháng-ngày"), ("en", "year-month-day")):
        _, err = sangkien("--lang", lang, "--db", site, "initiative", "add", path, code=1)
        assert "02/09/1979" in err and "2023-08-15" in err and words in err, err
        assert "Invalid isoformat" not in err
