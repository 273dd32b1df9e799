"""A unit's long name is cut off in the narrow unit boxes of the Authors and Reviews pages
("CDDKVN — Công đoàn Dầu kh…"): hovering the box shows the whole of it."""

from __future__ import annotations

from db.queries.browse import Choice
from desktop.widgets.unit_combo import UnitTreeCombo

UNITS = [
    Choice("hq", "CDDKVN", "Công đoàn Dầu khí Việt Nam", None),
    Choice("vsp", "VSP", "Công đoàn Liên doanh Việt – Nga Vietsovpetro", "hq"),
]


def test_the_box_tells_the_whole_name_of_the_unit_chosen(qtbot):
    combo = UnitTreeCombo("Tất cả đơn vị")
    qtbot.addWidget(combo)
    combo.set_units(UNITS)
    combo.set_unit("vsp")
    assert combo.toolTip() == "VSP — Công đoàn Liên doanh Việt – Nga Vietsovpetro"
    combo.set_unit(None)
    assert combo.toolTip() == "Tất cả đơn vị"
