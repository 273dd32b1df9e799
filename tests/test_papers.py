"""The clerk prints the papers people sign: the registration form of an initiative (and a blank
one), and the council's scoring sheets, minutes and the list attached to a decision; as PDF with
the fonts embedded, and as .docx she can still edit in Word."""

from __future__ import annotations

import datetime as dt

import pytest
from certificate_world import EIGHT_AUTHORS, node_database, recognised_initiative
from pypdf import PdfReader

from desktop.__main__ import main

DECISION = "45/QĐ-CĐDK"
DAY = dt.date(2023, 6, 5)


@pytest.fixture(scope="module")
def hq(tmp_path_factory):
    path = tmp_path_factory.mktemp("papers") / "hq.db"
    database = node_database(path)
    recognised_initiative(database, authors=EIGHT_AUTHORS[:3])
    recognised_initiative(database, title="Giảm thời gian thay choòng khoan", unit_code="VSP-MSP1")
    database.close()
    return path


def sangkien(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def embedded_fonts_only(path) -> bool:
    reader = PdfReader(path)
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            descriptor = font.get_object().get("/FontDescriptor")
            if descriptor is None or "/FontFile2" not in descriptor.get_object():
                return False
    return True


def docx_text(path) -> str:
    from docx import Document

    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_the_registration_form_of_an_initiative(hq, tmp_path, capsys):
    pdf, docx = tmp_path / "don.pdf", tmp_path / "don.docx"
    assert sangkien(capsys, "--db", hq, "form", "VSP-TD03-2023-0001", "-o", pdf)[0] == 0
    assert sangkien(capsys, "--db", hq, "form", "VSP-TD03-2023-0001", "-o", docx)[0] == 0
    for text in (" ".join(pdf_text(pdf).split()), " ".join(docx_text(docx).split())):
        assert "Độc lập – Tự do – Hạnh phúc" in text
        assert "ĐƠN YÊU CẦU CÔNG NHẬN SÁNG KIẾN" in text
        assert "Kính gửi:" in text
        assert "Nguyễn Văn An" in text and "Lê Hoàng Phúc" in text
        assert "Tỷ lệ (%) đóng góp" in text and "34%" in text
        assert "Cải tiến hệ thống bơm dung dịch khoan" in text
        assert "xin cam đoan" in text
        assert text.count("Người nộp đơn") == 3  # each of the three authors signs in a box
    assert embedded_fonts_only(pdf)


def test_a_blank_form_to_fill_by_hand(tmp_path, capsys):
    pdf = tmp_path / "mau-don.pdf"
    assert sangkien(capsys, "form", "--blank", "-o", pdf)[0] == 0
    text = pdf_text(pdf)
    assert "ĐƠN YÊU CẦU CÔNG NHẬN SÁNG KIẾN" in text and "Chủ đầu tư tạo ra sáng kiến" in text
    code, _out, err = sangkien(capsys, "form", "--blank", "-o", tmp_path / "don.txt")
    assert code == 1 and ".pdf hoặc .docx" in err


def test_the_councils_papers(hq, tmp_path, capsys):
    members = ["--member", "Nguyễn Văn Hùng - Chủ tịch", "--member", "Trần Thị Mai - Thư ký"]
    scoring = tmp_path / "phieu.pdf"
    code, _o, err = sangkien(
        capsys,
        "--db",
        hq,
        "papers",
        "scoring",
        "VSP-TD03-2023-0001",
        "VSP-MSP1-2023-0001",
        *members,
        "-o",
        scoring,
    )
    assert code == 0, err
    assert len(PdfReader(scoring).pages) == 4  # two initiatives × two members
    assert "PHIẾU CHẤM ĐIỂM SÁNG KIẾN" in pdf_text(scoring)

    minutes = tmp_path / "bien-ban.docx"
    code, _o, err = sangkien(
        capsys, "--db", hq, "papers", "minutes", "--date", "2023-06-05", *members, "-o", minutes
    )
    assert code == 0, err
    text = docx_text(minutes)
    assert "BIÊN BẢN HỌP HỘI ĐỒNG SÁNG KIẾN" in text and "Trần Thị Mai - Thư ký" in text
    assert "VSP-MSP1-2023-0001" in text and "Công nhận" in text

    listing = tmp_path / "danh-sach.pdf"
    code, _o, err = sangkien(capsys, "--db", hq, "papers", "decision", DECISION, "-o", listing)
    assert code == 0, err
    text = " ".join(pdf_text(listing).split())
    assert f"Kèm theo Quyết định số {DECISION} ngày 05/06/2023" in text
    assert "1.250.000.000 đồng" in text and embedded_fonts_only(listing)

    code, _o, err = sangkien(capsys, "--db", hq, "papers", "decision", "1/QĐ-XX", "-o", listing)
    assert code == 1 and "Không có sáng kiến nào" in err


def test_a_decision_list_of_hundreds_of_initiatives_is_written_to_word_in_seconds(tmp_path):
    """A decision recognising 600 initiatives: the .docx holds every row, and writing it costs
    seconds (reaching each cell through the grid made it minutes: quadratic in the rows)."""
    import time

    from docx import Document

    from desktop.printing.paper import Paper, TableBlock
    from desktop.printing.paper_file import write_paper

    rows = [
        [str(n), f"VSP-2023-{n:04d}", "Cải tiến hệ thống bơm", "Nguyễn Văn An"] for n in range(600)
    ]
    paper = Paper("Danh sách").add(TableBlock(["STT", "Số", "Tên", "Tác giả"], rows, [1, 3, 6, 4]))
    started = time.process_time()
    write_paper(paper, tmp_path / "list.docx")
    assert time.process_time() - started < 15
    table = Document(str(tmp_path / "list.docx")).tables[0]
    assert len(table.rows) == 601
    assert table.rows[600].cells[1].text == "VSP-2023-0599"


def test_a_decision_number_used_again_next_year_lists_one_decision(tmp_path, capsys):
    """Decision numbers start again every year: '12/QĐ-CĐDK' of 2022 and of 2023 are two
    decisions. The list shows the latest by default and says so; --date picks the other."""
    path = tmp_path / "years.db"
    database = node_database(path)
    recognised_initiative(
        database,
        decision_no="12/QĐ-CĐDK",
        decision_date=dt.date(2022, 3, 1),
        registered_on=dt.date(2022, 1, 10),
    )
    recognised_initiative(
        database,
        title="Giảm thời gian thay choòng khoan",
        unit_code="VSP-MSP1",
        decision_no="12/QĐ-CĐDK",
    )
    database.close()
    listing = tmp_path / "danh-sach.pdf"
    code, out, err = sangkien(
        capsys, "--db", path, "papers", "decision", "12/QĐ-CĐDK", "-o", listing
    )
    assert code == 0, err
    assert "Có 2 quyết định cùng số 12/QĐ-CĐDK" in out and "01/03/2022 (chọn bằng --date)" in out
    text = " ".join(pdf_text(listing).split())
    assert "ngày 05/06/2023" in text and "Danh sách này có 1 sáng kiến" in text
    assert "VSP-MSP1-2023-0001" in text and "VSP-TD03-2022" not in text

    code, _o, err = sangkien(
        capsys,
        "--db",
        path,
        "papers",
        "decision",
        "12/QĐ-CĐDK",
        "--date",
        "01/03/2022",
        "-o",
        listing,
    )
    assert code == 0, err
    text = " ".join(pdf_text(listing).split())
    assert "ngày 01/03/2022" in text and "VSP-TD03-2022-0001" in text
