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
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.audit_arrivals import arrivals
from db.fileutil import write_bytes_atomic
from db.models import (
    SYNCED_MODELS,
    Attachment,
    AuditEntry,
    Certificate,
    Field,
    Initiative,
    InitiativeAuthor,
    PackageLog,
    Person,
    Phase,
    Programme,
    Review,
    Unit,
)
from db.vocab import (
    CURRENCY,
    GRADE,
    QT_TRANSLATE_NOOP,
    REVIEW_LEVEL,
    REVIEW_OUTCOME,
    SITE_TYPE,
    SOLUTION_TYPE,
    STATUS,
    UNIT_LEVEL,
    Vocabulary,
)

ACTIONS = Vocabulary(
    QT_TRANSLATE_NOOP("Vocabulary", "Tạo mới", "audit_action.create"),
    QT_TRANSLATE_NOOP("Vocabulary", "Sửa", "audit_action.update"),
    QT_TRANSLATE_NOOP("Vocabulary", "Xóa", "audit_action.delete"),
    QT_TRANSLATE_NOOP("Vocabulary", "Khôi phục", "audit_action.restore"),
    QT_TRANSLATE_NOOP("Vocabulary", "Nhập từ gói", "audit_action.import"),
    QT_TRANSLATE_NOOP("Vocabulary", "Nhập từ gói", "audit_action.merge"),
    QT_TRANSLATE_NOOP("Vocabulary", "Xung đột", "audit_action.conflict"),
)
TABLES = Vocabulary(
    QT_TRANSLATE_NOOP("Vocabulary", "Đơn vị", "audit_table.units"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tên cũ của đơn vị", "audit_table.unit_names"),
    QT_TRANSLATE_NOOP("Vocabulary", "Chương trình thi đua", "audit_table.programmes"),
    QT_TRANSLATE_NOOP("Vocabulary", "Giai đoạn", "audit_table.phases"),
    QT_TRANSLATE_NOOP("Vocabulary", "Lĩnh vực", "audit_table.fields"),
    QT_TRANSLATE_NOOP("Vocabulary", "Chỉ tiêu", "audit_table.targets"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tác giả", "audit_table.people"),
    QT_TRANSLATE_NOOP("Vocabulary", "Sáng kiến", "audit_table.initiatives"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tác giả của sáng kiến", "audit_table.initiative_authors"),
    QT_TRANSLATE_NOOP("Vocabulary", "Xét duyệt", "audit_table.reviews"),
    QT_TRANSLATE_NOOP("Vocabulary", "Giấy chứng nhận", "audit_table.certificates"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tệp đính kèm", "audit_table.attachments"),
    QT_TRANSLATE_NOOP("Vocabulary", "Quyết định trùng lặp", "audit_table.duplicate_decisions"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tác giả đã gộp", "audit_table.person_aliases"),
    QT_TRANSLATE_NOOP(
        "Vocabulary",
        "Sáng kiến tính/không tính cho chương trình",
        "audit_table.programme_overrides",
    ),
    QT_TRANSLATE_NOOP("Vocabulary", "Cơ sở dữ liệu", "audit_table.database"),
)
# A field as the audit trail names it: the same words as the import report's (db/sync/report.py
# FIELD_LABELS), capitalised for a column; every synced field has one (no raw name shown).
FIELDS = Vocabulary(
    QT_TRANSLATE_NOOP("Vocabulary", "Số đăng ký", "audit_field.reg_no"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tên sáng kiến", "audit_field.title"),
    QT_TRANSLATE_NOOP("Vocabulary", "Loại giải pháp", "audit_field.solution_type"),
    QT_TRANSLATE_NOOP("Vocabulary", "Lĩnh vực", "audit_field.field_id"),
    QT_TRANSLATE_NOOP("Vocabulary", "Đơn vị", "audit_field.unit_id"),
    QT_TRANSLATE_NOOP("Vocabulary", "Giai đoạn", "audit_field.phase_id"),
    QT_TRANSLATE_NOOP("Vocabulary", "Chủ đầu tư", "audit_field.investor"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ngày áp dụng lần đầu", "audit_field.first_applied_on"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ngày đăng ký", "audit_field.registered_on"),
    QT_TRANSLATE_NOOP("Vocabulary", "Bản chất", "audit_field.essence"),
    QT_TRANSLATE_NOOP("Vocabulary", "Điều kiện áp dụng", "audit_field.conditions"),
    QT_TRANSLATE_NOOP("Vocabulary", "Lợi ích (tác giả)", "audit_field.benefit_author"),
    QT_TRANSLATE_NOOP("Vocabulary", "Lợi ích (đơn vị)", "audit_field.benefit_unit"),
    QT_TRANSLATE_NOOP("Vocabulary", "Người áp dụng lần đầu", "audit_field.first_appliers"),
    QT_TRANSLATE_NOOP("Vocabulary", "Thông tin bảo mật", "audit_field.confidential_info"),
    QT_TRANSLATE_NOOP("Vocabulary", "Bí mật công nghệ", "audit_field.tech_secret"),
    QT_TRANSLATE_NOOP("Vocabulary", "Giá trị làm lợi", "audit_field.benefit_value"),
    QT_TRANSLATE_NOOP("Vocabulary", "Đơn vị tiền tệ", "audit_field.benefit_currency"),
    QT_TRANSLATE_NOOP("Vocabulary", "Phạm vi áp dụng", "audit_field.scope"),
    QT_TRANSLATE_NOOP("Vocabulary", "Trạng thái", "audit_field.status"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ngày công nhận", "audit_field.recognised_on"),
    QT_TRANSLATE_NOOP("Vocabulary", "Trùng với", "audit_field.duplicate_of_id"),
    QT_TRANSLATE_NOOP("Vocabulary", "Đã xóa", "audit_field.deleted"),
    QT_TRANSLATE_NOOP("Vocabulary", "Kết luận", "audit_field.verdict"),
    QT_TRANSLATE_NOOP("Vocabulary", "Bản nộp trước", "audit_field.original_id"),
    QT_TRANSLATE_NOOP("Vocabulary", "Họ tên", "audit_field.full_name"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ngày sinh", "audit_field.birth_date"),
    QT_TRANSLATE_NOOP("Vocabulary", "Chức danh", "audit_field.job_title"),
    QT_TRANSLATE_NOOP("Vocabulary", "Trình độ chuyên môn", "audit_field.qualification"),
    QT_TRANSLATE_NOOP("Vocabulary", "Mã nhân viên", "audit_field.employee_no"),
    QT_TRANSLATE_NOOP("Vocabulary", "Đoàn viên công đoàn", "audit_field.union_member"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tỷ lệ đóng góp", "audit_field.share"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tác giả", "audit_field.person_id"),
    QT_TRANSLATE_NOOP("Vocabulary", "Thứ tự", "audit_field.ordinal"),
    QT_TRANSLATE_NOOP("Vocabulary", "Sáng kiến", "audit_field.initiative_id"),
    QT_TRANSLATE_NOOP("Vocabulary", "Cấp", "audit_field.level"),
    QT_TRANSLATE_NOOP("Vocabulary", "Hội đồng", "audit_field.council"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ngày họp xét", "audit_field.reviewed_on"),
    QT_TRANSLATE_NOOP("Vocabulary", "Điểm tính mới", "audit_field.score_novelty"),
    QT_TRANSLATE_NOOP("Vocabulary", "Điểm khả năng áp dụng", "audit_field.score_applicability"),
    QT_TRANSLATE_NOOP("Vocabulary", "Điểm hiệu quả", "audit_field.score_benefit"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tổng điểm", "audit_field.total"),
    QT_TRANSLATE_NOOP("Vocabulary", "Xếp loại", "audit_field.grade"),
    QT_TRANSLATE_NOOP("Vocabulary", "Kết quả", "audit_field.outcome"),
    QT_TRANSLATE_NOOP("Vocabulary", "Số quyết định", "audit_field.decision_no"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ngày quyết định", "audit_field.decision_date"),
    QT_TRANSLATE_NOOP("Vocabulary", "Lý do, nhận xét", "audit_field.reason"),
    QT_TRANSLATE_NOOP("Vocabulary", "Số giấy chứng nhận", "audit_field.number"),
    QT_TRANSLATE_NOOP("Vocabulary", "Lượt xét duyệt", "audit_field.review_id"),
    QT_TRANSLATE_NOOP("Vocabulary", "Người nhận", "audit_field.recipients"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ngày cấp", "audit_field.issued_on"),
    QT_TRANSLATE_NOOP("Vocabulary", "Nơi cấp", "audit_field.place"),
    QT_TRANSLATE_NOOP("Vocabulary", "Người ký", "audit_field.signer_name"),
    QT_TRANSLATE_NOOP("Vocabulary", "Chức vụ người ký", "audit_field.signer_title"),
    QT_TRANSLATE_NOOP("Vocabulary", "Đơn vị cấp", "audit_field.issuer_unit_id"),
    QT_TRANSLATE_NOOP("Vocabulary", "Máy cấp", "audit_field.issuer_node_id"),
    QT_TRANSLATE_NOOP("Vocabulary", "Số lần in lại", "audit_field.reprint_count"),
    QT_TRANSLATE_NOOP("Vocabulary", "Mã xác thực", "audit_field.verification_code"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tên tệp", "audit_field.file_name"),
    QT_TRANSLATE_NOOP("Vocabulary", "Loại tệp", "audit_field.mime_type"),
    QT_TRANSLATE_NOOP("Vocabulary", "Dung lượng", "audit_field.size"),
    QT_TRANSLATE_NOOP("Vocabulary", "Mã băm SHA-256", "audit_field.sha256"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ngày đính kèm", "audit_field.added_on"),
    QT_TRANSLATE_NOOP("Vocabulary", "Mã", "audit_field.code"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tên", "audit_field.name"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tên viết tắt", "audit_field.short_name"),
    QT_TRANSLATE_NOOP("Vocabulary", "Đơn vị cấp trên", "audit_field.parent_id"),
    QT_TRANSLATE_NOOP("Vocabulary", "Loại cơ sở", "audit_field.site_type"),
    QT_TRANSLATE_NOOP("Vocabulary", "Cụm thi đua", "audit_field.cluster"),
    QT_TRANSLATE_NOOP("Vocabulary", "Số đoàn viên", "audit_field.member_count"),
    QT_TRANSLATE_NOOP("Vocabulary", "Đang hoạt động", "audit_field.active"),
    QT_TRANSLATE_NOOP("Vocabulary", "Dùng từ ngày", "audit_field.valid_from"),
    QT_TRANSLATE_NOOP("Vocabulary", "Dùng đến ngày", "audit_field.valid_to"),
    QT_TRANSLATE_NOOP("Vocabulary", "Chỉ tiêu", "audit_field.target"),
    QT_TRANSLATE_NOOP("Vocabulary", "Chương trình", "audit_field.programme_id"),
    QT_TRANSLATE_NOOP("Vocabulary", "Từ ngày", "audit_field.starts_on"),
    QT_TRANSLATE_NOOP("Vocabulary", "Đến ngày", "audit_field.ends_on"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tính những gì", "audit_field.counts"),
    QT_TRANSLATE_NOOP("Vocabulary", "Lời văn giấy chứng nhận", "audit_field.certificate_wording"),
    QT_TRANSLATE_NOOP("Vocabulary", "Đơn vị chủ trì", "audit_field.owner_unit_id"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tính cho chương trình", "audit_field.included"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ngày kết luận", "audit_field.decided_on"),
    QT_TRANSLATE_NOOP("Vocabulary", "Ghi chú", "audit_field.note"),
    QT_TRANSLATE_NOOP("Vocabulary", "Trạng thái trước đó", "audit_field.previous_status"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tác giả được giữ", "audit_field.kept_id"),
    QT_TRANSLATE_NOOP("Vocabulary", "Tác giả đã gộp", "audit_field.merged_id"),
    QT_TRANSLATE_NOOP("Vocabulary", "Lượt tác giả đã chuyển", "audit_field.moved_authors"),
)
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


@dataclass
class FieldChange:
    field: str
    old: Any
    new: Any

    def field_label(self, language: str = "vi") -> str:
        return FIELDS.label(self.field, language)


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
        return ACTIONS.label(self.action, language)

    def table_label(self, language: str = "vi") -> str:
        return TABLES.label(self.table_name, language)

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


# ---- values as a person reads them ---------------------------------------------------------------

CODED = {  # a field holding a vocabulary's code: shown by its label ("Nháp", not "draft")
    "status": STATUS,
    "previous_status": STATUS,
    "solution_type": SOLUTION_TYPE,
    "outcome": REVIEW_OUTCOME,
    "grade": GRADE,
    "benefit_currency": CURRENCY,
    "site_type": SITE_TYPE,
}
REFERENCES = {  # a field holding another record's id: shown by what names that record
    "unit_id": Unit.code,
    "parent_id": Unit.code,
    "issuer_unit_id": Unit.code,
    "owner_unit_id": Unit.code,
    "field_id": Field.name,
    "phase_id": Phase.name,
    "programme_id": Programme.code,
    "person_id": Person.full_name,
    "kept_id": Person.full_name,
    "merged_id": Person.full_name,
    "initiative_id": Initiative.reg_no,
    "duplicate_of_id": Initiative.reg_no,
    "original_id": Initiative.reg_no,
}
ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def value_names(session: Session, entries: list[HistoryEntry]) -> dict[str, str]:
    """id -> the code, name or number a person knows the record by, for every id the entries'
    changes refer to (a unit's code, a person's name, an initiative's registration number)."""
    wanted: dict[Any, set[str]] = {}
    for entry in entries:
        for change in entry.changes:
            column = REFERENCES.get(change.field)
            if column is not None:
                ids = {v for v in (change.old, change.new) if isinstance(v, str)}
                wanted.setdefault(column, set()).update(ids)
    names: dict[str, str] = {}
    for column, ids in wanted.items():
        key = column.class_.id
        rows = session.execute(select(key, column).where(key.in_(ids)))
        names.update((row_id, name) for row_id, name in rows)
    return names


PACKAGES_PER_QUERY = 2000  # each IN (...) stays well under SQLite's limit of parameters


def package_names(session: Session, ids: Iterable[str]) -> dict[str, str]:
    """package id -> its file and the unit it came from ("site.skp, VSP"), as the import log
    (package_log) recorded them; an id not in the log stays as it is. The window's history and
    `sangkien audit` name the package an import came in by this."""
    names: dict[str, str] = {}
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), PACKAGES_PER_QUERY):
        query = select(PackageLog.package_id, PackageLog.file_name, PackageLog.peer_unit_code)
        query = query.where(PackageLog.package_id.in_(wanted[start : start + PACKAGES_PER_QUERY]))
        query = query.where(PackageLog.direction == "in").order_by(PackageLog.id)
        for package_id, file_name, unit in session.execute(query):
            said = ", ".join(part for part in (file_name and Path(file_name).name, unit) if part)
            names.setdefault(package_id, said or package_id)
    return names


def readable_value(
    table: str, field: str, value: Any, names: dict[str, str], language: str = "vi"
) -> Any:
    """A changed value as the forms show it: a label for a code, a name for an id, a date as
    dd/mm/yyyy; anything else as it was stored."""
    if not isinstance(value, str):
        return value
    vocabulary = CODED.get(field)
    if field == "level":
        vocabulary = UNIT_LEVEL if table == "units" else REVIEW_LEVEL
    if vocabulary is not None and value in vocabulary:
        return vocabulary.label(value, language)
    if field in REFERENCES:
        return names.get(value, value)
    day = ISO_DAY.match(value)
    return f"{day.group(3)}/{day.group(2)}/{day.group(1)}" if day else value


def history_of(
    session: Session, row_id: str, *, include_related: bool = True
) -> list[HistoryEntry]:
    """Every change of the record (and of its own rows), oldest first; a row that came in a
    package (no line of its own says it was made here) begins with the import that brought it
    (db.audit_arrivals), as a row made here begins with "Tạo mới"."""
    ids = related_ids(session, row_id) if include_related else [row_id]
    query = (
        select(AuditEntry).where(AuditEntry.row_id.in_(ids)).order_by(AuditEntry.at, AuditEntry.id)
    )
    own = [_entry(row) for row in session.scalars(query)]
    came = [
        HistoryEntry(line.at, line.actor, "import", table, row, [], line.package_id)
        for table, row, line in arrivals(session, ids, own, CHILDREN)
    ]
    return sorted([*came, *own], key=lambda e: e.at) if came else own


def find_record_id(session: Session, text: str) -> str | None:
    """A record id from what a person typed: an id (of any record, one that only came in
    packages too), or an initiative's registration number."""
    text = text.strip()
    if session.scalar(select(AuditEntry.id).where(AuditEntry.row_id == text).limit(1)):
        return text
    query = select(Initiative.id).where(or_(Initiative.id == text, Initiative.reg_no == text))
    found = session.scalar(query)
    for model in SYNCED_MODELS:
        if found is None:
            found = session.scalar(select(model.id).where(model.id == text))
    return found


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


def csv_rows(
    entries: Iterable[HistoryEntry], packages: dict[str, str] | None = None
) -> Iterable[list[str]]:
    """One line per changed field (one line for an entry without field changes); the package an
    import came in named by `packages` (package_names: its file and sending unit)."""
    packages = packages or {}
    for entry in entries:
        package = packages.get(entry.package_id, entry.package_id) if entry.package_id else ""
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
                package,
            ]


def audit_csv(entries: Iterable[HistoryEntry], packages: dict[str, str] | None = None) -> bytes:
    """CSV text with a byte-order mark, so Excel shows the Vietnamese correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    writer.writerows(csv_rows(entries, packages))
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
    packages = package_names(session, (e.package_id for e in entries if e.package_id))
    write_bytes_atomic(path, audit_csv(entries, packages))
    return len(entries)


NAMING_CHUNK = (
    2000  # entries named per round of queries: each IN (...) stays well under SQLite's limit
)
NAMED_BY = {  # an audited row's table -> the field of a change that would name such a row
    "initiatives": "initiative_id",
    "units": "unit_id",
    "people": "person_id",
    "fields": "field_id",
    "phases": "phase_id",
    "programmes": "programme_id",
}


def row_names(session: Session, entries: list[HistoryEntry]) -> dict[str, str]:
    """id -> what a person knows the row by: the record's own code, name or number (through
    db.audit.value_names, as the history window names them), and for an initiative's own rows
    (authors, reviews, certificates, attachments) that initiative's registration number."""
    children = {model.__tablename__: model for model in CHILDREN}
    names: dict[str, str] = {}
    for start in range(0, len(entries), NAMING_CHUNK):  # a bounded IN (...) however long the trail
        chunk = entries[start : start + NAMING_CHUNK]
        rows = {(e.table_name, e.row_id) for e in chunk if e.table_name in NAMED_BY}
        changes = [FieldChange(NAMED_BY[table], None, row_id) for table, row_id in rows]
        own = HistoryEntry(dt.datetime.min, "", "", "", "", changes, None)  # the rows themselves
        names.update(value_names(session, [*chunk, own]))
        theirs: dict[str, set[str]] = {}
        for entry in chunk:
            if entry.table_name in children:
                theirs.setdefault(entry.table_name, set()).add(entry.row_id)
        for table, ids in theirs.items():
            model = children[table]
            if ids:
                query = (
                    select(model.id, Initiative.reg_no)
                    .join(Initiative, Initiative.id == model.initiative_id)
                    .where(model.id.in_(ids))
                )
                names.update((row_id, reg_no) for row_id, reg_no in session.execute(query))
    names.update(package_names(session, {e.package_id for e in entries if e.package_id}))
    return names
