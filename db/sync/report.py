"""What an import (or its preview) found, per table, in a form the CLI prints, `--json` dumps and
the GUI's preview dialog shows."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from db.messages import Message
from db.vocab import Term

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


# Names of the synced tables as people read them (vi, en), for the CLI and the GUI.
TABLE_LABELS: dict[str, tuple[str, str]] = {
    "units": ("Đơn vị", "Units"),
    "unit_names": ("Tên cũ của đơn vị", "Former unit names"),
    "phases": ("Giai đoạn", "Phases"),
    "fields": ("Lĩnh vực", "Fields"),
    "targets": ("Chỉ tiêu", "Targets"),
    "people": ("Tác giả", "People"),
    "initiatives": ("Sáng kiến", "Initiatives"),
    "initiative_authors": ("Tác giả của sáng kiến", "Initiative authors"),
    "reviews": ("Xét duyệt", "Reviews"),
    "certificates": ("Giấy chứng nhận", "Certificates"),
    "attachments": ("Tệp đính kèm", "Attachments"),
    "programmes": ("Chương trình thi đua", "Programmes"),
    "duplicate_decisions": ("Quyết định trùng lặp", "Duplicate decisions"),
    "person_aliases": ("Tác giả đã gộp", "Merged people"),
    "programme_overrides": ("Sáng kiến tính/không tính cho chương trình", "Programme overrides"),
}


def table_label(table: str, lang: str = "vi") -> str:
    vi, en = TABLE_LABELS.get(table, (table, table))
    return en if lang == "en" else vi


# Names of the fields a refusal names, as people read them (vi, en); others show as they are.
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "code": ("mã", "code"),
    "name": ("tên", "name"),
    "parent_id": ("đơn vị cấp trên", "parent unit"),
    "level": ("cấp", "level"),
    "unit_id": ("đơn vị", "unit"),
    "target": ("chỉ tiêu", "target"),
    "full_name": ("họ tên", "full name"),
    "title": ("tên sáng kiến", "title"),
    "solution_type": ("loại giải pháp", "solution type"),
    "status": ("trạng thái", "status"),
    "registered_on": ("ngày đăng ký", "registration date"),
    "first_applied_on": ("ngày áp dụng lần đầu", "first applied on"),
    "benefit_value": ("giá trị làm lợi", "benefit value"),
    "benefit_currency": ("đơn vị tiền tệ", "currency"),
    "share": ("tỷ lệ đóng góp", "share"),
    "person_id": ("tác giả", "author"),
    "initiative_id": ("sáng kiến", "initiative"),
    "outcome": ("kết quả", "outcome"),
    "decision_no": ("số quyết định", "decision number"),
    "decision_date": ("ngày quyết định", "decision date"),
    "scores": ("điểm", "scores"),
    "hlc": ("phiên bản (đồng hồ máy gửi)", "version (sending PC's clock)"),
}


def table_term(table: str) -> Term:
    """A table's name in the middle of a sentence, in either language."""
    return Term(table, table_label(table).lower(), table_label(table, "en").lower())


def field_label(name: str, lang: str = "vi") -> str:
    vi, en = FIELD_LABELS.get(name, (name, name))
    return en if lang == "en" else vi
