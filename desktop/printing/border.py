"""The certificate's decorative frame: a double rule, a guilloche band of interlaced waves, an
inner double rule and rosettes in the corners. Drawn once per PDF into a form (XObject) that
every page reuses, so thousands of pages cost one copy of it."""

from __future__ import annotations

import math

from reportlab.lib.colors import HexColor, white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

FORM_NAME = "sk_border"
WAVE_PERIOD = 6 * mm
# A cubic Bézier through (0,0) and (π/2, 1) with these handles follows sin(x) within 0.1%.
_SINE_HANDLE_1 = 0.5251
_SINE_HANDLE_2 = 1.0


def define_border_form(canvas: Canvas, width: float, height: float, spec: dict, colors) -> str:
    """Record the frame as a form in this canvas's document; returns the name for doForm."""
    canvas.beginForm(FORM_NAME, lowerx=0, lowery=0, upperx=width, uppery=height)
    draw_border(canvas, width, height, spec, colors)
    canvas.endForm()
    return FORM_NAME


def draw_border(canvas: Canvas, width: float, height: float, spec: dict, colors) -> None:
    inset = float(spec.get("inset_mm", 7)) * mm
    accent = HexColor(colors(spec.get("color", "accent")))
    gold = HexColor(colors(spec.get("ornament", "gold")))
    _frame(canvas, width, height, inset, 2.4, accent)
    _frame(canvas, width, height, inset + 1.4 * mm, 0.7, gold)
    _guilloche(canvas, width, height, inset + 5 * mm, 2.1 * mm, gold, accent)
    _frame(canvas, width, height, inset + 8.6 * mm, 1.1, accent)
    _frame(canvas, width, height, inset + 9.6 * mm, 0.45, gold)
    for cx, cy in _corners(width, height, inset + 5 * mm):
        _rosette(canvas, cx, cy, 4.6 * mm, accent, gold)
    for cx, cy in _side_middles(width, height, inset + 5 * mm):
        _diamond(canvas, cx, cy, 3.2 * mm, accent, gold)


def _frame(canvas: Canvas, width: float, height: float, inset: float, line: float, color) -> None:
    canvas.setStrokeColor(color)
    canvas.setLineWidth(line)
    canvas.rect(inset, inset, width - 2 * inset, height - 2 * inset, stroke=1, fill=0)


def _corners(width: float, height: float, inset: float) -> list[tuple[float, float]]:
    return [
        (inset, inset),
        (width - inset, inset),
        (width - inset, height - inset),
        (inset, height - inset),
    ]


def _side_middles(width: float, height: float, inset: float) -> list[tuple[float, float]]:
    return [
        (width / 2, inset),
        (width / 2, height - inset),
        (inset, height / 2),
        (width - inset, height / 2),
    ]


def _guilloche(canvas: Canvas, width, height, inset, amplitude, gold, accent) -> None:
    """Two waves in opposite phase and a finer one between them, along the four sides."""
    sides = [
        ((inset, inset), (width - inset, inset)),
        ((width - inset, inset), (width - inset, height - inset)),
        ((width - inset, height - inset), (inset, height - inset)),
        ((inset, height - inset), (inset, inset)),
    ]
    for colour, line, amp, phase, periods_scale in (
        (gold, 0.55, amplitude, 0.0, 1),
        (gold, 0.55, amplitude, math.pi, 1),
        (accent, 0.35, amplitude * 0.55, 0.0, 2),
    ):
        canvas.setStrokeColor(colour)
        canvas.setLineWidth(line)
        path = canvas.beginPath()
        for start, end in sides:
            _wave(path, start, end, amp, phase, periods_scale)
        canvas.drawPath(path, stroke=1, fill=0)


def _wave(path, start, end, amplitude, phase, periods_scale) -> None:
    """A sine wave from start to end with a whole number of periods (so sides meet cleanly)."""
    (x0, y0), (x1, y1) = start, end
    length = math.hypot(x1 - x0, y1 - y0)
    quarters = 4 * max(1, round(length / WAVE_PERIOD)) * periods_scale
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    nx, ny = -uy, ux
    step = length / quarters
    sign = -1 if phase else 1

    def point(t: float, s: float) -> tuple[float, float]:
        return x0 + ux * t + nx * s * sign * amplitude, y0 + uy * t + ny * s * sign * amplitude

    path.moveTo(*point(0, 0))
    for q in range(quarters):
        _quarter(path, point, q, step)


def _quarter(path, point, q: int, step: float) -> None:
    """One quarter period of sin, as a Bézier curve (rising or falling, above or below)."""
    t0, t1 = q * step, (q + 1) * step
    half = (q // 2) % 2  # 0: positive half-wave, 1: negative
    sgn = -1 if half else 1
    k1, k2 = _SINE_HANDLE_1 * step / (math.pi / 2), _SINE_HANDLE_2 * step / (math.pi / 2)
    if q % 2 == 0:  # from 0 up (or down) to the crest
        c1 = point(t0 + k1, sgn * k1 / step * (math.pi / 2))
        c2 = point(t0 + k2, sgn * 1.0)
        end = point(t1, sgn * 1.0)
    else:  # from the crest back to 0
        c1 = point(t1 - k2, sgn * 1.0)
        c2 = point(t1 - k1, sgn * k1 / step * (math.pi / 2))
        end = point(t1, 0)
    path.curveTo(*c1, *c2, *end)


def _rosette(canvas: Canvas, cx: float, cy: float, radius: float, accent, gold) -> None:
    canvas.setFillColor(white)
    canvas.setStrokeColor(gold)
    canvas.setLineWidth(0.8)
    canvas.circle(cx, cy, radius * 1.08, stroke=1, fill=1)
    canvas.setFillColor(accent)
    canvas.circle(cx, cy, radius * 0.92, stroke=0, fill=1)
    canvas.setFillColor(gold)
    for petal in range(8):
        _petal(canvas, cx, cy, radius * 0.8, petal * math.pi / 4)
    canvas.setFillColor(accent)
    canvas.circle(cx, cy, radius * 0.22, stroke=0, fill=1)
    canvas.setFillColor(gold)
    canvas.circle(cx, cy, radius * 0.12, stroke=0, fill=1)


def _petal(canvas: Canvas, cx: float, cy: float, length: float, angle: float) -> None:
    """A pointed leaf from the centre outwards, at `angle`."""
    ux, uy = math.cos(angle), math.sin(angle)
    nx, ny = -uy, ux
    w = length * 0.28
    tip = (cx + ux * length, cy + uy * length)
    path = canvas.beginPath()
    path.moveTo(cx, cy)
    path.curveTo(
        cx + ux * length * 0.3 + nx * w,
        cy + uy * length * 0.3 + ny * w,
        cx + ux * length * 0.75 + nx * w * 0.6,
        cy + uy * length * 0.75 + ny * w * 0.6,
        *tip,
    )
    path.curveTo(
        cx + ux * length * 0.75 - nx * w * 0.6,
        cy + uy * length * 0.75 - ny * w * 0.6,
        cx + ux * length * 0.3 - nx * w,
        cy + uy * length * 0.3 - ny * w,
        cx,
        cy,
    )
    canvas.drawPath(path, stroke=0, fill=1)


def _diamond(canvas: Canvas, cx: float, cy: float, half: float, accent, gold) -> None:
    canvas.setFillColor(white)
    canvas.setStrokeColor(gold)
    canvas.setLineWidth(0.8)
    _diamond_path(canvas, cx, cy, half * 1.25, stroke=1)
    canvas.setFillColor(accent)
    _diamond_path(canvas, cx, cy, half, stroke=0)
    canvas.setFillColor(gold)
    _diamond_path(canvas, cx, cy, half * 0.4, stroke=0)


def _diamond_path(canvas: Canvas, cx: float, cy: float, half: float, stroke: int) -> None:
    path = canvas.beginPath()
    path.moveTo(cx, cy + half)
    path.lineTo(cx + half, cy)
    path.lineTo(cx, cy - half)
    path.lineTo(cx - half, cy)
    path.close()
    canvas.drawPath(path, stroke=stroke, fill=1)
