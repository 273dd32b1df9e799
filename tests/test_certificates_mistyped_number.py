"""HQ prints one initiative's certificate by its registration number and mistypes it: the number
is named as not found (not "nothing in the selection is recognised"), in either language, and
nothing is issued."""

from __future__ import annotations

import pytest
from certificate_world import node_database, recognised_initiative

from desktop.__main__ import main


@pytest.fixture
def hq(tmp_path):
    path = tmp_path / "hq.db"
    database = node_database(path)
    recognised_initiative(database)
    database.close()
    return path


@pytest.mark.parametrize(
    "lang, said",
    [
        ("vi", "Không tìm thấy sáng kiến 'VSP-TD03-2023-0010'"),
        ("en", "No initiative 'VSP-TD03-2023-0010' was found"),
    ],
)
def test_a_mistyped_registration_number_is_named(hq, tmp_path, capsys, lang, said):
    out = tmp_path / "gcn.pdf"
    args = ["--lang", lang, "--db", str(hq), "certificates", "--signer-name", "Nguyễn Mạnh Hùng"]
    args += ["--reg", "VSP-TD03-2023-0001", "--reg", "VSP-TD03-2023-0010", "-o", str(out)]
    assert main(args) == 1
    assert said in capsys.readouterr().err
    assert not out.exists()
    assert main(["--db", str(hq), "certificate-register", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"


def test_a_listed_initiative_not_yet_recognised_is_named_with_its_status(tmp_path, capsys):
    import datetime as dt

    from db.queries.initiatives import AuthorShare, register_initiative
    from db.reference import reference_id

    database = node_database(tmp_path / "hq.db")
    with database.transaction() as session:
        register_initiative(
            session,
            {
                "title": "Sáng kiến chưa được xét",
                "solution_type": "management",
                "unit_id": reference_id("unit", "PVGAS"),
                "registered_on": dt.date(2023, 3, 1),
                "status": "submitted",
            },
            [AuthorShare(full_name="Lê Văn Cường", share=100)],
        )
    database.close()
    args = ["--db", str(tmp_path / "hq.db"), "certificates", "--signer-name", "Nguyễn Mạnh Hùng"]
    assert main([*args, "--reg", "PVGAS-2023-0001", "-o", str(tmp_path / "gcn.pdf")]) == 1
    said = capsys.readouterr().err
    assert "PVGAS-2023-0001: chưa được công nhận (đang 'Đã nộp')" in said
    assert not (tmp_path / "gcn.pdf").exists()
