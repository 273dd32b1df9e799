"""The version clock and the folding search: the two things every merge and every search rely on."""

from db.hlc import MAX_DRIFT_MS, Clock, Stamp
from db.search import fold, fts_query


class FakeWall:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_clock_stays_monotonic_when_the_wall_clock_goes_backwards():
    wall = FakeWall(1_700_000_000_000)
    clock = Clock("node-a", now=wall)
    first = clock.tick()
    wall.ms -= 3_600_000  # someone set the PC clock an hour back
    second = clock.tick()
    third = clock.tick()
    assert first < second < third
    assert second.encode() > first.encode()


def test_stamps_sort_the_same_as_text_and_as_tuples():
    stamps = [Stamp(5, 0, "b"), Stamp(5, 1, "a"), Stamp(4, 9, "z"), Stamp(5, 0, "a")]
    assert sorted(stamps) == sorted(stamps, key=lambda s: s.encode())
    assert Stamp.decode(Stamp(5, 1, "a").encode()) == Stamp(5, 1, "a")


def test_clock_refuses_to_follow_a_stamp_from_a_pc_a_year_ahead():
    wall = FakeWall(1_700_000_000_000)
    clock = Clock("node-a", now=wall)
    assert not clock.observe(Stamp(wall.ms + MAX_DRIFT_MS + 1, 0, "node-b"))
    assert clock.tick().wall_ms == wall.ms


def test_clock_moves_past_an_observed_stamp():
    wall = FakeWall(1_000)
    clock = Clock("node-a", now=wall)
    clock.observe(Stamp(2_000, 7, "node-b"))
    assert clock.tick() > Stamp(2_000, 7, "node-b")


def test_fold_removes_marks_and_folds_d_with_stroke():
    assert fold("Đặng Văn Huy") == "dang van huy"
    assert fold("Công đoàn Dầu khí") == "cong doan dau khi"
    assert fold("SÁNG KIẾN") == "sang kien"


def test_query_is_folded_into_prefix_terms():
    assert fts_query("Dầu kh") == '"dau"* "kh"*'
    assert fts_query("  ") is None
