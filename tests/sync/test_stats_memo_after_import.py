"""Headquarters' dashboard counts again after a package from a site (issue 13,
db/queries/stats_memo.py): an import writes its rows with this node's next sequence numbers, as
an edit does, so the figures remembered from before it are not shown as current."""

import datetime as dt

from sync_world import World, edit, register

import db.queries.stats_memo as memo
from db.compiled import SessionReader
from db.queries.stats import progress_stats, stats_as_json


def test_a_package_from_a_site_means_counting_again(tmp_path):
    world = World(tmp_path)
    try:
        hq = world.headquarters()
        site = world.enrol(hq, "VSP")
        file = memo.memo_file(hq.path)
        day = dt.date(2022, 12, 31)

        def shown_and_fresh():
            with hq.session() as session:
                reader = SessionReader(session)
                shown = memo.counted_or_remembered(reader, file, day)
                return stats_as_json(shown), stats_as_json(progress_stats(session, day))

        first, fresh = shown_and_fresh()
        assert first == fresh
        made = register(site, "Giảm tiêu hao điện 01", status="submitted")
        world.carry(site, hq)
        second, fresh = shown_and_fresh()
        assert second == fresh and second["total"]["registered"] == 1
        edit(site, made, registered_on=dt.date(2023, 2, 1))  # moved past the day
        world.carry(site, hq)
        third, fresh = shown_and_fresh()
        assert third == fresh and third["total"]["registered"] == 0
    finally:
        world.close()
