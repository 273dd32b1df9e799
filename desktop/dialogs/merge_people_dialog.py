"""Gộp tác giả trùng: people recorded twice (same name without diacritics and birth date, or the
same employee number), group by group; the person kept takes every authorship of the others,
whose ids stay as aliases (db.duplicates.people). A merge made here can be undone here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import format_date
from desktop.widgets.screen_fit import fit_remembered, remember_geometry
from desktop.widgets.user_action import run_user_action

GEOMETRY_KEY = "merge_people/geometry"  # the window's size, as the person last left it


class MergePeopleDialog(QDialog):
    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.groups: list = []
        self.merged: list[list[str]] = []  # ids merged by each "Gộp" here, for "Hoàn tác"
        self.setWindowTitle(self.tr("Gộp tác giả trùng"))
        fit_remembered(self, context.settings, GEOMETRY_KEY, 900, 520)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.list = QListWidget()
        self.list.setObjectName("groups")
        self.list.currentRowChanged.connect(self._show_group)
        layout.addWidget(self.list, 1)
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("Giữ lại:")))
        self.keep = QComboBox()
        self.keep.setObjectName("keep")
        keep_row.addWidget(self.keep, 1)
        layout.addLayout(keep_row)
        note = QLabel(
            self.tr(
                "Những người còn lại trong nhóm được gộp vào người giữ lại: các sáng kiến của họ "
                "chuyển sang người này; mã cũ vẫn được nhận ra trong các gói gửi đến."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(self._buttons())
        self.reload()

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("Gộp"))
        self.merge_button.setObjectName("merge")
        self.merge_button.clicked.connect(self.merge)
        self.undo_button = QPushButton(self.tr("Hoàn tác"))
        self.undo_button.setObjectName("undo")
        self.undo_button.clicked.connect(self.undo)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(self.merge_button)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        row.addWidget(close)
        return row

    def reload(self) -> None:
        from db.duplicates.people import duplicate_people_groups

        with self.context.database.session() as session:
            self.groups = duplicate_people_groups(session)
        self.list.clear()
        for group in self.groups:
            item = QListWidgetItem(self._group_text(group))
            self.list.addItem(item)
        self.heading.setText(
            self.tr("%n nhóm tác giả có thể là một người.", "", len(self.groups))
            if self.groups
            else self.tr("Không có tác giả nào có thể trùng.")
        )
        if self.groups:
            self.list.setCurrentRow(0)
        else:
            self.keep.clear()
        self._update_buttons()

    def _group_text(self, group) -> str:
        reason = (
            self.tr("cùng họ tên và ngày sinh")
            if group.reason == "name_birth"
            else self.tr("cùng mã nhân viên")
        )
        # the reason on a line of its own: a group read whole without scrolling sideways
        people = "  ↔  ".join(self._person_text(p) for p in group.people)
        return f"{people}\n      — {reason}"

    def _person_text(self, person) -> str:
        born = format_date(person.birth_date) if person.birth_date else "?"
        count = self.tr("%n SK", "", person.initiatives)
        return f"{person.full_name} ({person.unit_code or '—'}, {born}, {count})"

    def _show_group(self, row: int) -> None:
        self.keep.clear()
        if 0 <= row < len(self.groups):
            people = sorted(self.groups[row].people, key=lambda p: -p.initiatives)
            for person in people:
                self.keep.addItem(self._person_text(person), person.id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(self.keep.count() > 1)
        self.undo_button.setEnabled(bool(self.merged))

    def merge(self) -> None:
        from db.duplicates.people import merge_people

        row = self.list.currentRow()
        if not 0 <= row < len(self.groups):
            return
        keep = self.keep.currentData()
        others = [p.id for p in self.groups[row].people if p.id != keep]

        def action(session):
            for other in others:
                merge_people(session, keep, other, self.context.actor)

        if self._write(action):
            self.merged.append(others)
            self._update_buttons()

    def undo(self) -> None:
        from db.duplicates.people import undo_merge

        if not self.merged:
            return
        others = self.merged[-1]

        def action(session):
            for other in others:
                undo_merge(session, other, self.context.actor)

        if self._write(action):
            self.merged.pop()
            self._update_buttons()

    def _write(self, action) -> bool:
        if not run_user_action(self.context, self, self.tr("Gộp tác giả trùng"), action):
            return False
        self.reload()
        return True

    def done(self, result: int) -> None:
        remember_geometry(self, self.context.settings, GEOMETRY_KEY)
        super().done(result)

    def keyPressEvent(self, event) -> None:  # Enter must not close the dialog mid-choice
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)
