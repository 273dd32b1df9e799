"""The council's secretary types the decision number without Vietnamese letters in the council
papers dialog and gets the list attached to 45/QĐ-CĐDK."""

from __future__ import annotations

from certificate_world import node_database, recognised_initiative
from pages_support import page_context
from pypdf import PdfReader

from desktop.dialogs.council_papers_dialog import CouncilPapersDialog
from desktop.tasks import wait_for_tasks


def test_the_decision_list_is_found_for_a_number_typed_without_diacritics(qtbot, tmp_path):
    database = node_database(tmp_path / "hq.db")
    recognised_initiative(database)
    dialog = CouncilPapersDialog(page_context(database, tmp_path / "s.ini"))
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("decision"))
    dialog.decision_no.setText("45/qd-cddk")
    out = tmp_path / "danh-sach.pdf"
    dialog.save(out)
    qtbot.waitUntil(lambda: wait_for_tasks(50) and getattr(dialog, "saved_path", None) is not None)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Kèm theo Quyết định số 45/QĐ-CĐDK ngày 05/06/2023" in text
    database.close()
