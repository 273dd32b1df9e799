"""The audit trail read back: who changed what and when, per record and for the whole database.

`RecordWriter` writes one `AuditEntry` per record touched by a user action or an import (with the
package id for imports). `history_of` gives a record's history, its own rows' and those of the
rows that belong to it (an initiative's authors, reviews, certificates and attachments);
`export_audit` writes the trail as a CSV file Excel opens with the Vietnamese intact.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.fileutil import write_bytes_atomic
from db.models import (
    Attachment,
    AuditEntry,
    Certificate,
    Initiative,
    InitiativeAuthor,
    Review,
)

ACTIONS = {
    "create": ("Tạo mới", "Created"),
    "update": ("Sửa", "Changed"),
    "delete": ("Xóa", "Deleted"),
    "restore": ("Khôi phục", "Restored"),
    "import": ("Nhập từ gói", "Imported"),
    "merge": ("Nhập từ gói", "Imported"),
    "conflict": ("Xung đột", "Conflict"),
}
TABLES = {
    "units": ("Đơn vị", "Unit"),
    "unit_names": ("Tên đơn vị", "Unit name"),
    "programmes": ("Chương trình", "Programme"),
    "phases": ("Giai đoạn", "Phase"),
    "fields": ("Lĩnh vực", "Field"),
    "targets": ("Chỉ tiêu", "Target"),
    "people": ("Tác giả", "Person"),
    "initiatives": ("Sáng kiến", "Initiative"),
    "initiative_authors": ("Tác giả của sáng kiến", "Author"),
    "reviews": ("Xét duyệt", "Review"),
    "certificates": ("Giấy chứng nhận", "Certificate"),
    "attachments": ("Tệp đính kèm", "Attachment"),
    "duplicate_decisions": ("Quyết định trùng lặp", "Duplicate decision"),
    "person_aliases": ("Tác giả đã gộp", "Merged person"),
    "programme_overrides": ("Tính cho chương trình", "Programme override"),
    "database": ("Cơ sở dữ liệu", "Database"),
}
FIELDS = {
    "reg_no": ("Số đăng ký", "Registration no."),
    "title": ("Tên sáng kiến", "Title"),
    "solution_type": ("Loại giải pháp", "Solution type"),
    "field_id": ("Lĩnh vực", "Field"),
    "unit_id": ("Đơn vị", "Unit"),
    "phase_id": ("Giai đoạn", "Phase"),
    "investor": ("Chủ đầu tư", "Investor"),
    "first_applied_on": ("Ngày áp dụng lần đầu", "First applied"),
    "registered_on": ("Ngày đăng ký", "Registered on"),
    "essence": ("Bản chất", "Essence"),
    "conditions": ("Điều kiện áp dụng", "Conditions"),
    "benefit_author": ("Lợi ích (tác giả)", "Benefit (author)"),
    "benefit_unit": ("Lợi ích (đơn vị)", "Benefit (unit)"),
    "first_appliers": ("Người áp dụng lần đầu", "First appliers"),
    "confidential_info": ("Thông tin bảo mật", "Confidential information"),
    "tech_secret": ("Bí mật công nghệ", "Technology secret"),
    "benefit_value": ("Giá trị làm lợi", "Benefit value"),
    "benefit_currency": ("Đơn vị tiền", "Currency"),
    "scope": ("Phạm vi áp dụng", "Scope"),
    "status": ("Trạng thái", "Status"),
    "recognised_on": ("Ngày công nhận", "Recognised on"),
    "duplicate_of_id": ("Trùng với", "Duplicate of"),
    "deleted": ("Đã xóa", "Deleted"),
    "verdict": ("Kết luận", "Verdict"),
    "original_id": ("Bản nộp trước", "Earlier filing"),
    "full_name": ("Họ và tên", "Full name"),
    "birth_date": ("Ngày sinh", "Date of birth"),
    "share": ("Tỷ lệ đóng góp (%)", "Share (%)"),
    "person_id": ("Tác giả", "Author"),
    "outcome": ("Kết quả", "Outcome"),
    "grade": ("Xếp loại", "Grade"),
    "decision_no": ("Số quyết định", "Decision no."),
    "number": ("Số giấy chứng nhận", "Certificate no."),
    "file_name": ("Tên tệp", "File name"),
}
CHILDREN = (InitiativeAuthor, Review, Certificate, Attachment)
CSV_COLUMNS = (
    "thoi_gian",
    "nguoi_thuc_hien",
    "hanh_dong",
    "bang",
    "ma_ban_ghi",
    "truong",
    "gia_tri_cu",
    "gia_tri_moi",
    "goi",
)


def label(table: dict[str, tuple[str, str]], code: str, language: str = "vi") -> str:
    pair = table.get(code)
    return code if pair is None else pair[0 if language == "vi" else 1]


@dataclass
class FieldChange:
    field: str
    old: Any
    new: Any

    def field_label(self, language: str = "vi") -> str:
        return label(FIELDS, self.field, language)


@dataclass
class HistoryEntry:
    at: dt.datetime
    actor: str
    action: str
    table_name: str
    row_id: str
    changes: list[FieldChange]
    package_id: str | None

    def action_label(self, language: str = "vi") -> str:
        return label(ACTIONS, self.action, language)

    def table_label(self, language: str = "vi") -> str:
        return label(TABLES, self.table_name, language)

    def as_json(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(timespec="seconds"),
            "actor": self.actor,
            "action": self.action,
            "table": self.table_name,
            "row_id": self.row_id,
            "changes": {c.field: [c.old, c.new] for c in self.changes},
            "package_id": self.package_id,
        }


def local_time(at: dt.datetime) -> dt.datetime:
    """Audit times are stored in UTC; people read them in the PC's time zone."""
    return at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def _entry(row: AuditEntry) -> HistoryEntry:
    changes = [FieldChange(f, *_pair(v)) for f, v in (row.changes or {}).items()]
    return HistoryEntry(
        row.at, row.actor, row.action, row.table_name, row.row_id, changes, row.package_id
    )


def _pair(value: Any) -> tuple[Any, Any]:
    if isinstance(value, list | tuple) and len(value) == 2:
        return value[0], value[1]
    return None, value


def related_ids(session: Session, row_id: str) -> list[str]:
    """The record and the rows that belong to it (for an initiative: authors, reviews...)."""
    ids = [row_id]
    for model in CHILDREN:
        ids += session.scalars(select(model.id).where(model.initiative_id == row_id)).all()
    return ids


def history_of(
    session: Session, row_id: str, *, include_related: bool = True
) -> list[HistoryEntry]:
    """Every change of the record (and of its own rows), oldest first."""
    ids = related_ids(session, row_id) if include_related else [row_id]
    query = (
        select(AuditEntry).where(AuditEntry.row_id.in_(ids)).order_by(AuditEntry.at, AuditEntry.id)
    )
    return [_entry(row) for row in session.scalars(query)]


def find_record_id(session: Session, text: str) -> str | None:
    """A record id from what a person typed: an id, or an initiative's registration number."""
    text = text.strip()
    if session.scalar(select(AuditEntry.id).where(AuditEntry.row_id == text).limit(1)):
        return text
    query = select(Initiative.id).where(or_(Initiative.id == text, Initiative.reg_no == text))
    return session.scalar(query)


def audit_entries(session: Session, since: dt.datetime | None = None) -> Iterable[HistoryEntry]:
    query = select(AuditEntry).order_by(AuditEntry.at, AuditEntry.id)
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    for row in session.scalars(query.execution_options(yield_per=2000)):
        yield _entry(row)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def csv_rows(entries: Iterable[HistoryEntry]) -> Iterable[list[str]]:
    """One line per changed field (one line for an entry without field changes)."""
    for entry in entries:
        common = [
            local_time(entry.at).isoformat(sep=" ", timespec="seconds"),
            entry.actor,
            entry.action_label(),
            entry.table_label(),
            entry.row_id,
        ]
        for change in entry.changes or [FieldChange("", None, None)]:
            yield [
                *common,
                change.field,
                _cell(change.old),
                _cell(change.new),
                entry.package_id or "",
            ]


def audit_csv(entries: Iterable[HistoryEntry]) -> bytes:
    """CSV text with a byte-order mark, so Excel shows the Vietnamese correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    writer.writerows(csv_rows(entries))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def export_audit(
    session: Session,
    path: Path | str,
    since: dt.datetime | None = None,
    record_id: str | None = None,
) -> int:
    """Write the audit trail (all of it, since a time, or one record's) to a CSV file, atomically.
    Returns the number of entries written."""
    entries = list(history_of(session, record_id) if record_id else audit_entries(session, since))
    if since is not None and record_id:
        entries = [e for e in entries if e.at >= since]
    write_bytes_atomic(path, audit_csv(entries))
    return len(entries)
