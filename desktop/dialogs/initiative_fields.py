"""The initiative form's fields, declared once (issue 17): the form lays itself out, loads an
initiative, reads what was typed and marks the tab of a field with a problem, all from TABS and
FIELDS below. Moving a field to another tab, or reordering the tabs, is an edit of these lists
and nothing else.

A field's `name` is three things at once: the Initiative attribute it loads from, the key of the
values db.queries.initiatives takes, and the `field` of the db.validation Problems about it.
A `Row` is a line of the form that shows something but is not typed (the phase, the reviews):
the form builds it with its row maker of that name. Labels are translated in the form's context."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

# what a field is typed into: the form knows how to make, load and read each kind
LINE, TEXT, DATE, UNIT, CHOICE, FIELD_CHOICE, CHECK, MONEY, CURRENCY, WHOLE = (
    "line",
    "text",
    "date",
    "unit",
    "choice",
    "field_choice",
    "check",
    "money",
    "currency",
    "whole",  # a whole number not below 0 (a count, hours), or nothing
)


@dataclass(frozen=True)
class Tab:
    key: str
    title: str
    problems: tuple[str, ...] = ()  # problem keys this tab shows that are no typed field
    page: str | None = None  # a whole-tab widget the form builds ("authors", "attachments")


@dataclass(frozen=True)
class FormField:
    name: str  # attribute, value key and validation key
    label: str
    kind: str
    tab: str
    lines: int = 0  # a TEXT box's height in lines
    hint: str = ""  # a DATE's tooltip when empty; a LINE's placeholder; a CHECK's text
    vocabulary: str = ""  # a CHOICE's db.vocab vocabulary
    beside: bool = False  # on the same line as the field before it (currency beside the amount)


@dataclass(frozen=True)
class Row:
    name: str  # the form's row maker of that name (InitiativeForm._row_makers) adds it
    label: str
    tab: str


TABS: tuple[Tab, ...] = (
    Tab(
        "authors",
        QT_TRANSLATE_NOOP("InitiativeForm", "Tác giả"),
        problems=("authors",),
        page="authors",
    ),
    Tab("initiative", QT_TRANSLATE_NOOP("InitiativeForm", "Sáng kiến")),
    Tab("application", QT_TRANSLATE_NOOP("InitiativeForm", "Áp dụng và hiệu quả")),
    Tab("secrecy", QT_TRANSLATE_NOOP("InitiativeForm", "Bảo mật")),
    Tab("recognition", QT_TRANSLATE_NOOP("InitiativeForm", "Công nhận"), problems=("status",)),
    Tab(
        "attachments",
        QT_TRANSLATE_NOOP("InitiativeForm", "Tệp đính kèm"),
        problems=("file", "file_name"),
        page="attachments",
    ),
)

FIELDS: tuple[FormField | Row, ...] = (
    FormField(
        "reg_no",
        QT_TRANSLATE_NOOP("InitiativeForm", "Số đăng ký:"),
        LINE,
        "initiative",
        hint=QT_TRANSLATE_NOOP("InitiativeForm", "Để trống: tự cấp khi lưu (MÃĐƠNVỊ-NĂM-SỐ)"),
    ),
    FormField("title", QT_TRANSLATE_NOOP("InitiativeForm", "Tên sáng kiến: *"), LINE, "initiative"),
    FormField("unit_id", QT_TRANSLATE_NOOP("InitiativeForm", "Đơn vị: *"), UNIT, "initiative"),
    FormField(
        "solution_type",
        QT_TRANSLATE_NOOP("InitiativeForm", "Loại giải pháp: *"),
        CHOICE,
        "initiative",
        vocabulary="SOLUTION_TYPE",
    ),
    FormField(
        "field_id", QT_TRANSLATE_NOOP("InitiativeForm", "Lĩnh vực:"), FIELD_CHOICE, "initiative"
    ),
    FormField(
        "investor",
        QT_TRANSLATE_NOOP("InitiativeForm", "Chủ đầu tư tạo ra sáng kiến:"),
        LINE,
        "initiative",
    ),
    FormField(
        "registered_on",
        QT_TRANSLATE_NOOP("InitiativeForm", "Ngày đăng ký: *"),
        DATE,
        "initiative",
        hint=QT_TRANSLATE_NOOP("InitiativeForm", "(chưa nhập)"),
    ),
    Row("phase", QT_TRANSLATE_NOOP("InitiativeForm", "Giai đoạn:"), "initiative"),
    Row("programmes", QT_TRANSLATE_NOOP("InitiativeForm", "Tính cho chương trình:"), "initiative"),
    FormField(
        "essence",
        QT_TRANSLATE_NOOP("InitiativeForm", "Mô tả bản chất của sáng kiến:"),
        TEXT,
        "initiative",
        lines=7,
    ),
    FormField(
        "first_applied_on",
        QT_TRANSLATE_NOOP("InitiativeForm", "Ngày áp dụng lần đầu:"),
        DATE,
        "application",
        hint=QT_TRANSLATE_NOOP("InitiativeForm", "(chưa nhập)"),
    ),
    FormField(
        "scope",
        QT_TRANSLATE_NOOP("InitiativeForm", "Phạm vi áp dụng:"),
        TEXT,
        "application",
        lines=2,
    ),
    FormField(
        "conditions",
        QT_TRANSLATE_NOOP("InitiativeForm", "Các điều kiện cần thiết để áp dụng:"),
        TEXT,
        "application",
        lines=3,
    ),
    FormField(
        "benefit_author",
        QT_TRANSLATE_NOOP("InitiativeForm", "Lợi ích thu được theo ý kiến tác giả:"),
        TEXT,
        "application",
        lines=3,
    ),
    FormField(
        "benefit_unit",
        QT_TRANSLATE_NOOP("InitiativeForm", "Lợi ích theo ý kiến đơn vị áp dụng:"),
        TEXT,
        "application",
        lines=3,
    ),
    FormField(
        "first_appliers",
        QT_TRANSLATE_NOOP("InitiativeForm", "Những người tham gia áp dụng lần đầu:"),
        TEXT,
        "application",
        lines=2,
    ),
    FormField(
        "benefit_value",
        QT_TRANSLATE_NOOP("InitiativeForm", "Giá trị làm lợi (ước tính):"),
        MONEY,
        "application",
    ),
    FormField("benefit_currency", "", CURRENCY, "application", beside=True),
    FormField(
        "tech_secret",
        "",
        CHECK,
        "secrecy",
        hint=QT_TRANSLATE_NOOP("InitiativeForm", "Sáng kiến chứa bí mật công nghệ"),
    ),
    Row("secret_note", "", "secrecy"),
    FormField(
        "confidential_info",
        QT_TRANSLATE_NOOP("InitiativeForm", "Những thông tin cần được bảo mật:"),
        TEXT,
        "secrecy",
        lines=6,
    ),
    Row("status", QT_TRANSLATE_NOOP("InitiativeForm", "Trạng thái:"), "recognition"),
    FormField(
        "recognised_on",
        QT_TRANSLATE_NOOP("InitiativeForm", "Ngày công nhận:"),
        DATE,
        "recognition",
        hint=QT_TRANSLATE_NOOP("InitiativeForm", "(chưa có)"),
    ),
    Row("reviews", QT_TRANSLATE_NOOP("InitiativeForm", "Xét duyệt:"), "recognition"),
    Row("certificates", QT_TRANSLATE_NOOP("InitiativeForm", "Giấy chứng nhận:"), "recognition"),
)


def typed_fields(fields=FIELDS) -> list[FormField]:
    return [f for f in fields if isinstance(f, FormField)]


def tab_of_problems(tabs=TABS, fields=FIELDS) -> dict[str, int]:
    """Which tab (by its place) shows each problem key: a field's own, or a tab's extra keys."""
    index = {tab.key: place for place, tab in enumerate(tabs)}
    found = {key: index[tab.key] for tab in tabs for key in tab.problems}
    return found | {f.name: index[f.tab] for f in typed_fields(fields)}


def lines_of(tab: Tab, fields=FIELDS) -> list[Row | tuple[FormField, ...]]:
    """The lines of a tab in list order: a Row, or a field with those declared beside it."""
    lines: list[Row | tuple[FormField, ...]] = []
    for item in fields:
        if item.tab != tab.key:
            continue
        if isinstance(item, FormField) and item.beside and lines and isinstance(lines[-1], tuple):
            lines[-1] = (*lines[-1], item)
        else:
            lines.append(item if isinstance(item, Row) else (item,))
    return lines
