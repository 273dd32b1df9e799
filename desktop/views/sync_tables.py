"""What the sync page lists, as table lines: the packages that went in and out, the nodes this one
exchanges with (their key fingerprints, how far each is in sync), the conflicts to look at; and
the export destinations built from the known nodes and the unit tree (no SQL here: db/ reads)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from db.audit import local_time
from db.queries.unit_tree import unit_tree
from db.session import Database
from db.sync import nodes
from db.sync.conflicts import ConflictView, list_conflicts
from db.sync.history import PackageLine, SyncStatus, package_history, sync_status
from db.sync.report import table_label
from desktop.dialogs.conflict_texts import field_text, resolution_text, value_text
from desktop.formatting import format_number
from desktop.messages import Texts, arg

HISTORY_COLUMNS = (
    QT_TRANSLATE_NOOP("SyncPage", "Ngày giờ"),
    QT_TRANSLATE_NOOP("SyncPage", "Chiều"),
    QT_TRANSLATE_NOOP("SyncPage", "Đơn vị"),
    QT_TRANSLATE_NOOP("SyncPage", "Nội dung"),
    QT_TRANSLATE_NOOP("SyncPage", "Tệp"),
)
NODE_COLUMNS = (
    QT_TRANSLATE_NOOP("SyncPage", "Quan hệ"),
    QT_TRANSLATE_NOOP("SyncPage", "Đơn vị"),
    QT_TRANSLATE_NOOP("SyncPage", "Dấu vân tay khóa"),
    QT_TRANSLATE_NOOP("SyncPage", "Thay đổi chờ gửi (tối đa)"),
)
CONFLICT_COLUMNS = (
    QT_TRANSLATE_NOOP("SyncPage", "Số"),
    QT_TRANSLATE_NOOP("SyncPage", "Bản ghi"),
    QT_TRANSLATE_NOOP("SyncPage", "Trường"),
    QT_TRANSLATE_NOOP("SyncPage", "Giá trị đang giữ"),
    QT_TRANSLATE_NOOP("SyncPage", "Giá trị bị thay"),
    QT_TRANSLATE_NOOP("SyncPage", "Tình trạng"),
)
RELATIONS = {
    "parent": QT_TRANSLATE_NOOP("SyncPage", "Cấp trên"),
    "child": QT_TRANSLATE_NOOP("SyncPage", "Cấp dưới"),
    "retired": QT_TRANSLATE_NOOP("SyncPage", "Máy cũ (đã thay)"),
    # a node known only by name, from a union's node directory: it sends no packages here
    "relayed": QT_TRANSLATE_NOOP("SyncPage", "Qua đơn vị trung gian"),
}
IN_COUNTS = (
    ("new", QT_TRANSLATE_NOOP("SyncPage", "%1 mới")),
    ("updated", QT_TRANSLATE_NOOP("SyncPage", "%1 cập nhật")),
    ("conflicts", QT_TRANSLATE_NOOP("SyncPage", "%1 xung đột")),
    ("refused", QT_TRANSLATE_NOOP("SyncPage", "%1 từ chối")),
)


SyncPage = Texts("SyncPage")  # lupdate files SyncPage.tr("...") under "SyncPage"


# ---- reading everything the page shows, off the GUI thread ---------------------------------------


@dataclass(frozen=True)
class DestinationChoice:
    unit_code: str
    unit_name: str
    direction: str  # "up" | "down"
    node_known: bool
    box_key_known: bool


@dataclass
class SyncState:
    status: SyncStatus
    history: list[PackageLine]
    conflicts: list[ConflictView]
    destinations: list[DestinationChoice] = field(default_factory=list)


def read_sync_state(database: Database, unit_id: str | None, with_resolved: bool) -> SyncState:
    with database.session() as session:
        return SyncState(
            sync_status(session),
            package_history(session),
            list_conflicts(session, include_resolved=with_resolved),
            export_destinations(session, unit_id),
        )


def export_destinations(session, unit_id: str | None) -> list[DestinationChoice]:
    """The parent (its pinned node, else the unit above ours), then the children: units with a
    known node first, then the other units directly below ours."""
    units = {u.id: u for u in unit_tree(session)}
    by_code = {u.code: u for u in units.values()}
    known = {k.unit_code: k for k in nodes.known_nodes(session) if k.relation != "retired"}
    parent = nodes.parent_node(session)
    own = units.get(unit_id or "")
    choices: list[DestinationChoice] = []
    above = (
        parent.unit_code
        if parent
        else (units[own.parent_id].code if own and own.parent_id in units else None)
    )
    if above:
        choices.append(_choice(above, by_code, known, "up"))
    below = [c for c, k in known.items() if k.relation == "child"]
    below += [
        u.code for u in units.values() if own and u.parent_id == own.id and u.code not in below
    ]
    choices += [_choice(code, by_code, known, "down") for code in below]
    return choices


def _choice(code: str, by_code: dict, known: dict, direction: str) -> DestinationChoice:
    unit = by_code.get(code)
    node = known.get(code)
    box = bool(node is not None and node.box_public_key)
    return DestinationChoice(code, unit.name if unit else "", direction, node is not None, box)


# ---- table lines ---------------------------------------------------------------------------------


def history_rows(history: list[PackageLine]) -> list[list[str]]:
    return [
        [
            f"{local_time(p.at):%d/%m/%Y %H:%M}",
            QCoreApplication.translate("SyncPage", "→ Gửi đi")
            if p.direction == "out"
            else QCoreApplication.translate("SyncPage", "← Nhận về"),
            p.unit_code or "?",
            package_contents(p),
            (p.file_name or "").replace("\\", "/").rsplit("/", 1)[-1],
        ]
        for p in history
    ]


def package_contents(line: PackageLine) -> str:
    counts = line.counts
    setup = (
        QCoreApplication.translate("SyncPage", "Gói khởi tạo: ")
        if counts.get("kind") == "setup"
        else ""
    )
    if line.direction == "in":
        parts = [arg(SyncPage.tr(text), str(counts.get(key, 0))) for key, text in IN_COUNTS]
        return setup + ", ".join(parts)
    records = sum(v for k, v in counts.items() if k not in ("files", "kind") and isinstance(v, int))
    return setup + arg(QCoreApplication.translate("SyncPage", "%1 bản ghi"), format_number(records))


def node_rows(status: SyncStatus) -> list[list[str]]:
    return [
        [
            SyncPage.tr(RELATIONS.get(n.relation, n.relation)),
            n.unit_code,
            n.fingerprint,
            format_number(n.unsent),  # (the sequence numbers behind it are for programs)
        ]
        for n in status.neighbours
    ] + [
        [SyncPage.tr(RELATIONS["relayed"]), r.label, r.fingerprint or "", ""]
        for r in status.relayed
        if not r.retired
    ]


def conflict_rows(views: list[ConflictView], language: str = "vi") -> list[list[str]]:
    return [
        [
            str(v.id),
            f"{table_label(v.table, language)} {v.label}",
            field_text(v.field, language),
            value_text(v.kept.value),
            value_text(v.lost.value),
            resolution_text(v),
        ]
        for v in views
    ]


# ---- the tables ----------------------------------------------------------------------------------


def make_table(
    object_name: str, columns: tuple[str, ...], stretch: int, widths: dict[int, int] | None = None
) -> QTableWidget:
    """A read-only table of whole rows: column `stretch` takes the room left, `widths` are
    fixed starting widths (long values), the others fit their contents."""
    table = QTableWidget(0, len(columns))
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels([SyncPage.tr(c) for c in columns])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in (widths or {}).items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(column, width)
    return table


def fill_table(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(row, column, item)
