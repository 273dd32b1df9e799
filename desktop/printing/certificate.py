"""One certificate page: the template's elements filled in with a certificate's data, fitted
into their boxes (`layout_certificate`, measurable by tests), then drawn (`draw_certificate`)."""

from __future__ import annotations

import string
import unicodedata
from dataclasses import dataclass, replace

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from db.certificate_codes import qr_payload, short_code, short_grouped
from db.certificate_printables import PrintableCertificate
from db.vocab import REVIEW_LEVEL
from desktop.printing.qr import draw_qr
from desktop.printing.template import Element, Flow, Template
from desktop.printing.textfit import NO_BREAK, fit, width_of
from desktop.printing.vietnamese import money, place_and_date, short_date

BASELINE = 0.95  # the first baseline sits this many font sizes below the top of a block
BENEFIT_CHARS = 400
SHRINK_STEP = 0.04
SMALLEST_SCALE = 0.3


@dataclass(frozen=True)
class Placed:
    """A fitted block of text: where it goes (points; `top` measured down from the page top)."""

    id: str
    lines: tuple[str, ...]
    face: str
    size: float
    leading: float  # points between baselines
    color: str
    align: str
    x: float
    top: float
    widths: tuple[float, ...]
    truncated: bool = False
    rule_below: float | str | None = None
    box: bool = False

    @property
    def height(self) -> float:
        return len(self.lines) * self.leading

    @property
    def width(self) -> float:
        return max(self.widths, default=0.0)

    @property
    def left(self) -> float:
        if self.align == "left":
            return self.x
        return self.x - self.width / 2 if self.align == "center" else self.x - self.width

    def rect(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom), measured from the page's top-left corner."""
        return (self.left, self.top, self.left + self.width, self.top + self.height)


# ---- what the fields say -------------------------------------------------------------------------


def certificate_fields(cert: PrintableCertificate, template: Template) -> dict[str, str]:
    texts = template.texts
    many = len(cert.recipients) > 1
    return {
        "superior": cert.superior_name or texts.get("root_superior", ""),
        "issuer": cert.issuer_name,
        "number": cert.number,
        "reg_no": cert.reg_no,
        "recipients_label": texts.get("many_authors" if many else "one_author", ""),
        "recipients": ", ".join(keep_together(name) for name in cert.recipients),
        "units": units_text(cert.recipient_units, cert.issuer_name),
        "title": cert.title,
        "field": cert.field_name,
        "benefit": _benefit(cert),
        "level": REVIEW_LEVEL.label(cert.level).lower(),
        "decision_no": cert.decision_no,
        "decision_date": short_date(cert.decision_date),
        "programme": texts.get("programme", ""),
        "phase": cert.phase_name or "",
        "place_date": place_and_date(cert.place, cert.issued_on),
        "signer_title": cert.signer_title,
        "signer_name": cert.signer_name,
        "code": _short(cert.verification_code),
        "reprint_label": _reprint_label(cert.reprint_count, texts),
    }


def keep_together(name: str) -> str:
    """A person's name never breaks across lines: its spaces become no-break spaces, which the
    wrapping keeps inside a line (textfit.wrap) and prints as ordinary spaces."""
    return " ".join(name.split()).replace(" ", NO_BREAK)


UNION = "Công đoàn"


def units_text(units: tuple[str, ...], issuer: str = "") -> str:
    """The recipients' units, those under the same parent written once with it: 'A, B
    (Vietsovpetro); C'. A line that reads like a sentence, not the parent repeated per unit:
    the issuer is left out as a parent (the certificate names it at the top), and 'Công đoàn'
    opening every name of a group is written once ('Công đoàn A, B (Vietsovpetro)')."""
    groups: dict[str, list[str]] = {}
    for label in dict.fromkeys(units):
        name, parent = _split_parent(label)
        groups.setdefault("" if parent == issuer else parent, []).append(name)
    parts = []
    for parent, names in groups.items():
        joined = _once_union(names)
        parts.append(f"{joined} ({parent})" if parent else joined)
    return "; ".join(parts)


def _once_union(names: list[str]) -> str:
    prefix = UNION + " "
    if len(names) > 1 and all(name.startswith(prefix) for name in names):
        return prefix + ", ".join(name[len(prefix) :] for name in names)
    return ", ".join(names)


def _split_parent(label: str) -> tuple[str, str]:
    if label.endswith(")") and " (" in label:
        name, parent = label[:-1].rsplit(" (", 1)
        return name, parent
    return label, ""


def _short(code: str) -> str:
    try:
        return short_grouped(short_code(code)) if code else ""
    except ValueError:  # a code that is not a signature (never issued here): print none
        return ""


def _benefit(cert: PrintableCertificate) -> str:
    if cert.benefit_value:
        return f"làm lợi {money(cert.benefit_value, cert.benefit_currency)}"
    text = " ".join((cert.benefit_text or "").split())
    return text[:BENEFIT_CHARS]


def _reprint_label(count: int, texts: dict[str, str]) -> str:
    if count <= 0:
        return ""
    if count == 1:
        return texts.get("reprint", "BẢN IN LẠI")
    return texts.get("reprint_nth", "BẢN IN LẠI (lần {n})").format(n=count)


def compose(element: Element, fields: dict[str, str]) -> str | None:
    """The element's text with the fields filled in, leaving out parts whose fields are empty;
    None if nothing is left (or its `when` field is empty)."""
    if element.when and not fields.get(element.when):
        return None
    parts = [_filled(part, fields) for part in element.parts]
    text = element.join.join(part for part in parts if part)
    if not text.strip():
        return None
    text = unicodedata.normalize("NFC", text)
    return text.upper() if element.style.upper else text


def _filled(part: str, fields: dict[str, str]) -> str | None:
    names = [name for _lit, name, _spec, _conv in string.Formatter().parse(part) if name]
    if any(not fields.get(name) for name in names):
        return None
    return part.format(**{name: fields[name] for name in names})


# ---- layout --------------------------------------------------------------------------------------


def layout_certificate(
    cert: PrintableCertificate, template: Template, faces: dict[str, str]
) -> list[Placed]:
    """Every text of the page, fitted: wrapped, shrunk or (last resort) cut, never overflowing."""
    fields = certificate_fields(cert, template)
    placed = []
    for element in template.elements:
        text = compose(element, fields)
        if text is not None:
            placed.append(_place(element, text, faces, element.x, element.y, element.max_width))
    for flow in template.flows:
        placed.extend(layout_flow(flow, fields, faces))
    return placed


def _place(
    element: Element, text: str, faces, x: float, top: float, max_width: float, scale: float = 1.0
) -> Placed:
    style = element.style
    face = faces[style.font]
    fitted = fit(
        text,
        face,
        style.size * scale,
        style.min_size * scale,
        max_width,
        style.max_lines,
        style.extra_lines,
    )
    return Placed(
        id=element.id,
        lines=fitted.lines,
        face=face,
        size=fitted.size,
        leading=fitted.size * style.leading,
        color=style.color,
        align=element.align,
        x=x,
        top=top,
        widths=tuple(width_of(line, face, fitted.size) for line in fitted.lines),
        truncated=fitted.truncated,
        rule_below=element.rule_below,
        box=element.box,
    )


def layout_flow(flow: Flow, fields: dict[str, str], faces: dict[str, str]) -> list[Placed]:
    """The flow's items stacked, shrunk together until they fit, centred in the flow's band."""
    texts = [(item, compose(item, fields)) for item in flow.items]
    texts = [(item, text) for item, text in texts if text is not None]
    room = flow.bottom - flow.top
    scale = 1.0
    while True:
        stacked = _stack(flow, texts, faces, scale)
        height = stacked[-1].top + stacked[-1].height if stacked else 0.0
        if height <= room or scale <= SMALLEST_SCALE:
            break
        scale -= SHRINK_STEP
    offset = flow.top + max(0.0, (room - height) / 2)
    return [_moved(block, offset) for block in stacked]


def _stack(flow: Flow, texts, faces, scale: float) -> list[Placed]:
    stacked: list[Placed] = []
    top = 0.0
    for item, text in texts:
        if stacked:
            top += item.space_before * scale
        block = _place(item, text, faces, flow.x, top, flow.max_width, scale)
        block = replace(block, align=flow.align)
        stacked.append(block)
        top += block.height
    return stacked


def _moved(block: Placed, offset: float) -> Placed:
    return replace(block, top=block.top + offset)


# ---- drawing -------------------------------------------------------------------------------------


def draw_certificate(
    canvas: Canvas,
    cert: PrintableCertificate,
    template: Template,
    faces: dict[str, str],
    border_form: str | None,
) -> None:
    """Draw one whole page (the caller ends it with showPage)."""
    if border_form:
        canvas.doForm(border_form)
    for block in layout_certificate(cert, template, faces):
        draw_block(canvas, block, template)
    qr = template.qr
    if qr is None:  # a template without a QR code
        return
    canvas.setFillColor(HexColor(template.color(qr["color"])))
    bottom = template.height - qr["y"] - qr["size"]
    draw_qr(canvas, qr_payload(cert.number, cert.verification_code), qr["x"], bottom, qr["size"])


def draw_block(canvas: Canvas, block: Placed, template: Template) -> None:
    height = template.height
    color = HexColor(template.color(block.color))
    canvas.setFont(block.face, block.size)
    canvas.setFillColor(color)
    for index, line in enumerate(block.lines):
        y = height - (block.top + BASELINE * block.size + index * block.leading)
        if block.align == "left":
            canvas.drawString(block.x, y, line)
        elif block.align == "right":
            canvas.drawRightString(block.x, y, line)
        else:
            canvas.drawCentredString(block.x, y, line)
    if block.rule_below is not None:
        _rule_below(canvas, block, height, color)
    if block.box:
        _box(canvas, block, height, color)


def _rule_below(canvas: Canvas, block: Placed, height: float, color) -> None:
    width = block.width if block.rule_below == "text" else float(block.rule_below)
    y = height - (block.top + block.height + 0.6 * mm)
    center = block.left + block.width / 2
    canvas.setStrokeColor(color)
    canvas.setLineWidth(0.8)
    canvas.line(center - width / 2, y, center + width / 2, y)


def _box(canvas: Canvas, block: Placed, height: float, color) -> None:
    pad = 1.8 * mm
    left, top, right, bottom = block.rect()
    canvas.setStrokeColor(color)
    canvas.setLineWidth(1.3)
    canvas.rect(
        left - pad,
        height - bottom - pad * 0.6,
        right - left + 2 * pad,
        bottom - top + pad * 1.2,
        stroke=1,
        fill=0,
    )
