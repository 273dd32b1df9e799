"""The printed certificate: its Vietnamese text comes out of the PDF exactly, its fonts are
embedded, long content fits, and batches go to one file or one file each, whole or not at all."""

import dataclasses
import datetime as dt
import json
import unicodedata
from itertools import pairwise

import pytest
from certificate_world import EIGHT_AUTHORS, LONG_TITLE, node_database, recognised_initiative
from pypdf import PdfReader

from db.certificate_codes import encode_signature, short_code, short_grouped
from db.certificate_printables import PrintableCertificate, printable_certificates
from db.certificates import Signer, issue_certificates
from desktop.printing import batch
from desktop.printing.batch import CertificatePrinter, PrintCancelled, render_certificates
from desktop.printing.certificate import layout_certificate
from desktop.printing.template import TemplateError, load_template

SAMPLE = PrintableCertificate(
    number="CDDKVN-2023-00042",
    reg_no="VSP-TD03-2023-0007",
    superior_name=None,
    issuer_name="Công đoàn Dầu khí Việt Nam",
    recipients=("Nguyễn Văn An",),
    recipient_units=("Giàn khoan tự nâng Tam Đảo 03 (Vietsovpetro)",),
    title="Cải tiến hệ thống bơm dung dịch khoan trên giàn Tam Đảo 03",
    field_name="Khoan và sửa giếng",
    benefit_value=1_250_000_000,
    benefit_currency="VND",
    benefit_text=None,
    level="industry",
    decision_no="45/QĐ-CĐDK",
    decision_date=dt.date(2023, 6, 5),
    phase_name="Giai đoạn 2",
    place="Hà Nội",
    issued_on=dt.date(2023, 6, 15),
    signer_title="TM. BAN THƯỜNG VỤ\nCHỦ TỊCH",
    signer_name="Nguyễn Mạnh Hùng",
    verification_code=encode_signature(bytes(range(64))),
    reprint_count=0,
)
CROWDED = dataclasses.replace(
    SAMPLE,
    recipients=tuple(name for name, _unit in EIGHT_AUTHORS),
    recipient_units=(
        "Giàn khoan tự nâng Tam Đảo 03 (Vietsovpetro)",
        "Giàn cố định MSP-1, mỏ Bạch Hổ (Vietsovpetro)",
        "Giàn công nghệ trung tâm CPP-3 (Vietsovpetro)",
        "Công đoàn Xí nghiệp Khai thác Dầu khí (Vietsovpetro)",
    ),
    title=LONG_TITLE,
)


def page_text(path, index=0) -> str:
    return PdfReader(path).pages[index].extract_text()


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_pdf_holds_the_vietnamese_text_exactly(tmp_path):
    out = tmp_path / "one.pdf"
    render_certificates([SAMPLE], out)
    text = page_text(out)
    assert unicodedata.is_normalized("NFC", text)
    for expected in (
        "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",
        "CÔNG ĐOÀN DẦU KHÍ VIỆT NAM",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập – Tự do – Hạnh phúc",  # en dashes, as the motto is written
        "GIẤY CHỨNG NHẬN SÁNG KIẾN",
        "Số: CDDKVN-2023-00042",
        "Nguyễn Văn An",
        "Giàn khoan tự nâng Tam Đảo 03 (Vietsovpetro)",
        "“Cải tiến hệ thống bơm dung dịch khoan trên giàn Tam Đảo 03”",
        "Lĩnh vực: Khoan và sửa giếng",
        "làm lợi 1.250.000.000 đồng",
        "sáng kiến cấp ngành theo Quyết định số 45/QĐ-CĐDK ngày 05/06/2023",
        "“1 triệu sáng kiến – nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch Covid-19”",
        "Giai đoạn 2",
        "Hà Nội, ngày 15 tháng 6 năm 2023",
        "CHỦ TỊCH",
        "Nguyễn Mạnh Hùng",
    ):
        assert expected in text
    assert "BẢN IN LẠI" not in text


def test_decomposed_input_still_prints_composed_letters(tmp_path):
    out = tmp_path / "nfd.pdf"
    nfd = dataclasses.replace(SAMPLE, title=unicodedata.normalize("NFD", "Tối ưu hoá giàn khoan"))
    render_certificates([nfd], out)
    assert "Tối ưu hoá giàn khoan" in page_text(out)


def test_every_font_in_the_pdf_is_embedded(tmp_path):
    out = tmp_path / "fonts.pdf"
    render_certificates([SAMPLE, CROWDED], out)
    fonts = {}
    for page in PdfReader(out).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert len(fonts) >= 5
    for name, font in fonts.items():
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} is not embedded"
        assert "Helvetica" not in name and "Noto" in name


def test_a_forty_word_title_and_eight_coauthors_fit_on_the_page(tmp_path):
    assert len(LONG_TITLE.split()) >= 40
    printer = CertificatePrinter()
    blocks = layout_certificate(CROWDED, printer.template, printer.faces)
    frame = 17 * 72 / 25.4  # the inner edge of the border, in points
    width, height = printer.template.width, printer.template.height
    for block in blocks:
        left, top, right, bottom = block.rect()
        assert frame <= left and right <= width - frame, block.id
        assert frame <= top and bottom <= height - frame, block.id
        assert not block.truncated, block.id
    for first in blocks:
        for second in blocks:
            if first is not second:
                assert not _overlap(first.rect(), second.rect()), (first.id, second.id)
    out = tmp_path / "crowded.pdf"
    render_certificates([CROWDED], out)
    text = flat(page_text(out))
    assert flat(f"“{LONG_TITLE}”") in text
    for name, _unit in EIGHT_AUTHORS:
        assert name in text


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_text_too_long_for_its_box_is_cut_with_an_ellipsis_not_spilled(tmp_path):
    printer = CertificatePrinter()
    huge = dataclasses.replace(CROWDED, title=" ".join([LONG_TITLE] * 4))
    blocks = {b.id: b for b in layout_certificate(huge, printer.template, printer.faces)}
    title = blocks["title"]
    assert title.truncated and title.lines[-1].endswith("…")
    assert title.width <= 240 * 72 / 25.4 + 0.01


def test_a_reprint_says_so_on_the_page(tmp_path):
    out = tmp_path / "reprint.pdf"
    render_certificates(
        [
            dataclasses.replace(SAMPLE, reprint_count=1),
            dataclasses.replace(SAMPLE, reprint_count=3),
        ],
        out,
    )
    assert "BẢN IN LẠI" in page_text(out, 0)
    assert "BẢN IN LẠI (lần 3)" in page_text(out, 1)


def test_a_batch_streams_its_chunks_into_one_valid_pdf(tmp_path, monkeypatch):
    monkeypatch.setattr(batch, "PAGES_PER_CHUNK", 2)
    certs = [dataclasses.replace(SAMPLE, number=f"CDDKVN-2023-{n:05d}") for n in range(1, 6)]
    seen = []
    result = render_certificates(
        certs,
        tmp_path / "five.pdf",
        total=5,
        progress=lambda done, total: seen.append((done, total)),
    )
    reader = PdfReader(tmp_path / "five.pdf")
    assert len(reader.pages) == result.pages == 5
    assert "Số: CDDKVN-2023-00005" in reader.pages[4].extract_text()
    assert seen[-1] == (5, 5)


def test_split_writes_one_pdf_per_certificate_named_by_its_number(tmp_path):
    certs = [dataclasses.replace(SAMPLE, number=f"VSP-2023-{n:05d}") for n in (1, 2)]
    result = render_certificates(certs, tmp_path / "out", split=True)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "VSP-2023-00001.pdf",
        "VSP-2023-00002.pdf",
    ]
    assert [p.name for p in result.files] == ["VSP-2023-00001.pdf", "VSP-2023-00002.pdf"]
    assert "VSP-2023-00002" in page_text(tmp_path / "out" / "VSP-2023-00002.pdf")


def test_split_files_drawn_together_are_each_a_whole_pdf_with_their_own_page(tmp_path, monkeypatch):
    """Pages are drawn several at a time and cut into files: each file stands alone (one page,
    its fonts embedded, its own number), across chunk boundaries too."""
    monkeypatch.setattr(batch, "SPLIT_CHUNK", 2)
    certs = [dataclasses.replace(SAMPLE, number=f"VSP-2023-{n:05d}") for n in range(1, 6)]
    result = render_certificates(certs, tmp_path / "out", split=True)
    assert result.pages == 5
    for n, path in enumerate(result.files, start=1):
        reader = PdfReader(path)
        assert len(reader.pages) == 1
        assert f"Số: VSP-2023-{n:05d}" in reader.pages[0].extract_text()
        fonts = reader.pages[0]["/Resources"]["/Font"].get_object()
        for font in fonts.values():
            descriptor = font.get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor  # embedded, not named
    assert list(tmp_path.rglob("*.sktmp")) == []


@pytest.mark.parametrize("split", [False, True])
def test_cancelling_a_batch_leaves_no_file_behind(tmp_path, split):
    certs = [dataclasses.replace(SAMPLE, number=f"VSP-2023-{n:05d}") for n in range(1, 5)]
    calls = []

    def cancel_on_third() -> bool:
        calls.append(1)
        return len(calls) >= 3

    out = tmp_path / ("folder" if split else "batch.pdf")
    with pytest.raises(PrintCancelled):
        render_certificates(certs, out, split=split, cancelled=cancel_on_third)
    leftovers = list(tmp_path.rglob("*.pdf")) + list(tmp_path.rglob("*.sktmp"))
    assert leftovers == []


def test_a_mistake_in_the_template_names_the_element_and_the_key(tmp_path):
    data = json.loads(load_template().path.read_text(encoding="utf-8"))
    del data["elements"][2]["font"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(TemplateError, match=r"phần tử 'number' thiếu khóa 'font'"):
        load_template(bad)


def test_certificates_issued_from_the_database_print_with_their_codes(tmp_path):
    database = node_database(tmp_path / "hq.db")
    ids = [
        recognised_initiative(database, authors=EIGHT_AUTHORS[:2]),
        recognised_initiative(
            database, title=LONG_TITLE, authors=EIGHT_AUTHORS, level="subordinate"
        ),
    ]
    with database.transaction() as session:
        issued = issue_certificates(
            session, ids, Signer("Nguyễn Mạnh Hùng"), "test", dt.date(2023, 6, 15)
        )
        pages = list(printable_certificates(session, issued.certificate_ids))
    database.close()
    assert [p.number for p in pages] == ["CDDKVN-2023-00001", "CDDKVN-2023-00002"]
    assert pages[0].recipient_units == ("Giàn khoan tự nâng Tam Đảo 03 (Vietsovpetro)",)
    assert pages[1].superior_name is None and pages[1].phase_name == "Giai đoạn 2"
    out = tmp_path / "issued.pdf"
    render_certificates(pages, out)
    text = flat(page_text(out, 1))
    assert "cấp công đoàn trực thuộc" in text
    assert short_grouped(short_code(pages[1].verification_code)) in text


# ---- the defects a union found (issue 15) ---------------------------------------------------------

FIVE_UNITS = dataclasses.replace(
    SAMPLE,
    recipients=(
        "Nguyễn Khánh Giang",
        "Đặng Hữu Chiến",
        "Võ Mạnh Dũng",
        "Nguyễn Công Sơn",
        "Nguyễn Mạnh Quý",
    ),
    recipient_units=(
        "Công đoàn Xí nghiệp Xây lắp, Khảo sát và Sửa chữa các công trình khai thác dầu khí "
        "(Vietsovpetro)",
        "Công đoàn Viện Nghiên cứu Khoa học và Thiết kế Dầu khí biển (Vietsovpetro)",
        "Công đoàn Xí nghiệp Khai thác Dầu khí (Vietsovpetro)",
        "Công đoàn Xí nghiệp Khoan và Sửa giếng (Vietsovpetro)",
        "Công đoàn Liên doanh Việt – Nga Vietsovpetro (Công đoàn Dầu khí Việt Nam)",
    ),
)


def test_a_long_unit_line_wraps_in_readable_type_and_is_never_cut():
    """VSP-XNXL-2022-0042 in the demo: five authors from five units of Vietsovpetro."""
    printer = CertificatePrinter()
    blocks = {b.id: b for b in layout_certificate(FIVE_UNITS, printer.template, printer.faces)}
    units = blocks["units"]
    assert not units.truncated and units.size >= 9.5
    assert len(units.lines) <= 2
    text = " ".join(units.lines)
    assert "Việt – Nga Vietsovpetro" in text and "…" not in text
    assert text.count("(Vietsovpetro)") == 1  # the parent written once for its four units
    assert text.count("Công đoàn") == 2  # once for the four, once for Vietsovpetro's own
    assert "(Công đoàn Dầu khí Việt Nam)" not in text  # the issuer, named at the top


def test_a_long_title_breaks_between_words_not_inside_a_two_syllable_word():
    """Vietnamese writes each syllable apart: 'mài mòn' is one word and stays on one line; the
    break goes to a phrase boundary ('… chi tiết / bị mài mòn')."""
    printer = CertificatePrinter()
    titles = (
        "Thiết kế, chế tạo bộ cảo tháo ổ bi cỡ lớn phục vụ công tác phục hồi chi tiết bị mài mòn",
        "Thiết kế, chế tạo thiết bị bơm hóa phẩm chống lắng đọng paraffin phục vụ công tác chống "
        "lắng đọng paraffin trong đường ống",
        LONG_TITLE,
    )
    for title in titles:
        cert = dataclasses.replace(SAMPLE, title=title)
        lines = {b.id: b for b in layout_certificate(cert, printer.template, printer.faces)}[
            "title"
        ].lines
        assert len(lines) > 1
        for line, next_line in pairwise(lines):
            ends, starts = line.split()[-1].lower(), next_line.split()[0].lower()
            assert (ends, starts) not in {("mài", "mòn"), ("phục", "vụ"), ("thiết", "bị")}
        assert " ".join(lines) == f"“{title}”"


def test_a_persons_name_never_breaks_across_lines():
    printer = CertificatePrinter()
    for cert in (FIVE_UNITS, CROWDED):
        blocks = {b.id: b for b in layout_certificate(cert, printer.template, printer.faces)}
        lines = blocks["recipients"].lines
        for name in cert.recipients:
            assert any(name in line for line in lines), (name, lines)


def test_the_check_code_a_person_types_is_short(tmp_path):
    out = tmp_path / "code.pdf"
    render_certificates([SAMPLE], out)
    short = short_grouped(short_code(SAMPLE.verification_code))
    assert len(short) <= 25
    assert short in flat(page_text(out))
