"""The council's papers as Papers: the scoring sheet (Phiếu chấm điểm) per initiative and member,
the minutes of a session (Biên bản họp Hội đồng sáng kiến), and the list attached to a
recognition decision (Danh sách sáng kiến được công nhận kèm theo Quyết định số …)."""

from __future__ import annotations

import datetime as dt

from db.queries.papers import CouncilItem
from db.search import fold
from db.vocab import GRADE, MAX_SCORE, REVIEW_OUTCOME, grade_for_total
from desktop.printing.paper import (
    DOTS,
    HeaderPair,
    Heading,
    PageBreak,
    Paper,
    Para,
    Signatures,
    TableBlock,
)
from desktop.printing.vietnamese import money, place_and_date, short_date

ORGANISATION = ["CÔNG ĐOÀN DẦU KHÍ VIỆT NAM", "HỘI ĐỒNG SÁNG KIẾN"]
CRITERIA = [
    ("Tính mới của sáng kiến", "score_novelty"),
    ("Khả năng áp dụng, nhân rộng", "score_applicability"),
    ("Hiệu quả, lợi ích mang lại", "score_benefit"),
]


def _grade_rule() -> str:
    thresholds = [(total, grade_for_total(total)) for total in (24, 18, 12)]
    return "; ".join(f"{GRADE.label(g)}: từ {t} điểm" for t, g in thresholds) + (
        "; dưới 12 điểm: không xếp loại."
    )


# ---- scoring sheet -------------------------------------------------------------------------------


def scoring_paper(items: list[CouncilItem], members: list[str], council: str = "") -> Paper:
    """One page per initiative and member (a blank name line when no member is given)."""
    paper = Paper("Phiếu chấm điểm sáng kiến")
    first = True
    for item in items:
        for member in members or [""]:
            if not first:
                paper.add(PageBreak())
            first = False
            _scoring_page(paper, item, member, council)
    return paper


def _scoring_page(paper: Paper, item: CouncilItem, member: str, council: str) -> None:
    paper.add(
        HeaderPair(_organisation(council)),
        Heading(["PHIẾU CHẤM ĐIỂM SÁNG KIẾN"], size=14, space_after=8),
        Para(member or DOTS * 2, label="Họ và tên thành viên Hội đồng:"),
        Para(item.reg_no, label="Số đăng ký:"),
        Para(item.title, label="Tên sáng kiến:"),
        Para(item.authors, label="Tác giả:"),
        Para(item.unit, label="Đơn vị:"),
        Para(item.field, label="Lĩnh vực:"),
        TableBlock(
            ["STT", "Tiêu chí", "Điểm tối đa", "Điểm chấm", "Nhận xét"],
            [
                [str(n), name, str(MAX_SCORE), "", ""]
                for n, (name, _key) in enumerate(CRITERIA, start=1)
            ]
            + [["", "Tổng cộng", str(MAX_SCORE * len(CRITERIA)), "", ""]],
            [8, 34, 12, 12, 34],
            ["center", "left", "center", "center", "left"],
        ),
        Para(_grade_rule(), italic=True, size=11),
        Para(DOTS * 3, label="Ý kiến khác:"),
        Signatures(
            [(["THÀNH VIÊN HỘI ĐỒNG", "(Ký và ghi rõ họ tên)"], _name(member))],
            place_date="…………, ngày …… tháng …… năm ……",
        ),
    )


def _organisation(council: str) -> list[str]:
    return [ORGANISATION[0], (council or ORGANISATION[1]).upper()]


def _name(member: str) -> str:
    return member.split(" - ")[0].split(" – ")[0].strip()


def _holding(members: list[str], role: str) -> str:
    """The name of the member whose role ("Nguyễn Văn Hùng - Chủ tịch") is `role`, folded
    ("chu tich": not "Phó chủ tịch"); blank when no member says so."""
    for member in members:
        name, _dash, said = member.replace(" – ", " - ").partition(" - ")
        if fold(said).strip().startswith(role):
            return name.strip()
    return ""


# ---- minutes -------------------------------------------------------------------------------------


def minutes_paper(
    items: list[CouncilItem],
    day: dt.date,
    members: list[str],
    council: str = "",
    place: str = "",
) -> Paper:
    paper = Paper(f"Biên bản họp Hội đồng sáng kiến ngày {day:%d/%m/%Y}")
    recognised = sum(1 for i in items if i.review and i.review.outcome == "recognised")
    paper.add(
        HeaderPair(_organisation(council)),
        Heading(["BIÊN BẢN HỌP HỘI ĐỒNG SÁNG KIẾN"], size=14, space_after=8),
        Para(
            f"Hôm nay, {place_and_date('', day)}"
            + (f", tại {place}" if place else "")
            + f", {council or 'Hội đồng sáng kiến'} họp để xét công nhận các sáng kiến dưới đây."
        ),
        Para("Thành phần tham dự:", bold=True),
    )
    if members:
        for n, member in enumerate(members, start=1):
            paper.add(Para(f"{n}. {member}", align="left"))
    else:
        paper.add(*(Para(f"{n}. {DOTS * 2}", align="left") for n in range(1, 6)))
    paper.add(
        Para("Nội dung và kết quả xét duyệt:", bold=True),
        TableBlock(
            [
                "STT",
                "Số đăng ký",
                "Tên sáng kiến",
                "Tác giả",
                "Tính mới",
                "Áp dụng",
                "Hiệu quả",
                "Tổng",
                "Xếp loại",
                "Kết quả",
            ],
            [_minutes_row(n, item) for n, item in enumerate(items, start=1)],
            [6, 24, 27, 21, 7, 7, 7, 6, 7, 10],  # a long reg. number on one line
            [
                "center",
                "left",
                "left",
                "left",
                "center",
                "center",
                "center",
                "center",
                "center",
                "left",
            ],
            size=9,
        ),
        Para(
            f"Hội đồng đã xét {len(items)} sáng kiến, trong đó đề nghị công nhận {recognised} "
            "sáng kiến. Biên bản được lập và thông qua tại cuộc họp."
        ),
        Signatures(
            [
                (["THƯ KÝ HỘI ĐỒNG", "(Ký và ghi rõ họ tên)"], _holding(members, "thu ky")),
                (["CHỦ TỊCH HỘI ĐỒNG", "(Ký và ghi rõ họ tên)"], _holding(members, "chu tich")),
            ]
        ),
    )
    paper.landscape = True
    return paper


def _minutes_row(n: int, item: CouncilItem) -> list[str]:
    r = item.review
    scores = [getattr(r, key) if r else None for _name, key in CRITERIA]
    return [
        str(n),
        item.reg_no,
        item.title,
        item.authors,
        *("" if s is None else str(s) for s in scores),
        "" if r is None or r.total is None else str(r.total),
        GRADE.label(r.grade) if r and r.grade else "",
        REVIEW_OUTCOME.label(r.outcome) if r and r.outcome else "",
    ]


# ---- the list attached to a decision -------------------------------------------------------------


def decision_paper(items: list[CouncilItem], decision_no: str, issuer: str = "") -> Paper:
    dates = {i.review.decision_date for i in items if i.review and i.review.decision_date}
    day = min(dates) if dates else None
    attached = f"(Kèm theo Quyết định số {decision_no}"
    attached += f" ngày {short_date(day)}" if day else ""
    attached += f" của {issuer})" if issuer else ")"
    paper = Paper(f"Danh sách sáng kiến được công nhận kèm theo Quyết định số {decision_no}")
    paper.landscape = True
    paper.add(
        Heading(["DANH SÁCH SÁNG KIẾN ĐƯỢC CÔNG NHẬN"], size=14, space_after=0),
        Heading([attached], bold=False, size=12, space_after=10),
        TableBlock(
            [
                "STT",
                "Số đăng ký",
                "Tên sáng kiến",
                "Tác giả (tỷ lệ đóng góp)",
                "Đơn vị",
                "Lĩnh vực",
                "Xếp loại",
                "Giá trị làm lợi",
            ],
            [
                [
                    str(n),
                    item.reg_no,
                    item.title,
                    item.authors,
                    item.unit,
                    item.field,
                    GRADE.label(item.review.grade) if item.review and item.review.grade else "",
                    money(item.benefit_value, item.benefit_currency),
                ]
                for n, item in enumerate(items, start=1)
            ],
            [6, 25, 24, 20, 17, 12, 8, 15],  # a long reg. number, an amount on one line
            ["center", "left", "left", "left", "left", "left", "center", "right"],
            size=9,
        ),
        Para(f"Danh sách này có {len(items)} sáng kiến.", italic=True, align="right"),
    )
    return paper
