"""The rules a record must satisfy, shown alike by the GUI and the command line.

A rule that fails gives a `Problem`: the field it concerns, a stable code, and the message in
Vietnamese and English. Operations collect every problem first and raise `ValidationFailed` before
writing anything, so a person sees all that is wrong at once and the database stays unchanged.
"""

from __future__ import annotations

import datetime as dt
import errno
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from db.messages import Label, Message
from db.money import CURRENCY_DECIMALS, MAX_DECIMALS, decimals_of
from db.vocab import (
    CURRENCY,
    MAX_SCORE,
    REVIEW_LEVEL,
    REVIEW_OUTCOME,
    SOLUTION_TYPE,
    STATUS,
    STATUS_FLOW,
    Term,
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

    def as_message(self) -> Message:
        """This problem as a catalogue message (for a field that holds a Message)."""
        return Message("validation.problem", problem=Term(self.code, self.vi, self.en))

    @classmethod
    def said(cls, field: str, code: str, message: Message) -> Problem:
        """A problem in the words of the catalogue (db/messages.py)."""
        return cls(field, code, message.text("vi"), message.text("en"))


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


# ---- initiatives ---------------------------------------------------------------------------------

REQUIRED_INITIATIVE = {  # the fields' names, in a sentence (db/messages.py "field.…")
    "title": Label("field.title"),
    "solution_type": Label("field.solution_type"),
    "unit_id": Label("field.unit"),
    "registered_on": Label("field.registered_on"),
}


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def required_problems(values: dict[str, Any]) -> list[Problem]:
    return [
        Problem.said(field, "required", Message("validation.required", field=label))
        for field, label in REQUIRED_INITIATIVE.items()
        if _blank(values.get(field))
    ]


# made once: every record of a package is checked (issue 13: a Label a check was 0.5 s of a
# 100,000-initiative import)
CODE_CHECKS = (
    ("solution_type", SOLUTION_TYPE, Label("field.Solution_type")),
    ("status", STATUS, Label("field.Status")),
    ("benefit_currency", CURRENCY, Label("field.Currency")),
)
DATE_LABELS = {
    "first_applied_on": Label("field.First_applied_on"),
    "registered_on": Label("field.Registered_on"),
}


def code_problems(values: dict[str, Any]) -> list[Problem]:
    problems = []
    for field, vocabulary, label in CODE_CHECKS:
        value = values.get(field)
        if not _blank(value) and value not in vocabulary:
            codes = ", ".join(vocabulary.codes())
            said = Message("validation.unknown_code", field=label, value=value, codes=codes)
            problems.append(Problem.said(field, "unknown_code", said))
    return problems


def date_problems(values: dict[str, Any], today: dt.date | None = None) -> list[Problem]:
    """Registration and first-application dates lie between 01/01/1990 and today."""
    today = today or dt.date.today()
    problems = []
    for field, label in DATE_LABELS.items():
        day = values.get(field)
        if not isinstance(day, dt.date):
            continue
        if day > today:
            said = Message("validation.in_future", field=label, day=day, today=today)
            problems.append(Problem.said(field, "in_future", said))
        elif day < REGISTER_OPENS:
            said = Message("validation.too_early", field=label, day=day)
            problems.append(Problem.said(field, "too_early", said))
    return problems


def benefit_problems(values: dict[str, Any]) -> list[Problem]:
    value = values.get("benefit_value")
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        currency = values.get("benefit_currency") or "VND"
        return money_problems("benefit_value", value) or fraction_problems(value, currency)
    return []


# A problem of one field that a change of another brings about (cents kept, currency set to VND)
BROUGHT_ABOUT_BY = {
    "benefit_value": frozenset({"benefit_value", "benefit_currency"}),
    "decision_date": frozenset({"decision_date", "reviewed_on"}),  # a decision before its review
}


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
        said = Message("validation.whole_money", currency=currency)
    else:
        said = Message("validation.money_decimals", currency=currency, allowed=allowed)
    return [Problem.said("benefit_value", "fraction", said)]


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
    said = Message("validation.initial_status", status=STATUS.term(status))
    return [Problem.said("status", "initial_status", said)]


def reg_no_taken(reg_no: str) -> Problem:
    return Problem.said("reg_no", "duplicate", Message("validation.reg_no_taken", reg_no=reg_no))


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
    return Problem.said("authors", "required", Message("validation.no_author"))


def _valid_share(share: Any) -> bool:
    return isinstance(share, int) and not isinstance(share, bool) and 1 <= share <= 100


def _share_problem(index: int, share: Any) -> Problem:
    said = Message("validation.share_range", index=index, share=repr(share))
    return Problem.said("authors", "share_range", said)


def _sum_problems(total: int) -> list[Problem]:
    if total == 100:
        return []
    return [Problem.said("authors", "share_sum", Message("validation.share_sum", total=total))]


def _repeated_person_problems(people: list[str | None]) -> list[Problem]:
    known = [p for p in people if p]
    if len(known) == len(set(known)):
        return []
    return [Problem.said("authors", "repeated_person", Message("validation.repeated_person"))]


# ---- status --------------------------------------------------------------------------------------


def status_change_problems(old: str, new: str) -> list[Problem]:
    if new not in STATUS:
        return code_problems({"status": new})
    if old == new or new in STATUS_FLOW.get(old, ()):
        return []
    allowed = STATUS.joined(STATUS_FLOW.get(old, ())) or Message("validation.none_allowed")
    old_term, new_term = STATUS.term(old), STATUS.term(new)
    said = Message("validation.status_flow", old=old_term, new=new_term, allowed=allowed)
    return [Problem.said("status", "flow", said)]


def check_status_change(old: str, new: str) -> None:
    """Raise ValidationFailed unless `new` follows `old` in STATUS_FLOW (same status is a no-op)."""
    raise_if(status_change_problems(old, new))


# ---- reviews -------------------------------------------------------------------------------------


def review_problems(values: dict[str, Any]) -> list[Problem]:
    problems = _review_code_problems(values) + _score_problems(values)
    if values.get("outcome") == "recognised":
        problems += _decision_problems(values)
    return problems + _decision_order_problems(values)


def _review_code_problems(values: dict[str, Any]) -> list[Problem]:
    problems = []
    level, outcome = values.get("level"), values.get("outcome")
    if level not in REVIEW_LEVEL:
        codes = ", ".join(REVIEW_LEVEL.codes())
        problems.append(
            Problem.said(
                "level",
                "unknown_code",
                Message("validation.unknown_review_level", value=level or "", codes=codes),
            )
        )
    if outcome is not None and outcome not in REVIEW_OUTCOME:
        codes = ", ".join(REVIEW_OUTCOME.codes())
        problems.append(
            Problem.said(
                "outcome",
                "unknown_code",
                Message("validation.unknown_outcome", value=outcome, codes=codes),
            )
        )
    return problems


def _score_problems(values: dict[str, Any]) -> list[Problem]:
    scores = {field: values.get(field) for field in SCORE_FIELDS}
    given = [field for field, score in scores.items() if score is not None]
    problems = [
        Problem.said(
            field,
            "score_range",
            Message("validation.score_range", most=MAX_SCORE, score=repr(scores[field])),
        )
        for field in given
        if not _valid_score(scores[field])
    ]
    if given and len(given) < len(SCORE_FIELDS):
        said = Message("validation.scores_incomplete")
        problems.append(Problem.said("scores", "scores_incomplete", said))
    return problems


def _valid_score(score: Any) -> bool:
    return isinstance(score, int) and not isinstance(score, bool) and 0 <= score <= MAX_SCORE


def _decision_problems(values: dict[str, Any]) -> list[Problem]:
    problems = []
    if _blank(values.get("decision_no")):
        problems.append(Problem.said("decision_no", "required", Message("validation.decision_no")))
    if not isinstance(values.get("decision_date"), dt.date):
        said = Message("validation.decision_date")
        problems.append(Problem.said("decision_date", "required", said))
    return problems


def _decision_order_problems(values: dict[str, Any]) -> list[Problem]:
    """A council decides after it meets: a decision dated before the review is a typing slip."""
    reviewed, decided = values.get("reviewed_on"), values.get("decision_date")
    if not (isinstance(reviewed, dt.date) and isinstance(decided, dt.date)) or decided >= reviewed:
        return []
    said = Message("validation.decision_before_review", decided=decided, reviewed=reviewed)
    return [Problem.said("decision_date", "before_review", said)]


# ---- files read ----------------------------------------------------------------------------------

READ_REASONS = {  # why a file cannot be read, in words (never the system's English strerror)
    errno.ENOENT: "file.not_found",
    errno.EACCES: "file.no_permission",
    errno.EPERM: "file.no_permission",
    errno.EISDIR: "file.is_folder",
    errno.EIO: "file.io_error",
}


def unreadable_file(path: Any, error: OSError) -> Message:
    """'Could not read FILE: why, and what to do', in the catalogue's words."""
    reason = Message(READ_REASONS.get(error.errno or 0, "file.read_other"))
    return Message("validation.file_unreadable", path=path, reason=reason)


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
        return [Problem.said(field, "negative", Message("validation.negative_money"))]
    if value > MAX_MONEY:
        said = Message(
            "validation.money_too_large", limit=Term("", grouped(MAX_MONEY), f"{MAX_MONEY:,}")
        )
        return [Problem.said(field, "too_large", said)]
    return []


def integer_problem(table: str, field: str, value: int) -> Message | None:
    """Why a whole number does not fit its field (with the limit), or None."""
    low, high = integer_bounds(table, field)
    if low <= value <= high:
        return None
    if (table, field) in MONEY_FIELDS:
        return money_problems(field, value)[0].as_message()
    return Message("value.integer_range", low=grouped(low), high=grouped(high))


def excerpt(value: Any, limit: int = EXCERPT_CHARS) -> str:
    """A short, printable quotation of what someone wrote: control and direction characters
    shown as '?', cut at `limit` characters with '…' (a 10 MB value is never echoed whole)."""
    try:
        text = value if isinstance(value, str) else repr(value)
    except RecursionError:  # nested deeper than Python's repr goes
        text = f"<{type(value).__name__} …>"
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
            said = Message("validation.unknown_field", field=field, table=model.__tablename__)
            problems.append(Problem.said(field, "unknown_field", said))
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
    int: Label("kind.int"),
    bool: Label("kind.bool"),
    str: Label("kind.str"),
    dt.date: Label("kind.date"),
    dt.datetime: Label("kind.datetime"),
    Decimal: Label("kind.decimal"),
}


def _misfit(table: str, field: str, value: Any, column: Any) -> Problem:
    kind = _python_type(column)
    if kind not in (int, Decimal) or type(value) is not int:
        return _wrong_type(field, value, kind)
    if (table, field) in MONEY_FIELDS:
        return money_problems(field, value)[0]
    said = Message(
        "validation.field_problem", field=field, problem=integer_problem(table, field, value)
    )
    return Problem.said(field, "too_large", said)


def _wrong_type(field: str, value: Any, kind: type) -> Problem:
    said = Message(
        "validation.wrong_type",
        field=field,
        kind=TYPE_NAMES.get(kind, kind.__name__),
        value=excerpt(value),
    )
    return Problem.said(field, "wrong_type", said)


def missing_record(field: str, what: str, key: Any) -> Problem:
    """`what`: the catalogue code of the kind of record ("what.unit")."""
    said = Message("validation.not_found", what=Message(what), key=key)
    return Problem.said(field, "not_found", said)


# ---- decisions come from councils (issue 10) -----------------------------------------------------

DECISION_STATUSES = ("recognised", "not_recognised", "certified")


def decision_status_problems(old: str, new: str | None) -> list[Problem]:
    """A status a council's decision or a certificate makes cannot be set by hand: it follows
    from the review (`sangkien review`, the Reviews page) or the certificate (db/recognition.py)."""
    if new is None or new == old or new not in DECISION_STATUSES:
        return []
    said = Message("validation.needs_decision", status=STATUS.term(new))
    return [Problem.said("status", "needs_decision", said)]
