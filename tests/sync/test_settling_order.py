"""Issue 13: headquarters settling a site's package rewrites the initiatives it corrects in the
order they lie in its file, not in the order of their ids (at 100,000 initiatives the table
outgrows the page cache, and rows visited at random read its pages again and again), and takes
the initiatives the merge just wrote as it wrote them, without reading them back."""

import datetime as dt
import sqlite3

from sync_world import initiative, register

from db.changes import RecordWriter
from db.models import Initiative, Review
from db.sync import apply

TITLES = ("Bơm", "Van", "Ống", "Giàn", "Cẩu", "Tời", "Neo", "Khoan", "Lọc", "Quạt")


def forged_recognition(database, row: str) -> None:
    """A site's copy that recognises its own initiative at the industry's level."""
    with database.transaction() as session:
        writer = RecordWriter(session, "kẻ giả mạo")
        writer.create(
            Review,
            initiative_id=row,
            level="industry",
            council="Hội đồng tự phong",
            outcome="recognised",
            decision_no="12/QĐ",
            decision_date=dt.date(2022, 5, 2),
        )
        writer.update(
            session.get(Initiative, row), status="recognised", recognised_on=dt.date(2022, 5, 2)
        )


def test_headquarters_corrects_a_sites_recognitions_in_the_order_of_its_table(world, monkeypatch):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    rows = [register(site, f"Cải tiến {title} Phúc", status="submitted") for title in TITLES]
    for row in rows:
        forged_recognition(site, row)
    rewritten: list[str] = []
    write_settled = apply.Merger.write_settled

    def watched(self, updates, audit):
        update_many = self.cursor.update_many

        def seen(table, columns, rows):
            if table == "initiatives":
                rewritten.extend(values[-1] for values in rows)
            return update_many(table, columns, rows)

        self.cursor.update_many = seen
        return write_settled(self, updates, audit)

    monkeypatch.setattr(apply.Merger, "write_settled", watched)
    report = world.carry(site, hq)

    assert report.tables["reviews"].refused == len(TITLES)
    assert all(initiative(hq, row).status == "draft" for row in rows)
    with sqlite3.connect(hq.path) as conn:
        in_the_file = [r[0] for r in conn.execute("SELECT id FROM initiatives ORDER BY rowid")]
    assert rewritten == in_the_file
    assert rewritten != sorted(rewritten)  # ten random ids: sorted by chance once in 3.6 million


def test_a_big_package_is_settled_from_what_the_merge_wrote_not_read_back(world, monkeypatch):
    """A package too big to keep in memory (KEEP_BYTES) has no prediction of its recognitions:
    every initiative sent as decided is written as a draft and settled after the reviews.
    Settling takes them as the merge wrote them, reading none back from the table."""
    from db.sync import verify

    monkeypatch.setattr(verify, "KEEP_BYTES", 0)
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    rows = [register(site, f"Cải tiến {title} Hải", status="submitted") for title in TITLES[:3]]
    for row in rows:
        forged_recognition(site, row)
    read_back: list[str] = []
    settling_rows = apply.Merger.settling_rows

    def watched(self, ids):
        read_back.extend(ids)
        return settling_rows(self, ids)

    monkeypatch.setattr(apply.Merger, "settling_rows", watched)
    report = world.carry(site, hq)
    assert report.tables["reviews"].refused == 3
    assert read_back == []
    assert all(initiative(hq, row).status == "draft" for row in rows)
    assert len(report.settled) == 3  # each listed: sent recognised, settled a draft
