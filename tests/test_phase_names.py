"""A phase's name as the English interface shows it: numbered phases are "Phase N" whatever
their programme's codes; any other name is the programme's own and stays as written."""

import pytest

from desktop.formatting import phase_name, set_language


@pytest.fixture
def english():
    set_language("en")
    yield
    set_language("vi")


def test_a_later_programmes_numbered_phases_read_as_phases_in_english(english):
    assert phase_name("NLD-1", "Giai đoạn 1") == "Phase 1"
    assert phase_name("NLD-2", "giai đoạn  2") == "Phase 2"
    assert phase_name("GD2", "Giai đoạn 2") == "Phase 2"


def test_a_phase_with_a_name_of_its_own_keeps_it(english):
    assert phase_name("DOT-XUAN", "Đợt thi đua mùa xuân") == "Đợt thi đua mùa xuân"


def test_the_vietnamese_interface_shows_the_name_as_written():
    assert phase_name("NLD-1", "Giai đoạn 1") == "Giai đoạn 1"


def test_initiative_show_in_english_names_the_phase_in_english(tmp_path, capsys):
    import sqlite3

    from db.demo import build_demo
    from desktop.__main__ import main

    path = tmp_path / "demo.db"
    build_demo(path, initiatives=300)
    with sqlite3.connect(path) as connection:  # an initiative of the current programme
        (reg_no,) = connection.execute(
            "SELECT i.reg_no FROM initiatives i JOIN phases p ON p.id = i.phase_id"
            " WHERE p.code LIKE 'NLD-%' ORDER BY i.reg_no LIMIT 1"
        ).fetchone()
    connection.close()
    for _ in range(2):  # again: a second run may read through the compiled-SQL cache
        assert main(["--lang", "en", "--db", str(path), "initiative", "show", reg_no]) == 0
        shown = capsys.readouterr().out
        phase = [line for line in shown.splitlines() if line.startswith("Phase:")]
        assert phase and phase[0].split()[-2:] in (["Phase", "1"], ["Phase", "2"]), shown
