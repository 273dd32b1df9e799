"""A person cancels the demo while it is being built (rows are inserted by a second process
while this one composes the next batch): nothing is left behind, and building it again works.
Inserted here or by the second process, the demo is the same database."""

import pytest

from db.demo.build import DemoCancelled, build_demo
from desktop.__main__ import main


def test_a_cancelled_demo_leaves_no_file_and_the_next_build_works(tmp_path):
    path = tmp_path / "demo.db"
    with pytest.raises(DemoCancelled):
        build_demo(path, initiatives=300, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []

    summary = build_demo(path, initiatives=300)
    assert path.exists()
    assert summary.initiatives >= 300


def test_the_demo_is_the_same_whichever_process_inserts_its_rows(capsys, tmp_path):
    dumps = []
    for name, in_this_process in (("here.db", True), ("second.db", False)):
        build_demo(tmp_path / name, initiatives=1000, in_this_process=in_this_process)
        assert main(["--db", str(tmp_path / name), "dump"]) == 0
        dumps.append(capsys.readouterr().out)
    assert dumps[0] == dumps[1]
    assert dumps[0].count('"table":"certificates"') > 100  # signed while indexes were built


def test_a_busy_machine_inserts_the_rows_in_this_process(monkeypatch, tmp_path):
    """A second process pays only where a core is free; elsewhere it would only add the cost
    of handing the rows over."""
    import sqlite3

    from db.demo import writer

    raw = sqlite3.connect(tmp_path / "x.db")
    monkeypatch.setattr(writer.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(writer.os, "getloadavg", lambda: (6.0, 5.0, 4.0))
    assert isinstance(writer.open_row_writer(raw, "x.db", ("people",), None), writer.RowWriter)
    monkeypatch.setattr(writer.os, "getloadavg", lambda: (0.4, 0.5, 0.5))
    assert writer.a_core_is_free()
    raw.close()


def test_a_failing_writer_process_says_why(tmp_path):
    """Rows the file refuses (here one person twice) stop the build with SQLite's own reason."""
    import sqlite3

    from db.demo import writer

    path = tmp_path / "x.db"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE people (id TEXT PRIMARY KEY)")
    raw.close()
    child = writer.ChildRowWriter(str(path), ("people",))
    child.begin()
    child.insert([("INSERT INTO people (id) VALUES (?)", [("a",), ("a",)])])
    with pytest.raises(RuntimeError, match="UNIQUE constraint failed"):
        for _ in range(100):  # the writer's answer comes at one of the next batches at most
            child.insert([("INSERT INTO people (id) VALUES (?)", [("b",)])])
        child.commit()
    child.abandon()


def test_every_demo_initiative_is_found_by_the_words_the_register_indexes(tmp_path):
    """The demo writes its search text in bulk (titles folded from folded words, numbers from
    tables): each must be what db.search makes of the same record."""
    import sqlite3

    from db.search import initiative_search_text

    path = tmp_path / "demo.db"
    build_demo(path, initiatives=1000)
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT i.id, i.reg_no, i.title, i.investor, u.code, i.search_text "
        "FROM initiatives i JOIN units u ON u.id = i.unit_id"
    ).fetchall()
    names: dict[str, list[str]] = {}
    for initiative_id, name in conn.execute(
        "SELECT a.initiative_id, p.full_name FROM initiative_authors a "
        "JOIN people p ON p.id = a.person_id ORDER BY a.initiative_id, a.ordinal"
    ):
        names.setdefault(initiative_id, []).append(name)
    conn.close()
    assert len(rows) > 1000
    for initiative_id, reg_no, title, investor, code, search_text in rows:
        expected = initiative_search_text(reg_no, title, names[initiative_id], investor, code)
        assert search_text == expected, reg_no
