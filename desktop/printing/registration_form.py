"""Đơn yêu cầu công nhận sáng kiến (Thông tư 18/2013/TT-BKHCN, Phụ lục I) as a Paper: for one
initiative, filled from the register, or blank, to be filled by hand."""

from __future__ import annotations

from db.queries.papers import FormData
from desktop.printing.paper import DOTS, MOTTO, Heading, Paper, Para, Signatures, TableBlock
from desktop.printing.vietnamese import place_and_date, short_date

TITLE = "ĐƠN YÊU CẦU CÔNG NHẬN SÁNG KIẾN"
AUTHOR_HEADERS = [
    "STT",
    "Họ và tên",
    "Ngày tháng năm sinh",
    "Nơi công tác (hoặc nơi thường trú)",
    "Chức danh",
    "Trình độ chuyên môn",
    "Tỷ lệ (%) đóng góp vào việc tạo ra sáng kiến",
]
AUTHOR_WIDTHS = [8, 19, 14, 21, 13, 13, 12]
UNDERTAKING = (
    "Tôi (chúng tôi) xin cam đoan mọi thông tin nêu trong đơn là trung thực, đúng sự thật và "
    "hoàn toàn chịu trách nhiệm trước pháp luật."
)
BLANK_ROWS = 4
LONG_DOTS = "…" * 60


def registration_paper(data: FormData) -> Paper:
    blank = not data.title
    align = "left" if blank else "justify"  # dotted lines to fill in are not stretched
    paper = Paper(f"{TITLE} {data.reg_no}".strip())
    paper.add(
        Heading(list(MOTTO), size=12.5, rule=True, space_after=12),
        Heading([TITLE], size=14, space_after=10),
        Para(data.addressee or DOTS * 2, label="Kính gửi:", align="center"),
        Para("Tôi (chúng tôi) ghi tên dưới đây:", size=12),
        TableBlock(AUTHOR_HEADERS, _author_rows(data), AUTHOR_WIDTHS, _AUTHOR_ALIGN, size=10),
        Para(
            _or_dots(data.title, blank),
            label="Là tác giả (nhóm tác giả) đề nghị xét công nhận sáng kiến:",
            align=align,
        ),
    )
    for label, value in _items(data):
        paper.add(Para(_or_dots(value, blank), label=label, align=align))
    paper.add(
        Para(UNDERTAKING, italic=False),
        Signatures(_signature_boxes(data), place_date=_place_date(data)),
    )
    return paper


_AUTHOR_ALIGN = ["center", "left", "center", "left", "left", "left", "center"]


def _author_rows(data: FormData) -> list[list[str]]:
    if not data.authors:
        return [[str(n), "", "", "", "", "", ""] for n in range(1, BLANK_ROWS + 1)]
    return [
        [
            str(n),
            a.full_name,
            short_date(a.birth_date),
            a.workplace,
            a.job_title,
            a.qualification,
            f"{a.share}%",
        ]
        for n, a in enumerate(data.authors, start=1)
    ]


def _items(data: FormData) -> list[tuple[str, str]]:
    return [
        ("- Chủ đầu tư tạo ra sáng kiến:", data.investor),
        ("- Lĩnh vực áp dụng sáng kiến:", data.field_name),
        (
            "- Ngày sáng kiến được áp dụng lần đầu hoặc áp dụng thử:",
            short_date(data.first_applied_on),
        ),
        ("- Mô tả bản chất của sáng kiến:", data.essence),
        ("- Những thông tin cần được bảo mật (nếu có):", data.confidential_info or _none(data)),
        ("- Những điều kiện cần thiết để áp dụng sáng kiến:", data.conditions),
        (
            "- Đánh giá lợi ích thu được hoặc dự kiến có thể thu được do áp dụng sáng kiến theo "
            "ý kiến của tác giả:",
            data.benefit_author,
        ),
        (
            "- Đánh giá lợi ích thu được hoặc dự kiến có thể thu được do áp dụng sáng kiến theo ý "
            "kiến của tổ chức, cá nhân đã tham gia áp dụng sáng kiến lần đầu, kể cả áp dụng thử "
            "(nếu có):",
            data.benefit_unit,
        ),
        (
            "- Danh sách những người đã tham gia áp dụng thử hoặc áp dụng sáng kiến lần đầu "
            "(nếu có):",
            data.first_appliers or _none(data),
        ),
    ]


def _none(data: FormData) -> str:
    return "Không có." if data.title else ""


def _or_dots(value: str, blank: bool) -> str:
    return value if value else (LONG_DOTS if blank else "")


def _signature_boxes(data: FormData) -> list[tuple[list[str], str]]:
    """One box per author, each with room to sign above the name: co-authors all sign the
    application (stacked names under one box left room for one signature)."""
    titles = ["Người nộp đơn", "(Ký và ghi rõ họ tên)"]
    names = [a.full_name for a in data.authors] or [""]
    return [(titles, name) for name in names]


def _place_date(data: FormData) -> str:
    if data.registered_on is None:
        return "…………, ngày …… tháng …… năm ……"
    return place_and_date("…………", data.registered_on)
