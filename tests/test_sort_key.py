"""A clerk sorts the initiatives by title and reads them in the order of a Vietnamese
dictionary, whatever the database: the stored key's plain byte order is that order."""

from db.collation import sort_key, vietnamese_key

TITLES = [
    "Ứng dụng phần mềm quản lý vật tư",
    "Xây lắp đường ống bể chứa",
    "Vận hành máy nén khí",
    "Điện khí hóa giàn khoan",
    "Đào tạo an toàn cho công nhân",
    "Dầu khí: tối ưu hóa khai thác",
    "Ăn uống hợp vệ sinh tại giàn",
    "An toàn lao động trên biển",
    "Âm thanh cảnh báo sớm",
    "Thăm dò địa chấn 3D",
    "Tài chính kế toán",
    "Uốn ống thép bằng khuôn mới",
    "ứng dụng IoT giám sát bơm",
    "Giai đoạn 10 của dự án",
    "Giai đoạn 2 của dự án",
    "Cơ khí sửa chữa",
    "ba",
    "bạ",
    "bá",
    "bà",
    "bả",
    "bã",
    "Bà",
]


def test_titles_in_the_order_of_a_vietnamese_dictionary():
    assert sorted(TITLES, key=sort_key) == [
        "An toàn lao động trên biển",
        "Ăn uống hợp vệ sinh tại giàn",
        "Âm thanh cảnh báo sớm",
        "ba",
        "bà",
        "Bà",
        "bả",
        "bã",
        "bá",
        "bạ",
        "Cơ khí sửa chữa",
        "Dầu khí: tối ưu hóa khai thác",
        "Đào tạo an toàn cho công nhân",
        "Điện khí hóa giàn khoan",
        "Giai đoạn 2 của dự án",
        "Giai đoạn 10 của dự án",
        "Tài chính kế toán",
        "Thăm dò địa chấn 3D",
        "Uốn ống thép bằng khuôn mới",
        "ứng dụng IoT giám sát bơm",
        "Ứng dụng phần mềm quản lý vật tư",
        "Vận hành máy nén khí",
        "Xây lắp đường ống bể chứa",
    ]


def test_letters_decide_before_tones_and_case_is_folded():
    assert sort_key("Ứng") > sort_key("Uống") and sort_key("Ứng") < sort_key("Vá")
    assert sort_key("Đá") > sort_key("Dự") and sort_key("Đa") < sort_key("E")
    assert sort_key("Ăn") > sort_key("Án") and sort_key("Ăn") < sort_key("Âm")
    assert sort_key("ỨNG DỤNG") == sort_key("ứng dụng")
    assert sort_key("hòa") == sort_key("hoà")  # the tone on either vowel: one word
    assert sort_key("An") < sort_key("An toàn") < sort_key("Anh")


def test_the_key_is_bytes_a_database_compares_as_they_are():
    key = sort_key("Ứng dụng")
    assert isinstance(key, bytes)
    assert vietnamese_key("Điện") == sort_key("Điện")
    assert sort_key("") < sort_key(" ") < sort_key("1") < sort_key("a")


def test_the_quick_way_gives_the_same_key_as_looking_at_each_character():
    import random

    from db.collation import _sort_key_of_each

    draw = random.Random(18)
    alphabet = "aAăĂâÂđĐeêôơưƯ ỨứỮẫẪ0123456789-_.,«»²ßñÑüÜ Ω—\t\u00a0xyzXYZ"
    texts = [
        "".join(draw.choice(alphabet) for _ in range(draw.randint(0, 12))) for _ in range(3000)
    ]
    texts += [*TITLES, "Giai đoa\u0323n 10", "CO\u0302NG", "007 và 7"]  # decomposed too
    assert [sort_key.__wrapped__(t) for t in texts] == [_sort_key_of_each(t) for t in texts]
