"""Headquarters builds the demo and reads the programme's own figures from `stats`: 3,516 of the
5,400 target (65%) registered by 14/04/2023, 7,085 at the end, phase targets 1,400 and 4,000,
PVEP's 210; the same seed gives the same database; a site sets itself up with `init`."""

import json

import pytest

from desktop.__main__ import main


def sangkien(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert main(["--db", str(path), "demo"]) == 0
    return path


def stats_json(capsys, db, *args):
    code, out, err = sangkien(capsys, "--db", db, "stats", "--json", *args)
    assert code == 0, err
    return json.loads(out)


def test_the_demo_reproduces_the_programmes_figures_on_14_april_2023(capsys, demo_db):
    stats = stats_json(capsys, demo_db, "--as-of", "2023-04-14")
    assert stats["total"] == {
        "registered": 3516,
        "recognised": stats["total"]["recognised"],
        "target": 5400,
        "percent": 65,
    }
    targets = {p["phase"]: p["target"] for p in stats["phases"]}
    assert targets == {"GD1": 1400, "GD2": 4000}
    unions = [u for u in stats["units"] if u["depth"] == 1]
    assert len(unions) == 33
    assert sum(u["registered"] for u in unions) == 3516
    assert {u["code"]: u["target"] for u in unions}["PVEP"] == 210


def test_the_demo_ends_the_programme_at_7085_initiatives(capsys, demo_db):
    stats = stats_json(capsys, demo_db, "--as-of", "2023-12-31")
    assert stats["total"]["registered"] == 7085
    assert stats["total"]["recognised"] <= 7085
    assert sum(p["registered"] for p in stats["phases"]) == 7085


def test_the_first_programme_is_named_and_counts_only_its_window(capsys, demo_db):
    stats = stats_json(capsys, demo_db, "--programme", "1TRIEU-2021")
    assert stats["programme"]["code"] == "1TRIEU-2021"
    assert (stats["programme"]["starts_on"], stats["programme"]["ends_on"]) == (
        "2021-09-01",
        "2023-09-01",
    )
    assert stats["total"]["registered"] == 7085  # the register of 2024–2026 is not its


def test_the_demo_runs_a_current_programme_half_way_through(capsys, demo_db):
    listed = json.loads(sangkien(capsys, "--db", demo_db, "programme", "list", "--json")[1])
    assert [p["code"] for p in listed] == ["1TRIEU-2021", "NLD-2025"]
    current = stats_json(capsys, demo_db)  # today: the current programme
    assert current["programme"]["code"] == "NLD-2025"
    assert current["programme"]["name"] == "Sáng kiến vì người lao động 2025–2027"
    total = current["total"]
    assert total["target"] == 7200
    assert 0 < total["registered"] < total["target"]  # partial progress as of today
    unions = [u for u in current["units"] if u["depth"] == 1]
    assert len(unions) == 33 and all(u["target"] > 0 for u in unions)
    assert sum(u["target"] for u in unions) == 7200
    assert [p["phase"] for p in current["phases"]] == ["NLD-1", "NLD-2"]


def test_the_register_goes_on_between_programmes(capsys, demo_db):
    year = stats_json(capsys, demo_db, "--year", "2024")
    assert year["programme"] is None  # 2024 belongs to no programme, and is still reported
    assert year["total"]["registered"] > 1000
    quarter = stats_json(capsys, demo_db, "--quarter", "2026Q3", "--by", "cluster")
    assert quarter["programme"]["code"] == "NLD-2025"
    assert 0 < quarter["total"]["registered"] < 1000
    assert len(quarter["clusters"]) == 4


def test_a_person_reads_the_same_numbers_in_the_table(capsys, demo_db):
    code, out, _ = sangkien(capsys, "--db", demo_db, "stats", "--as-of", "14/04/2023")
    assert code == 0
    first = out.splitlines()[0]
    assert "3.516 / 5.400 (65%)" in first
    assert "Công đoàn Dầu khí Việt Nam" in first
    pvep = next(line for line in out.splitlines() if line.strip().startswith("PVEP "))
    assert pvep.split()[-2:][0] == "210"


def test_a_union_sees_its_own_subtree_rolled_up(capsys, demo_db):
    whole = stats_json(capsys, demo_db, "--as-of", "2023-12-31")
    vsp = stats_json(capsys, demo_db, "--as-of", "2023-12-31", "--unit", "vsp")
    assert vsp["unit"] == "VSP"
    in_whole = next(u for u in whole["units"] if u["code"] == "VSP")
    assert vsp["total"]["registered"] == in_whole["registered"]
    below = [u for u in vsp["units"] if u["parent"] == "VSP"]
    assert below, "VSP has its rigs and base unions below it"
    own = vsp["total"]["registered"] - sum(u["registered"] for u in below)
    assert own >= 0


def test_stats_before_the_programme_counts_nothing(capsys, demo_db):
    stats = stats_json(capsys, demo_db, "--as-of", "2021-01-01")
    assert stats["total"]["registered"] == 0
    assert stats["total"]["target"] == 5400


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("stats", "--as-of", "2023-13-45"), "ngày không hợp lệ"),
        (("stats", "--unit", "KHONGCO"), "Không có đơn vị mã 'KHONGCO'"),
        (("demo", "--initiatives", "0"), "phải lớn hơn 0"),
        (("demo",), "đã có"),
    ],
)
def test_wrong_arguments_get_one_message_and_leave_the_file_alone(capsys, demo_db, args, message):
    before = demo_db.read_bytes()
    code, out, err = sangkien(capsys, "--db", demo_db, *args)
    assert code == 1
    assert message in err
    assert "Traceback" not in err and out == ""
    assert demo_db.read_bytes() == before


def test_the_same_seed_gives_the_same_database(capsys, tmp_path):
    """Planted duplicates included: 1,000 initiatives are enough for the demo to plant them."""
    dumps = []
    for name in ("a.db", "b.db"):
        assert main(["--db", str(tmp_path / name), "demo", "--initiatives", "1000"]) == 0
        capsys.readouterr()
        assert main(["--db", str(tmp_path / name), "dump"]) == 0
        dumps.append(capsys.readouterr().out)
    assert dumps[0] == dumps[1]
    assert dumps[0].count("\n") > 1000
    assert main(["--db", str(tmp_path / "a.db"), "duplicates", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out), "the demo planted no duplicates"
    assert (
        main(["--db", str(tmp_path / "c.db"), "demo", "--initiatives", "300", "--seed", "7"]) == 0
    )
    capsys.readouterr()
    main(["--db", str(tmp_path / "c.db"), "dump"])
    assert capsys.readouterr().out != dumps[0]


def test_a_smaller_demo_keeps_the_programmes_shape(capsys, tmp_path):
    db = tmp_path / "small.db"
    assert main(["--db", str(db), "demo", "--initiatives", "1000"]) == 0
    capsys.readouterr()
    stats = stats_json(capsys, db, "--as-of", "2023-04-14")
    assert stats["total"]["registered"] == round(1000 * 3516 / 7085)
    assert stats["total"]["target"] == 5400


def test_a_site_sets_up_its_database_for_its_rig(capsys, tmp_path):
    db = tmp_path / "site.db"
    code, out, err = sangkien(capsys, "--db", db, "init", "--unit", "vsp-td03")
    assert code == 0, err
    assert "VSP-TD03" in out and "Tam Đảo 03" in out
    stats = stats_json(capsys, db)
    assert stats["unit"] == "VSP-TD03"
    assert stats["total"]["registered"] == 0
    before = db.read_bytes()
    code, _, err = sangkien(capsys, "--db", db, "init", "--unit", "VSP-TD03")
    assert code == 1 and "đã được khởi tạo" in err
    assert db.read_bytes() == before


def test_init_needs_a_known_unit_and_leaves_no_file(capsys, tmp_path):
    db = tmp_path / "nowhere.db"
    code, _, err = sangkien(capsys, "--db", db, "init", "--unit", "MARS")
    assert code == 1
    assert "MARS" in err and "Traceback" not in err
    assert not db.exists()
    code, _, err = sangkien(capsys, "--db", db, "init")
    assert code == 1 and "--unit" in err


def test_the_demos_certificates_verify_and_a_changed_one_does_not(demo_db):
    from sqlalchemy import select

    from db.certificate_codes import qr_payload
    from db.certificates import GENUINE, verify_certificate
    from db.models import Certificate
    from db.session import open_database

    database = open_database(demo_db)
    try:
        with database.session() as session:
            certificates = session.scalars(select(Certificate).limit(25)).all()
            assert certificates
            for cert in certificates:
                payload = qr_payload(cert.number, cert.verification_code)
                assert verify_certificate(session, payload).verdict == GENUINE
            other = certificates[1]
            forged = qr_payload(certificates[0].number, other.verification_code)
            assert verify_certificate(session, forged).verdict != GENUINE
    finally:
        database.close()
