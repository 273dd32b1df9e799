"""The import check's search: the likeliest titles are the same whether or not it first looks
among the titles close to the best (it only sorts fewer), and a retyped title finds its source."""

import numpy as np

from db.duplicates.distinct_titles import DistinctTitles
from db.duplicates.index import TitleIndex, best_scored
from db.duplicates.matching import folded_title


def test_looking_among_the_close_ones_first_gives_the_same_best():
    rng = np.random.default_rng(14)
    for _ in range(200):
        scores = rng.random(3000) * (rng.random(3000) < 0.3)  # mostly zeros, as titles are
        scores[rng.integers(0, 3000, 50)] = 0.5  # and many equal
        for wanted in (1, 10, 100):
            assert best_scored(scores, wanted, close=0.75).tolist() == (
                best_scored(scores, wanted).tolist()
            )


def test_a_retyped_title_finds_its_source_among_its_siblings():
    titles = [
        "Cải tiến hệ thống hòa đồng bộ máy phát điện",
        "Cải tiến hệ thống bơm dầu thô trên giàn",
        "Cải tiến hệ thống điều khiển máy nén khí",
        "Giải pháp hòa lưới máy phát điện dự phòng",
        "Tối ưu hóa chế độ vận hành máy phát điện",
    ] * 3
    index = TitleIndex()
    for rowid, title in enumerate(titles):
        index._put(rowid, folded_title(title), None)
    found = DistinctTitles.of(index).ranked(
        folded_title("may phat dien: cai tien he thong hoa dong bo"), 70, 10, 5
    )
    assert found and {titles[rowid] for rowid, _ in found} == {titles[0]}
