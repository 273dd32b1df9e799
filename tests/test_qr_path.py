"""The QR code on a certificate is one path of rectangles: every dark module of the symbol is
covered, and no light one (checked module by module against segno's own matrix)."""

import segno

from desktop.printing.qr import MASK, OVERLAP, qr_operators, qr_path, qr_rows

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


def test_certificate_payloads_encode_to_segnos_very_symbols():
    """The fast encoder of alphanumeric payloads gives, module for module, the symbol segno
    makes with the same options: every length from 1 to 300 characters (versions 1 to 11, the
    error level raised where the version allows) and certificate-like payloads."""
    import random

    from desktop.printing.qr import ALPHANUMERIC, _alphanumeric_matrix

    rng = random.Random(15)
    payloads = ["A" + "".join(rng.choice(ALPHANUMERIC) for _ in range(n)) for n in range(300)]
    payloads += [
        f"SK1:VSP-XNXL-{rng.randint(2021, 2023)}-{rng.randint(1, 99999):05d}:"
        + "".join(rng.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(103))
        for _ in range(200)
    ]
    for payload in payloads:
        flat, size = _alphanumeric_matrix(payload)
        matrix = segno.make(payload, error="m", micro=False, mask=MASK).matrix
        assert size == len(matrix)
        assert flat == "".join(map(str, (bit for row in matrix for bit in row))), payload
        assert qr_operators(payload) == (qr_path(qr_rows(payload)), size)


def test_a_payload_that_is_not_alphanumeric_still_gets_its_code():
    payload = "sk1:vsp-2023-00001:lower case"
    matrix = segno.make(payload, error="m", micro=False, mask=MASK).matrix
    dark = {(r, c) for r, row in enumerate(matrix) for c, bit in enumerate(row) if bit}
    assert covered_modules(qr_path(qr_rows(payload)), len(matrix)) == dark
