"""Sao lưu (backups): the list of backups with their dates, reasons and record counts; restore the
chosen one (after a plain-words confirmation; the current data is backed up first); back up now;
check the database. Built so that a clerk restores yesterday's data without a manual.

`after_window_shown(window)` is what the application calls once its main window is up: it says why
a database opened read-only (damaged, or open in another program) and makes the daily backup.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
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

from db.backup import REASONS, BackupInfo
from db.postgres import on_server
from db.postgres.backup import (
    backup_before,
    backups_folder_of,
    list_backups_of,
    restore_commands,
)
from desktop.dialogs import file_dialogs
from desktop.formatting import format_number
from desktop.i18n import counted
from desktop.messages import arg, say
from desktop.tasks import run_op
from desktop.views.registry import Page, PageContext
from desktop.widgets.error_text import error_text

COLUMNS = (
    QT_TRANSLATE_NOOP("BackupsPage", "Ngày giờ"),
    QT_TRANSLATE_NOOP("BackupsPage", "Lý do"),
    QT_TRANSLATE_NOOP("BackupsPage", "Sáng kiến"),
    QT_TRANSLATE_NOOP("BackupsPage", "Tác giả"),
    QT_TRANSLATE_NOOP("BackupsPage", "Dung lượng"),
    QT_TRANSLATE_NOOP("BackupsPage", "Tình trạng"),
)


class DayCount(QObject):
    """Plural texts live in a class: lupdate reads them only from self.tr(text, "", n)."""

    def days_ago(self, n: int) -> str:
        return self.tr("%Ln ngày trước", "", n)


def day_words(day: dt.date, today: dt.date | None = None) -> str:
    """ "hôm nay" / "hôm qua" / "3 ngày trước": what a person calls the day."""
    age = ((today or dt.date.today()) - day).days
    if age == 0:
        return QCoreApplication.translate("BackupsPage", "hôm nay")
    if age == 1:
        return QCoreApplication.translate("BackupsPage", "hôm qua")
    return counted(DayCount().days_ago(age), age) if age > 1 else ""


def when_text(backup: BackupInfo) -> str:
    words = day_words(backup.created_at.date())
    stamp = f"{backup.created_at:%d/%m/%Y %H:%M}"
    return f"{stamp} ({words})" if words else stamp


def size_text(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{max(1, size // 1024)} KB"


def state_text(backup: BackupInfo) -> str:
    return {
        True: QCoreApplication.translate("BackupsPage", "Tốt"),
        False: QCoreApplication.translate("BackupsPage", "Hỏng"),
        None: QCoreApplication.translate("BackupsPage", "Chưa kiểm tra"),
    }[backup.checked_ok]


def initiatives_text(backup: BackupInfo) -> str:
    """The count as the list beside says it, "11.387" (the messages read "11387")."""
    return "?" if backup.initiatives is None else format_number(backup.initiatives)


def backup_cells(backup: BackupInfo) -> list[str]:
    def count(name: str) -> str:
        value = backup.counts.get(name)
        return format_number(value)

    reason = say(REASONS[backup.reason]) if backup.reason in REASONS else backup.reason
    return [
        when_text(backup),
        reason,
        count("initiatives"),
        count("people"),
        size_text(backup.size),
        state_text(backup),
    ]


class BackupsPage(Page):
    title = QT_TRANSLATE_NOOP("Pages", "Sao lưu")
    icon = "backup"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.backups: list[BackupInfo] = []
        self.on_server = on_server(context.database.engine)  # pg_dump backups (issue 18)
        layout = QVBoxLayout(self)
        layout.addWidget(self._warning_banner())
        layout.addWidget(self._explanation())
        self.table = self._make_table()
        layout.addWidget(self.table, 1)
        self.empty_hint = QLabel(
            self.tr("Máy này chưa có bản pg_dump nào của máy chủ. Bấm «Sao lưu ngay» để tạo.")
            if self.on_server
            else self.tr(
                "Chưa có bản sao lưu nào. Bấm «Sao lưu ngay» để tạo bản đầu tiên; từ nay "
                "SángKiến cũng tự sao lưu mỗi ngày."
            )
        )
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setStyleSheet("color: #8a5a00;")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()
        layout.addWidget(self.empty_hint)
        layout.addLayout(self._buttons())
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder_label)
        self.refresh()

    # ---- layout -------------------------------------------------------------------------------

    def _warning_banner(self) -> QWidget:
        self.banner = QLabel()
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: #fdecea; color: #8a1c1c; padding: 8px; border-radius: 4px; }"
        )
        guard = getattr(self.context.database, "guard", None)
        reason = guard.read_only_reason if guard is not None else None
        self.banner.setText(say(reason) if reason else "")
        self.banner.setVisible(bool(reason))
        return self.banner

    def _explanation(self) -> QLabel:
        if self.on_server:
            text = QLabel(
                self.tr(
                    "Dữ liệu nằm trên máy chủ PostgreSQL: người quản trị máy chủ sao lưu nó "
                    "hằng ngày. «Sao lưu ngay» ghi thêm một bản pg_dump vào máy này. Một bản được "
                    "khôi phục vào một cơ sở dữ liệu trống mới trên máy chủ: chọn nó rồi bấm "
                    "«Khôi phục bản đã chọn…» để có hai lệnh cho người quản trị."
                )
            )
            text.setWordWrap(True)
            return text
        text = QLabel(
            self.tr(
                "SángKiến tự sao lưu dữ liệu mỗi ngày, trước mỗi lần nhập gói và trước khi nâng "
                "cấp. Muốn lấy lại dữ liệu của một ngày trước: chọn bản sao lưu của ngày đó trong "
                "danh sách rồi bấm «Khôi phục bản đã chọn». Dữ liệu hiện tại được sao lưu trước "
                "khi khôi phục, nên không mất gì."
            )
        )
        text.setWordWrap(True)
        return text

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, len(COLUMNS))
        table.setObjectName("backups")
        table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.itemSelectionChanged.connect(self._update_buttons)
        table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        if self.on_server:  # a pg_dump is neither counted nor checked here
            for column in (2, 3, 5):
                table.setColumnHidden(column, True)
            table.horizontalHeader().setStretchLastSection(False)  # the size stays by its date
            table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return table

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.restore_button = self._button(self.tr("Khôi phục bản đã chọn…"), self.restore_selected)
        self.restore_button.setObjectName("restore")
        self.backup_button = self._button(self.tr("Sao lưu ngay"), self.backup_now)
        self.backup_button.setObjectName("backupNow")
        other = self._button(self.tr("Khôi phục từ tệp khác…"), self.restore_from_file)
        folder = self._button(self.tr("Mở thư mục sao lưu"), self.open_folder)
        check = self._button(self.tr("Kiểm tra dữ liệu"), self.check_now)
        for button in (self.restore_button, other):
            row.addWidget(button)
        row.addStretch(1)
        for button in (check, folder, self.backup_button):
            row.addWidget(button)
        return row

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    # ---- the list -----------------------------------------------------------------------------

    def page_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        database = self.context.database
        run_op(self, lambda _progress: list_backups_of(database), self.show_backups, key="list")

    def show_backups(self, backups: list[BackupInfo]) -> None:
        self.backups = backups
        self.table.setRowCount(len(backups))
        for row, backup in enumerate(backups):
            for column, text in enumerate(backup_cells(backup)):
                item = QTableWidgetItem(text)
                if column in (2, 3, 4):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.empty_hint.setVisible(not backups)  # what to do next, rather than a blank table
        folder = backups_folder_of(self.context.database)
        self.folder_label.setText(arg(self.tr("Thư mục sao lưu: %1"), str(folder)))
        self._select_default()
        self._update_buttons()

    def _select_default(self) -> None:
        """Preselect the newest sound backup from before today: usually "yesterday's"."""
        today = dt.date.today()
        rows = [i for i, b in enumerate(self.backups) if b.checked_ok is not False]
        older = [i for i in rows if self.backups[i].created_at.date() < today]
        chosen = (older or rows or [None])[0]
        if chosen is not None:
            self.table.selectRow(chosen)

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    # ---- actions ------------------------------------------------------------------------------

    def backup_now(self) -> None:
        database = self.context.database
        run_op(  # Cancel throws the backup being written away whole (db.fileutil.atomic_path)
            self,
            lambda progress: backup_before(database, "manual", progress=progress.stopping()),
            self._backed_up,
            label=self.tr("Đang sao lưu…"),
        )

    def _backed_up(self, path: Path) -> None:
        QMessageBox.information(
            self, self.tr("Đã sao lưu"), arg(self.tr("Đã sao lưu vào:\n%1"), str(path))
        )
        self.refresh()

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is not None and self.on_server:
            self.explain_server_restore(backup.path)
        elif backup is not None and self.confirm_restore(backup):
            self.restore(backup.path)

    def explain_server_restore(self, dump: Path) -> None:
        """A server is restored into an empty database by its administrator, not in place: the
        two commands for this very dump, on the clipboard to paste in a terminal."""
        create, restore = restore_commands(str(self.context.database.engine.url), dump)
        QApplication.clipboard().setText(f"{create}\n{restore}\n")
        text = self.tr(
            "Dữ liệu trên máy chủ không khôi phục đè lên chỗ cũ được: bản sao lưu được đưa vào "
            "một cơ sở dữ liệu trống mới, rồi mở cơ sở dữ liệu đó (Tệp > Mở cơ sở dữ liệu trên "
            "máy chủ…). Người quản trị máy chủ chạy hai lệnh (đã chép vào bộ nhớ tạm, dán vào "
            "cửa sổ lệnh):\n\n%1\n%2"
        )
        QMessageBox.information(self, self.tr("Khôi phục dữ liệu"), arg(text, create, restore))

    def restore_from_file(self) -> None:
        path, _ = file_dialogs.open_file_name(
            self,
            self.tr("Chọn bản sao lưu"),
            str(backups_folder_of(self.context.database)),
            self.tr("Bản pg_dump của máy chủ (*.dump);;Mọi tệp (*)")
            if self.on_server
            else self.tr("Bản sao lưu SángKiến (*.db);;Mọi tệp (*)"),
            show_databases=not self.on_server,
        )
        if path and self.on_server:
            self.explain_server_restore(Path(path))
        elif path and self.confirm_restore_file(Path(path)):
            self.restore(Path(path))

    def confirm_restore(self, backup: BackupInfo) -> bool:
        question = self.tr(
            "Đưa dữ liệu về như lúc %1?\n\nBản sao lưu này có %2 sáng kiến. Những thay đổi sau "
            "thời điểm đó sẽ không còn trong dữ liệu đang dùng, nhưng dữ liệu hiện tại được sao "
            "lưu trước (lý do «Trước khi khôi phục»), nên có thể lấy lại."
        )
        return self._ask(arg(question, when_text(backup), initiatives_text(backup)))

    def confirm_restore_file(self, path: Path) -> bool:
        question = self.tr(
            "Khôi phục dữ liệu từ tệp %1?\n\nTệp sẽ được kiểm tra trước. Dữ liệu hiện tại được "
            "sao lưu trước khi thay, nên có thể lấy lại."
        )
        return self._ask(arg(question, path.name))

    def _ask(self, question: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Khôi phục dữ liệu"), question, parent=self
        )
        restore = box.addButton(self.tr("Khôi phục"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Hủy"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        return box.clickedButton() is restore

    def restore(self, path: Path) -> None:
        from db.restore import restore_backup

        database, actor = self.context.database, self.context.actor
        run_op(
            self,
            lambda progress: restore_backup(database, path, progress=progress, actor=actor),
            self._restored,
            label=self.tr("Đang khôi phục dữ liệu…"),
        )

    def _restored(self, result) -> None:
        restored = result.restored
        message = self.tr("Đã khôi phục dữ liệu như lúc %1 (%2 sáng kiến).")
        text = arg(message, when_text(restored), initiatives_text(restored))
        if result.safety_backup:
            text += "\n\n" + arg(
                self.tr("Dữ liệu trước khi khôi phục được giữ ở:\n%1"), str(result.safety_backup)
            )
        QMessageBox.information(self, self.tr("Đã khôi phục"), text)
        self._reload_everything()

    def _reload_everything(self) -> None:
        """Every page shows the restored data; a read-only (damaged) database is reopened."""
        guard = getattr(self.context.database, "guard", None)
        window = self.context.window
        if guard is not None and guard.read_only and hasattr(window, "open_database_requested"):
            window.open_database_requested.emit(str(self.context.database.path))
            return
        self.context.records_changed.emit()
        self.refresh()

    def open_folder(self) -> None:
        folder = backups_folder_of(self.context.database)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def check_now(self) -> None:
        from db.integrity import check_database

        database = self.context.database
        run_op(
            self,
            lambda _progress: check_database(database),
            self._checked,
            label=self.tr("Đang kiểm tra dữ liệu…"),
        )

    def _checked(self, report) -> None:
        if report.ok:
            text = arg(
                self.tr("Dữ liệu tốt: đã kiểm tra %1 bản ghi."), format_number(report.rows_checked)
            )
            QMessageBox.information(self, self.tr("Kiểm tra dữ liệu"), text)
            return
        lines = "\n".join(f"• {p.message}" for p in report.problems[:12])
        text = self.tr("Tìm thấy vấn đề:\n%1\n\nHãy khôi phục bản sao lưu tốt gần nhất.")
        QMessageBox.warning(self, self.tr("Kiểm tra dữ liệu"), arg(text, lines))


# ---- when the application has opened a database -----------------------------------------------


def after_window_shown(window) -> None:
    """Say why the database is read-only (if it is), else make today's backup in the background."""
    context: PageContext = window.context
    guard = getattr(context.database, "guard", None)
    if guard is not None and guard.read_only:
        warn_read_only(window, guard)
        return
    start_daily_backup(context)


def warn_read_only(window, guard) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("BackupsPage", "Chỉ đọc"),
        say(guard.read_only_reason),
        parent=window,
    )
    go = (
        box.addButton(
            QCoreApplication.translate("BackupsPage", "Mở trang Sao lưu"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        if guard.damaged
        else None
    )
    box.addButton(
        QCoreApplication.translate("BackupsPage", "Đóng"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    if go is not None and box.clickedButton() is go and hasattr(window, "page_named"):
        window.page_named("BackupsPage")


def start_daily_backup(context: PageContext) -> None:
    from db.backup import daily_backup_if_due

    database = context.database
    if on_server(database.engine):  # the server's administrator backs it up (README)
        return
    window = context.window

    def failed(error: BaseException) -> None:
        if window is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                arg(
                    QCoreApplication.translate("BackupsPage", "Chưa sao lưu hằng ngày được: %1"),
                    error_text(error),
                )
            )

    owner = window if window is not None else context
    run_op(owner, lambda _progress: daily_backup_if_due(database), None, on_error=failed)
