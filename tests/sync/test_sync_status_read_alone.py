"""Headquarters runs `sync-status` twice (the second run reads with sqlite3 alone, db/compiled.py)
and once the usual way: a parent, children, a relayed site and packages each way all print the
same bytes, in Vietnamese and English, as text and as JSON (issue 13)."""

from __future__ import annotations

import pytest
from sync_world import register

from db import compiled
from db.safe_open import close_safely, open_safely
from desktop.__main__ import main


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("as_json", [False, True])
def test_sync_status_prints_the_same_cold_warm_and_the_usual_way(
    world, tmp_path, capsys, monkeypatch, lang, as_json
):
    hq = world.headquarters()
    vsp = world.enrol(hq, "VSP")
    msp1 = world.enrol(vsp, "VSP-MSP1")
    register(msp1, "Cải tiến giá đỡ ống")
    world.carry(msp1, vsp)
    world.carry(vsp, hq)
    world.carry(hq, vsp)
    register(vsp, "Thay gioăng bơm")  # one change VSP has not acknowledged yet
    for database in (vsp, hq):
        close_safely(open_safely(database.path))  # checked, as after any command
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    for database in (vsp, hq):  # VSP: a parent, a child, unsent changes; HQ: a relayed site
        args = ["--db", database.path, "--lang", lang, "sync-status"]
        args += ["--json"] if as_json else []
        assert compiled.usual_opening_needed(database.path) == ""
        cold, warm = run(capsys, *args), run(capsys, *args)
        with monkeypatch.context() as patched:
            patched.setattr(compiled, "open_file_reader", lambda *_a, **_k: None)
            usual = run(capsys, *args)
        assert cold == warm == usual
        assert cold[0] == 0 and "CDDKVN" in cold[1] and "VSP-MSP1" in cold[1]
    assert list((tmp_path / "xdg").glob("SangKien/compiled-sql-*.json"))
