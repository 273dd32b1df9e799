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


STATS = (
    [],
    ["--as-of", "2023-04-14"],
    ["--as-of", "2023-04-14", "--by", "cluster"],
    ["--unit", "vsp", "--depth", "3"],
    ["--programme", "NLD-2025", "--quarter", "2026Q2"],
    ["--year", "2024"],
    ["--unit", "NOPE"],  # unknown: one message
    ["--programme", "NOPE"],
)


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("as_json", [False, True])
def test_stats_prints_the_same_cold_warm_and_the_usual_way(
    demo, cache, capsys, monkeypatch, lang, as_json
):
    for options in STATS:
        args = ["--db", demo, "--lang", lang, "stats", *options]
        cold, warm, usual = three_ways(capsys, monkeypatch, *args, *(["--json"] if as_json else []))
        assert cold == warm == usual, options
        assert cold[0] == (1 if "NOPE" in options else 0)


def test_stats_with_initiatives_counted_in_and_out_by_hand_read_alone(
    tmp_path, cache, capsys, monkeypatch
):
    """A programme's overrides (db.queries.programme_overrides) count the same read alone."""
    from test_programme_counting import ok, programme, register, write_json

    hq = tmp_path / "hq.db"
    ok(capsys, "--db", hq, "init", "--unit", "CDDKVN")
    ok(
        capsys,
        "--db",
        hq,
        "programme",
        "add",
        write_json(tmp_path, programme("REC-2025", "recognised"), "r"),
    )
    early = register(capsys, tmp_path, hq, 1, "2024-06-01")
    inside = register(capsys, tmp_path, hq, 2, "2025-02-01")
    for options in (["--programme", "REC-2025"], ["--programme", "REC-2025", "--year", "2025"]):
        args = ["--db", hq, "stats", "--json", "--as-of", "2026-06-30", *options]
        before = three_ways(capsys, monkeypatch, *args)
        ok(capsys, "--db", hq, "programme", "include", "REC-2025", early)
        ok(capsys, "--db", hq, "programme", "exclude", "REC-2025", inside)
        cold, warm, usual = three_ways(capsys, monkeypatch, *args)
        assert cold == warm == usual and before[0] == before[1] == before[2]
        assert cold != before[0]
        ok(capsys, "--db", hq, "programme", "reset", "REC-2025", early)
        ok(capsys, "--db", hq, "programme", "reset", "REC-2025", inside)
    assert compiled.usual_opening_needed(hq) == ""
