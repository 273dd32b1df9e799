"""The sync page's conflicts tab: the concurrent edits an import kept for a person to look at.
Enter (or a double click) opens the selected one side by side; "Lấy lại giá trị bị thay" reverses
it through db.sync.conflicts.resolve_conflict (a new edit that travels with the next package)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.sync.conflicts import ConflictView
from desktop.dialogs.conflict_dialog import ConflictDialog
from desktop.messages import arg
from desktop.views import sync_tables as lists
from desktop.views.registry import PageContext
from desktop.widgets.error_text import error_text


class ConflictsPanel(QWidget):
    # "Hiện cả các xung đột đã xử lý" changed: the page reads the list again.
    wanted_changed = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.views: list[ConflictView] = []
        self.dialog: ConflictDialog | None = None
        layout = QVBoxLayout(self)
        self.table = lists.make_table(
            "conflicts", lists.CONFLICT_COLUMNS, 1, widths={3: 260, 4: 260}
        )
        self.table.activated.connect(lambda index: self.open_conflict(index.row()))
        layout.addWidget(self.table, 1)
        self.empty_hint = QLabel(
            self.tr(
                "Không có xung đột nào chờ xử lý. Khi một gói mang đến thay đổi của một trường mà "
                "ở đây cũng đã sửa, giá trị bị thay sẽ hiện ở đây để bạn so sánh và lấy lại nếu "
                "cần."
            )
        )
        self.empty_hint.setObjectName("conflictsEmpty")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()
        layout.addWidget(self.empty_hint)
        row = QHBoxLayout()
        self.show_resolved = QCheckBox(self.tr("Hiện cả các xung đột đã xử lý"))
        self.show_resolved.setObjectName("showResolved")
        self.show_resolved.toggled.connect(self.wanted_changed.emit)
        self.note = QLabel()
        self.note.setObjectName("conflictNote")
        self.note.setWordWrap(True)
        self.open_button = QPushButton(self.tr("So sánh và xử lý…"))
        self.open_button.setObjectName("openConflict")
        self.open_button.clicked.connect(lambda: self.open_conflict(self.table.currentRow()))
        row.addWidget(self.show_resolved)
        row.addWidget(self.note, 1)
        row.addWidget(self.open_button)
        layout.addLayout(row)

    def waiting(self) -> int:
        return sum(v.resolved_at is None for v in self.views)

    def show_conflicts(self, views: list[ConflictView]) -> None:
        current = self.table.currentRow()
        self.views = views
        lists.fill_table(self.table, lists.conflict_rows(views, self.context.language))
        self.open_button.setEnabled(bool(views))
        self.empty_hint.setVisible(not views)  # what the tab is for, rather than a blank table
        if views:
            self.table.selectRow(min(max(current, 0), len(views) - 1))

    def open_conflict(self, row: int) -> None:
        """Show conflict `row` side by side (window-modal, not blocking: see `dialog_closed`)."""
        from db.sync.conflicts import get_conflict

        if not 0 <= row < len(self.views):
            return
        with self.context.database.session() as session:
            view = get_conflict(session, self.views[row].id)
        self.dialog = ConflictDialog(view, self.context.language, self)
        self.dialog.finished.connect(self.dialog_closed)
        self.dialog.open()

    def dialog_closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if dialog.choice is not None:
            self.resolve(dialog.view.id, dialog.choice)
        self.table.setFocus()

    def resolve(self, conflict_id: int, keep: str) -> None:
        from db.session import DatabaseError
        from db.sync.conflicts import ConflictError, resolve_conflict
        from db.validation import ValidationFailed

        try:
            with self.context.database.transaction() as session:
                view = resolve_conflict(session, conflict_id, keep, self.context.actor)
        except (ConflictError, ValidationFailed, DatabaseError) as error:
            QMessageBox.warning(self, self.tr("Không xử lý được"), error_text(error))
            return
        if keep == "lost":
            note = self.tr(
                "Xung đột số %1: đã lấy lại «%2»; lần gửi gói sau sẽ mang thay đổi này đi."
            )
        else:
            note = self.tr("Xung đột số %1: đã giữ «%2».")
        value = lists.value_text(view.lost.value if keep == "lost" else view.kept.value, 40)
        self.note.setText(arg(note, str(conflict_id), value))
        self.context.records_changed.emit()
