"""A clerk on a keyboard without a Vietnamese input method types the decision number as
"45/qd-cddk": the list attached to decision 45/QĐ-CĐDK is printed, headed with the number as the
register records it; in the window's council papers dialog too."""

from __future__ import annotations

import pytest
from certificate_world import node_database, recognised_initiative
from pypdf import PdfReader

from db.queries.papers import recorded_decision_no
from desktop.__main__ import main


@pytest.fixture(scope="module")
def hq(tmp_path_factory):
    path = tmp_path_factory.mktemp("papers") / "hq.db"
    database = node_database(path)
    recognised_initiative(database)
    yield database
    database.close()


@pytest.mark.parametrize("typed", ["45/qd-cddk", " 45/QD-CDDK ", "45/QĐ-CĐDK", "45 / QĐ-CĐDK"])
def test_a_decision_number_typed_without_vietnamese_letters_finds_the_decision(hq, typed):
    with hq.session() as session:
        assert recorded_decision_no(session, typed) == "45/QĐ-CĐDK"


def test_an_unknown_decision_number_stays_as_typed(hq):
    with hq.session() as session:
        assert recorded_decision_no(session, "46/QD-CDDK") == "46/QD-CDDK"


def test_the_decision_list_is_printed_for_a_number_typed_without_diacritics(hq, tmp_path, capsys):
    out = tmp_path / "danh-sach.pdf"
    code = main(["--db", str(hq.path), "papers", "decision", "45/qd-cddk", "-o", str(out)])
    assert code == 0, capsys.readouterr()
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Kèm theo Quyết định số 45/QĐ-CĐDK ngày 05/06/2023" in " ".join(text.split())
