"""A script (or a clerk at the command line) tries an Excel sheet with --dry-run before importing
it: the status says what the real import would do, 1 when a row has an error and 0 when the
sheet would go in, and --help says so."""

from __future__ import annotations

import pytest
from exchange_sheets import write_messy_sheet

from db.reference import init_node
from db.session import open_database
from desktop.__main__ import main


@pytest.fixture
def rig(tmp_path):
    path = tmp_path / "vsp.db"
    database = open_database(path, create=True)
    init_node(database, "VSP")
    database.close()
    return path


def sangkien(capsys, *args) -> tuple[int, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out + err


@pytest.mark.parametrize("json", [[], ["--json"]])
def test_a_dry_run_of_a_sheet_with_errors_ends_with_status_1(rig, tmp_path, capsys, json):
    sheet = write_messy_sheet(tmp_path / "messy.xlsx")
    before = rig.read_bytes()
    dry = sangkien(capsys, "--db", rig, "initiative", "import", sheet, "--dry-run", *json)
    real = sangkien(capsys, "--db", rig, "initiative", "import", sheet, *json)
    assert (dry[0], real[0]) == (1, 1)
    assert "Traceback" not in dry[1]
    assert rig.read_bytes() == before


def test_a_dry_run_of_only_the_valid_rows_ends_with_status_0(rig, tmp_path, capsys):
    sheet = write_messy_sheet(tmp_path / "messy.xlsx")
    before = rig.read_bytes()
    code, said = sangkien(
        capsys, "--db", rig, "initiative", "import", sheet, "--dry-run", "--only-valid"
    )
    assert code == 0, said
    assert "2 sáng kiến mới" in said
    assert rig.read_bytes() == before


def test_a_dry_run_of_a_clean_sheet_ends_with_status_0(rig, tmp_path, capsys):
    template = tmp_path / "mau.xlsx"
    assert sangkien(capsys, "--db", rig, "initiative", "template", "-o", template)[0] == 0
    from openpyxl import load_workbook

    book = load_workbook(template)
    sheet = book["Sáng kiến"]
    headers = [c.value for c in sheet[1]]
    sheet.cell(row=2, column=headers.index("Tên sáng kiến") + 1).value = "Giảm rung bơm ép vỉa"
    book.save(template)
    code, said = sangkien(capsys, "--db", rig, "initiative", "import", template, "--dry-run")
    assert code == 0, said


def test_the_help_says_what_the_dry_runs_status_means(capsys):
    with pytest.raises(SystemExit):
        main(["--lang", "en", "initiative", "import", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "status 1" in said and "--only-valid" in said
