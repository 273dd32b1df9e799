"""Fitting text into a box: wrap at spaces, then shrink step by step, and as a last resort cut
with an ellipsis, so that nothing is ever drawn outside the box it was given."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from reportlab.pdfbase.pdfmetrics import stringWidth

STEP = 0.5  # points: how much smaller each try is
ELLIPSIS = "…"
_SPACES = re.compile(r"[ \t\r\f\v]+")
NO_BREAK = "\u00a0"  # a space inside a line never broken there (a person's name)


@dataclass(frozen=True)
class Fitted:
    lines: tuple[str, ...]
    size: float
    truncated: bool = False


def width_of(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


@lru_cache(maxsize=8192)
def unit_width(text: str, font: str) -> float:
    """Width at 1 pt. A TrueType string's width is the sum of its glyphs' (no kerning here), so
    it scales with the size: each word is measured once, whatever sizes a fit tries."""
    return stringWidth(text, font, 1.0)


def wrap(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Lines no wider than max_width; explicit newlines start new lines; a word longer than a
    whole line is broken between letters. Words are split at ordinary spaces only: a no-break
    space (NO_BREAK) keeps its neighbours on one line, and is printed as a space.

    A paragraph takes as few lines as greedy filling gives, and among the ways to break it into
    that many lines, the one that breaks at punctuation and phrase boundaries and keeps
    Vietnamese two-syllable words together where it can (`break_costs`)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = [word for word in _SPACES.split(paragraph) if word]
        lines.extend(_wrap_paragraph(words, font, size, max_width))
    return [line.replace(NO_BREAK, " ") for line in lines]


def _wrap_paragraph(words: list[str], font: str, size: float, max_width: float) -> list[str]:
    greedy = _greedy(words, font, size, max_width)
    limit = max_width / size + 1e-9
    if len(greedy) < 2 or any(unit_width(word, font) > limit for word in words):
        return greedy
    return _best_breaks(words, font, limit, len(greedy))


def _greedy(words: list[str], font: str, size: float, max_width: float) -> list[str]:
    limit = max_width / size + 1e-9  # compare in 1-pt units
    space = unit_width(" ", font)
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for word in words:
        width = unit_width(word, font)
        if current and used + space + width <= limit:
            current.append(word)
            used += space + width
            continue
        if current:
            lines.append(" ".join(current))
        if width <= limit:
            current, used = [word], width
            continue
        pieces = _break_word(word, font, size, max_width)
        lines.extend(pieces[:-1])
        current, used = [pieces[-1]], unit_width(pieces[-1], font)
    if current:
        lines.append(" ".join(current))
    return lines


# ---- where a Vietnamese line may break ------------------------------------------------------------


# Words that open a phrase (prepositions, conjunctions, classifiers): a line may start with one.
def _words(text: str) -> list[str]:
    return text.split()


PHRASE_OPENERS = frozenset(
    _words(
        "và của cho trong nhằm để các những với từ về tại theo bằng trên dưới ở khi nhưng hoặc do "
        "vì nên là được bị có đến qua giữa sau trước ngoài thuộc cùng sang tới mà"
    )
)
# Frequent two-syllable words of initiative titles and unit names, never split when met.
_PAIRS = _words("""
an toàn bảo dưỡng bảo vệ bảo trì bể chứa bồi dưỡng cải tiến cải tạo căn chỉnh cảnh báo chân đế
chất lượng chất thải chế tạo chi phí chi tiết chuyển đổi công nghệ công suất công tác công trình
công ty dầu khí dòng chảy dung dịch đánh giá đào tạo điều khiển điện năng đo đếm đồng bộ đồng hành
đồng tâm đơn vị đường ống giải pháp giám sát giàn khoan hệ thống hiện tượng hiện đại hiệu quả
hiệu suất hóa phẩm hoàn thiện hướng dẫn kế hoạch khai thác khắc phục khảo sát khí cháy kiểm định
kiểm soát kiểm tra kỹ thuật lắng đọng lắp đặt lắp ráp lưu lượng mài mòn máy bơm máy nén môi trường
năng lượng năng suất nâng cao ngoài khơi nghiên cứu nhà máy nhiên liệu nhiệt độ nước thải phần mềm
phát hiện phân tích phòng chống phục hồi phục vụ quản lý quy trình rò rỉ rung động sản lượng
sản phẩm sản xuất sáng kiến sáng tạo sửa chữa tác nghiệp thay thế thi công thiết bị thiết kế
thu gom tiết kiệm tối ưu tự động ứng dụng vận chuyển vận hành vật liệu vật tư xây dựng xây lắp
xí nghiệp xử lý áp suất ăn mòn
""")
VIETNAMESE_WORDS = frozenset(zip(_PAIRS[::2], _PAIRS[1::2], strict=True))
_CLOSING = tuple(",;:.!?)”’")
RAGGED = 30.0  # cost of a line left empty, against the break costs below


def break_costs(words: list[str]) -> list[float]:
    """How bad a line break after each word but the last is. Vietnamese writes every syllable
    apart, so a space may fall inside a word ('mài mòn'). Best: after punctuation (0) and before
    a word that opens a phrase (1); beside a known word (3); never inside one (20). Elsewhere in
    a run of unknown syllables, a break after an even number of them (most words have two) is a
    fair guess (5) and after an odd number a likely split word (12); inside a name or before a
    number 15; right after an opening word, which would dangle, 8."""
    lower = [word.lower() for word in words]
    inside = [False] * len(words)  # the gap after word i falls inside a known word
    i = 0
    while i < len(words) - 1:
        if (lower[i], lower[i + 1]) in VIETNAMESE_WORDS:
            inside[i] = True
            i += 2
        else:
            i += 1
    costs, run = [], 0
    for i, (word, following) in enumerate(pairwise(words)):
        ends_known = i > 0 and inside[i - 1]
        run = 0 if ends_known or inside[i] or _run_boundary(word) else run + 1
        costs.append(_cost(word, following, lower[i], inside, i, ends_known, run))
    return costs


def _cost(word, following, low, inside, i, ends_known, run) -> float:
    if inside[i]:
        return 20.0
    if word.endswith(_CLOSING) or following.startswith("("):
        return 0.0
    if following.lower() in PHRASE_OPENERS:
        return 1.0
    if low in PHRASE_OPENERS and not ends_known:
        return 8.0
    if following[:1].isdigit() or (word[:1].isupper() and following[:1].isupper()):
        return 15.0
    if ends_known or inside[i + 1]:
        return 3.0
    return 5.0 if run % 2 == 0 else 12.0


def _run_boundary(word: str) -> bool:
    return word.endswith(_CLOSING) or word.lower() in PHRASE_OPENERS or word in ("–", "-")


def _best_breaks(words: list[str], font: str, limit: float, count: int) -> list[str]:
    """The paragraph in at most `count` lines, each within `limit`, breaking where the sum of
    break costs and of the lines' squared emptiness is least (the last line's counts a third:
    it may be short, but a word left alone on it looks lost under a centred block)."""
    space = unit_width(" ", font)
    ends = [0.0]
    for word in words:
        ends.append(ends[-1] + unit_width(word, font) + space)
    n = len(words)
    costs = break_costs(words)
    # best[k][j]: the least cost of the first j words in k lines; choice[k][j]: where line k starts
    inf = float("inf")
    best = [[inf] * (n + 1) for _ in range(count + 1)]
    choice = [[0] * (n + 1) for _ in range(count + 1)]
    best[0][0] = 0.0
    for k in range(1, count + 1):
        for j in range(1, n + 1):
            last = j == n
            for i in range(j - 1, -1, -1):
                width = ends[j] - ends[i] - space
                if width > limit:
                    break
                if best[k - 1][i] == inf:
                    continue
                cost = best[k - 1][i] + (0.0 if last else costs[j - 1])
                emptiness = ((limit - width) / limit) ** 2
                cost += RAGGED * (emptiness if not last else emptiness / 3)
                if cost < best[k][j]:
                    best[k][j], choice[k][j] = cost, i
    lines_used = min(range(1, count + 1), key=lambda k: best[k][n])
    lines, j = [], n
    for k in range(lines_used, 0, -1):
        i = choice[k][j]
        lines.append(" ".join(words[i:j]))
        j = i
    return lines[::-1]


def _break_word(word: str, font: str, size: float, max_width: float) -> list[str]:
    pieces = [""]
    for letter in word:
        if pieces[-1] and width_of(pieces[-1] + letter, font, size) > max_width:
            pieces.append("")
        pieces[-1] += letter
    return pieces


@lru_cache(maxsize=4096)  # a batch fits the same headings, labels and names on every page
def fit(
    text: str,
    font: str,
    size: float,
    min_size: float,
    max_width: float,
    max_lines: int,
    extra_lines: int = 0,
) -> Fitted:
    """The largest size from `size` down to `min_size` at which `text` wraps into `max_lines`;
    if none does, at `min_size` in up to `max_lines + extra_lines`; if that fails too, the first
    of those lines, the last ending in '…'."""
    current = size
    while True:
        lines = wrap(text, font, current, max_width)
        if len(lines) <= max_lines:
            return Fitted(tuple(lines), current)
        if current - STEP < min_size - 1e-9:
            break
        current -= STEP
    lines = wrap(text, font, min_size, max_width)
    allowed = max_lines + extra_lines
    if len(lines) <= allowed:
        return Fitted(tuple(lines), min_size)
    return Fitted(_cut(lines, allowed, font, min_size, max_width), min_size, truncated=True)


def _cut(lines: list[str], max_lines: int, font: str, size: float, max_width: float) -> tuple:
    kept = lines[:max_lines]
    last = kept[-1]
    while last and width_of(last + ELLIPSIS, font, size) > max_width:
        last = last[:-1].rstrip()
    kept[-1] = last + ELLIPSIS
    return tuple(kept)
