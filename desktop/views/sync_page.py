"""Đồng bộ (sync by packages): send a package to the parent or a unit below, receive packages from
files or a whole USB folder (checked and previewed first, a new sender's fingerprint confirmed),
see the packages that went in and out and how far each node is in sync, and look at the
conflicts (compare, reverse). The work is db/sync/'s; long steps run off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.sync.report import ImportReport
from desktop.dialogs import file_dialogs
from desktop.dialogs.import_preview_dialog import ImportPreviewDialog
from desktop.messages import arg, say
from desktop.tasks import run_op, running
from desktop.views import sync_tables as lists
from desktop.views.registry import Page, PageContext
from desktop.views.sync_conflicts import ConflictsPanel
from desktop.views.sync_export import FOLDER_KEY, ExportPanel, result_label
from desktop.views.sync_import import (
    import_chosen,
    import_result_text,
    preview_packages,
)
from desktop.widgets.error_text import error_text

PACKAGE_FILTER = QT_TRANSLATE_NOOP("SyncPage", "Gói đồng bộ SángKiến (*.skp)")


class SyncPage(Page):
    title = QT_TRANSLATE_NOOP("Pages", "Đồng bộ")
    icon = "sync"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.state: lists.SyncState | None = None
        self.preview_dialog: ImportPreviewDialog | None = None
        self.import_task = None  # kept until it ends: its signals refresh the pages
        layout = QVBoxLayout(self)
        boxes = QHBoxLayout()
        self.export_panel = ExportPanel(context)
        self.export_panel.exported.connect(self.refresh)
        boxes.addWidget(self.export_panel, 1)
        boxes.addWidget(self._import_box(), 1)
        layout.addLayout(boxes)
        layout.addWidget(self._tabs(), 1)
        self._disable_writes_if_read_only()
        context.records_changed.connect(self.refresh)
        self.refresh()

    # ---- layout -------------------------------------------------------------------------------

    def _import_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Nhận gói"))
        layout = QVBoxLayout(box)
        hint = QLabel(
            self.tr(
                "Chọn các tệp gói .skp, hoặc cả thư mục trên USB. Mỗi gói được kiểm tra và cho "
                "xem trước; dữ liệu được sao lưu trước khi nhập. Gói hỏng được báo tên, các gói "
                "khác vẫn nhập."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.import_files_button = QPushButton(self.tr("Nhập từ tệp…"))
        self.import_files_button.setObjectName("importFiles")
        self.import_files_button.clicked.connect(self.import_files)
        self.import_folder_button = QPushButton(self.tr("Nhập cả thư mục…"))
        self.import_folder_button.setObjectName("importFolder")
        self.import_folder_button.clicked.connect(self.import_folder)
        row.addWidget(self.import_files_button)
        row.addWidget(self.import_folder_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.import_result = result_label("importResult")
        layout.addWidget(self.import_result)
        layout.addStretch(1)
        return box

    def _tabs(self) -> QTabWidget:
        self.tabs = QTabWidget()
        self.conflicts = ConflictsPanel(self.context)
        self.conflicts.wanted_changed.connect(self.refresh)
        self.tabs.addTab(self.conflicts, "")
        self.history = lists.make_table("history", lists.HISTORY_COLUMNS, 3)
        self.tabs.addTab(self.history, self.tr("Lịch sử gói"))
        self.tabs.addTab(self._nodes_tab(), self.tr("Các máy trao đổi"))
        return self.tabs

    def _nodes_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.own_node = QLabel()
        self.own_node.setObjectName("ownNode")
        self.own_node.setWordWrap(True)
        layout.addWidget(self.own_node)
        self.nodes = lists.make_table("nodes", lists.NODE_COLUMNS, 2)
        layout.addWidget(self.nodes, 1)
        return tab

    def _disable_writes_if_read_only(self) -> None:
        guard = getattr(self.context.database, "guard", None)
        self.export_panel.writable = guard is None or not guard.read_only
        if not self.export_panel.writable:
            buttons = (
                self.export_panel.button,
                self.import_files_button,
                self.import_folder_button,
            )
            for button in buttons:
                button.setEnabled(False)
                button.setToolTip(say(guard.read_only_reason or ""))

    # ---- what the page shows ------------------------------------------------------------------

    def page_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        database, unit_id = self.context.database, self.context.node.unit_id
        resolved = self.conflicts.show_resolved.isChecked()
        run_op(
            self,
            lambda _progress: lists.read_sync_state(database, unit_id, resolved),
            self.show_state,
            key="state",
            on_error=self._read_failed,
        )

    @property
    def reads_pending(self) -> bool:
        return running(self, "state")

    def _read_failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Không đọc được dữ liệu đồng bộ"), error_text(error))

    def show_state(self, state: lists.SyncState) -> None:
        self.state = state
        self.export_panel.show_destinations(state.destinations)
        lists.fill_table(self.history, lists.history_rows(state.history))
        lists.fill_table(self.nodes, lists.node_rows(state.status))
        self.conflicts.show_conflicts(state.conflicts)
        waiting = self.conflicts.waiting()
        self.tabs.setTabText(0, arg(self.tr("Xung đột (%1)"), str(waiting)))
        status = state.status
        # the node id is for programs; a person compares the key's fingerprint on the phone
        self.own_node.setText(
            arg(
                self.tr(
                    "Máy này phục vụ đơn vị %1. Dấu vân tay khóa (đọc khi gọi điện xác nhận): %2"
                ),
                status.unit_code,
                status.fingerprint,
            )
        )
        self.own_node.setToolTip(status.node_id)

    # ---- import -------------------------------------------------------------------------------

    def _import_folder_start(self) -> str:
        return str(self.context.settings.value(FOLDER_KEY, "") or file_dialogs.start_folder())

    def import_files(self) -> None:
        from db.duplicates.package_check import warm_up

        warm_up(self.context.database)  # issue 14: the duplicates check gets ready meanwhile
        paths, _ = file_dialogs.open_file_names(
            self, self.tr("Chọn gói để nhập"), self._import_folder_start(), self.tr(PACKAGE_FILTER)
        )
        if paths:
            self.preview(paths)

    def import_folder(self) -> None:
        from db.duplicates.package_check import warm_up

        warm_up(self.context.database)  # issue 14: the duplicates check gets ready meanwhile
        folder = file_dialogs.existing_folder(
            self, self.tr("Chọn thư mục có các gói"), self._import_folder_start()
        )
        if folder:
            self.preview([folder])

    def preview(self, paths: list[str]) -> None:
        from db.duplicates.package_check import start_early
        from db.sync.importer import package_files  # the sync engine loads when used (start-up)

        files = package_files(paths)
        if not files:
            QMessageBox.information(
                self, self.tr("Nhận gói"), self.tr("Không có gói .skp nào ở đó.")
            )
            return
        self.context.settings.setValue(FOLDER_KEY, str(Path(files[0]).parent))
        database = self.context.database
        start_early(database, files)  # issue 14: the duplicates check beside the verification
        run_op(
            self,
            lambda progress: preview_packages(database, files, progress, progress.cancelled),
            self.show_preview,
            label=arg(self.tr("Đang kiểm tra %1 gói…"), str(len(files))),
        )

    def show_preview(self, reports: list[ImportReport]) -> None:
        """The preview, window-modal but not blocking: "Nhập" goes on in `preview_closed`."""
        self.preview_dialog = ImportPreviewDialog(reports, self, self.context.database)
        self.preview_dialog.finished.connect(self.preview_closed)
        self.preview_dialog.open()

    def preview_closed(self, result: int) -> None:
        dialog, self.preview_dialog = self.preview_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        chosen = dialog.chosen_packages()
        if result != ImportPreviewDialog.DialogCode.Accepted or not chosen:
            return
        previews, database, actor = dialog.reports, self.context.database, self.context.actor
        self.import_task = run_op(
            self,
            lambda progress: import_chosen(
                database, chosen, actor, progress, progress.cancelled, progress.tell
            ),
            lambda reports: self.imported(previews, reports),
            label=arg(self.tr("Đang nhập %1 gói…"), str(len(chosen))),
        )
        # Packages imported before a Cancel stay imported: show them whatever happens.
        self.import_task.ended.connect(self.import_ended)

    def import_ended(self) -> None:
        self.import_task = None
        self.context.records_changed.emit()

    def imported(self, previews: list[ImportReport], reports: list[ImportReport]) -> None:
        text, refused = import_result_text(previews, reports)
        self.import_result.setText(text)
        self.import_result.setVisible(True)
        show = QMessageBox.warning if refused else QMessageBox.information
        show(self, self.tr("Kết quả nhập gói"), text)
