"""The dashboard shows the figures it counted last time at once, but only for the very records they
were counted from (issue 13, db/queries/stats_memo.py): any change to what is counted (an
initiative deleted, a target set) means counting again, and putting a backup back finds the
figures of the state it brings back."""

import datetime as dt
import shutil

import pytest
from sqlalchemy import func

import db.queries.stats_memo as memo
from db.backup import make_backup
from db.compiled import SessionReader
from db.demo import build_demo
from db.models import Initiative, Target
from db.queries.initiatives import delete_initiative
from db.queries.stats import progress_stats, stats_as_json
from db.restore import restore_backup
from db.session import open_database
from db.vocab import NOT_COUNTED

DAY = dt.date(2023, 4, 14)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo(path, initiatives=2000)
    return path


@pytest.fixture
def demo(built, tmp_path):
    """A copy of the demo of its own (closed cleanly: its lock file too)."""
    for suffix in ("", ".lock"):
        source = built.with_name(built.name + suffix)
        if source.exists():
            shutil.copy2(source, tmp_path / source.name)
    return tmp_path / built.name


def one_counted(session) -> Initiative:
    """An initiative counted on 14/04/2023."""
    found = session.query(Initiative).filter(
        Initiative.deleted.is_(False),
        Initiative.registered_on.between(dt.date(2022, 6, 1), DAY),
        Initiative.status.not_in(NOT_COUNTED),
    )
    return found.first()


def counted(path):
    """The figures of 14/04/2023 as `stats` counts them now, and what the memo gives."""
    database = open_database(path)
    try:
        with database.session() as session:
            fresh = stats_as_json(progress_stats(session, DAY))
            shown = memo.counted_or_remembered(SessionReader(session), memo.memo_file(path), DAY)
            stamp = memo.read_stamp(SessionReader(session))
    finally:
        database.close()
    return fresh, stats_as_json(shown), stamp


def test_figures_counted_once_are_shown_again_without_counting(demo, monkeypatch):
    fresh, first, _stamp = counted(demo)
    assert first == fresh
    assert fresh["total"]["registered"] > 0

    def no_counting(*_args, **_kwargs):
        raise AssertionError("counted again although nothing changed")

    monkeypatch.setattr(memo, "progress_stats_of", no_counting)
    database = open_database(demo)
    try:
        with database.session() as session:
            again = memo.counted_or_remembered(SessionReader(session), memo.memo_file(demo), DAY)
    finally:
        database.close()
    assert stats_as_json(again) == fresh


def test_a_deleted_initiative_or_a_new_target_means_counting_again(demo):
    before, _shown, stamp = counted(demo)
    database = open_database(demo)
    try:
        with database.transaction() as session:
            delete_initiative(session, one_counted(session).id, actor="test")
    finally:
        database.close()
    after, shown, stamp_after = counted(demo)
    assert stamp_after != stamp
    assert after == shown
    assert after["total"]["registered"] == before["total"]["registered"] - 1

    database = open_database(demo)
    try:
        with database.transaction() as session:
            target = session.query(Target).filter(Target.deleted.is_(False)).first()
            from db.changes import RecordWriter

            RecordWriter(session, "test").update(target, target=target.target + 7)
    finally:
        database.close()
    with_target, shown, stamp_target = counted(demo)
    assert stamp_target != stamp_after
    assert with_target == shown
    assert with_target["total"]["target"] != after["total"]["target"]


def test_a_backup_put_back_shows_the_figures_of_the_state_it_brings_back(demo, tmp_path):
    before, _shown, stamp = counted(demo)
    backup = make_backup(demo, tmp_path / "before.db", "manual").path
    database = open_database(demo)
    try:
        with database.transaction() as session:
            delete_initiative(session, one_counted(session).id, actor="test")
    finally:
        database.close()
    after, shown, stamp_after = counted(demo)
    assert after == shown and stamp_after != stamp

    restore_backup(demo, backup)
    restored, shown, stamp_restored = counted(demo)
    assert restored == before == shown
    assert stamp_restored != stamp_after


def test_a_memo_of_other_code_or_spoilt_is_counted_afresh(demo):
    fresh, _first, stamp = counted(demo)
    file = memo.memo_file(demo)
    assert memo.remembered(file, DAY, None, None, stamp) is not None
    file.write_text("{not json", encoding="utf-8")
    assert memo.remembered(file, DAY, None, None, stamp) is None
    again, shown, _stamp = counted(demo)
    assert again == shown == fresh


def test_a_later_day_with_nothing_registered_or_recognised_since_needs_no_counting(demo):
    """The next morning's start: the same records, a new day, nothing new on it."""
    database = open_database(demo)
    file = memo.memo_file(demo)
    try:
        with database.session() as session:
            reader = SessionReader(session)
            programme = progress_stats(session, DAY).programme.code
            last_day = max(
                session.query(func.max(Initiative.registered_on)).scalar(),
                session.query(func.max(Initiative.recognised_on)).scalar(),
            )
            stamp = memo.read_stamp(reader)
            quiet = last_day + dt.timedelta(days=3)  # after the last registration or recognition

            def figures(day):
                return stats_as_json(memo.counted_or_remembered(reader, file, day, None, programme))

            def fresh(day):
                return stats_as_json(progress_stats(session, day, None, programme))

            assert figures(quiet) == fresh(quiet)
            later = quiet + dt.timedelta(days=40)
            assert memo.remembered(file, later, None, programme, stamp) is None  # not known yet
            memo.remember_how_long(reader, file, quiet, None, programme)
            held = memo.remembered(file, later, None, programme, stamp)
            assert held is not None and held.as_of == later
            assert stats_as_json(held) == fresh(later)
            before = quiet - dt.timedelta(days=1)
            assert memo.remembered(file, before, None, programme, stamp) is None

            # a busy day: the figures of 14/04/2023 do not hold for 20/04/2023
            assert figures(DAY) == fresh(DAY)
            memo.remember_how_long(reader, file, DAY, None, programme)
            busy = DAY + dt.timedelta(days=6)
            assert memo.remembered(file, busy, None, programme, stamp) is None
            assert figures(busy) == fresh(busy)
    finally:
        database.close()
