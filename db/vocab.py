"""The programme's fixed vocabularies: codes stored in the database, with their labels.

Codes are stable ASCII strings (they travel in packages); labels are what people read. Each term
is declared with its Vietnamese only, `QT_TRANSLATE_NOOP("Vocabulary", "Nháp", "status.draft")`
(the key: the vocabulary's name, a dot, the code), so pyside6-lupdate files it in
resources/translations/sangkien_en.ts (context Vocabulary, the key as disambiguation), where its
English is; see db/messages.py and docs/ARCHITECTURE.md, "Messages".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from db.messages import Translate, english

CONTEXT = "Vocabulary"  # the .ts context of every term


@dataclass(frozen=True)
class Term:
    """A code and its words. A vocabulary's term has its English in the .ts (under `key`); a term
    made of words already said in both languages (a label lowered or joined, a name) is given
    its English (`given`)."""

    code: str
    vi: str
    given: str | None = None
    key: str = ""

    @property
    def en(self) -> str:
        return self.label("en")

    def label(self, lang: str = "vi", translate: Translate | None = None) -> str:
        if lang != "en":
            return self.vi
        if self.given is not None:
            return self.given
        return (translate or english)(CONTEXT, self.vi, self.key, -1)

    def lowered(self) -> Term:
        """The same term in lower case, for the middle of a sentence."""
        return Term(self.code, self.vi.lower(), self.en.lower())


def QT_TRANSLATE_NOOP(context: str, text: str, key: str) -> Term:
    """A vocabulary's term: `key` is "vocabulary.code", `text` its Vietnamese label. Named and
    called like Qt's macro so pyside6-lupdate files the text (db/messages.py says why)."""
    if context != CONTEXT:
        raise ValueError(f"term {key}: context {context!r}, not {CONTEXT!r}")
    return Term(key.split(".", 1)[1], text, key=key)


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
    QT_TRANSLATE_NOOP("Vocabulary", "Nháp", "status.draft"),
    QT_TRANSLATE_NOOP("Vocabulary", "Đã nộp", "status.submitted"),
    QT_TRANSLATE_NOOP("Vocabulary", "Đang xét", "status.under_review"),
    QT_TRANSLATE_NOOP("Vocabulary", "Cần bổ sung", "status.needs_more"),
    QT_TRANSLATE_NOOP("Vocabulary", "Đã công nhận", "status.recognised"),
    QT_TRANSLATE_NOOP("Vocabulary", "Không công nhận", "status.not_recognised"),
    QT_TRANSLATE_NOOP("Vocabulary", "Đã cấp chứng nhận", "status.certified"),
    QT_TRANSLATE_NOOP("Vocabulary", "Rút", "status.withdrawn"),
    QT_TRANSLATE_NOOP("Vocabulary", "Trùng lặp", "status.duplicate"),
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
    QT_TRANSLATE_NOOP("Vocabulary", "Giải pháp kỹ thuật", "solution_type.technical"),
    QT_TRANSLATE_NOOP("Vocabulary", "Giải pháp quản lý", "solution_type.management"),
    QT_TRANSLATE_NOOP("Vocabulary", "Giải pháp tác nghiệp", "solution_type.operational"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ứng dụng tiến bộ kỹ thuật", "solution_type.tech_advance"),
    QT_TRANSLATE_NOOP("Vocabulary", "Đề tài nghiên cứu khoa học", "solution_type.research"),
)

UNIT_LEVEL = Vocabulary(
    QT_TRANSLATE_NOOP("Vocabulary", "Công đoàn ngành", "unit_level.industry"),
    QT_TRANSLATE_NOOP("Vocabulary", "Công đoàn trực thuộc", "unit_level.subordinate"),
    QT_TRANSLATE_NOOP("Vocabulary", "Công đoàn cơ sở", "unit_level.base"),
    QT_TRANSLATE_NOOP("Vocabulary", "Công trường / giàn", "unit_level.site"),
)

SITE_TYPE = Vocabulary(
    QT_TRANSLATE_NOOP("Vocabulary", "Văn phòng", "site_type.office"),
    QT_TRANSLATE_NOOP("Vocabulary", "Giàn khai thác ngoài khơi", "site_type.offshore_platform"),
    QT_TRANSLATE_NOOP("Vocabulary", "Giàn khoan", "site_type.rig"),
    QT_TRANSLATE_NOOP("Vocabulary", "Nhà máy", "site_type.plant"),
    QT_TRANSLATE_NOOP("Vocabulary", "Công trường dự án", "site_type.project_site"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tàu", "site_type.vessel"),
)

REVIEW_LEVEL = Vocabulary(
    QT_TRANSLATE_NOOP("Vocabulary", "Cấp cơ sở", "review_level.base"),
    QT_TRANSLATE_NOOP("Vocabulary", "Cấp công đoàn trực thuộc", "review_level.subordinate"),
    QT_TRANSLATE_NOOP("Vocabulary", "Cấp ngành", "review_level.industry"),
)

REVIEW_OUTCOME = Vocabulary(
    QT_TRANSLATE_NOOP("Vocabulary", "Công nhận", "review_outcome.recognised"),
    QT_TRANSLATE_NOOP("Vocabulary", "Không công nhận", "review_outcome.not_recognised"),
    QT_TRANSLATE_NOOP("Vocabulary", "Yêu cầu bổ sung", "review_outcome.needs_more"),
)

GRADE = Vocabulary(
    QT_TRANSLATE_NOOP("Vocabulary", "Loại A", "grade.A"),
    QT_TRANSLATE_NOOP("Vocabulary", "Loại B", "grade.B"),
    QT_TRANSLATE_NOOP("Vocabulary", "Loại C", "grade.C"),
)

CURRENCY = Vocabulary(
    QT_TRANSLATE_NOOP("Vocabulary", "Đồng Việt Nam", "currency.VND"),
    QT_TRANSLATE_NOOP("Vocabulary", "Đô la Mỹ", "currency.USD"),
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
