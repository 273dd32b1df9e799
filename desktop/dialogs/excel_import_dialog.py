"""Nhập sáng kiến từ Excel: the sheet is read and checked in the background (progress, Cancel),
then the preview shows how many initiatives are new, updated or unchanged and every problem with
its row, column and what to do. Nothing is written until "Nhập"; a sheet with errors is imported
only when the person ticks "only the valid rows". The write is one transaction."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.exchange.importer import ImportPreview, apply_import, preview_import
from desktop.messages import arg
from desktop.tasks import run_op
from desktop.widgets.error_text import error_text

ERROR_COLOUR = QColor("#b00020")
ROW_COLUMNS = ("row", "action", "reg_no", "title", "unit", "authors")
MAX_ROWS_SHOWN = 5000  # a table of more rows is slow to fill and no one reads it all


class ExcelImportDialog(QDialog):
    def __init__(self, context, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.path = context, Path(path)
        self.preview: ImportPreview | None = None
        self.result = None
        self.setWindowTitle(ExcelImportDialog.tr("Nhập sáng kiến từ Excel"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.summary = QLabel(arg(ExcelImportDialog.tr("Đang đọc %1…"), self.path.name))
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.problems = QTableWidget(0, 3)
        self.problems.setObjectName("problems")
        self.problems.setHorizontalHeaderLabels(
            [
                ExcelImportDialog.tr("Dòng"),
                ExcelImportDialog.tr("Cột"),
                ExcelImportDialog.tr("Vấn đề và cách sửa"),
            ]
        )
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setWordWrap(True)
        self.problems.verticalHeader().hide()
        self.rows = self._rows_table()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("previewTabs")
        self.tabs.addTab(self.rows, ExcelImportDialog.tr("Sáng kiến"))
        self.tabs.addTab(self.problems, ExcelImportDialog.tr("Vấn đề"))
        self.only_valid = QCheckBox()
        self.only_valid.setObjectName("onlyValid")
        self.only_valid.setVisible(False)
        self.only_valid.toggled.connect(self._update_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            ExcelImportDialog.tr("Nhập"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.summary, self.tabs, self.only_valid, self.buttons):
            layout.addWidget(widget)
        self.start_preview()

    def _rows_table(self) -> QTableWidget:
        """Every row the sheet holds, as it will be written: what a person checks before "Nhập"."""
        table = QTableWidget(0, len(ROW_COLUMNS))
        table.setObjectName("rows")
        table.setHorizontalHeaderLabels(
            [
                ExcelImportDialog.tr("Dòng"),
                ExcelImportDialog.tr("Sẽ làm"),
                ExcelImportDialog.tr("Số đăng ký"),
                ExcelImportDialog.tr("Tên sáng kiến"),
                ExcelImportDialog.tr("Đơn vị"),
                ExcelImportDialog.tr("Tác giả"),
            ]
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(ROW_COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        header.resizeSection(ROW_COLUMNS.index("unit"), 110)
        header.resizeSection(ROW_COLUMNS.index("authors"), 260)
        table.setWordWrap(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        return table

    # ---- preview ------------------------------------------------------------------------------

    def start_preview(self) -> None:
        database, path = self.context.database, self.path

        def check(progress):
            with database.session() as session:
                return preview_import(
                    session, path, progress=progress, cancelled=progress.cancelled
                )

        run_op(
            self,
            check,
            self.show_preview,
            label=ExcelImportDialog.tr("Đang kiểm tra bảng tính…"),
            on_error=self._failed,
        )

    def show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        lang = self.context.language
        text = ExcelImportDialog.tr(
            "Trang '%1' (tiêu đề ở dòng %2): %3 sáng kiến mới, %4 cập nhật, %5 không đổi."
        )
        for key, value in (
            ("%1", preview.sheet),
            ("%2", str(preview.header_row)),
            ("%3", str(preview.count("new", False))),
            ("%4", str(preview.count("update", False))),
            ("%5", str(preview.count("unchanged", False))),
        ):
            text = text.replace(key, value)
        errors = len(preview.error_rows)
        if errors:
            text += " " + arg(
                ExcelImportDialog.tr(
                    "%1 dòng có lỗi: sửa trong tệp rồi mở lại, hoặc chỉ nhập các dòng hợp lệ."
                ),
                str(errors),
            )
            self.only_valid.setText(
                arg(
                    ExcelImportDialog.tr(
                        "Chỉ nhập các dòng hợp lệ (%1 sáng kiến), bỏ qua %2 dòng lỗi"
                    ),
                    str(len(preview.valid_rows())),
                    str(errors),
                )
            )
            self.only_valid.setVisible(bool(preview.valid_rows()))  # none valid: nothing to tick
        self.summary.setText(text)
        self.problems.setRowCount(len(preview.problems))
        for index, problem in enumerate(preview.problems):
            sheet = "" if problem.sheet == preview.sheet else f"[{problem.sheet}] "
            message = problem.en if lang == "en" else problem.vi
            cells = [str(problem.row or ""), sheet + problem.column, message]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if problem.error:
                    item.setForeground(QBrush(ERROR_COLOUR))
                self.problems.setItem(index, column, item)
        self.problems.resizeRowsToContents()
        self._show_rows(preview)
        self.tabs.setTabText(0, arg(ExcelImportDialog.tr("Sáng kiến (%1)"), str(len(preview.rows))))
        self.tabs.setTabText(
            1, arg(ExcelImportDialog.tr("Vấn đề (%1)"), str(len(preview.problems)))
        )
        self.tabs.setCurrentIndex(1 if preview.has_errors else 0)
        self._update_button()

    def _show_rows(self, preview: ImportPreview) -> None:
        actions = {
            "new": ExcelImportDialog.tr("Thêm mới"),
            "update": ExcelImportDialog.tr("Cập nhật"),
            "unchanged": ExcelImportDialog.tr("Không đổi"),
        }
        bad = preview.error_rows
        shown = preview.rows[:MAX_ROWS_SHOWN]
        self.rows.setRowCount(len(shown))
        for index, planned in enumerate(shown):
            action = actions[planned.action]
            if planned.row in bad:
                action = ExcelImportDialog.tr("Có lỗi")
            values = {
                "row": str(planned.row),
                "action": action,
                "reg_no": planned.reg_no or ExcelImportDialog.tr("(cấp khi ghi)"),
                "title": planned.title,
                "unit": planned.unit,
                "authors": planned.authors_text(),
            }
            for column, key in enumerate(ROW_COLUMNS):
                item = QTableWidgetItem(values[key])
                if planned.row in bad:
                    item.setForeground(QBrush(ERROR_COLOUR))
                self.rows.setItem(index, column, item)
        self.rows.resizeColumnToContents(ROW_COLUMNS.index("row"))
        self.rows.resizeColumnToContents(ROW_COLUMNS.index("action"))
        self.rows.resizeColumnToContents(ROW_COLUMNS.index("reg_no"))

    def _update_button(self) -> None:
        preview = self.preview
        writable = preview is not None and (preview.count("new") + preview.count("update")) > 0
        allowed = preview is not None and (not preview.has_errors or self.only_valid.isChecked())
        self.import_button.setEnabled(bool(writable and allowed))

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(error_text(error))
        QMessageBox.warning(
            self, ExcelImportDialog.tr("Không đọc được bảng tính"), error_text(error)
        )

    # ---- apply --------------------------------------------------------------------------------

    def apply(self) -> None:
        preview, database = self.preview, self.context.database
        if preview is None:
            return
        only_valid, actor = self.only_valid.isChecked(), self.context.actor
        self.import_button.setEnabled(False)

        def write(progress):
            with database.transaction() as session:
                return apply_import(
                    session,
                    preview,
                    actor=actor,
                    only_valid=only_valid,
                    progress=progress,
                    cancelled=progress.cancelled,
                )

        run_op(
            self,
            write,
            self._written,
            label=ExcelImportDialog.tr("Đang nhập sáng kiến…"),
            on_error=self._not_written,
        )

    def _written(self, result) -> None:
        self.result = result
        self.context.records_changed.emit()
        text = ExcelImportDialog.tr("Đã nhập %1 sáng kiến mới và cập nhật %2 sáng kiến.")
        text = arg(text, str(len(result.created)), str(len(result.updated)))
        QMessageBox.information(self, ExcelImportDialog.tr("Đã nhập"), text)
        self.accept()

    def _not_written(self, error: BaseException) -> None:
        self._update_button()
        QMessageBox.warning(
            self, ExcelImportDialog.tr("Không nhập được: không có gì thay đổi"), error_text(error)
        )
