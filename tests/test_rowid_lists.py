"""The table holds the rowids of its rows in 4 bytes each while they fit (1.9 million hits of a
common word: 7.6 MB), and still holds a rowid past 2**31 (a register that has lived long)."""

from array import array

from db.queries.searching import _joined_tiers, appended, joined


def test_rowids_take_four_bytes_while_they_fit_and_eight_after():
    ids = appended(array("i"), [3, 2, 1])
    assert ids.typecode == "i" and list(ids) == [3, 2, 1]
    ids = appended(ids, [7, 2**40, 5])
    assert ids.typecode == "q" and list(ids) == [3, 2, 1, 7, 2**40, 5]


def test_lists_of_both_sizes_join_in_order():
    assert list(joined(array("i", [1, 2]), array("q", [2**40]))) == [1, 2, 2**40]
    tiers = [array("i", [9]), array("i", range(5)), array("q", [2**33])]
    assert list(_joined_tiers(tiers)) == [9, 0, 1, 2, 3, 4, 2**33]
