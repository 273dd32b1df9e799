"""The clerk opens a registration form with five authors in Word and prints it: each author's
signature box stays whole with its name, the boxes stay with the place and date above them,
and the pages after the first are numbered as in the PDF."""

from __future__ import annotations

import pytest
from certificate_world import EIGHT_AUTHORS, node_database, recognised_initiative

from desktop.__main__ import main


@pytest.fixture(scope="module")
def hq(tmp_path_factory):
    path = tmp_path_factory.mktemp("papers") / "hq.db"
    database = node_database(path)
    recognised_initiative(database, authors=EIGHT_AUTHORS[:5])
    database.close()
    return path


def test_the_signature_boxes_of_a_word_form_are_not_split_across_pages(hq, tmp_path, capsys):
    from docx import Document
    from docx.oxml.ns import qn

    out = tmp_path / "don.docx"
    assert main(["--db", str(hq), "form", "VSP-TD03-2023-0001", "-o", str(out)]) == 0, capsys
    document = Document(str(out))
    signatures = document.tables[-1]
    assert "Người nộp đơn" in signatures.rows[0].cells[0].text
    for index, row in enumerate(signatures.rows):
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None
        keeps = {p.paragraph_format.keep_with_next for c in row.cells for p in c.paragraphs}
        assert keeps == ({True} if index < len(signatures.rows) - 1 else {None})
    place_date = [p for p in document.paragraphs if "ngày" in p.text and "tháng" in p.text]
    assert place_date[-1].paragraph_format.keep_with_next


def test_a_word_paper_has_its_pages_numbered(hq, tmp_path, capsys):
    from docx import Document
    from docx.oxml.ns import qn

    out = tmp_path / "don.docx"
    assert main(["--db", str(hq), "form", "VSP-TD03-2023-0001", "-o", str(out)]) == 0
    section = Document(str(out)).sections[0]
    footer = section.footer.paragraphs[0]._p
    assert [t.text for t in footer.iter(qn("w:instrText"))] == ["PAGE"]
    assert section.different_first_page_header_footer  # not on the first page, as in the PDF
    assert not section.first_page_footer.paragraphs[0].text


def test_the_minutes_closing_words_stay_on_the_signatures_page(hq, tmp_path, capsys):
    from docx import Document

    out = tmp_path / "bien-ban.docx"
    args = ["--db", str(hq), "papers", "minutes", "--date", "2023-06-05", "-o", str(out)]
    assert main([*args, "--member", "Nguyễn Văn Hùng - Chủ tịch"]) == 0, capsys.readouterr()
    closing = [p for p in Document(str(out)).paragraphs if "Biên bản được lập" in p.text]
    assert closing[-1].paragraph_format.keep_with_next
