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
