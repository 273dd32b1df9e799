"""The rules a record must satisfy, shown alike by the GUI and the command line.

A rule that fails gives a `Problem`: the field it concerns, a stable code, and the message in
Vietnamese and English. Operations collect every problem first and raise `ValidationFailed` before
writing anything, so a person sees all that is wrong at once and the database stays unchanged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from db.money import CURRENCY_DECIMALS, MAX_DECIMALS, decimals_of
from db.vocab import (
    CURRENCY,
    MAX_SCORE,
    REVIEW_LEVEL,
    REVIEW_OUTCOME,
    SOLUTION_TYPE,
    STATUS,
    STATUS_FLOW,
)

# A new initiative starts as a paper form (draft) or a form handed in (submitted).
INITIAL_STATUSES = ("draft", "submitted")
SCORE_FIELDS = ("score_novelty", "score_applicability", "score_benefit")


@dataclass(frozen=True)
class Problem:
    field: str
    code: str
    vi: str
    en: str

    def message(self, lang: str = "vi") -> str:
        return self.en if lang == "en" else self.vi


class ValidationFailed(Exception):
    """One or more problems; str() is the Vietnamese messages joined."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        super().__init__(" ".join(p.vi for p in self.problems))

    def messages(self, lang: str = "vi") -> list[str]:
        return [p.message(lang) for p in self.problems]

    def fields(self) -> set[str]:
        return {p.field for p in self.problems}


def raise_if(problems: list[Problem]) -> None:
    """Raise ValidationFailed with these problems (each once), if there are any."""
    if problems:
        raise ValidationFailed(dict.fromkeys(problems))


# ---- the register's dates ------------------------------------------------------------------------

# The register is permanent (Nghị định 13/2012/NĐ-CP, then Law 93/2025/QH15): an initiative is
# registered on any day from this one to today, whatever programme it counts toward.
REGISTER_OPENS = dt.date(1990, 1, 1)


def vn_date(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


# ---- initiatives ---------------------------------------------------------------------------------

REQUIRED_INITIATIVE = {
    "title": ("Tên sáng kiến", "Title"),
    "solution_type": ("Loại giải pháp", "Solution type"),
    "unit_id": ("Đơn vị", "Unit"),
    "registered_on": ("Ngày đăng ký", "Registration date"),
}


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def required_problems(values: dict[str, Any]) -> list[Problem]:
    return [
        Problem(field, "required", f"Chưa nhập {vi.lower()}.", f"{en} is required.")
        for field, (vi, en) in REQUIRED_INITIATIVE.items()
        if _blank(values.get(field))
    ]


def code_problems(values: dict[str, Any]) -> list[Problem]:
    problems = []
    checks = (
        ("solution_type", SOLUTION_TYPE, "Loại giải pháp", "solution type"),
        ("status", STATUS, "Trạng thái", "status"),
        ("benefit_currency", CURRENCY, "Đơn vị tiền tệ", "currency"),
    )
    for field, vocabulary, vi, en in checks:
        value = values.get(field)
        if not _blank(value) and value not in vocabulary:
            codes = ", ".join(vocabulary.codes())
            problems.append(
                Problem(
                    field,
                    "unknown_code",
                    f"{vi} '{value}' không hợp lệ (chọn một trong: {codes}).",
                    f"Unknown {en} '{value}' (one of: {codes}).",
                )
            )
    return problems


def date_problems(values: dict[str, Any], today: dt.date | None = None) -> list[Problem]:
    """Registration and first-application dates lie between 01/01/1990 and today."""
    today = today or dt.date.today()
    labels = {
        "first_applied_on": ("Ngày áp dụng lần đầu", "First applied on"),
        "registered_on": ("Ngày đăng ký", "Registered on"),
    }
    problems = []
    for field, (vi, en) in labels.items():
        day = values.get(field)
        if not isinstance(day, dt.date):
            continue
        if day > today:
            problems.append(
                Problem(
                    field,
                    "in_future",
                    f"{vi} {vn_date(day)} chưa tới (hôm nay là {vn_date(today)}): hãy nhập ngày "
                    "đã qua.",
                    f"{en} {day} is in the future (today is {today}): enter a past date.",
                )
            )
        elif day < REGISTER_OPENS:
            problems.append(
                Problem(
                    field,
                    "too_early",
                    f"{vi} {vn_date(day)} sớm hơn 01/01/1990: hãy kiểm tra lại năm.",
                    f"{en} {day} is before 01/01/1990: check the year.",
                )
            )
    return problems


def benefit_problems(values: dict[str, Any]) -> list[Problem]:
    value = values.get("benefit_value")
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        currency = values.get("benefit_currency") or "VND"
        return money_problems("benefit_value", value) or fraction_problems(value, currency)
    return []


# A problem of one field that a change of another brings about (cents kept, currency set to VND)
BROUGHT_ABOUT_BY = {"benefit_value": frozenset({"benefit_value", "benefit_currency"})}


def concerns(problem: Problem, changed: Iterable[str]) -> bool:
    """Whether changing the fields `changed` brings `problem` about (an edit is refused only for
    what it changes: an older record's own faults do not block it)."""
    return bool(BROUGHT_ABOUT_BY.get(problem.field, {problem.field}) & set(changed))


def fraction_problems(value: int | Decimal, currency: str) -> list[Problem]:
    """VND has no smaller unit than the đồng; USD has cents (two decimals)."""
    allowed = CURRENCY_DECIMALS.get(currency, MAX_DECIMALS)
    if decimals_of(value) <= allowed:
        return []
    if allowed == 0:
        vi = f"Giá trị làm lợi bằng {currency} là số tròn, không có phần lẻ."
        en = f"A benefit value in {currency} is a whole number, no fraction."
    else:
        vi = (
            f"Giá trị làm lợi bằng {currency} có tối đa {allowed} chữ số sau dấu thập phân "
            f"(ví dụ 12.345,67)."
        )
        en = f"A benefit value in {currency} has at most {allowed} decimals (e.g. 12,345.67)."
    return [Problem("benefit_value", "fraction", vi, en)]


def initiative_problems(values: dict[str, Any]) -> list[Problem]:
    """The rules on an initiative's own fields (the database-dependent ones are elsewhere)."""
    return (
        required_problems(values)
        + code_problems(values)
        + date_problems(values)
        + benefit_problems(values)
    )


def initial_status_problems(status: str | None) -> list[Problem]:
    if status is None or status in INITIAL_STATUSES or status not in STATUS:
        return []
    return [
        Problem(
            "status",
            "initial_status",
            f"Sáng kiến mới chỉ có thể ở trạng thái Nháp hoặc Đã nộp, không thể là "
            f"'{STATUS.label(status)}'.",
            f"A new initiative can only be draft or submitted, not '{STATUS.label(status, 'en')}'.",
        )
    ]


def reg_no_taken(reg_no: str) -> Problem:
    return Problem(
        "reg_no",
        "duplicate",
        f"Số đăng ký {reg_no} đã được dùng cho một sáng kiến khác.",
        f"Registration number {reg_no} is already used by another initiative.",
    )


# ---- authors -------------------------------------------------------------------------------------


def author_problems(
    shares: list[tuple[str | None, Any]], status: str | None = None
) -> list[Problem]:
    """`shares` = [(person key or None for a new person, share)]: each share a whole number
    1..100, nobody twice; and, once the initiative leaves the draft (see `shares_must_be_whole`),
    at least one author and shares summing to exactly 100."""
    whole = shares_must_be_whole(status)
    if not shares:
        return [_no_author_problem()] if whole else []
    problems = [
        _share_problem(index, share)
        for index, (_person, share) in enumerate(shares, start=1)
        if not _valid_share(share)
    ]
    if not problems and whole:
        problems += _sum_problems(sum(share for _person, share in shares))
    return problems + _repeated_person_problems([person for person, _ in shares])


def shares_must_be_whole(status: str | None) -> bool:
    """A clerk typing a paper form in two sittings keeps a draft whose authors are not all in
    yet: the authors (and their 100%) are required from submission on. None: no status known,
    the strict rule."""
    return status not in ("draft", "withdrawn")


def _no_author_problem() -> Problem:
    return Problem(
        "authors",
        "required",
        "Sáng kiến phải có ít nhất một tác giả.",
        "An initiative needs at least one author.",
    )


def _valid_share(share: Any) -> bool:
    return isinstance(share, int) and not isinstance(share, bool) and 1 <= share <= 100


def _share_problem(index: int, share: Any) -> Problem:
    return Problem(
        "authors",
        "share_range",
        f"Tỷ lệ đóng góp của tác giả thứ {index} phải là số nguyên từ 1 đến 100 (đang là {share!r}).",
        f"Author {index}'s share must be a whole number from 1 to 100 (got {share!r}).",
    )


def _sum_problems(total: int) -> list[Problem]:
    if total == 100:
        return []
    return [
        Problem(
            "authors",
            "share_sum",
            f"Tổng tỷ lệ đóng góp phải bằng 100% (hiện là {total}%).",
            f"The authors' shares must add up to 100% (now {total}%).",
        )
    ]


def _repeated_person_problems(people: list[str | None]) -> list[Problem]:
    known = [p for p in people if p]
    if len(known) == len(set(known)):
        return []
    return [
        Problem(
            "authors",
            "repeated_person",
            "Một người không thể đứng tên tác giả hai lần trong cùng một sáng kiến.",
            "The same person is listed twice as an author.",
        )
    ]


# ---- status --------------------------------------------------------------------------------------


def status_change_problems(old: str, new: str) -> list[Problem]:
    if new not in STATUS:
        return code_problems({"status": new})
    if old == new or new in STATUS_FLOW.get(old, ()):
        return []
    allowed = ", ".join(STATUS.label(s) for s in STATUS_FLOW.get(old, ())) or "không có"
    allowed_en = ", ".join(STATUS.label(s, "en") for s in STATUS_FLOW.get(old, ())) or "none"
    return [
        Problem(
            "status",
            "flow",
            f"Không thể chuyển trạng thái từ '{STATUS.label(old)}' sang '{STATUS.label(new)}' "
            f"(được phép: {allowed}).",
            f"Cannot change status from '{STATUS.label(old, 'en')}' to "
            f"'{STATUS.label(new, 'en')}' (allowed: {allowed_en}).",
        )
    ]


def check_status_change(old: str, new: str) -> None:
    """Raise ValidationFailed unless `new` follows `old` in STATUS_FLOW (same status is a no-op)."""
    raise_if(status_change_problems(old, new))


# ---- reviews -------------------------------------------------------------------------------------


def review_problems(values: dict[str, Any]) -> list[Problem]:
    problems = _review_code_problems(values) + _score_problems(values)
    if values.get("outcome") == "recognised":
        problems += _decision_problems(values)
    return problems


def _review_code_problems(values: dict[str, Any]) -> list[Problem]:
    problems = []
    level, outcome = values.get("level"), values.get("outcome")
    if level not in REVIEW_LEVEL:
        codes = ", ".join(REVIEW_LEVEL.codes())
        problems.append(
            Problem(
                "level",
                "unknown_code",
                f"Cấp xét duyệt '{level or ''}' không hợp lệ (chọn một trong: {codes}).",
                f"Unknown review level '{level or ''}' (one of: {codes}).",
            )
        )
    if outcome is not None and outcome not in REVIEW_OUTCOME:
        codes = ", ".join(REVIEW_OUTCOME.codes())
        problems.append(
            Problem(
                "outcome",
                "unknown_code",
                f"Kết quả xét duyệt '{outcome}' không hợp lệ (chọn một trong: {codes}).",
                f"Unknown review outcome '{outcome}' (one of: {codes}).",
            )
        )
    return problems


def _score_problems(values: dict[str, Any]) -> list[Problem]:
    scores = {field: values.get(field) for field in SCORE_FIELDS}
    given = [field for field, score in scores.items() if score is not None]
    problems = [
        Problem(
            field,
            "score_range",
            f"Điểm phải là số nguyên từ 0 đến {MAX_SCORE} (đang là {scores[field]!r}).",
            f"A score must be a whole number from 0 to {MAX_SCORE} (got {scores[field]!r}).",
        )
        for field in given
        if not _valid_score(scores[field])
    ]
    if given and len(given) < len(SCORE_FIELDS):
        problems.append(
            Problem(
                "scores",
                "scores_incomplete",
                "Cần nhập đủ ba điểm: tính mới, khả năng áp dụng và hiệu quả.",
                "Enter all three scores: novelty, applicability and benefit.",
            )
        )
    return problems


def _valid_score(score: Any) -> bool:
    return isinstance(score, int) and not isinstance(score, bool) and 0 <= score <= MAX_SCORE


def _decision_problems(values: dict[str, Any]) -> list[Problem]:
    problems = []
    if _blank(values.get("decision_no")):
        problems.append(
            Problem(
                "decision_no",
                "required",
                "Công nhận sáng kiến cần có số quyết định.",
                "A recognition needs a decision number.",
            )
        )
    if not isinstance(values.get("decision_date"), dt.date):
        problems.append(
            Problem(
                "decision_date",
                "required",
                "Công nhận sáng kiến cần có ngày quyết định.",
                "A recognition needs a decision date.",
            )
        )
    return problems


# ---- bounds on values ---------------------------------------------------------------------------

# SQLite stores whole numbers in signed 64 bits: anything beyond cannot be written at all.
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
# Money (VND or USD): a million billion, far above any benefit and far inside the column, so
# that totals over thousands of initiatives still fit.
MAX_MONEY = 10**15
MONEY_FIELDS = frozenset({("initiatives", "benefit_value")})
EXCERPT_CHARS = 60
# Control characters and the bidirectional overrides that could disguise a message.
_HIDDEN = [*range(32), 127, *range(0x80, 0xA0), 0x200E, 0x200F, *range(0x202A, 0x202F)]
_UNSHOWN = dict.fromkeys([*_HIDDEN, *range(0x2066, 0x206A)], "?")


def integer_bounds(table: str, field: str) -> tuple[int, int]:
    """The smallest and largest whole number a field may hold."""
    return (0, MAX_MONEY) if (table, field) in MONEY_FIELDS else (INT64_MIN, INT64_MAX)


def grouped(number: int) -> str:
    """1000000 as '1.000.000' (Vietnamese digit grouping)."""
    return f"{number:,}".replace(",", ".")


def money_problems(field: str, value: int | Decimal) -> list[Problem]:
    if value < 0:
        return [
            Problem(field, "negative", "Giá trị làm lợi không được âm.",
                    "Benefit value cannot be negative.")
        ]  # fmt: skip
    if value > MAX_MONEY:
        limit = grouped(MAX_MONEY)
        return [
            Problem(
                field,
                "too_large",
                f"Giá trị làm lợi tối đa là {limit} (một triệu tỷ); hãy kiểm tra lại số đã nhập.",
                f"Benefit value can be at most {MAX_MONEY:,}; check the number entered.",
            )
        ]
    return []


def integer_problem(table: str, field: str, value: int) -> str | None:
    """Why a whole number does not fit its field (Vietnamese, with the limit), or None."""
    low, high = integer_bounds(table, field)
    if low <= value <= high:
        return None
    if (table, field) in MONEY_FIELDS:
        return money_problems(field, value)[0].vi
    return f"số nguyên phải nằm trong khoảng {grouped(low)} .. {grouped(high)}"


def excerpt(value: Any, limit: int = EXCERPT_CHARS) -> str:
    """A short, printable quotation of what someone wrote: control and direction characters
    shown as '?', cut at `limit` characters with '…' (a 10 MB value is never echoed whole)."""
    try:
        text = value if isinstance(value, str) else repr(value)
    except RecursionError:  # nested deeper than Python's repr goes
        text = f"<{type(value).__name__} lồng quá sâu>"
    shown = cleaned(text, limit)
    return f"'{shown}'" if isinstance(value, str) else shown


def cleaned(text: str, limit: int) -> str:
    """`text` cut at `limit` characters (with '…'), control and direction characters as '?'."""
    cut = text[:limit].translate(_UNSHOWN)
    return cut + "…" if len(text) > limit else cut


# ---- field types ---------------------------------------------------------------------------------


def field_type_problems(model: type, values: dict[str, Any]) -> list[Problem]:
    """Fields unknown to `model`, and values of the wrong Python type for their column."""
    columns = model.__table__.columns
    problems = []
    for field, value in values.items():
        if field not in columns:
            problems.append(
                Problem(
                    field,
                    "unknown_field",
                    f"Trường '{field}' không có trong {model.__tablename__}.",
                    f"Unknown field '{field}' of {model.__tablename__}.",
                )
            )
        elif value is not None and not _fits(_python_type(columns[field]), value):
            problems.append(_misfit(model.__tablename__, field, value, columns[field]))
    return problems


def _python_type(column: Any) -> type:
    try:
        return column.type.python_type
    except NotImplementedError:
        return object


def _fits(kind: type, value: Any) -> bool:
    if kind is Decimal:  # money: whole numbers or exact decimals (db.money)
        return type(value) is int or isinstance(value, Decimal)
    if kind is int:  # within SQLite's integers too: a larger one cannot be stored at all
        return type(value) is int and INT64_MIN <= value <= INT64_MAX
    if kind is dt.date:
        return isinstance(value, dt.date) and not isinstance(value, dt.datetime)
    return isinstance(value, kind)


TYPE_NAMES = {
    int: ("số nguyên", "a whole number"),
    bool: ("đúng/sai", "true/false"),
    str: ("văn bản", "text"),
    dt.date: ("ngày (YYYY-MM-DD)", "a date (YYYY-MM-DD)"),
    dt.datetime: ("thời điểm", "a date and time"),
    Decimal: ("số tiền", "an amount"),
}


def _misfit(table: str, field: str, value: Any, column: Any) -> Problem:
    kind = _python_type(column)
    if kind not in (int, Decimal) or type(value) is not int:
        return _wrong_type(field, value, kind)
    if (table, field) in MONEY_FIELDS:
        return money_problems(field, value)[0]
    return Problem(
        field,
        "too_large",
        f"Trường '{field}': {integer_problem(table, field, value)}.",
        f"Field '{field}' must lie between {INT64_MIN:,} and {INT64_MAX:,}.",
    )


def _wrong_type(field: str, value: Any, kind: type) -> Problem:
    vi, en = TYPE_NAMES.get(kind, (kind.__name__, kind.__name__))
    return Problem(
        field,
        "wrong_type",
        f"Trường '{field}' cần {vi}, không phải {excerpt(value)}.",
        f"Field '{field}' needs {en}, not {excerpt(value)}.",
    )


def missing_record(field: str, what_vi: str, what_en: str, key: Any) -> Problem:
    return Problem(
        field,
        "not_found",
        f"Không tìm thấy {what_vi} '{key}'.",
        f"No {what_en} '{key}'.",
    )


# ---- decisions come from councils (issue 10) -----------------------------------------------------

DECISION_STATUSES = ("recognised", "not_recognised", "certified")


def decision_status_problems(old: str, new: str | None) -> list[Problem]:
    """A status a council's decision or a certificate makes cannot be set by hand: it follows
    from the review (`sangkien review`, the Reviews page) or the certificate (db/recognition.py)."""
    if new is None or new == old or new not in DECISION_STATUSES:
        return []
    return [
        Problem(
            "status",
            "needs_decision",
            f"Không đặt trực tiếp trạng thái '{STATUS.label(new)}' được: trạng thái này chỉ có khi "
            f"hội đồng xét duyệt ghi quyết định (lệnh 'sangkien review', trang Xét duyệt) hoặc "
            f"khi cấp giấy chứng nhận, và chỉ ở cấp có quyền quyết định.",
            f"'{STATUS.label(new, 'en')}' cannot be set directly: it follows from a council's "
            f"review (sangkien review, the Reviews page) or a certificate, recorded at a level "
            f"that may decide it.",
        )
    ]
