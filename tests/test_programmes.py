"""Headquarters runs a new programme in 2025–2027 beside 1 triệu sáng kiến: it defines it from a
JSON file, a clerk registers an initiative today and it counts toward the new programme, and
`stats` reports by programme, year, quarter and competition cluster. Every mistake gets one
message, exit status 1, and leaves the database byte for byte as it was."""

import datetime as dt
import json

import pytest

from desktop.__main__ import main

TODAY = dt.date.today()


def sangkien(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys, *args):
    code, out, err = sangkien(capsys, *args)
    assert code == 0, err
    return out


@pytest.fixture
def hq(tmp_path, capsys):
    path = tmp_path / "hq.db"
    ok(capsys, "--db", path, "init", "--unit", "CDDKVN")
    return path


def programme_json(**overrides):
    data = {
        "code": "NLD-2025",
        "name": "Sáng kiến vì người lao động 2025–2027",
        "starts_on": "2025-01-01",
        "ends_on": "2027-12-31",
        "counts": "registered",
        "phases": [
            {"code": "NLD-1", "name": "Giai đoạn 1", "starts_on": "2025-01-01",
             "ends_on": "2025-12-31"},
            {"code": "NLD-2", "name": "Giai đoạn 2", "starts_on": "2026-01-01",
             "ends_on": "2027-12-31"},
        ],
        "targets": {"VSP": {"NLD-1": 100, "NLD-2": 300}, "PVGAS": {"NLD-1": 50, "NLD-2": 150}},
    }  # fmt: skip
    data.update(overrides)
    return data


def write_json(tmp_path, data, name="programme.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def stats_json(capsys, db, *args):
    return json.loads(ok(capsys, "--db", db, "stats", "--json", *args))


def test_headquarters_defines_a_programme_and_sees_it_listed(capsys, tmp_path, hq):
    out = ok(capsys, "--db", hq, "programme", "add", write_json(tmp_path, programme_json()))
    assert "NLD-2025" in out
    listed = json.loads(ok(capsys, "--db", hq, "programme", "list", "--json"))
    assert [p["code"] for p in listed] == ["1TRIEU-2021", "NLD-2025"]
    assert [p["current"] for p in listed] == [False, dt.date(2027, 12, 31) >= TODAY]
    shown = json.loads(ok(capsys, "--db", hq, "programme", "show", "nld-2025", "--json"))
    assert shown["owner"] == "CDDKVN"
    assert [p["code"] for p in shown["phases"]] == ["NLD-1", "NLD-2"]
    assert shown["targets"]["VSP"] == {"NLD-1": 100, "NLD-2": 300}
    stats = stats_json(capsys, hq, "--programme", "NLD-2025")
    assert stats["programme"]["code"] == "NLD-2025"
    assert stats["total"]["target"] == 600
    assert {p["phase"]: p["target"] for p in stats["phases"]} == {"NLD-1": 150, "NLD-2": 450}
    old = stats_json(capsys, hq, "--programme", "1TRIEU-2021")
    assert old["total"]["target"] == 5400


def test_an_initiative_dated_today_counts_toward_the_current_programme(capsys, tmp_path, hq):
    ok(capsys, "--db", hq, "programme", "add", write_json(tmp_path, programme_json()))
    initiative = {
        "title": "Cải tiến quy trình bảo dưỡng máy nén khí",
        "solution_type": "technical",
        "unit_id": "VSP-TD03",
        "registered_on": TODAY.isoformat(),
        "first_applied_on": TODAY.isoformat(),
        "status": "submitted",
        "authors": [{"full_name": "Phạm Đức Thắng", "birth_date": "1979-11-30", "share": 100}],
    }
    out = ok(capsys, "--db", hq, "initiative", "add", write_json(tmp_path, initiative, "sk.json"))
    assert f"VSP-TD03-{TODAY.year}-0001" in out
    stats = stats_json(capsys, hq)  # the current programme by default
    assert stats["programme"]["code"] == "NLD-2025"
    assert stats["total"]["registered"] == 1
    assert next(u for u in stats["units"] if u["code"] == "VSP")["registered"] == 1
    assert stats_json(capsys, hq, "--programme", "1TRIEU-2021")["total"]["registered"] == 0
    year = stats_json(capsys, hq, "--year", TODAY.year)
    assert year["period"]["label"] == str(TODAY.year) and year["total"]["registered"] == 1
    quarter = f"{TODAY.year}Q{(TODAY.month - 1) // 3 + 1}"
    assert stats_json(capsys, hq, "--quarter", quarter)["total"]["registered"] == 1
    earlier = stats_json(capsys, hq, "--year", TODAY.year - 1, "--programme", "NLD-2025")
    assert earlier["total"]["registered"] == 0


def test_the_cluster_that_leads_is_the_one_whose_units_over_target_registered_most(
    capsys, tmp_path, hq
):
    targets = {"VSP": {"NLD-1": 1, "NLD-2": 0}, "PVGAS": {"NLD-1": 5, "NLD-2": 0}}
    ok(
        capsys,
        "--db",
        hq,
        "programme",
        "add",
        write_json(tmp_path, programme_json(targets=targets)),
    )
    for number, unit in enumerate(("VSP", "VSP", "PVGAS")):
        sk = {
            "title": f"Sáng kiến số {number}",
            "solution_type": "technical",
            "unit_id": unit,
            "registered_on": "2025-03-03",
            "status": "submitted",
            "authors": [{"full_name": f"Người {number}", "share": 100}],
        }
        ok(capsys, "--db", hq, "initiative", "add", write_json(tmp_path, sk, f"sk{number}.json"))
    stats = stats_json(capsys, hq, "--programme", "NLD-2025", "--by", "cluster")
    leader = stats["clusters"][0]
    assert leader["leader"] is True
    assert leader["cluster"].startswith("Cụm thi đua số 1")  # VSP: 2 against its 1
    assert leader["units_over_target"] == 1 and leader["registered_by_units_over_target"] == 2
    pvgas_cluster = next(
        c for c in stats["clusters"] if c["cluster"].startswith("Cụm thi đua số 2")
    )
    assert pvgas_cluster["units_over_target"] == 0 and pvgas_cluster["registered"] == 1
    table = ok(capsys, "--db", hq, "stats", "--programme", "NLD-2025", "--by", "cluster")
    assert table.splitlines()[2].startswith("*Cụm thi đua số 1")


def test_a_programme_is_changed_by_field(capsys, hq, tmp_path):
    ok(capsys, "--db", hq, "programme", "add", write_json(tmp_path, programme_json()))
    ok(capsys, "--db", hq, "programme", "set", "NLD-2025", "certificate_wording=Vì người lao động")
    shown = json.loads(ok(capsys, "--db", hq, "programme", "show", "NLD-2025", "--json"))
    assert shown["certificate_wording"] == "Vì người lao động"


OVERLAP = [
    {"code": "A1", "name": "Một", "starts_on": "2025-01-01", "ends_on": "2025-08-31"},
    {"code": "A2", "name": "Hai", "starts_on": "2025-08-01", "ends_on": "2025-12-31"},
]
OUTSIDE = [{"code": "A1", "name": "Một", "starts_on": "2024-06-01", "ends_on": "2025-12-31"}]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"phases": OVERLAP, "targets": {}}, "chồng lên nhau"),
        ({"phases": OUTSIDE, "targets": {}}, "nằm ngoài thời gian của chương trình"),
        ({"targets": {"VSP": {"NLD-1": -5, "NLD-2": 1}}}, "số nguyên không âm"),
        ({"targets": {"VSP": {"NLD-1": 2.5, "NLD-2": 1}}}, "số nguyên không âm"),
        ({"targets": {"MARS": {"NLD-1": 1}}}, "MARS"),
        ({"code": "1TRIEU-2021"}, "Đã có chương trình mã 1TRIEU-2021"),
        ({"ends_on": "2024-01-01"}, "kết thúc"),
        ({"starts_on": "mùa xuân"}, "không hợp lệ"),
    ],
)
def test_a_wrong_programme_gets_one_message_and_nothing_is_written(
    capsys, tmp_path, hq, overrides, message
):
    before = hq.read_bytes()
    path = write_json(tmp_path, programme_json(**overrides))
    code, _out, err = sangkien(capsys, "--db", hq, "programme", "add", path)
    assert code == 1
    assert message in err and "Traceback" not in err
    assert hq.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("stats", "--programme", "KHONGCO"), "Không có chương trình mã 'KHONGCO'"),
        (("stats", "--quarter", "2026Q5"), "quý từ 1 đến 4"),
        (("stats", "--year", "2026", "--quarter", "2026Q1"), "không dùng cùng với tham số --year"),
        (("programme", "set", "1TRIEU-2021", "ends_on=2022-01-01"), "nằm ngoài"),
        (("programme", "set", "1TRIEU-2021", "colour=red"), "Không sửa được trường 'colour'"),
        (("programme", "show", "NLD-2099"), "Không có chương trình"),
    ],
)
def test_wrong_arguments_leave_the_file_alone(capsys, hq, args, message):
    before = hq.read_bytes()
    code, _out, err = sangkien(capsys, "--db", hq, *args)
    assert code == 1
    assert message in err
    assert hq.read_bytes() == before


def test_a_registration_date_in_the_future_is_refused(capsys, tmp_path, hq):
    tomorrow = TODAY + dt.timedelta(days=1)
    initiative = {
        "title": "Sáng kiến của ngày mai",
        "solution_type": "technical",
        "unit_id": "VSP",
        "registered_on": tomorrow.isoformat(),
        "authors": [{"full_name": "Phạm Đức Thắng", "share": 100}],
    }
    before = hq.read_bytes()
    code, _out, err = sangkien(
        capsys, "--db", hq, "initiative", "add", write_json(tmp_path, initiative, "sk.json")
    )
    assert code == 1 and "chưa tới" in err
    assert hq.read_bytes() == before


def test_the_progress_report_and_certificates_take_a_programme(capsys, tmp_path, hq):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    ok(capsys, "--db", hq, "programme", "add", write_json(tmp_path, programme_json()))
    pdf, xlsx = tmp_path / "nld.pdf", tmp_path / "nld.xlsx"
    for out in (pdf, xlsx):
        ok(capsys, "--db", hq, "report", "progress", "--programme", "NLD-2025", "-o", out)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Báo cáo tiến độ chương trình Sáng kiến vì người lao động 2025–2027" in text
    assert "600" in text  # the programme's whole target
    book = load_workbook(xlsx)
    assert "Sáng kiến vì người lao động" in book.properties.title
    before = hq.read_bytes()
    code, _out, err = sangkien(
        capsys, "--db", hq, "report", "progress", "--programme", "X", "-o", tmp_path / "x.pdf"
    )
    assert code == 1 and "Không có chương trình mã 'X'" in err
    code, _out, err = sangkien(
        capsys, "--db", hq, "certificates", "--programme", "X", "-o", tmp_path / "c.pdf"
    )
    assert code == 1 and "Không có chương trình mã 'X'" in err
    assert hq.read_bytes() == before


def test_certificates_of_a_programme_are_its_initiatives_with_its_wording(tmp_path):
    from db.demo import build_demo
    from db.models import Initiative
    from db.session import open_database
    from desktop.printing.jobs import CertificateSelection

    build_demo(tmp_path / "demo.db", initiatives=300)
    database = open_database(tmp_path / "demo.db")
    try:
        with database.session() as session:
            chosen = {}
            for code in ("1TRIEU-2021", "NLD-2025"):
                selection = CertificateSelection(programme=code)
                ids = selection.initiative_ids_in(session, reprint=False)
                chosen[code] = {session.get(Initiative, i).registered_on for i in ids}
                wording = selection.wording(session, None).texts["programme"]
                assert wording.startswith("1 triệu" if code == "1TRIEU-2021" else "Phong trào")
            assert chosen["1TRIEU-2021"] and chosen["NLD-2025"]
            assert max(chosen["1TRIEU-2021"]) <= dt.date(2023, 9, 1)
            assert min(chosen["NLD-2025"]) >= dt.date(2025, 1, 1)
    finally:
        database.close()
