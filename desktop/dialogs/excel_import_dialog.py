"""Nhập sáng kiến từ Excel: the sheet is read and checked in the background (progress, Cancel),
then the preview shows how many initiatives are new, updated or unchanged and every problem with
its row, column and what to do. Nothing is written until "Nhập"; a sheet with errors is imported
only when the person ticks "only the valid rows". The write is one transaction."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
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
    QVBoxLayout,
    QWidget,
)

from db.exchange.importer import ImportPreview, apply_import, preview_import
from desktop.tasks import run_op

ERROR_COLOUR = QColor("#b00020")


def tr(text: str) -> str:
    return QCoreApplication.translate("ExcelImportDialog", text)


class ExcelImportDialog(QDialog):
    def __init__(self, context, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.path = context, Path(path)
        self.preview: ImportPreview | None = None
        self.result = None
        self.setWindowTitle(tr("Nhập sáng kiến từ Excel"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.summary = QLabel(tr("Đang đọc %1…").replace("%1", self.path.name))
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.problems = QTableWidget(0, 3)
        self.problems.setObjectName("problems")
        self.problems.setHorizontalHeaderLabels([tr("Dòng"), tr("Cột"), tr("Vấn đề và cách sửa")])
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setWordWrap(True)
        self.problems.verticalHeader().hide()
        self.only_valid = QCheckBox()
        self.only_valid.setObjectName("onlyValid")
        self.only_valid.setVisible(False)
        self.only_valid.toggled.connect(self._update_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            tr("Nhập"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.summary, self.problems, self.only_valid, self.buttons):
            layout.addWidget(widget)
        self.start_preview()

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
            label=tr("Đang kiểm tra bảng tính…"),
            on_error=self._failed,
        )

    def show_preview(self, preview: ImportPreview) -> None:
        self.preview = preview
        lang = self.context.language
        text = tr("Trang '%1' (tiêu đề ở dòng %2): %3 sáng kiến mới, %4 cập nhật, %5 không đổi.")
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
            text += " " + tr(
                "%1 dòng có lỗi: sửa trong tệp rồi mở lại, hoặc chỉ nhập các dòng hợp lệ."
            ).replace("%1", str(errors))
            self.only_valid.setText(
                tr("Chỉ nhập các dòng hợp lệ (%1 sáng kiến), bỏ qua %2 dòng lỗi")
                .replace("%1", str(len(preview.valid_rows())))
                .replace("%2", str(errors))
            )
            self.only_valid.setVisible(True)
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
        self._update_button()

    def _update_button(self) -> None:
        preview = self.preview
        writable = preview is not None and (preview.count("new") + preview.count("update")) > 0
        allowed = preview is not None and (not preview.has_errors or self.only_valid.isChecked())
        self.import_button.setEnabled(bool(writable and allowed))

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(str(error) or type(error).__name__)
        QMessageBox.warning(self, tr("Không đọc được bảng tính"), str(error))

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
            self, write, self._written, label=tr("Đang nhập sáng kiến…"), on_error=self._not_written
        )

    def _written(self, result) -> None:
        self.result = result
        self.context.records_changed.emit()
        text = tr("Đã nhập %1 sáng kiến mới và cập nhật %2 sáng kiến.")
        text = text.replace("%1", str(len(result.created))).replace("%2", str(len(result.updated)))
        QMessageBox.information(self, tr("Đã nhập"), text)
        self.accept()

    def _not_written(self, error: BaseException) -> None:
        self._update_button()
        QMessageBox.warning(self, tr("Không nhập được: không có gì thay đổi"), str(error))
