"""The demo keys its titles and names from their pieces (db.collation.sort_key_of_pieces): each
template's words, each object, tool, place and each part of a name keyed once, not every title
whole. The keys are the very bytes sort_key gives the joined text."""

from __future__ import annotations

import random

from db.collation import sort_key, sort_key_of_pieces

PIECES = [
    "Cải tiến ", "bơm ly tâm", " trên giàn MSP-1", "", " nhằm ", "giảm 20", "0 giờ", "abc",
    "Đá", " (CPP-3)", "ß", "Ωmega", "x", "1", "2", " ", "Nguyễn ", "Thị ", "Ánh", "ỨNG DỤNG",
]  # fmt: skip


def test_a_key_put_together_from_pieces_is_the_key_of_the_joined_text():
    rng = random.Random(13)
    for _ in range(20_000):
        pieces = [rng.choice(PIECES) for _ in range(rng.randrange(0, 6))]
        assert sort_key_of_pieces(pieces) == sort_key("".join(pieces)), pieces


def test_pieces_whose_letters_or_digits_touch_are_keyed_as_one_text():
    # "giảm 20" + "0 giờ" is the number 200, not 20 and 0; "x" + "abc" is one word
    assert sort_key_of_pieces(["giảm 20", "0 giờ"]) == sort_key("giảm 200 giờ")
    assert sort_key_of_pieces(["hò", "a"]) == sort_key("hòa") == sort_key("hoà")
    assert sort_key_of_pieces(["Ωmega", " ", "x"]) == sort_key("Ωmega x")  # the slow way


def test_the_demos_titles_and_first_authors_carry_their_keys(tmp_path):
    import sqlite3

    from db.demo import build_demo

    path = tmp_path / "demo.db"
    build_demo(path, initiatives=400, in_this_process=True)
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT i.title, i.title_key, i.author_key, p.full_name FROM initiatives i "
            "JOIN initiative_authors a ON a.initiative_id = i.id AND a.ordinal = 1 "
            "JOIN people p ON p.id = a.person_id"
        ).fetchall()
    finally:
        conn.close()
    assert len(rows) >= 400
    for title, title_key, author_key, name in rows:
        assert title_key == sort_key(title) and author_key == sort_key(name), title
