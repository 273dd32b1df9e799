"""A person runs the reading commands twice (the first run fills the compiled-SQL cache, the
second reads with sqlite3 alone) and once on a database that must be opened the usual way: the
three print the very same bytes, in Vietnamese and English, as text and as JSON (issue 13)."""

import sqlite3

import pytest

from db import compiled
from db.safe_open import close_safely, open_safely
from desktop.__main__ import main


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A small demo register (reviews, decisions, certificates), its check passed and recorded."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert main(["--db", str(path), "demo", "--initiatives", "60"]) == 0
    close_safely(open_safely(path))
    return path


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg"


def some_reg_nos(path):
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        certified = connection.execute(
            "SELECT reg_no FROM initiatives i WHERE EXISTS (SELECT 1 FROM certificates c "
            "WHERE c.initiative_id = i.id) ORDER BY reg_no LIMIT 1"
        ).fetchone()[0]
        newest, newest_id = connection.execute(
            "SELECT reg_no, id FROM initiatives ORDER BY rowid DESC LIMIT 1"
        ).fetchone()
    finally:
        connection.close()
    return [certified, newest.lower(), newest_id, "KHONG-CO-2022-0001"]


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def three_ways(capsys, monkeypatch, *args):
    """(cold, warm, usual) outputs of one command."""
    cold = run(capsys, *args)
    warm = run(capsys, *args)
    with monkeypatch.context() as patched:
        patched.setattr(compiled, "open_file_reader", lambda *_a, **_k: None)
        usual = run(capsys, *args)
    return cold, warm, usual


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("as_json", [False, True])
def test_initiative_show_prints_the_same_cold_warm_and_the_usual_way(
    demo, cache, capsys, monkeypatch, lang, as_json
):
    for key in some_reg_nos(demo):
        args = ["--db", demo, "--lang", lang, "initiative", "show", key]
        cold, warm, usual = three_ways(capsys, monkeypatch, *args, *(["--json"] if as_json else []))
        assert cold == warm == usual
        if key.startswith("KHONG"):
            assert cold[0] == 1 and "KHONG-CO-2022-0001" in cold[2]
        else:
            assert cold[0] == 0 and cold[1]
    assert list(cache.glob("SangKien/compiled-sql-*.json"))


def test_the_fast_path_is_taken_only_when_the_file_needs_nothing_but_opening(demo, cache, capsys):
    run(capsys, "--db", demo, "initiative", "show", some_reg_nos(demo)[0])
    assert compiled.usual_opening_needed(demo) == ""
    assert list(cache.glob("SangKien/compiled-sql-*.json"))


LISTINGS = (
    ["--limit", "5"],
    [],
    ["--unit", "vsp", "--limit", "7"],
    ["--phase", "gd1", "--status", "đã công nhận", "--limit", "3"],
    ["--status", "recognised", "--deleted", "--limit", "1000"],
    ["--phase", "GD9", "--limit", "3"],  # unknown: the usual path's message lists the phases
    ["--unit", "NOPE", "--status", "bad"],
    ["--status", "bad"],
)


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("as_json", [False, True])
def test_initiative_list_prints_the_same_cold_warm_and_the_usual_way(
    demo, cache, capsys, monkeypatch, lang, as_json
):
    for options in LISTINGS:
        args = ["--db", demo, "--lang", lang, "initiative", "list", *options]
        cold, warm, usual = three_ways(capsys, monkeypatch, *args, *(["--json"] if as_json else []))
        assert cold == warm == usual, options
        assert cold[0] == (1 if "GD9" in options or "bad" in options else 0)
    assert list(cache.glob("SangKien/compiled-sql-*.json"))


def test_a_long_listing_or_a_search_streams_the_usual_way(demo, cache, capsys, monkeypatch):
    def no_fast_path(*_args, **_kwargs):
        raise AssertionError("read with sqlite3 alone")

    monkeypatch.setattr(compiled, "open_file_reader", no_fast_path)
    for options in (["--limit", "0"], ["--limit", "1001"], ["--search", "bom", "--limit", "5"]):
        assert run(capsys, "--db", demo, "initiative", "list", *options)[0] == 0
