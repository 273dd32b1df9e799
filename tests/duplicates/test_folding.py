"""A title or an essence folds to the same words however a clerk typed it, and the import
check's quick fold (db.duplicates.matching.folded_title) gives exactly what the search's fold
gives, for Vietnamese and for anything else."""

from db.duplicates.matching import folded_title, title_words


def test_both_tone_placements_capitals_and_d_fold_alike():
    typed = (
        "Cải tiến HỆ THỐNG hoà đồng bộ",
        "cai tien he thong hòa dong bo",
        "Cải  tiến-hệ thống hòa đồng bộ!",
    )
    assert {folded_title(text) for text in typed} == {"cai tien he thong hoa dong bo"}


def test_the_quick_fold_is_the_search_fold():
    texts = [
        "Đặng Văn Huy đề xuất: thay bơm ly tâm (2,5 kW) – giảm 30% điện năng…",
        "Ðào Thị Ứng; hệ thống “xử lý” nước thải_ca3",
        "a\u0301o cu\u031bo\u031b\u0300i",  # typed decomposed
        "Straße, garçon, naïve, Ǘ, ı, 東京 pump",  # other scripts and marks: the slow way
        "",
        "   ",
    ]
    for text in texts:
        assert folded_title(text) == " ".join(title_words(text))
