"""A record's history: who changed which field, from what to what, and when (the audit trail).

    from desktop.dialogs.audit_dialog import show_history
    show_history(context, initiative_id, title="VSP-2022-0001 — …", parent=self)

One line per changed field, newest first; imports show the package they came in. "Xuất CSV…"
saves the same lines for Excel.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.audit import (
    HistoryEntry,
    export_audit,
    history_of,
    local_time,
    package_names,
    readable_value,
    value_names,
)
from desktop.dialogs import file_dialogs
from desktop.i18n import counted
from desktop.page_context import PageContext
from desktop.widgets.error_text import error_text
from desktop.widgets.screen_fit import fit_remembered, remember_geometry

COLUMNS = (
    QT_TRANSLATE_NOOP("AuditDialog", "Thời gian"),
    QT_TRANSLATE_NOOP("AuditDialog", "Người thực hiện"),
    QT_TRANSLATE_NOOP("AuditDialog", "Hành động"),
    QT_TRANSLATE_NOOP("AuditDialog", "Phần"),
    QT_TRANSLATE_NOOP("AuditDialog", "Trường"),
    QT_TRANSLATE_NOOP("AuditDialog", "Giá trị cũ"),
    QT_TRANSLATE_NOOP("AuditDialog", "Giá trị mới"),
    QT_TRANSLATE_NOOP("AuditDialog", "Gói"),
)
MAX_CELL = 120


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("AuditDialog", "có")
        return QCoreApplication.translate("AuditDialog", "không")
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def history_lines(
    entries: list[HistoryEntry], language: str = "vi", names: dict[str, str] | None = None
) -> list[list[str]]:
    """The table's lines, newest first: one per changed field, its values as the forms show
    them (db.audit.readable_value; `names` from db.audit.value_names, and the packages'
    from db.audit.package_names)."""
    lines = []
    for entry in reversed(entries):
        common = [
            f"{local_time(entry.at):%d/%m/%Y %H:%M}",
            entry.actor,
            entry.action_label(language),
            entry.table_label(language),
        ]
        # the package an import came in, named as `sangkien audit` names it (file, unit)
        package = (names or {}).get(entry.package_id, entry.package_id) if entry.package_id else ""
        changes = entry.changes or [None]
        for change in changes:
            if change is None:
                lines.append([*common, "", "", "", package])
            else:
                old, new = (
                    cell_text(
                        readable_value(entry.table_name, change.field, v, names or {}, language)
                    )
                    for v in (change.old, change.new)
                )
                lines.append([*common, change.field_label(language), old, new, package])
    return lines


GEOMETRY_KEY = "audit/geometry"  # the history window's size, as the person last left it


class AuditDialog(QDialog):
    def __init__(
        self, context: PageContext, record_id: str, title: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.record_id = record_id
        self.setWindowTitle(self.tr("Lịch sử thay đổi"))
        fit_remembered(self, context.settings, GEOMETRY_KEY, 980, 520)
        layout = QVBoxLayout(self)
        heading = QLabel(title or self._heading_of(record_id))
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.table = self._make_table()
        layout.addWidget(self.table, 1)
        layout.addLayout(self._buttons())
        self.load()

    def done(self, result: int) -> None:
        remember_geometry(self, self.context.settings, GEOMETRY_KEY)
        super().done(result)

    def _heading_of(self, record_id: str) -> str:
        """An initiative's number and title (a raw id means nothing to a person)."""
        from db.queries.initiative_lookup import initiative_heading

        with self.context.database.session() as session:
            return initiative_heading(session, record_id)

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, len(COLUMNS))
        table.setObjectName("history")
        table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.summary = QLabel()
        export = self.export_button = QPushButton(self.tr("Xuất CSV…"))
        export.clicked.connect(self.export_csv)
        close = QPushButton(self.tr("Đóng"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        row.addWidget(self.summary, 1)
        row.addWidget(export)
        row.addWidget(close)
        return row

    def load(self) -> None:
        with self.context.database.session() as session:
            entries = history_of(session, self.record_id)
            names = value_names(session, entries)
            names.update(package_names(session, (e.package_id for e in entries if e.package_id)))
        lines = history_lines(entries, self.context.language, names)
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for column, text in enumerate(line):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.summary.setText(counted(self.tr("%Ln lần thay đổi", "", len(entries)), len(entries)))
        if not entries:  # said in words, and nothing to export
            self.summary.setText(self.tr("Chưa có thay đổi nào được ghi lại cho bản ghi này."))
        self.export_button.setEnabled(bool(entries))

    def export_csv(self) -> None:
        path, _ = file_dialogs.save_file_name(
            self, self.tr("Xuất lịch sử"), "lich-su.csv", self.tr("CSV (*.csv)")
        )
        if not path:
            return
        try:
            with self.context.database.session() as session:
                export_audit(session, path, record_id=self.record_id)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Không xuất được"), error_text(error))


def show_history(
    context: PageContext, record_id: str, title: str = "", parent: QWidget | None = None
) -> AuditDialog:
    """Open the history of a record (non-modal: the form stays usable)."""
    dialog = AuditDialog(context, record_id, title, parent or context.window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
