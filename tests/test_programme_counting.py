"""A programme says what it counts. "1 triệu sáng kiến" counted what was registered; a programme
that counts what councils recognised measures its progress by the initiatives recognised (or
certified) within its window, by their recognition date, whenever they were registered."""

import json

import pytest

from desktop.__main__ import main


def sangkien(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys, *args):
    code, out, err = sangkien(capsys, *args)
    assert code == 0, err
    return out


def write_json(tmp_path, data, name):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def programme(code, counts):
    return {
        "code": code,
        "name": f"Chương trình {code}",
        "starts_on": "2025-01-01",
        "ends_on": "2027-12-31",
        "counts": counts,
        "phases": [
            {"code": f"{code}-1", "name": "Giai đoạn 1", "starts_on": "2025-01-01",
             "ends_on": "2025-12-31"},
            {"code": f"{code}-2", "name": "Giai đoạn 2", "starts_on": "2026-01-01",
             "ends_on": "2027-12-31"},
        ],
        "targets": {"VSP": {f"{code}-1": 4, f"{code}-2": 0}},
    }  # fmt: skip


def register(capsys, tmp_path, db, number, registered_on):
    sk = {
        "title": f"Sáng kiến đếm số {number}",
        "solution_type": "technical",
        "unit_id": "VSP",
        "registered_on": registered_on,
        "status": "submitted",
        "authors": [{"full_name": f"Người thứ {number}", "share": 100}],
    }
    out = ok(capsys, "--db", db, "initiative", "add", write_json(tmp_path, sk, f"sk{number}.json"))
    return next(word for word in out.split() if word.startswith("VSP-"))


def recognise(capsys, db, reg_no, on):
    ok(capsys, "--db", db, "review", reg_no, "--level", "industry", "--outcome", "recognised",
       "--reviewed-on", on, "--decision-date", on, "--decision-no", "QĐ-1")  # fmt: skip


def stats(capsys, db, *args):
    return json.loads(ok(capsys, "--db", db, "stats", "--json", "--as-of", "2026-06-30", *args))


@pytest.fixture
def hq(tmp_path, capsys):
    path = tmp_path / "hq.db"
    ok(capsys, "--db", path, "init", "--unit", "CDDKVN")
    for code, counts in (("REG-2025", "registered"), ("REC-2025", "recognised")):
        file = write_json(tmp_path, programme(code, counts), f"{code}.json")
        ok(capsys, "--db", path, "programme", "add", file)
    return path


def test_a_programme_that_counts_recognitions_measures_them_by_recognition_date(
    capsys, tmp_path, hq
):
    old = register(capsys, tmp_path, hq, 1, "2024-06-01")  # before the window
    recognise(capsys, hq, old, "2025-03-10")  # recognised within it
    register(capsys, tmp_path, hq, 2, "2025-02-01")  # registered, never recognised
    late = register(capsys, tmp_path, hq, 3, "2025-02-02")
    recognise(capsys, hq, late, "2026-09-01")  # recognised after the date asked about

    counted = stats(capsys, hq, "--programme", "REC-2025")
    assert counted["programme"]["counts"] == "recognised"
    assert counted["total"]["recognised"] == 1
    assert counted["total"]["target"] == 4
    assert counted["total"]["percent"] == 25  # 1 recognised of 4, not 2 registered of 4
    by_phase = {p["phase"]: p for p in counted["phases"]}
    assert by_phase["REC-2025-1"]["recognised"] == 1
    vsp = next(u for u in counted["units"] if u["code"] == "VSP")
    assert vsp["percent"] == 25

    registered = stats(capsys, hq, "--programme", "REG-2025")
    assert registered["total"]["registered"] == 2
    assert registered["total"]["percent"] == 50  # 2 registered of 4, as before


def test_the_reports_rate_what_the_programme_counts(capsys, tmp_path, hq):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    pdf = tmp_path / "rec.pdf"
    ok(capsys, "--db", hq, "report", "progress", "--programme", "REC-2025", "-o", pdf)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Đã công nhận so với chỉ tiêu theo đơn vị trực thuộc" in text

    for code, column in (("REC-2025", "E"), ("REG-2025", "D")):
        out = tmp_path / f"{code}.xlsx"
        ok(capsys, "--db", hq, "report", "progress", "--programme", code, "-o", out)
        units = load_workbook(out)["Đơn vị"]
        assert units["G2"].value.startswith(f"=IF(N(F2)>0,ROUNDDOWN({column}2*100/F2")


def test_a_clerk_counts_an_initiative_in_or_out_of_a_programme(capsys, tmp_path, hq):
    from db.queries.programme_overrides import counts_toward
    from db.session import open_database

    early = register(capsys, tmp_path, hq, 1, "2024-06-01")  # before REG-2025's window
    inside = register(capsys, tmp_path, hq, 2, "2025-02-01")
    assert stats(capsys, hq, "--programme", "REG-2025")["total"]["registered"] == 1

    ok(capsys, "--db", hq, "programme", "include", "reg-2025", early, "--reason", "Nộp muộn")
    counted = stats(capsys, hq, "--programme", "REG-2025")
    assert counted["total"]["registered"] == 2
    assert {p["phase"]: p["registered"] for p in counted["phases"]}[None] == 1  # no phase
    assert stats(capsys, hq, "--programme", "REG-2025", "--year", 2025)["total"]["registered"] == 1

    ok(capsys, "--db", hq, "programme", "exclude", "REG-2025", inside)
    assert stats(capsys, hq, "--programme", "REG-2025")["total"]["registered"] == 1
    shown = json.loads(ok(capsys, "--db", hq, "programme", "show", "REG-2025", "--json"))
    assert shown["overrides"] == [
        {"reg_no": early, "included": True, "reason": "Nộp muộn"},
        {"reg_no": inside, "included": False, "reason": None},
    ]
    assert "không tính" in ok(capsys, "--db", hq, "programme", "show", "REG-2025")
    assert stats(capsys, hq, "--programme", "REC-2025")["total"]["registered"] == 1  # not there

    database = open_database(hq)
    try:
        with database.session() as session:
            assert [m.code for m in counts_toward(session, early)] == ["REG-2025"]
            assert [m.overridden for m in counts_toward(session, early)] == [True]
            assert [m.code for m in counts_toward(session, inside)] == ["REC-2025"]
    finally:
        database.close()

    ok(capsys, "--db", hq, "programme", "reset", "REG-2025", inside)
    ok(capsys, "--db", hq, "programme", "reset", "REG-2025", early)
    assert stats(capsys, hq, "--programme", "REG-2025")["total"]["registered"] == 1


def test_an_override_of_an_initiative_outside_the_programme_or_unknown_is_refused(
    capsys, tmp_path, hq
):
    early = register(capsys, tmp_path, hq, 1, "2024-06-01")
    before = hq.read_bytes()
    code, _out, err = sangkien(capsys, "--db", hq, "programme", "include", "NOPE", early)
    assert code == 1 and "NOPE" in err
    code, _out, err = sangkien(capsys, "--db", hq, "programme", "exclude", "REG-2025", "X-1")
    assert code == 1 and err.strip()
    assert hq.read_bytes() == before


def test_certificates_of_a_programme_follow_its_overrides(capsys, tmp_path, hq):
    from db.queries.programmes import initiatives_counting, programme_by_code
    from db.session import open_database

    early = register(capsys, tmp_path, hq, 1, "2024-06-01")
    inside = register(capsys, tmp_path, hq, 2, "2025-02-01")
    ok(capsys, "--db", hq, "programme", "include", "REG-2025", early)
    ok(capsys, "--db", hq, "programme", "exclude", "REG-2025", inside)
    database = open_database(hq)
    try:
        with database.session() as session:
            ids = {reg: initiative_id(session, reg) for reg in (early, inside)}
            chosen = initiatives_counting(
                session, programme_by_code(session, "REG-2025"), list(ids.values())
            )
        assert chosen == [ids[early]]
    finally:
        database.close()


def initiative_id(session, reg_no):
    from db.queries.initiatives import initiative_by_key

    return initiative_by_key(session, reg_no).id
