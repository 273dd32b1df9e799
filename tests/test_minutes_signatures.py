"""The council's secretary prints the minutes of a session: the secretary's and the chair's names
stand under their signature boxes, taken from the members as typed ("Họ tên - Chức vụ"); a vice
chair is not taken for the chair."""

from __future__ import annotations

import datetime as dt

from db.queries.papers import CouncilItem
from desktop.printing.council_papers import minutes_paper
from desktop.printing.paper import Signatures

MEMBERS = [
    "Lê Văn Phó - Phó chủ tịch",
    "Nguyễn Văn Hùng - Chủ tịch",
    "Trần Thị Mai – Thư ký",
    "Đỗ Minh Tâm - Ủy viên",
]


def signatures(members: list[str]) -> list[tuple[list[str], str]]:
    paper = minutes_paper(list[CouncilItem](), dt.date(2023, 10, 20), members)
    (block,) = [b for b in paper.blocks if isinstance(b, Signatures)]
    return list(block.boxes)


def test_the_secretary_and_the_chair_sign_above_their_names():
    (secretary, chair) = signatures(MEMBERS)
    assert secretary == (["THƯ KÝ HỘI ĐỒNG", "(Ký và ghi rõ họ tên)"], "Trần Thị Mai")
    assert chair == (["CHỦ TỊCH HỘI ĐỒNG", "(Ký và ghi rõ họ tên)"], "Nguyễn Văn Hùng")


def test_members_typed_without_roles_leave_the_names_to_be_written_by_hand():
    assert [name for _titles, name in signatures(["Nguyễn Văn Hùng", "Trần Thị Mai"])] == ["", ""]
