"""QR codes drawn as one filled path: the payload is encoded once, and the dark modules become
one path of PDF operators written straight into the page, one rectangle per run of dark modules
(ReportLab's QrCodeWidget encodes twice and draws a shape per module: ~95% of a certificate's time,
tests/benchmarks/RESULTS.md; ReportLab's own path object formats every number: half the QR's drawing time).

A certificate's payload is QR 'alphanumeric' text (digits, capitals, '-', ':'), and segno spent
most of a page's time encoding it in pure Python, module by module. Such payloads are encoded here
instead (`_alphanumeric_matrix`): the symbol's fixed parts, the order of its data modules and its
mask are worked out once per version, so a payload costs its Reed–Solomon division and a few
string operations done in C. The result is module for module what segno makes with the same
options (tests/test_qr_path.py checks a thousand payloads); any other payload goes to segno.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter

import segno
from reportlab.pdfgen.canvas import Canvas
from segno import consts

# The payload is a certificate number and a base32 signature: high-entropy text, for which the
# eight masks score almost alike. segno's search for the best one is 75% of a page's time, so
# the mask is fixed: 4, the one the search itself picks most often for these payloads (a third of
# the time in 200 tries). Any mask is valid QR; the codes decode at 100 dpi (tests/…pdf).
MASK = 4
# Each run is drawn this much taller than a module so that rows overlap: no hairline seams
# between rows in anti-aliasing viewers, and a scanner does not notice 3% of a module.
OVERLAP = 0.03

ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_ALNUM_VALUE = {ch: value for value, ch in enumerate(ALPHANUMERIC)}
_DARK_RUN = re.compile("1+")
# Error levels from the one asked for upwards: a level is raised while the version stays (as
# segno's boost_error does).
_LEVELS = (consts.ERROR_LEVEL_L, consts.ERROR_LEVEL_M, consts.ERROR_LEVEL_Q, consts.ERROR_LEVEL_H)


def qr_rows(payload: str) -> list[list[tuple[int, int]]]:
    """For each row of the symbol (top first), its dark runs as (first column, length)."""
    if payload and all(ch in _ALNUM_VALUE for ch in payload):
        flat, size = _alphanumeric_matrix(payload)
        return [
            [
                (m.start() - top, m.end() - m.start())
                for m in _DARK_RUN.finditer(flat, top, top + size)
            ]
            for top in range(0, size * size, size)
        ]
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
    path, count = qr_operators(payload)
    module = size / count
    canvas.saveState()
    canvas.addLiteral(f"{module:g} 0 0 {module:g} {x:g} {y:g} cm\n{path}\nf")
    canvas.restoreState()


def qr_operators(payload: str) -> tuple[str, int]:
    """qr_path(qr_rows(payload)) and the symbol's width, made straight from the encoded
    symbol's string for an alphanumeric payload (no list of runs in between)."""
    if not (payload and all(ch in _ALNUM_VALUE for ch in payload)):
        rows = qr_rows(payload)
        return qr_path(rows), len(rows)
    flat, size = _alphanumeric_matrix(payload)
    height = f"{1 + OVERLAP:g}"
    rects = []
    for index, top in enumerate(range(0, size * size, size)):
        row = f" {size - 1 - index - OVERLAP:g} "
        rects.extend(
            f"{m.start() - top}{row}{m.end() - m.start()} {height} re"
            for m in _DARK_RUN.finditer(flat, top, top + size)
        )
    return "\n".join(rects), size


# ---- encoding an alphanumeric payload (ISO/IEC 18004, the parts a single segment needs) ----------


def _alphanumeric_matrix(payload: str) -> tuple[str, int]:
    """The symbol as one string of '0'/'1', row after row (top first), and its width."""
    bits, length = _segment_bits(payload)
    version, error = _version_and_error(length, len(payload))
    count_bits = _count_bits(version)
    header = (consts.MODE_ALPHANUMERIC << count_bits) | len(payload)
    bits, length = (header << length) | bits, 4 + count_bits + length
    capacity = consts.SYMBOL_CAPACITY[version][error]
    pad = min(4, capacity - length)  # the terminator
    # then zeros up to a whole byte; like segno (whose symbols these must equal), a whole zero
    # byte when the terminator already ends on one (a reader stops at the terminator)
    pad = min(pad + 8 - (length + pad) % 8, capacity - length)
    bits, length = bits << pad, length + pad
    data = bits.to_bytes(length // 8, "big") + _PAD_BYTES[: (capacity - length) // 8]
    message = _interleaved(data, consts.ECC[version][error])
    frame = _frame(version, error)
    source = f"{int.from_bytes(message, 'big'):0{len(message) * 8}b}" + "0" * frame.spare + "01"
    modules = "".join(frame.pick(source))
    return f"{int(modules, 2) ^ frame.mask:0{frame.size * frame.size}b}", frame.size


_PAD_BYTES = bytes((0xEC, 0x11)) * 1500


def _segment_bits(payload: str) -> tuple[int, int]:
    """The payload's characters, two to 11 bits, as an integer, and how many bits."""
    values = [_ALNUM_VALUE[ch] for ch in payload]
    bits = length = 0
    for index in range(0, len(values) - 1, 2):
        bits = (bits << 11) | (values[index] * 45 + values[index + 1])
        length += 11
    if len(values) % 2:
        bits, length = (bits << 6) | values[-1], length + 6
    return bits, length


def _version_and_error(data_length: int, chars: int) -> tuple[int, int]:
    """The smallest version that holds the payload at level M, then the highest level that
    keeps that version. Raises ValueError if nothing holds it."""
    for version in range(1, 41):
        count_bits = _count_bits(version)
        length = 4 + count_bits + data_length
        if chars >= 1 << count_bits or consts.SYMBOL_CAPACITY[version][_LEVELS[1]] < length:
            continue
        error = _LEVELS[1]
        for level in _LEVELS[2:]:
            if consts.SYMBOL_CAPACITY[version][level] < length:
                break
            error = level
        return version, error
    raise ValueError("QR payload too long")


def _count_bits(version: int) -> int:
    if version < 10:
        band = consts.VERSION_RANGE_01_09
    elif version < 27:
        band = consts.VERSION_RANGE_10_26
    else:
        band = consts.VERSION_RANGE_27_40
    return consts.CHAR_COUNT_INDICATOR_LENGTH[consts.MODE_ALPHANUMERIC][band]


# ---- error correction ----------------------------------------------------------------------------


def _gf_tables() -> tuple[list[int], list[int]]:
    exp, log = [0] * 512, [0] * 256
    value = 1
    for power in range(255):
        exp[power], log[value] = value, power
        value <<= 1
        if value & 0x100:
            value ^= 0x11D
    for power in range(255, 512):
        exp[power] = exp[power - 255]
    return exp, log


_EXP, _LOG = _gf_tables()


def _times(a: int, b: int) -> int:
    return 0 if a == 0 or b == 0 else _EXP[_LOG[a] + _LOG[b]]


@lru_cache(maxsize=64)
def _remainder_table(degree: int) -> tuple[int, ...]:
    """For each byte f, f times the generator polynomial of `degree` (its leading 1 left out),
    as one integer of `degree` bytes: the division's step is then a shift and one XOR."""
    generator = [1]
    for power in range(degree):
        root = _EXP[power]
        generator = [
            (generator[i] if i < len(generator) else 0)
            ^ (_times(generator[i - 1], root) if i else 0)
            for i in range(len(generator) + 1)
        ]
    coefficients = generator[1:]
    return tuple(
        int.from_bytes(bytes(_times(c, f) for c in coefficients), "big") for f in range(256)
    )


def _ecc(block: bytes, degree: int) -> bytes:
    table = _remainder_table(degree)
    shift, keep = 8 * (degree - 1), (1 << (8 * degree)) - 1
    remainder = 0
    for byte in block:
        remainder = ((remainder << 8) & keep) ^ table[byte ^ (remainder >> shift)]
    return remainder.to_bytes(degree, "big")


def _interleaved(data: bytes, groups) -> bytes:
    """The data split into the version's blocks, each with its error correction, interleaved."""
    blocks, start = [], 0
    for group in groups:
        for _ in range(group.num_blocks):
            blocks.append(data[start : start + group.num_data])
            start += group.num_data
    degree = groups[0].num_total - groups[0].num_data
    corrections = [_ecc(block, degree) for block in blocks]
    out = bytearray()
    for index in range(max(len(block) for block in blocks)):
        out.extend(block[index] for block in blocks if index < len(block))
    for index in range(degree):
        out.extend(correction[index] for correction in corrections)
    return bytes(out)


# ---- the symbol's frame: fixed patterns, where the data goes, the mask ---------------------------


class _Frame:
    """For one version and error level: which source bit each module shows (`pick`), how many
    remainder bits the data leaves (`spare`) and the mask over the data modules (`mask`)."""

    def __init__(self, version: int, error: int) -> None:
        size = self.size = version * 4 + 17
        fixed: dict[tuple[int, int], int] = {}
        _finders(fixed, size)
        _alignments(fixed, version, size)
        for i in range(size):
            fixed.setdefault((6, i), int(i % 2 == 0))
            fixed.setdefault((i, 6), int(i % 2 == 0))
        _format_info(fixed, size, consts.FORMAT_INFO[error << 3 | MASK])
        if version >= 7:
            _version_info(fixed, size, consts.VERSION_INFO[version - 7])
        order = _data_order(fixed, size)
        data_bits = 8 * sum(g.num_blocks * g.num_total for g in consts.ECC[version][error])
        self.spare = len(order) - data_bits
        light, dark = len(order), len(order) + 1
        index = {position: n for n, position in enumerate(order)}
        picks, mask = [], 0
        for row in range(size):
            for column in range(size):
                mask <<= 1
                if (row, column) in fixed:
                    picks.append(dark if fixed[row, column] else light)
                else:
                    picks.append(index[row, column])
                    mask |= int((row // 2 + column // 3) % 2 == 0)  # mask 4
        self.pick = itemgetter(*picks)
        self.mask = mask


@lru_cache(maxsize=16)
def _frame(version: int, error: int) -> _Frame:
    return _Frame(version, error)


def _finders(fixed: dict, size: int) -> None:
    for top, left in ((0, 0), (0, size - 7), (size - 7, 0)):
        for dy in range(-1, 8):
            for dx in range(-1, 8):
                row, column = top + dy, left + dx
                if 0 <= row < size and 0 <= column < size:
                    ring = max(abs(dy - 3), abs(dx - 3))
                    fixed[row, column] = int(ring not in (2, 4))


def _alignments(fixed: dict, version: int, size: int) -> None:
    if version < 2:
        return
    centres = consts.ALIGNMENT_POS[version - 2]
    last = len(centres) - 1
    for i, row in enumerate(centres):
        for j, column in enumerate(centres):
            if (i, j) in ((0, 0), (0, last), (last, 0)):
                continue
            for dy in range(-2, 3):
                for dx in range(-2, 3):
                    fixed[row + dy, column + dx] = int(max(abs(dy), abs(dx)) != 1)


def _format_info(fixed: dict, size: int, bits: int) -> None:
    def bit(i: int) -> int:
        return (bits >> i) & 1

    for i in range(6):
        fixed[i, 8] = bit(i)
    fixed[7, 8], fixed[8, 8], fixed[8, 7] = bit(6), bit(7), bit(8)
    for i in range(9, 15):
        fixed[8, 14 - i] = bit(i)
    for i in range(8):
        fixed[8, size - 1 - i] = bit(i)
    for i in range(8, 15):
        fixed[size - 15 + i, 8] = bit(i)
    fixed[size - 8, 8] = 1  # the dark module


def _version_info(fixed: dict, size: int, bits: int) -> None:
    for i in range(18):
        a, b = size - 11 + i % 3, i // 3
        fixed[b, a] = fixed[a, b] = (bits >> i) & 1


def _data_order(fixed: dict, size: int) -> list[tuple[int, int]]:
    """Every other module, in the order the codewords' bits fill them: two columns at a time
    from the right, upwards then downwards, skipping the vertical timing pattern."""
    order = []
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        upward = (right + 1) & 2 == 0
        for vertical in range(size):
            row = size - 1 - vertical if upward else vertical
            for column in (right, right - 1):
                if (row, column) not in fixed:
                    order.append((row, column))
        right -= 2
    return order
