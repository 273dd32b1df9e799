"""A PC whose clock runs ahead cannot win every later edit: a package stamped more than 15 minutes
ahead is refused whole, naming the PC and how far ahead it is, nothing is acknowledged and
headquarters' clock does not follow; once the clock is set right, `clock-repair` and a new export
bring every edit across (issue 10, finding 12)."""

import datetime as dt
import re
import time
import uuid

import pytest
from sqlalchemy import select
from sync_world import edit, initiative, private_key, register, repack

from db.hlc import Stamp, wall_clock_ms
from db.models import KnownNode, NodeIdentity, PackageLog
from db.sync.importer import import_package, import_paths
from desktop.__main__ import main

pytestmark = pytest.mark.both_engines  # issue 18: headquarters on a server too

YEAR_2100_NS = int(dt.datetime(2100, 1, 1, 8, tzinfo=dt.UTC).timestamp()) * 1_000_000_000


def state_at(hq):
    with hq.session() as session:
        node = session.scalar(select(NodeIdentity))
        known = session.scalar(select(KnownNode))
        logged = len(session.scalars(select(PackageLog).where(PackageLog.direction == "in")).all())
        return node.hlc_wall, known.acked_seq, known.merged_seq, logged


def test_a_package_stamped_in_2100_is_refused_whole_and_resent_after_the_clock_is_fixed(
    world, monkeypatch, capsys
):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    row = register(site, "Sáng kiến trước khi pin hỏng Giang")
    world.carry(site, hq)
    with monkeypatch.context() as patched:  # the BIOS battery died: the PC says 2100
        patched.setattr(time, "time_ns", lambda: YEAR_2100_NS)
        edit(site, row, title="Sửa khi đồng hồ chỉ năm 2100 Giang")
    package = world.export(site, "CDDKVN")
    before = state_at(hq)

    code = main(["--db", str(hq.path), "import", str(package)])
    out = capsys.readouterr().out
    assert code == 1
    assert "VSP-TD03" in out and "chạy trước máy này" in out and "năm" in out
    assert "clock-repair" in out and "15 phút" in out
    assert state_at(hq) == before  # no receipt, no log, and the clock did not follow
    assert state_at(hq)[0] < YEAR_2100_NS // 1_000_000
    assert initiative(hq, row).title == "Sáng kiến trước khi pin hỏng Giang"

    assert main(["--db", str(site.path), "clock-repair"]) == 0  # the clock is right again
    assert "Đã ghi lại phiên bản" in capsys.readouterr().out
    report = world.carry(site, hq)
    assert report.status == "imported"
    assert initiative(hq, row).title == "Sửa khi đồng hồ chỉ năm 2100 Giang"
    edit(site, row, title="Sửa sau khi chỉnh giờ Giang")  # later edits are not stuck behind 2100
    world.carry(site, hq)
    assert initiative(hq, row).title == "Sửa sau khi chỉnh giờ Giang"


def stamped_ahead(minutes):
    stamp = Stamp(wall_clock_ms() + minutes * 60_000, 0, uuid.uuid4().hex).encode()

    def change(table, rows):
        if table == "initiatives":
            return [
                dict(r, title="Bản sửa từ máy chạy nhanh", field_hlc={"title": stamp}) for r in rows
            ]
        return rows

    return change


def test_a_few_minutes_ahead_is_accepted_twenty_is_refused_even_if_the_manifest_hides_it(
    world, tmp_path
):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    row = register(site, "Sáng kiến lệch giờ Hà")
    package = world.export(site, "CDDKVN")
    key = private_key(site)
    far = repack(package, tmp_path / "far.skp", records=stamped_ahead(20), key=key)
    [report] = import_paths(hq, [far], trust_new_node=True, backup=False)
    assert report.status == "refused" and re.search("chạy trước máy này (19|20) phút", report.error)
    assert initiative(hq, row) is None

    near = repack(package, tmp_path / "near.skp", records=stamped_ahead(5), key=key)
    report = import_package(hq, near, trust_new_node=True, backup=False)
    assert report.status == "imported"
    assert initiative(hq, row).title == "Bản sửa từ máy chạy nhanh"
