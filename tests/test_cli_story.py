"""README's command-line story, as a script would run it: headquarters enrols a rig, the rig
registers an initiative and exports, headquarters previews, imports and records the council's
decision, exports back, and the rig sees the decision — with no false "gap" warnings on the way,
and nothing echoed back."""

import json

import pytest

from desktop.__main__ import main

INITIATIVE = {
    "title": "Cải tiến bộ lọc dầu thủy lực trên giàn Tam Đảo 03",
    "solution_type": "technical",
    "field_id": "KHOAN",
    "unit_id": "VSP-TD03",
    "first_applied_on": "2022-10-01",
    "registered_on": "2022-10-15",
    "essence": "Thay lõi lọc bằng vật liệu chịu nhiệt.",
    "benefit_value": 250_000_000,
    "authors": [
        {"full_name": "Nguyễn Văn An", "birth_date": "1985-03-02", "share": 60},
        {"full_name": "Trần Thị Bình", "birth_date": "1990-07-15", "share": 40},
    ],
}
REG_NO = "VSP-TD03-2022-0001"


@pytest.fixture
def run(capsys, tmp_path):
    def sangkien(db, *args, ok=True):
        code = main(["--db", str(tmp_path / db), *map(str, args)])
        out, err = capsys.readouterr()
        assert (code == 0) == ok, err
        return out, err

    return sangkien


def test_a_rig_and_headquarters_exchange_an_initiative_and_its_decision(run, tmp_path):
    run("hq.db", "init", "--unit", "CDDKVN")
    run("hq.db", "enroll", "VSP-TD03", "-o", tmp_path / "setup.skp")
    run("site.db", "init", "--from", tmp_path / "setup.skp")
    (tmp_path / "sk.json").write_text(json.dumps(INITIATIVE, ensure_ascii=False), "utf-8")
    run("site.db", "initiative", "add", tmp_path / "sk.json")
    run("site.db", "initiative", "set", REG_NO, "status=submitted")
    run("site.db", "export", "--to", "CDDKVN", "-o", tmp_path / "site-1.skp")

    out, _ = run("hq.db", "import", tmp_path / "site-1.skp", "--dry-run")
    assert "BỊ TỪ CHỐI" not in out  # a PC made from our own setup package: its key is known
    out, _ = run("hq.db", "import", tmp_path / "site-1.skp", "--json")
    report = json.loads(out)[0]
    assert report["status"] == "imported" and not report["warnings"], report

    out, _ = run(
        "hq.db", "review", REG_NO, "--level", "industry", "--scores", "8,9,7",
        "--outcome", "recognised", "--decision-no", "125/QĐ-CĐDK", "--decision-date", "2023-05-10",
    )  # fmt: skip
    assert "Loại A" in out and "Đã công nhận" in out
    run("hq.db", "export", "--to", "VSP-TD03", "-o", tmp_path / "hq-1.skp")
    out, _ = run("site.db", "import", tmp_path / "hq-1.skp", "--json")
    report = json.loads(out)[0]
    assert report["status"] == "imported" and not report["warnings"], report

    out, _ = run("site.db", "initiative", "show", REG_NO, "--json")
    shown = json.loads(out)
    assert shown["status"] == "recognised" and shown["recognised_on"] == "2023-05-10"

    # the next round trip carries nothing: no echo, no gap
    out, _ = run("site.db", "export", "--to", "CDDKVN", "-o", tmp_path / "site-2.skp")
    assert "0 bản ghi" in out
    out, _ = run("hq.db", "import", tmp_path / "site-2.skp", "--json")
    assert not json.loads(out)[0]["warnings"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--scores", "8,9"), "ba số nguyên"),
        (("--scores", "8,9,70"), "từ 0 đến 10"),
        (("--outcome", "recognised", "--scores", "8,9,7"), "số quyết định"),
        (("--decision-date", "10/13/2023"), "ngày không hợp lệ"),
    ],
)
def test_a_wrong_review_is_one_message_and_changes_nothing(run, tmp_path, args, message):
    run("hq.db", "init", "--unit", "CDDKVN")
    own = dict(INITIATIVE, unit_id="CDDKVN")  # HQ's own: on a rig's behalf it numbers apart
    (tmp_path / "sk.json").write_text(json.dumps(own, ensure_ascii=False), "utf-8")
    run("hq.db", "initiative", "add", tmp_path / "sk.json")
    run("hq.db", "initiative", "set", "CDDKVN-2022-0001", "status=submitted")
    before = (tmp_path / "hq.db").read_bytes()
    _, err = run("hq.db", "review", "CDDKVN-2022-0001", "--level", "industry", *args, ok=False)
    assert message in err and "Traceback" not in err
    assert (tmp_path / "hq.db").read_bytes() == before
