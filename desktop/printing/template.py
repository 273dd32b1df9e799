"""The certificate template (resources/templates/certificate.json): where each element goes, in
which font and size, how wide it may grow. A union edits the JSON; a mistake in it is reported
with the element and the key, not as a traceback."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm

from db.messages import Message, message_of
from resources import resource_path

DEFAULT_TEMPLATE = "certificate.json"


class TemplateError(ValueError):
    """A template that cannot be used, naming the file, the element and the key."""


@dataclass(frozen=True)
class TextStyle:
    font: str
    size: float
    min_size: float
    max_lines: int
    leading: float = 1.3
    color: str = "text"
    upper: bool = False
    extra_lines: int = 0  # lines it may take beyond max_lines at min_size rather than be cut


@dataclass(frozen=True)
class Element:
    """One text on the page: fixed (x, y given) or an item of a flow (placed by the flow)."""

    id: str
    parts: tuple[str, ...]
    join: str
    style: TextStyle
    x: float = 0.0  # points from the left edge
    y: float = 0.0  # points from the TOP edge to the top of the block
    align: str = "center"
    max_width: float = 0.0
    when: str | None = None
    rule_below: float | str | None = None  # a short rule under the last line: width or "text"
    box: bool = False
    space_before: float = 0.0


@dataclass(frozen=True)
class Flow:
    """Items stacked top-down, centred vertically between top and bottom, shrunk together."""

    id: str
    top: float
    bottom: float
    x: float
    max_width: float
    align: str
    items: tuple[Element, ...]


@dataclass(frozen=True)
class Template:
    path: Path
    width: float
    height: float
    fonts: dict[str, str]
    colors: dict[str, str]
    texts: dict[str, str]
    border: dict[str, Any]
    qr: dict[str, float] | None  # None: the template prints no QR code
    elements: tuple[Element, ...]
    flows: tuple[Flow, ...] = field(default=())

    def color(self, key: str) -> str:
        return self.colors.get(key, key)


NO_QR_LABEL = "Kiểm tra: gõ số và mã kiểm tra vào SángKiến (sangkien verify):"


def without_qr(template: Template | None = None) -> Template:
    """The template (the default one if None) printing no QR code: the number and the check
    code stay, and their label no longer speaks of a QR code."""
    template = template or load_template()
    elements = tuple(
        replace(e, parts=(NO_QR_LABEL,)) if e.id == "code_label" else e for e in template.elements
    )
    return replace(template, qr=None, elements=elements)


def load_template(path: Path | str | None = None) -> Template:
    path = Path(path) if path else resource_path("templates", DEFAULT_TEMPLATE)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise TemplateError(Message("print.template_unreadable", path=path, error=error)) from error
    try:
        return _template(path, data)
    except KeyError as error:  # a whole section left out: name it
        said = Message("print.template_key_missing", key=error.args[0])
        raise TemplateError(Message("print.template_wrong", path=path, error=said)) from error
    except (TypeError, ValueError) as error:
        wrong = message_of(error) or error
        raise TemplateError(Message("print.template_wrong", path=path, error=wrong)) from error


def _template(path: Path, data: dict[str, Any]) -> Template:
    page = data["page"]
    return Template(
        path=path,
        width=float(page["width_mm"]) * mm,
        height=float(page["height_mm"]) * mm,
        fonts=dict(data["fonts"]),
        colors=dict(data.get("colors", {})),
        texts=dict(data.get("texts", {})),
        border=dict(data.get("border", {})),
        qr=_qr(data.get("qr")),
        elements=tuple(_element(e, fixed=True) for e in data.get("elements", [])),
        flows=tuple(_flow(f) for f in data.get("flows", [])),
    )


def _qr(data: dict[str, Any] | None) -> dict[str, float] | None:
    """Where the QR code goes; a template without "qr" (or with "qr": null) prints none, and
    the certificate is checked by its number and the check code the template prints."""
    if data is None:
        return None
    try:
        return {
            "x": data["x_mm"] * mm,
            "y": data["y_mm"] * mm,
            "size": data["size_mm"] * mm,
            "color": data.get("color", "text"),
        }
    except KeyError as error:
        raise ValueError(Message("print.element_key_missing", element="qr", key=error)) from None


def _flow(data: dict[str, Any]) -> Flow:
    return Flow(
        id=data["id"],
        top=data["top_mm"] * mm,
        bottom=data["bottom_mm"] * mm,
        x=data["x_mm"] * mm,
        max_width=data["max_width_mm"] * mm,
        align=_align(data.get("align", "center")),
        items=tuple(_element(item, fixed=False) for item in data["items"]),
    )


def _element(data: dict[str, Any], fixed: bool) -> Element:
    element = data.get("id", "?")
    try:
        return _element_of(data, fixed)
    except KeyError as error:
        raise ValueError(Message("print.element_key_missing", element=element, key=error)) from None
    except (TypeError, ValueError) as error:
        raise ValueError(Message("print.element_wrong", element=element, error=error)) from None


def _element_of(data: dict[str, Any], fixed: bool) -> Element:
    text = data["text"]
    parts = (text,) if isinstance(text, str) else tuple(str(part) for part in text)
    rule = data.get("rule_below_mm")
    return Element(
        id=str(data["id"]),
        parts=parts,
        join=str(data.get("join", " ")),
        style=_style(data),
        x=data["x_mm"] * mm if fixed else 0.0,
        y=data["y_mm"] * mm if fixed else 0.0,
        align=_align(data.get("align", "center")),
        max_width=data["max_width_mm"] * mm if fixed else 0.0,
        when=data.get("when"),
        rule_below=rule if rule in (None, "text") else float(rule) * mm,
        box=bool(data.get("box", False)),
        space_before=float(data.get("space_before_mm", 0)) * mm,
    )


def _style(data: dict[str, Any]) -> TextStyle:
    size = float(data["size"])
    style = TextStyle(
        font=str(data["font"]),
        size=size,
        min_size=float(data.get("min_size", size)),
        max_lines=int(data.get("max_lines", 1)),
        leading=float(data.get("leading", 1.3)),
        color=str(data.get("color", "text")),
        upper=bool(data.get("upper", False)),
        extra_lines=int(data.get("extra_lines", 0)),
    )
    if not 0 < style.min_size <= style.size or style.max_lines < 1 or style.extra_lines < 0:
        raise ValueError(Message("print.style_sizes"))
    return style


def _align(value: str) -> str:
    if value not in ("left", "center", "right"):
        raise ValueError(Message("print.align", value=value))
    return value
