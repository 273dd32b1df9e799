"""Headquarters compares the progress workbook with the dashboard's table: a unit with no target
(the drilling rig PV DRILLING I, whose union set none) reads "—" for its target and its rate in
both, not 0 in one and a dash or a blank in the other; a unit with a target reads its figures."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from db.reference import init_node
from db.session import open_database
from desktop.__main__ import main
from desktop.models.progress_model import PROGRESS_COLUMN, ProgressModel, load_dashboard
from desktop.widgets.progress_delegate import PROGRESS_ROLE

TARGET_COLUMN = 3  # the dashboard table's "Chỉ tiêu"


@pytest.fixture
def hq(tmp_path):
    path = tmp_path / "hq.db"
    database = open_database(path, create=True)
    init_node(database, "CDDKVN")
    yield path, database
    database.close()


def test_a_unit_without_a_target_reads_the_same_in_the_workbook_and_the_window(qtbot, hq, tmp_path):
    path, database = hq
    out = tmp_path / "tien-do.xlsx"
    args = ["--db", str(path), "report", "progress", "--programme", "1TRIEU-2021"]
    assert main([*args, "--as-of", "2023-04-14", "-o", str(out)]) == 0
    sheet = load_workbook(out)["Đơn vị"]
    rows = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]}

    with database.session() as session:
        figures = load_dashboard(session, dt.date(2023, 4, 14), "PVD", "1TRIEU-2021")
    model = ProgressModel()
    model.set_rows(figures.units)
    shown = {
        model.index(r, 0).data(): (
            model.index(r, TARGET_COLUMN).data(),
            model.index(r, PROGRESS_COLUMN).data(PROGRESS_ROLE),
        )
        for r in range(model.rowCount())
    }
    assert shown["PVD-I"][0] == "—" and shown["PVD-I"][1][1] == 0
    *_figures, target, rate = rows["PVD-I"]
    assert target == "—"
    assert rate.startswith("=IF(N(F") and rate.endswith(',"—")'), rate

    assert isinstance(rows["PVD"][5], int) and rows["PVD"][5] > 0  # a target reads its number
