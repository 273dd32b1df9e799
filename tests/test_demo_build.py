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
