"""A script drives initiatives from the command line; every mistake gets one message, exit status 1,
and leaves the database file byte for byte as it was."""

import json

import pytest
from initiative_world import build_world

from db.node import create_node
from db.session import open_database
from desktop.__main__ import main


@pytest.fixture
def site(tmp_path):
    """A closed database file holding the small test world."""
    path = tmp_path / "site.db"
    database = open_database(path, create=True)
    with database.transaction() as session:
        create_node(session, "CDDKVN")
    world = build_world(database)
    database.close()
    return path, world


def sangkien(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def write_json(tmp_path, data, name="sang-kien.json"):
    path = tmp_path / name
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def new_initiative(world, **overrides):
    data = {
        "title": "Cải tiến quy trình bảo dưỡng máy nén khí",
        "solution_type": "technical",
        "unit_id": "VSP-TD03",
        "field_id": "khoan",
        "registered_on": "2022-07-01",
        "first_applied_on": "2022-06-15",
        "benefit_value": 500000000,
        "authors": [
            {"person_id": world.an, "share": 60},
            {"full_name": "Phạm Đức Thắng", "birth_date": "1979-11-30", "share": 40},
        ],
    }
    data.update(overrides)
    return data


def assert_refused(capsys, path, *args, message):
    before = path.read_bytes()
    code, _out, err = sangkien(capsys, "--db", path, *args)
    assert code == 1
    assert err.startswith("Lỗi: ") and message in err, err
    assert "Traceback" not in err
    assert path.read_bytes() == before
    return err


def test_add_show_set_list_delete_round_trip(site, tmp_path, capsys):
    db, world = site
    spec = write_json(tmp_path, new_initiative(world))
    code, out, _ = sangkien(capsys, "--db", db, "initiative", "add", spec, "--actor", "Lan")
    assert code == 0
    assert "VSP-TD03-2022-0001" in out

    code, out, _ = sangkien(
        capsys, "--db", db, "initiative", "show", "VSP-TD03-2022-0001", "--json"
    )
    record = json.loads(out)
    assert record["reg_no"] == "VSP-TD03-2022-0001"
    assert record["registered_on"] == "2022-07-01" and record["status"] == "draft"
    assert [(a["full_name"], a["share"]) for a in record["authors"]] == [
        ("Nguyễn Văn An", 60),
        ("Phạm Đức Thắng", 40),
    ]
    assert {"id", "hlc", "unit_id", "phase_id", "benefit_value", "deleted"} <= record.keys()

    code, out, _ = sangkien(
        capsys,
        "--db",
        db,
        "initiative",
        "set",
        record["id"],
        "status=submitted",
        "benefit_value=750000000",
        "investor=PV Drilling",
    )
    assert code == 0 and "benefit_value" in out and "status" in out

    code, out, _ = sangkien(capsys, "--db", db, "initiative", "show", "vsp-td03-2022-0001")
    assert "Đã nộp" in out and "750.000.000 ₫" in out and "Phạm Đức Thắng — 40%" in out

    code, out, _ = sangkien(capsys, "--db", db, "initiative", "list", "--search", "may nen khi")
    lines = out.splitlines()
    assert lines[0].split() == [
        "Số",
        "đăng",
        "ký",
        "Trạng",
        "thái",
        "Đơn",
        "vị",
        "Tên",
        "sáng",
        "kiến",
    ]
    assert lines[1].startswith("VSP-TD03-2022-0001  Đã nộp")
    assert "Cải tiến quy trình bảo dưỡng máy nén khí" in lines[1]

    code, out, _ = sangkien(capsys, "--db", db, "initiative", "delete", "VSP-TD03-2022-0001")
    assert code == 0 and "Đã xoá" in out
    code, out, _ = sangkien(capsys, "--db", db, "initiative", "list")
    assert "Không có sáng kiến nào" in out
    code, out, _ = sangkien(capsys, "--db", db, "initiative", "list", "--deleted")
    assert "VSP-TD03-2022-0001" in out
    code, out, _ = sangkien(capsys, "--db", db, "initiative", "restore", "VSP-TD03-2022-0001")
    code, out, _ = sangkien(capsys, "--db", db, "initiative", "list", "--json")
    assert [r["reg_no"] for r in json.loads(out)] == ["VSP-TD03-2022-0001"]


def test_list_filters_by_unit_status_phase_and_folded_search(site, tmp_path, capsys):
    db, world = site
    for title, day, unit in (
        ("Tối ưu hoá đường ống dẫn khí", "2022-03-01", "PVGAS"),
        ("Sáng kiến tiết kiệm dầu khí", "2022-08-01", "VSP-TD03"),
        ("Giảm tiêu hao điện năng", "2022-09-01", "VSP"),
    ):
        data = new_initiative(world, title=title, registered_on=day, unit_id=unit)
        assert sangkien(capsys, "--db", db, "initiative", "add", write_json(tmp_path, data))[0] == 0

    def reg_nos(*filters):
        code, out, _ = sangkien(capsys, "--db", db, "initiative", "list", "--json", *filters)
        assert code == 0
        return [r["reg_no"] for r in json.loads(out)]

    assert reg_nos() == ["PVGAS-2022-0001", "VSP-TD03-2022-0001", "VSP-2022-0001"]
    assert reg_nos("--unit", "vsp") == ["VSP-TD03-2022-0001", "VSP-2022-0001"]
    assert reg_nos("--phase", "GD1") == ["PVGAS-2022-0001"]
    assert reg_nos("--search", "dau khi") == ["VSP-TD03-2022-0001"]
    assert reg_nos("--search", "SANG KIEN") == ["VSP-TD03-2022-0001"]
    assert reg_nos("--status", "submitted") == []
    assert reg_nos("--status", "nhap", "--limit", "1") == ["PVGAS-2022-0001"]
    _code, out, _ = sangkien(capsys, "--db", db, "initiative", "list", "--limit", "2")
    assert out.splitlines()[-1] == "2 / 3 sáng kiến (thêm --limit 0 để xem tất cả)."


def test_a_bad_json_file_is_refused_with_the_line_named(site, tmp_path, capsys):
    db, _ = site
    bad = write_json(tmp_path, '{"title": "Thiếu dấu ngoặc"')
    assert_refused(capsys, db, "initiative", "add", bad, message="không phải JSON hợp lệ")
    not_object = write_json(tmp_path, "[1, 2]", "list.json")
    assert_refused(capsys, db, "initiative", "add", not_object, message="một đối tượng")
    assert_refused(
        capsys, db, "initiative", "add", tmp_path / "absent.json", message="Không đọc được tệp"
    )


def test_a_wrong_field_type_is_named(site, tmp_path, capsys):
    db, world = site
    cases = (
        ({"benefit_value": "năm trăm triệu"}, "benefit_value"),
        ({"registered_on": "01/07/2022"}, "registered_on"),
        ({"authors": [{"person_id": world.an, "share": "100"}]}, "authors[1].share: cần số nguyên"),
        ({"unit_id": "KHONGCO"}, "unit_id: không có đơn vị mã hoặc id 'KHONGCO'"),
        ({"colour": "đỏ"}, "Trường 'colour' không có"),
        ({"status": "submitted", "authors": [{"person_id": world.an, "share": 60}]}, "hiện là 60%"),
    )
    for override, message in cases:
        spec = write_json(tmp_path, new_initiative(world, **override))
        assert_refused(capsys, db, "initiative", "add", spec, message=message)


def test_set_refuses_bad_values_and_moves_off_the_flow(site, tmp_path, capsys):
    db, world = site
    sangkien(capsys, "--db", db, "initiative", "add", write_json(tmp_path, new_initiative(world)))
    uid = "VSP-TD03-2022-0001"
    assert_refused(capsys, db, "initiative", "set", uid, "status=recognised", message="từ 'Nháp'")
    assert_refused(
        capsys, db, "initiative", "set", uid, "benefit_value=12x", message="benefit_value"
    )
    assert_refused(capsys, db, "initiative", "set", uid, "title", message="field=value")
    assert_refused(capsys, db, "initiative", "set", uid, "title=", message="title: thiếu giá trị")
    assert_refused(capsys, db, "initiative", "set", uid, "phase_id=GD2", message="phase_id")
    assert_refused(capsys, db, "initiative", "set", uid, "authors=[{", message="authors")
    assert_refused(capsys, db, "initiative", "set", "NOPE-1", "title=x", message="'NOPE-1'")


def test_unknown_uid_and_missing_database_are_one_message(site, tmp_path, capsys):
    db, _ = site
    assert_refused(
        capsys, db, "initiative", "show", "0000", message="Không tìm thấy sáng kiến '0000'"
    )
    assert_refused(capsys, db, "initiative", "delete", "0000", message="Không tìm thấy sáng kiến")
    assert_refused(
        capsys, db, "initiative", "list", "--unit", "XYZ", message="Không có đơn vị mã 'XYZ'"
    )
    assert_refused(
        capsys, db, "initiative", "list", "--status", "xong", message="Không có trạng thái"
    )
    assert_refused(capsys, db, "initiative", "list", "--limit", "-1", message="không âm")
    missing = tmp_path / "none.db"
    code, _, err = sangkien(capsys, "--db", missing, "initiative", "list")
    assert code == 1 and "Không tìm thấy cơ sở dữ liệu" in err
    assert not missing.exists()


def test_a_database_not_set_up_for_a_unit_says_how_to_set_it_up(tmp_path, capsys):
    path = tmp_path / "blank.db"
    open_database(path, create=True).close()
    spec = write_json(tmp_path, {"title": "x"})
    assert_refused(capsys, path, "initiative", "add", spec, message="sangkien init --unit")


def test_initiative_without_an_action_explains_itself(site, capsys):
    db, _ = site
    assert_refused(capsys, db, "initiative", message="Thiếu lệnh")
