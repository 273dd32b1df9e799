"""A person waits while the pairs to decide are compared again after a large import: they see
how far it is and may cancel; what was compared is kept and the next listing finishes the rest."""

import datetime as dt

import pytest
from duplicate_world import RETYPED, TITLE, filed
from initiative_world import build_world

import db.duplicates.stored_pairs as stored_pairs
from db.duplicates.candidates import pairs_to_decide
from db.progress import OperationCancelled, Progress


@pytest.fixture
def world_db(node_db):
    return node_db, build_world(node_db)


def filed_twice_by_many(database, w, count):
    """`count` initiatives of An's, then the first one typed again at another unit."""
    march = [dt.date(2022, 3, 1 + n % 27) for n in range(count)]
    ids = [filed(database, f"{TITLE} số {n}", w.rig, w.an, march[n]).id for n in range(count)]
    return ids[0], filed(database, RETYPED + " so 0", w.pvgas, w.an, dt.date(2022, 3, 28)).id


def test_the_comparison_after_many_changes_reports_progress_and_stops_on_cancel(
    world_db, monkeypatch
):
    database, w = world_db
    filed(database, "Số hóa công tác quản lý hợp đồng", w.pvgas, w.binh, dt.date(2022, 3, 2))
    pairs_to_decide(database)  # the table filled once: later changes are compared in chunks
    monkeypatch.setattr(stored_pairs, "CHUNK", 3)
    monkeypatch.setattr(stored_pairs, "REBUILD_SHARE", 100)  # small world: never all at once
    first, later = filed_twice_by_many(database, w, 8)
    seen: list[tuple[int, int]] = []
    progress = Progress(lambda done, total: seen.append((done, total)))
    progress.cancel()
    with pytest.raises(OperationCancelled):
        pairs_to_decide(database, progress=progress, cancelled=progress.cancelled)
    assert seen == [(0, 9)]  # told how much there is, then stopped before comparing anything

    seen.clear()
    progress = Progress(lambda done, total: seen.append((done, total)))
    pairs = pairs_to_decide(database, progress=progress, cancelled=progress.cancelled)
    assert seen == [(0, 9), (3, 9), (6, 9)]
    assert (first, later) in {(p.original.id, p.later.id) for p in pairs}


def test_a_cancelled_comparison_is_finished_by_the_next_listing(world_db, monkeypatch):
    database, w = world_db
    filed(database, "Số hóa công tác quản lý hợp đồng", w.pvgas, w.binh, dt.date(2022, 3, 2))
    pairs_to_decide(database)
    monkeypatch.setattr(stored_pairs, "CHUNK", 3)
    monkeypatch.setattr(stored_pairs, "REBUILD_SHARE", 100)  # small world: never all at once
    first, later = filed_twice_by_many(database, w, 8)
    calls = 0

    def cancel_after_one_chunk() -> bool:
        nonlocal calls
        calls += 1
        return calls > 1

    with pytest.raises(OperationCancelled):
        pairs_to_decide(database, cancelled=cancel_after_one_chunk)
    ids = {(p.original.id, p.later.id) for p in pairs_to_decide(database)}
    assert (first, later) in ids
    assert pairs_to_decide(database) == pairs_to_decide(database)  # nothing left to do
    assert stored_pairs.update_candidates(database) == 0


def test_the_first_comparison_of_a_whole_register_reports_progress_and_stops_on_cancel(
    world_db, monkeypatch
):
    database, w = world_db
    monkeypatch.setattr(stored_pairs, "PROGRESS_STEP", 2)
    filed_twice_by_many(database, w, 5)
    seen: list[tuple[int, int]] = []
    with pytest.raises(OperationCancelled):
        pairs_to_decide(database, progress=lambda *told: seen.append(told), cancelled=lambda: True)
    assert seen[0][0] == 0 and seen[0][1] >= 6
    assert stored_pairs.update_candidates(database) >= 6  # nothing was kept: all done again
