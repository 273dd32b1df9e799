"""The "Sổ đăng ký" tab of the certificates page: the certificates issued, for a unit and a
period, reprints counted and marked, cancelled ones shown on request; "Xuất Excel…" saves the
rows shown, in the table's order and columns (db/exchange/certificate_register.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.certificates import RegisterEntry, certificate_register
from db.queries.browse import filter_choices
from desktop.dialogs import file_dialogs
from desktop.formatting import format_number
from desktop.messages import Texts, arg
from desktop.models.certificate_register_model import CertificateRegisterModel
from desktop.tasks import run_op
from desktop.views.registry import PageContext
from desktop.widgets.date_edit import DateEdit
from desktop.widgets.error_text import error_text
from desktop.widgets.tables import record_table, set_column_widths
from desktop.widgets.unit_combo import UnitTreeCombo

CertificatesPage = Texts(
    "CertificatesPage"
)  # lupdate files CertificatesPage.tr("...") under "CertificatesPage"


class RegisterPanel(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = CertificateRegisterModel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters())
        self.table = record_table(self.model, 4, 1, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.setObjectName("register")
        set_column_widths(self.table, {0: 140, 1: 80, 2: 165, 3: 170, 5: 95, 6: 130, 7: 85})
        layout.addWidget(self.table, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("registerCount")
        layout.addWidget(self.count_label)

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.unit_filter = UnitTreeCombo(CertificatesPage.tr("Tất cả đơn vị"))
        with self.context.database.session() as session:
            self.unit_filter.set_units(filter_choices(session).units)
        self.from_filter = DateEdit(CertificatesPage.tr("(không giới hạn)"))
        self.to_filter = DateEdit(CertificatesPage.tr("(không giới hạn)"))
        self.cancelled_box = QCheckBox(CertificatesPage.tr("Gồm giấy đã huỷ"))
        row.addWidget(QLabel(CertificatesPage.tr("Đơn vị:")))
        row.addWidget(self.unit_filter)
        row.addWidget(QLabel(CertificatesPage.tr("Ngày cấp từ:")))
        row.addWidget(self.from_filter)
        row.addWidget(QLabel(CertificatesPage.tr("đến:")))
        row.addWidget(self.to_filter)
        row.addWidget(self.cancelled_box)
        row.addStretch(1)
        self.export_button = QPushButton(CertificatesPage.tr("Xuất Excel…"))
        self.export_button.setObjectName("exportRegister")
        self.export_button.setToolTip(
            CertificatesPage.tr("Lưu các giấy chứng nhận đang hiện ra Excel, theo thứ tự của bảng")
        )
        self.export_button.clicked.connect(lambda _checked=False: self.export_shown())
        row.addWidget(self.export_button)
        self.unit_filter.unit_changed.connect(lambda _id: self.refresh())
        self.from_filter.dateChanged.connect(lambda _d: self.refresh())
        self.to_filter.dateChanged.connect(lambda _d: self.refresh())
        self.cancelled_box.toggled.connect(lambda _on: self.refresh())
        return row

    def refresh(self) -> None:
        database = self.context.database
        query = {
            "unit_id": self.unit_filter.unit_id(),
            "issued_from": self.from_filter.value(),
            "issued_to": self.to_filter.value(),
            "include_cancelled": self.cancelled_box.isChecked(),
        }

        def load(_progress) -> list[RegisterEntry]:
            with database.session() as session:
                return certificate_register(session, **query)

        run_op(self, load, self._show, key="register")

    def _show(self, entries: list[RegisterEntry]) -> None:
        self.model.set_rows(entries)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        reprinted = sum(1 for e in entries if e.reprint_count and not e.cancelled)
        cancelled = sum(1 for e in entries if e.cancelled)
        text = arg(CertificatesPage.tr("%1 giấy chứng nhận"), format_number(len(entries)))
        if reprinted:
            text += arg(
                CertificatesPage.tr("; %1 giấy đã in lại (tô vàng)"), format_number(reprinted)
            )
        if cancelled:
            text += arg(CertificatesPage.tr("; %1 giấy đã huỷ"), format_number(cancelled))
        self.count_label.setText(text + ".")

    def export_shown(self, out: Path | None = None) -> Path | None:
        """Save the certificates the table shows, as it orders them, to an .xlsx file."""
        from db.exchange.certificate_register import export_certificate_register

        if out is None:
            name, _ = file_dialogs.save_file_name(
                self,
                CertificatesPage.tr("Xuất sổ giấy chứng nhận"),
                "so-giay-chung-nhan.xlsx",
                CertificatesPage.tr("Bảng tính Excel (*.xlsx)"),
            )
            if not name:
                return None
            out = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        try:
            count = export_certificate_register(list(self.model.rows), out, self.context.language)
        except (OSError, ValueError) as error:
            QMessageBox.warning(self, CertificatesPage.tr("Không xuất được"), error_text(error))
            return None
        self.count_label.setText(
            arg(
                CertificatesPage.tr("Đã xuất %1 giấy chứng nhận vào %2."), format_number(count), out
            )
        )
        return out
