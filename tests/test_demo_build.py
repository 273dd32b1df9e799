"""A person cancels the demo while it is being built (rows are written by a second thread while
the next batch is composed): nothing is left behind, and building it again works."""

import pytest

from db.demo.build import DemoCancelled, build_demo


def test_a_cancelled_demo_leaves_no_file_and_the_next_build_works(tmp_path):
    path = tmp_path / "demo.db"
    with pytest.raises(DemoCancelled):
        build_demo(path, initiatives=300, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []

    summary = build_demo(path, initiatives=300)
    assert path.exists()
    assert summary.initiatives >= 300
