"""Headquarters whose PC said 2100 for an afternoon (a flat BIOS battery) repairs its versions
with `clock-repair` on a server as on a file (issue 18: every command works on a server): the
records written then get stamps of now, the edits themselves are kept, and the next edit made
with the right clock counts again."""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))

from sync_world import World, edit, initiative, register

from db.hlc import Stamp, wall_clock_ms
from db.sync.clock_policy import limit_text, too_far_ahead
from desktop.__main__ import main

pytestmark = pytest.mark.both_engines

YEAR_2100_NS = int(dt.datetime(2100, 1, 1, 8, tzinfo=dt.UTC).timestamp()) * 1_000_000_000


@pytest.fixture
def headquarters(tmp_path, engine, db_target):
    addresses = []

    def on_server(label: str) -> str:
        addresses.append(db_target(label))
        return addresses[-1]

    world = World(tmp_path, server=on_server if engine == "postgresql" else None)
    hq = world.headquarters()
    yield hq, addresses[0] if addresses else str(world.path("hq.db"))
    world.close()


def stamps_of(hq, row_id) -> list[str]:
    row = initiative(hq, row_id)
    return [row.hlc, *(row.field_hlc or {}).values()]


def test_headquarters_repairs_what_its_wrong_clock_stamped(headquarters, capsys):
    hq, address = headquarters
    before = register(hq, "Van an toàn trước khi pin hỏng Giang")
    with pytest.MonkeyPatch.context() as patched:  # the BIOS battery died: the PC says 2100
        patched.setattr(time, "time_ns", lambda: YEAR_2100_NS)
        edit(hq, before, title="Van an toàn sửa năm 2100 Giang")
        during = register(hq, "Bơm tuần hoàn đăng ký năm 2100 Hà")
    assert too_far_ahead(initiative(hq, during).hlc, limit_text())

    assert main(["--db", address, "clock-repair"]) == 0  # the clock is right again
    assert "Đã ghi lại phiên bản" in capsys.readouterr().out
    limit = limit_text()
    for row_id in (before, during):
        assert not [s for s in stamps_of(hq, row_id) if too_far_ahead(s, limit)]
    assert initiative(hq, before).title == "Van an toàn sửa năm 2100 Giang"  # the edit is kept
    assert initiative(hq, during).title == "Bơm tuần hoàn đăng ký năm 2100 Hà"

    edit(hq, before, title="Van an toàn sửa sau khi chỉnh giờ Giang")
    assert initiative(hq, before).title == "Van an toàn sửa sau khi chỉnh giờ Giang"
    title_stamp = Stamp.decode(initiative(hq, before).version_of("title"))
    assert title_stamp.wall_ms <= wall_clock_ms()
