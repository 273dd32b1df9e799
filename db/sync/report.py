"""What an import (or its preview) found, per table, in a form the CLI prints, `--json` dumps and
the GUI's preview dialog shows."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from db.messages import Message
from db.vocab import QT_TRANSLATE_NOOP, Term, Vocabulary

# A report lists at most this many refusals and conflicts by name; the counts stay exact.
MAX_LISTED = 1000


@dataclass
class TableCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    older: int = 0
    conflicts: int = 0
    refused: int = 0

    def total(self) -> int:
        return self.new + self.updated + self.unchanged + self.older + self.refused


@dataclass
class Refusal:
    table: str
    row_id: str
    label: str | Message  # a registration number or code; a Message when it must be described
    reason: Message
    field: str = ""


@dataclass
class ConflictNote:
    table: str
    row_id: str
    label: str | Message
    field: str
    kept_value: Any
    kept_hlc: str
    lost_value: Any
    lost_hlc: str


@dataclass
class ImportReport:
    """One package: who sent it, what it holds and what importing it does (or did)."""

    file: str
    package_id: str = ""
    kind: str = "data"
    status: str = "preview"  # preview | dry-run | imported | already | refused
    sender_unit: str = ""
    sender_node: str = ""
    fingerprint: str = ""
    new_node: bool = False
    # A new node not vouched for here (no enrolment issued here names it): imported only once a
    # person has compared the fingerprint and trusts it. Set by the window's preview.
    needs_trust: bool = False
    created_at: str = ""
    direction: str = ""
    full: bool = False
    tables: dict[str, TableCounts] = field(default_factory=dict)
    files_added: int = 0
    refusals: list[Refusal] = field(default_factory=list)
    conflicts: list[ConflictNote] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    # Statuses this node recomputed from the decisions it holds (a status sent without a
    # council's decision behind it, or a withdrawal after one): "REG-NO title: sent -> kept".
    settled: list[Message] = field(default_factory=list)
    # Withdrawals a site asked for after a council had decided: for headquarters to answer.
    withdrawal_requests: list[str] = field(default_factory=list)
    backup: str | None = None
    error: str | None = None  # the refusal in Vietnamese (the command line, --json)
    error_message: Message | None = field(default=None, repr=False, compare=False)  # for the GUI

    def counts(self, table: str) -> TableCounts:
        counts = self.tables.get(table)
        if counts is None:
            counts = self.tables[table] = TableCounts()
        return counts

    def refuse(
        self, table: str, row_id: str, label: str | Message, reason: Message, field: str = ""
    ) -> None:
        self.counts(table).refused += 1
        if len(self.refusals) < MAX_LISTED:
            self.refusals.append(Refusal(table, row_id, label, reason, field))

    def note_conflict(self, note: ConflictNote) -> None:
        self.counts(note.table).conflicts += 1
        if len(self.conflicts) < MAX_LISTED:
            self.conflicts.append(note)

    def note_settled(self, label: str, sent: str, kept: str) -> None:
        from db.vocab import STATUS

        if len(self.settled) < MAX_LISTED:
            said = Message(
                "sync.settled", label=label, sent=STATUS.term(sent), kept=STATUS.term(kept)
            )
            self.settled.append(said)

    def summary(self) -> dict[str, int]:
        keys = ("new", "updated", "unchanged", "older", "conflicts", "refused")
        return {k: sum(getattr(c, k) for c in self.tables.values()) for k in keys}

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("error_message")
        data.pop("needs_trust")
        data["summary"] = self.summary()
        return plain(data)


@dataclass
class ExportResult:
    path: str
    package_id: str
    kind: str
    destination: str
    direction: str
    full: bool
    first_seq: int
    last_seq: int
    counts: dict[str, int]
    files: int
    size: int
    encrypted: bool = False
    warnings: list[Message] = field(default_factory=list)

    def records(self) -> int:
        return sum(self.counts.values())

    def to_json(self) -> dict[str, Any]:
        return plain(asdict(self))


def plain(data: Any) -> Any:
    """`data` with every Message in its Vietnamese words (the stable text of --json)."""
    if isinstance(data, Message):
        return str(data)
    if isinstance(data, dict):
        return {key: plain(value) for key, value in data.items()}
    if isinstance(data, list):
        return [plain(value) for value in data]
    return data


# Names of the synced tables as people read them, for the CLI and the GUI (English in the .ts).
TABLE_LABELS = Vocabulary(
    QT_TRANSLATE_NOOP("Vocabulary", "Đơn vị", "package_table.units"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tên cũ của đơn vị", "package_table.unit_names"),
    QT_TRANSLATE_NOOP("Vocabulary", "Giai đoạn", "package_table.phases"),
    QT_TRANSLATE_NOOP("Vocabulary", "Lĩnh vực", "package_table.fields"),
    QT_TRANSLATE_NOOP("Vocabulary", "Chỉ tiêu", "package_table.targets"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tác giả", "package_table.people"),
    QT_TRANSLATE_NOOP("Vocabulary", "Sáng kiến", "package_table.initiatives"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tác giả của sáng kiến", "package_table.initiative_authors"),
    QT_TRANSLATE_NOOP("Vocabulary", "Xét duyệt", "package_table.reviews"),
    QT_TRANSLATE_NOOP("Vocabulary", "Giấy chứng nhận", "package_table.certificates"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tệp đính kèm", "package_table.attachments"),
    QT_TRANSLATE_NOOP("Vocabulary", "Chương trình thi đua", "package_table.programmes"),
    QT_TRANSLATE_NOOP("Vocabulary", "Quyết định trùng lặp", "package_table.duplicate_decisions"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tác giả đã gộp", "package_table.person_aliases"),
    QT_TRANSLATE_NOOP(
        "Vocabulary",
        "Sáng kiến tính/không tính cho chương trình",
        "package_table.programme_overrides",
    ),
)


def table_label(table: str, lang: str = "vi") -> str:
    return TABLE_LABELS.label(table, lang)


# Names of the fields a refusal names, as people read them (English in the .ts); others show as
# they are.
FIELD_LABELS = Vocabulary(
    QT_TRANSLATE_NOOP("Vocabulary", "mã", "package_field.code"),
    QT_TRANSLATE_NOOP("Vocabulary", "tên", "package_field.name"),
    QT_TRANSLATE_NOOP("Vocabulary", "đơn vị cấp trên", "package_field.parent_id"),
    QT_TRANSLATE_NOOP("Vocabulary", "cấp", "package_field.level"),
    QT_TRANSLATE_NOOP("Vocabulary", "đơn vị", "package_field.unit_id"),
    QT_TRANSLATE_NOOP("Vocabulary", "chỉ tiêu", "package_field.target"),
    QT_TRANSLATE_NOOP("Vocabulary", "họ tên", "package_field.full_name"),
    QT_TRANSLATE_NOOP("Vocabulary", "tên sáng kiến", "package_field.title"),
    QT_TRANSLATE_NOOP("Vocabulary", "loại giải pháp", "package_field.solution_type"),
    QT_TRANSLATE_NOOP("Vocabulary", "trạng thái", "package_field.status"),
    QT_TRANSLATE_NOOP("Vocabulary", "ngày đăng ký", "package_field.registered_on"),
    QT_TRANSLATE_NOOP("Vocabulary", "ngày áp dụng lần đầu", "package_field.first_applied_on"),
    QT_TRANSLATE_NOOP("Vocabulary", "giá trị làm lợi", "package_field.benefit_value"),
    QT_TRANSLATE_NOOP("Vocabulary", "đơn vị tiền tệ", "package_field.benefit_currency"),
    QT_TRANSLATE_NOOP("Vocabulary", "tỷ lệ đóng góp", "package_field.share"),
    QT_TRANSLATE_NOOP("Vocabulary", "tác giả", "package_field.person_id"),
    QT_TRANSLATE_NOOP("Vocabulary", "sáng kiến", "package_field.initiative_id"),
    QT_TRANSLATE_NOOP("Vocabulary", "kết quả", "package_field.outcome"),
    QT_TRANSLATE_NOOP("Vocabulary", "số quyết định", "package_field.decision_no"),
    QT_TRANSLATE_NOOP("Vocabulary", "ngày quyết định", "package_field.decision_date"),
    QT_TRANSLATE_NOOP("Vocabulary", "điểm", "package_field.scores"),
    QT_TRANSLATE_NOOP("Vocabulary", "phiên bản (đồng hồ máy gửi)", "package_field.hlc"),
)


def table_term(table: str) -> Term:
    """A table's name in the middle of a sentence, in either language."""
    return Term(table, table_label(table).lower(), table_label(table, "en").lower())


def field_label(name: str, lang: str = "vi") -> str:
    return FIELD_LABELS.label(name, lang)
