"""The programme's fixed vocabularies: codes stored in the database, with Vietnamese and English labels.

Codes are stable ASCII strings (they travel in packages); labels are what people read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    code: str
    vi: str
    en: str

    def label(self, lang: str = "vi") -> str:
        return self.en if lang == "en" else self.vi

    def lowered(self) -> Term:
        """The same term in lower case, for the middle of a sentence."""
        return Term(self.code, self.vi.lower(), self.en.lower())


class Vocabulary:
    def __init__(self, *terms: Term) -> None:
        self.terms = terms
        self._by_code = {t.code: t for t in terms}

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __iter__(self):
        return iter(self.terms)

    def codes(self) -> list[str]:
        return [t.code for t in self.terms]

    def label(self, code: str | None, lang: str = "vi") -> str:
        term = self._by_code.get(code or "")
        return term.label(lang) if term else (code or "")

    def term(self, code: str | None) -> Term:
        """The term of `code`, for a message (db/messages.py); an unknown code stands for itself."""
        return self._by_code.get(code or "") or Term(code or "", code or "", code or "")

    def joined(self, codes: Iterable[str]) -> Term | None:
        """Several codes' labels joined with commas, as one term; None when there are none."""
        found = [self.term(code) for code in codes]
        if not found:
            return None
        return Term("", ", ".join(t.vi for t in found), ", ".join(t.en for t in found))


STATUS = Vocabulary(
    Term("draft", "Nháp", "Draft"),
    Term("submitted", "Đã nộp", "Submitted"),
    Term("under_review", "Đang xét", "Under review"),
    Term("needs_more", "Cần bổ sung", "Needs more information"),
    Term("recognised", "Đã công nhận", "Recognised"),
    Term("not_recognised", "Không công nhận", "Not recognised"),
    Term("certified", "Đã cấp chứng nhận", "Certified"),
    Term("withdrawn", "Rút", "Withdrawn"),
    Term("duplicate", "Trùng lặp", "Duplicate"),
)

# The flow of an initiative: the statuses an initiative may move to from each status.
STATUS_FLOW: dict[str, tuple[str, ...]] = {
    "draft": ("submitted", "withdrawn"),
    "submitted": ("under_review", "withdrawn", "duplicate"),
    "under_review": ("needs_more", "recognised", "not_recognised", "duplicate"),
    "needs_more": ("submitted", "under_review", "withdrawn"),
    "recognised": ("certified",),
    "not_recognised": (),
    "certified": (),
    "withdrawn": ("draft",),
    "duplicate": (),
}

# Statuses that do not count as a registered initiative in progress figures.
NOT_COUNTED = ("draft", "withdrawn", "duplicate")
RECOGNISED = ("recognised", "certified")

SOLUTION_TYPE = Vocabulary(
    Term("technical", "Giải pháp kỹ thuật", "Technical solution"),
    Term("management", "Giải pháp quản lý", "Management solution"),
    Term("operational", "Giải pháp tác nghiệp", "Operational solution"),
    Term("tech_advance", "Ứng dụng tiến bộ kỹ thuật", "Application of technical advance"),
    Term("research", "Đề tài nghiên cứu khoa học", "Scientific research project"),
)

UNIT_LEVEL = Vocabulary(
    Term("industry", "Công đoàn ngành", "Industry union"),
    Term("subordinate", "Công đoàn trực thuộc", "Subordinate union"),
    Term("base", "Công đoàn cơ sở", "Base union"),
    Term("site", "Công trường / giàn", "Site"),
)

SITE_TYPE = Vocabulary(
    Term("office", "Văn phòng", "Office"),
    Term("offshore_platform", "Giàn khai thác ngoài khơi", "Offshore platform"),
    Term("rig", "Giàn khoan", "Drilling rig"),
    Term("plant", "Nhà máy", "Plant"),
    Term("project_site", "Công trường dự án", "Project site"),
    Term("vessel", "Tàu", "Vessel"),
)

REVIEW_LEVEL = Vocabulary(
    Term("base", "Cấp cơ sở", "Base level"),
    Term("subordinate", "Cấp công đoàn trực thuộc", "Subordinate union level"),
    Term("industry", "Cấp ngành", "Industry level"),
)

REVIEW_OUTCOME = Vocabulary(
    Term("recognised", "Công nhận", "Recognised"),
    Term("not_recognised", "Không công nhận", "Not recognised"),
    Term("needs_more", "Yêu cầu bổ sung", "More information requested"),
)

GRADE = Vocabulary(
    Term("A", "Loại A", "Grade A"),
    Term("B", "Loại B", "Grade B"),
    Term("C", "Loại C", "Grade C"),
)

CURRENCY = Vocabulary(
    Term("VND", "Đồng Việt Nam", "Vietnamese dong"),
    Term("USD", "Đô la Mỹ", "US dollar"),
)

# Council scores: each criterion 0..MAX_SCORE; grade thresholds on the total (of 30).
MAX_SCORE = 10


def grade_for_total(total: int) -> str | None:
    if total >= 24:
        return "A"
    if total >= 18:
        return "B"
    if total >= 12:
        return "C"
    return None
