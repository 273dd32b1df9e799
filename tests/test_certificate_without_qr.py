"""A union prints its certificates without a QR code (its template has no "qr", or "qr": null):
they print, with the number and check code still on them; a template missing a whole section is
told which one, not shown a bare Python key."""

from __future__ import annotations

import json

import pytest
from test_certificate_pdf import SAMPLE, page_text

from desktop.printing import certificate
from desktop.printing.batch import render_certificates
from desktop.printing.template import TemplateError, load_template


def template_without(tmp_path, key: str, null: bool = False):
    data = json.loads(load_template().path.read_text(encoding="utf-8"))
    if null:
        data[key] = None
    else:
        del data[key]
    path = tmp_path / f"no-{key}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("null", [False, True])
def test_a_template_without_a_qr_code_prints_without_one(tmp_path, monkeypatch, null):
    drawn = []
    monkeypatch.setattr(certificate, "draw_qr", lambda *args: drawn.append(args))
    template = load_template(template_without(tmp_path, "qr", null))
    out = tmp_path / "no-qr.pdf"
    render_certificates([SAMPLE], out, template=template)
    assert not drawn
    assert "CDDKVN-2023-00042" in page_text(out)
    render_certificates([SAMPLE], tmp_path / "qr.pdf")
    assert len(drawn) == 1  # the union's usual template still has its QR code


def test_a_template_missing_a_section_names_it(tmp_path):
    with pytest.raises(TemplateError, match=r"sai: thiếu mục 'page'\. Xem phần 'about'"):
        load_template(template_without(tmp_path, "page"))


def test_a_batch_printed_with_no_qr_has_none_and_its_label_speaks_of_none(
    tmp_path, monkeypatch, capsys
):
    from certificate_world import node_database, recognised_initiative
    from pypdf import PdfReader

    from desktop.__main__ import main

    database = node_database(tmp_path / "hq.db")
    for title in ("Giảm rung bơm ép vỉa", "Tối ưu máy nén khí", "Sơn chống ăn mòn chân đế"):
        recognised_initiative(database, title=title)
    database.close()
    drawn = []
    monkeypatch.setattr(certificate, "draw_qr", lambda *args: drawn.append(args))
    out = tmp_path / "gcn.pdf"
    args = ["--db", str(tmp_path / "hq.db"), "certificates", "--signer-name", "Nguyễn Mạnh Hùng"]
    assert main([*args, "--no-qr", "-o", str(out)]) == 0, capsys.readouterr()
    assert not drawn
    pages = PdfReader(out).pages
    assert len(pages) == 3
    text = " ".join(pages[0].extract_text().split())
    assert "gõ số và mã kiểm tra" in text and "quét mã QR" not in text
