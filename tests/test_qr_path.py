"""The QR code on a certificate is one path of rectangles: every dark module of the symbol is
covered, and no light one (checked module by module against segno's own matrix)."""

import segno

from desktop.printing.qr import MASK, OVERLAP, qr_path, qr_rows

PAYLOAD = "SK1:CDDKVN-2023-00042:ABCDEFGHJKMNPQRSTVWXYZ0123456789ABCDEFGHJKMNPQRS"


def covered_modules(path: str, count: int) -> set[tuple[int, int]]:
    """(row from the top, column) of every module the path's rectangles cover."""
    cells = set()
    for line in path.splitlines():
        x, y, width, height, op = line.split()
        assert op == "re"
        bottom = round(float(y) + OVERLAP)
        rows = round(float(height) - OVERLAP)
        for column in range(int(x), int(x) + int(width)):
            for up in range(rows):
                cells.add((count - 1 - (bottom + up), column))
    return cells


def test_the_path_covers_exactly_the_dark_modules():
    matrix = segno.make(PAYLOAD, error="m", micro=False, mask=MASK).matrix
    dark = {(r, c) for r, row in enumerate(matrix) for c, bit in enumerate(row) if bit}
    path = qr_path(qr_rows(PAYLOAD))
    assert covered_modules(path, len(matrix)) == dark
