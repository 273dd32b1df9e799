"""QR codes drawn as one filled path: segno encodes the payload once, and the dark modules become
one path of PDF operators written straight into the page, one rectangle per run of dark modules
(ReportLab's QrCodeWidget encodes twice and draws a shape per module: ~95% of a certificate's time,
see MEASURED.md; ReportLab's own path object formats every number: half the QR's drawing time)."""

from __future__ import annotations

import segno
from reportlab.pdfgen.canvas import Canvas

# The payload is a certificate number and a base32 signature: high-entropy text, for which the
# eight masks score almost alike. segno's search for the best one is 75% of a page's time, so
# the mask is fixed: 4, the one the search itself picks most often for these payloads (a third of
# the time in 200 tries). Any mask is valid QR; the codes decode at 100 dpi (tests/…pdf).
MASK = 4
# Each run is drawn this much taller than a module so that rows overlap: no hairline seams
# between rows in anti-aliasing viewers, and a scanner does not notice 3% of a module.
OVERLAP = 0.03


def qr_rows(payload: str) -> list[list[tuple[int, int]]]:
    """For each row of the symbol (top first), its dark runs as (first column, length)."""
    matrix = segno.make(payload, error="m", micro=False, mask=MASK).matrix
    return [_runs(row) for row in matrix]


def _runs(row: bytes | bytearray) -> list[tuple[int, int]]:
    runs = []
    start = None
    for column, dark in enumerate(row):
        if dark and start is None:
            start = column
        elif not dark and start is not None:
            runs.append((start, column - start))
            start = None
    if start is not None:
        runs.append((start, len(row) - start))
    return runs


def qr_path(rows: list[list[tuple[int, int]]]) -> str:
    """The PDF path operators (in module units, origin at the lower left) of every dark module:
    one rectangle per run, each a little taller than its row (OVERLAP)."""
    count, height = len(rows), f"{1 + OVERLAP:g}"
    rects = []
    for index, runs in enumerate(rows):
        bottom = f"{count - 1 - index - OVERLAP:g}"
        rects.extend(f"{column} {bottom} {length} {height} re" for column, length in runs)
    return "\n".join(rects)


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw the QR code of `payload` as a size×size square whose lower-left corner is (x, y),
    in the current fill colour (leave a white quiet zone of 4 modules around it)."""
    rows = qr_rows(payload)
    module = size / len(rows)
    canvas.saveState()
    canvas.addLiteral(f"{module:g} 0 0 {module:g} {x:g} {y:g} cm\n{qr_path(rows)}\nf")
    canvas.restoreState()
