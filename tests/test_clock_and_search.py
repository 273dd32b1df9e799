"""The version clock and the folding search: the two things every merge and every search rely on."""

import unicodedata

import db.search
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


def the_full_fold(text: str) -> str:
    """Folding as defined: đ/ð to d, decomposed, marks dropped, lower case."""
    text = text.translate(str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"}))
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def test_fold_gives_the_full_fold_for_any_text():
    texts = [
        "Cải tiến hệ thống bơm – giảm tiêu hao “dầu khí” … 45° ± 2",
        "Cải tiến",  # decomposed marks
        unicodedata.normalize("NFD", "Nguyễn Thị Ánh  Tuyết"),
        "ΟΔΟΣ ΑΣ Σ",  # Greek capitals: the final sigma depends on what stands beside it
        "İstanbul Æther œuvre ß Ⓐ ǅ ﬁ",
        " two  spaces\tand a tab\nand a line ",
        "",
    ]
    texts += [chr(code) + "x" for code in range(0x80, 0x3040) if not 0xD800 <= code < 0xE000]
    for text in texts:
        assert fold(text) == the_full_fold(text), repr(text)
        assert fold(text) == the_full_fold(text), repr(text)  # remembered words alike


def test_a_title_with_a_dash_and_quotes_folds_without_unicodedata(monkeypatch):
    """An import folds every title: signs that fold to themselves keep it on the quick path."""

    def too_slow(text):
        raise AssertionError(f"folded character by character: {text!r}")

    monkeypatch.setattr(db.search, "_fold_slowly", too_slow)
    title = "Cải tiến bơm – giảm “tiêu hao” dầu khí, 45°: Đặng Văn Huy"
    assert fold(title) == "cai tien bom – giam “tieu hao” dau khi, 45°: dang van huy"


def test_query_is_folded_into_prefix_terms():
    assert fts_query("Dầu kh") == '"dau"* "kh"*'
    assert fts_query("  ") is None
