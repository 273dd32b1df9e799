"""A clerk previewing a package reads each table's name whole on one line ("Tác giả của sáng
kiến", not wrapped in two) and the counts with thousands separators as everywhere else ("3.516",
"3,516" in English), not "3516"."""

from __future__ import annotations

import pytest

from db.sync.report import ImportReport, TableCounts
from desktop.dialogs.import_preview_dialog import ImportPreviewDialog
from desktop.i18n import install_translators


def report() -> ImportReport:
    found = ImportReport("/media/usb/vsp.skp", sender_unit="VSP")
    found.tables["initiative_authors"] = TableCounts(new=3516, unchanged=12)
    found.tables["units"] = TableCounts(unchanged=109)
    return found


@pytest.mark.parametrize(("language", "thousands"), [("vi", "3.516"), ("en", "3,516")])
def test_names_whole_and_counts_grouped(qtbot, qapp, language, thousands):
    install_translators(qapp, language)
    try:
        dialog = ImportPreviewDialog([report()])
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        table = dialog.counts
        assert table.item(0, 1).text() == thousands
        names = [table.item(row, 0).text() for row in range(table.rowCount())]
        widest = max(table.fontMetrics().horizontalAdvance(name) for name in names)
        assert table.columnWidth(0) > widest, names
        assert not table.wordWrap()
    finally:
        install_translators(qapp, "vi")
