"""Issue 14: headquarters' duplicates check of a package runs in two processes, one per core of
a site PC, each taking the next few incoming initiatives no other has taken. The preview lists
exactly what one check alone would list; a package some of whose initiatives no process
answered for is listed with no look-alikes rather than with some of them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))

from sync_world import World, register

import db.duplicates.package_check as package_check
from db.duplicates.candidates import IncomingMatch, IncomingRecord, InitiativeCard
from db.duplicates.incoming import package_similar
from db.duplicates.package_check import PackageCheck, merged

TYPED_AT_THE_PLATFORM = (
    "Cải tiến hệ thống hòa đồng bộ máy phát điện",
    "Tối ưu hóa chế độ vận hành máy nén khí",
    "Giải pháp giảm tổn thất nhiệt lò hơi",
    "Ứng dụng cảm biến rung giám sát bơm ly tâm",
)
TYPED_AGAIN_AT_THE_RIG = (
    "may phat dien: cai tien he thong hoa dong bo",
    "toi uu hoa che do van hanh may nen khi",
    "giam ton that nhiet lo hoi - giai phap",
    "Ứng dụng cảm biến rung giám sát bơm ly tâm tại giàn",
    "Sổ tay an toàn cho thợ lặn",  # and two of its own
    "Phần mềm quản lý kho vật tư",
)


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path)
    yield w
    w.close()


@pytest.fixture
def retyped(world):
    """Headquarters holds the platform's initiatives; the rig's package retypes four of them."""
    hq = world.headquarters()
    msp1, td03 = world.enrol(hq, "VSP-MSP1"), world.enrol(hq, "VSP-TD03")
    for title in TYPED_AT_THE_PLATFORM:
        register(msp1, title)
    for title in TYPED_AGAIN_AT_THE_RIG:
        register(td03, title)
    world.carry(msp1, hq)
    return hq, world.export(td03, "CDDKVN")


def shown(matches: list[IncomingMatch]) -> list[tuple[str, str, float]]:
    return [(m.incoming.reg_no, m.here.id, m.score) for m in matches]


def test_two_processes_sharing_a_package_list_what_one_check_lists(retyped, monkeypatch):
    hq, package = retyped
    monkeypatch.setattr(package_check, "ANSWER_WITHIN", 120.0)
    alone = package_similar(hq, package)
    assert len(alone) == 4
    # one initiative a share: the two processes take turns through the package
    check = PackageCheck(Path(hq.engine.url.database), workers=2, share=1).check([package])
    try:
        assert len(check._processes) == 2
        assert shown(check.result()[str(package)]) == shown(alone)
    finally:
        check.stop()
    assert not any(p.is_alive() for p in check._processes)


def match(number: str, score: float) -> IncomingMatch:
    incoming = IncomingRecord(number, number, "t", None, "VSP-TD03", "2022-03-15", None)
    here = InitiativeCard("h", "VSP-MSP1-2022-0001", "t", "VSP-MSP1", None, None, "", (), None)
    return IncomingMatch(incoming, here, score)


def test_the_shares_of_two_processes_are_put_together_best_first():
    first = {"a.skp": (3, {0: [match("A-1", 81.0)], 2: [match("A-5", 95.0)]})}
    second = {"a.skp": (3, {1: [match("A-3", 88.0), match("A-2", 88.0)]})}
    [(file, matches)] = merged([first, second]).items()
    assert file == "a.skp"
    assert [m.incoming.reg_no for m in matches] == ["A-5", "A-2", "A-3", "A-1"]


def test_a_package_with_a_share_no_process_answered_for_lists_no_look_alikes():
    answered = {"a.skp": (3, {0: [match("A-1", 81.0)], 2: []}), "b.skp": (1, {0: []})}
    assert merged([answered, {}]) == {"b.skp": []}  # the second process ended without a word


def test_a_package_one_process_could_not_check_lists_no_look_alikes():
    first = {"a.skp": None, "b.skp": (2, {0: [match("B-1", 90.0)]})}
    second = {"a.skp": (1, {0: [match("A-1", 90.0)]}), "b.skp": (2, {1: []})}
    assert shown(merged([first, second])["b.skp"]) == [("B-1", "h", 90.0)]
    assert "a.skp" not in merged([first, second])
