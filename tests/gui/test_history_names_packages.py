"""Headquarters opens the history of an initiative a union changed and sent in a package: the
"Gói" column names the package as `sangkien audit` does (its file and the unit that sent it), not
its id."""

from __future__ import annotations

import re

from pages_support import page_context
from sqlalchemy import select

from db.models import Initiative
from db.session import open_database
from desktop.__main__ import main
from desktop.dialogs.audit_dialog import COLUMNS, AuditDialog

RAW_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")


def test_the_history_names_the_package_a_change_came_in(qtbot, tmp_path, capsys):
    hq, site = tmp_path / "hq.db", tmp_path / "site.db"
    setup, spec = tmp_path / "setup.skp", tmp_path / "i.json"
    first, package = tmp_path / "vsp-thang-11.skp", tmp_path / "vsp-thang-12.skp"
    spec.write_text(
        '{"title": "Cải tiến van xả áp", "solution_type": "technical", "unit_id": "VSP",'
        ' "registered_on": "2022-07-01", "authors": [{"full_name": "Phạm Đức Thắng",'
        ' "birth_date": "1979-11-30", "share": 100}]}',
        encoding="utf-8",
    )
    for args in (
        ["--db", hq, "init", "--unit", "CDDKVN"],
        ["--db", hq, "enroll", "VSP", "-o", setup],
        ["--db", site, "init", "--from", setup],
        ["--db", site, "initiative", "add", spec],
        ["--db", site, "export", "--to", "CDDKVN", "-o", first],
        ["--db", hq, "import", first],
        ["--db", site, "initiative", "set", "VSP-2022-0001", "title=Cải tiến van xả áp máy nén"],
        ["--db", site, "export", "--to", "CDDKVN", "-o", package],
        ["--db", hq, "import", package],
    ):
        assert main([str(a) for a in args]) == 0, args
    capsys.readouterr()
    assert main(["--db", str(hq), "audit"]) == 0
    assert "[gói vsp-thang-12.skp, VSP]" in capsys.readouterr().out

    database = open_database(hq)
    try:
        with database.session() as session:
            initiative = session.scalar(select(Initiative.id))
        dialog = AuditDialog(page_context(database, tmp_path / "settings.ini"), initiative)
        qtbot.addWidget(dialog)
        column = COLUMNS.index("Gói")
        packages = {dialog.table.item(r, column).text() for r in range(dialog.table.rowCount())}
        # it came in November (the history begins with its arrival); the title changed in December
        assert packages == {"vsp-thang-11.skp, VSP", "vsp-thang-12.skp, VSP"}, packages
        shown = [
            dialog.table.item(r, c).text()
            for r in range(dialog.table.rowCount())
            for c in range(dialog.table.columnCount())
        ]
        assert not any(RAW_ID.search(text) for text in shown), shown
    finally:
        database.close()
