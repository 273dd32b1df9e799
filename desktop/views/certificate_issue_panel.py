"""The "Cấp và in" tab of the certificates page: choose the initiatives (unit, phase, recognised
and not yet certified — or certified, to reprint), tick or untick rows, say who signs, look at
the first certificate, then print it, save one PDF, or save one PDF per certificate."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from db.certificates import DEFAULT_SIGNER_TITLE, Signer, remembered_signer
from db.queries.browse import filter_choices
from db.queries.filters import InitiativeFilter
from desktop.formatting import format_number, phase_name
from desktop.messages import Texts, arg
from desktop.models.certificate_candidates import SHOWN_COLUMNS, CertificateCandidatesModel
from desktop.models.initiative_table import COLUMN_INDEX, COLUMNS
from desktop.views.certificate_jobs import PrintJob
from desktop.views.certificate_output import CertificateOutput
from desktop.views.certificate_preview import CertificatePreview
from desktop.views.registry import PageContext
from desktop.widgets.date_edit import DateEdit, date_problems
from desktop.widgets.tables import record_table
from desktop.widgets.unit_combo import UnitTreeCombo

PREVIEW_DELAY_MS = 250


CertificatesPage = Texts(
    "CertificatesPage"
)  # lupdate files CertificatesPage.tr("...") under "CertificatesPage"


class IssuePanel(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = CertificateCandidatesModel(context.database, context.language, self)
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters())
        self.model.filter = self.current_filter()  # the table's first sort loads this filter
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._table())
        splitter.addWidget(self._right_side())
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([640, 470])
        layout.addWidget(splitter, 1)
        layout.addLayout(self._actions())
        self.model.checks_changed.connect(self._show_counts)
        self.model.checks_changed.connect(self._ticks_changed)
        self.model.loaded.connect(lambda _count: self._preview_timer.start())

    # ---- layout -------------------------------------------------------------------------------

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.unit_filter = UnitTreeCombo(CertificatesPage.tr("Tất cả đơn vị"))
        self.phase_filter = QComboBox()
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(CertificatesPage.tr("Đã công nhận, chưa cấp giấy"), "recognised")
        self.kind_filter.addItem(CertificatesPage.tr("Đã cấp giấy — in lại"), "certified")
        self.search = QLineEdit()
        self.search.setObjectName("candidateSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(CertificatesPage.tr("Tìm số đăng ký, tên, tác giả…"))
        self._search_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self._fill_choices()
        for label, widget in (
            (CertificatesPage.tr("Đơn vị:"), self.unit_filter),
            (CertificatesPage.tr("Giai đoạn:"), self.phase_filter),
            (CertificatesPage.tr("Sáng kiến:"), self.kind_filter),
        ):
            row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addWidget(self.search, 1)
        self.unit_filter.unit_changed.connect(lambda _id: self.apply_filters())
        self.phase_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.kind_filter.currentIndexChanged.connect(lambda _i: self._kind_changed())
        return row

    def _fill_choices(self) -> None:
        with self.context.database.session() as session:
            choices = filter_choices(session)
        self.unit_filter.set_units(choices.units)
        self.phase_filter.addItem(CertificatesPage.tr("Tất cả giai đoạn"), None)
        for phase in choices.phases:
            self.phase_filter.addItem(phase_name(phase.code, phase.name), phase.id)

    def _table(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        ticks = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("tickedCount")
        ticks.addWidget(self.count_label, 1)
        for text, ticked in (
            (CertificatesPage.tr("Chọn tất cả"), True),
            (CertificatesPage.tr("Bỏ chọn tất cả"), False),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, t=ticked: self.model.tick_all(t))
            ticks.addWidget(button)
        layout.addLayout(ticks)
        self.table = record_table(self.model, COLUMN_INDEX["title"])
        self.table.setObjectName("candidates")
        for number, column in enumerate(COLUMNS):
            self.table.setColumnHidden(number, column.key not in SHOWN_COLUMNS)
        self.table.setColumnWidth(COLUMN_INDEX["reg_no"], 230)
        self.table.setColumnWidth(COLUMN_INDEX["authors"], 150)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._preview_timer.start()
        )
        layout.addWidget(self.table, 1)
        return box

    def _right_side(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._signer_box())
        self.preview = CertificatePreview()
        self.preview.setMinimumHeight(260)
        layout.addWidget(self.preview, 1)
        return box

    def _signer_box(self) -> QGroupBox:
        self.signer_box = QGroupBox(CertificatesPage.tr("Người ký (được nhớ cho lần sau)"))
        form = QFormLayout(self.signer_box)
        self.signer_name = QLineEdit()
        self.signer_name.setObjectName("signerName")
        self.signer_name.setPlaceholderText(CertificatesPage.tr("Họ và tên"))
        self.signer_title = QPlainTextEdit()
        self.signer_title.setObjectName("signerTitle")
        self.signer_title.setFixedHeight(self.fontMetrics().height() * 3 + 8)
        self.place = QLineEdit()
        self.issued_on = DateEdit()
        self.issued_on.set_value(dt.date.today())
        form.addRow(CertificatesPage.tr("Họ tên:"), self.signer_name)
        form.addRow(CertificatesPage.tr("Chức danh:"), self.signer_title)
        row = QHBoxLayout()
        row.addWidget(self.place, 1)
        row.addWidget(QLabel(CertificatesPage.tr("Ngày cấp:")))
        row.addWidget(self.issued_on)
        form.addRow(CertificatesPage.tr("Nơi ký:"), row)
        self._load_signer()
        self.signer_name.editingFinished.connect(self._preview_timer.start)
        return self.signer_box

    def _load_signer(self) -> None:
        with self.context.database.session() as session:
            signer = remembered_signer(session)
        self.signer_name.setText(signer.name if signer else "")
        self.signer_title.setPlainText(signer.title if signer else DEFAULT_SIGNER_TITLE)
        self.place.setText(signer.place if signer and signer.place else "Hà Nội")

    def _actions(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.with_qr = QCheckBox(CertificatesPage.tr("In mã QR"))
        self.with_qr.setObjectName("withQr")
        self.with_qr.setToolTip(
            CertificatesPage.tr("Bỏ chọn để in không có mã QR: vẫn in số và mã kiểm tra để gõ")
        )
        self.with_qr.setChecked(True)
        self.with_qr.toggled.connect(lambda _on: self.refresh_preview())
        row.addWidget(self.with_qr)
        row.addStretch(1)
        self.print_button = QPushButton(CertificatesPage.tr("In…"))
        self.save_button = QPushButton(CertificatesPage.tr("Lưu PDF…"))
        self.split_button = QPushButton(CertificatesPage.tr("Lưu từng tệp…"))
        self.print_button.setObjectName("print")
        self.save_button.setObjectName("savePdf")
        self.split_button.setObjectName("saveSplit")
        self.output = CertificateOutput(self, self.context, self.job)
        self.print_button.clicked.connect(self.output.print_to_printer)
        self.save_button.clicked.connect(self.output.save_pdf)
        self.split_button.clicked.connect(self.output.save_split)
        for button in (self.print_button, self.save_button, self.split_button):
            row.addWidget(button)
        return row

    # ---- what is listed -----------------------------------------------------------------------

    def current_filter(self) -> InitiativeFilter:
        return InitiativeFilter(
            unit_id=self.unit_filter.unit_id(),
            phase_id=self.phase_filter.currentData(),
            status=self.kind_filter.currentData(),
            search=self.search.text().strip(),
        )

    def reprinting(self) -> bool:
        return self.kind_filter.currentData() == "certified"

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.load(self.current_filter())

    def _kind_changed(self) -> None:
        self.signer_box.setEnabled(not self.reprinting())
        self.apply_filters()

    def _show_counts(self, ticked: int, total: int) -> None:
        what = (
            CertificatesPage.tr("đã cấp giấy")
            if self.reprinting()
            else CertificatesPage.tr("đã công nhận, chưa cấp giấy")
        )
        text = CertificatesPage.tr("Đã chọn %1 / %2 sáng kiến %3")
        self.count_label.setText(arg(text, format_number(ticked), format_number(total), what))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.model.ticked_count() > 0
        for button in (self.print_button, self.save_button, self.split_button):
            button.setEnabled(ready)

    def refresh(self) -> None:
        self.apply_filters()

    # ---- preview ------------------------------------------------------------------------------

    def preview_row(self) -> int:
        current = self.table.currentIndex()
        return current.row() if current.isValid() else self.model.first_ticked_row()

    def _ticks_changed(self, *_counts) -> None:
        """With no row clicked, the preview follows the first ticked one (it said "none" while
        a row stood ticked)."""
        if not self.table.currentIndex().isValid():
            self._preview_timer.start()

    def refresh_preview(self) -> None:
        row = self.model.row_at(self.preview_row())
        signer = None if self.reprinting() else self.signer()
        self.preview.show_initiative(
            self.context.database,
            row.id if row else None,
            signer,
            self.issued_on.value(),
            self.with_qr.isChecked(),
        )
        if row is None and self.model.rowCount():  # some to choose from, none chosen yet
            self.preview.show_note(
                QCoreApplication.translate(
                    "CertificatePreview", "Chọn một sáng kiến để xem trước giấy chứng nhận."
                )
            )

    # ---- printing -----------------------------------------------------------------------------

    def signer(self) -> Signer | None:
        name = self.signer_name.text().strip()
        if not name:
            return None
        title = self.signer_title.toPlainText().strip() or DEFAULT_SIGNER_TITLE
        return Signer(name, title, self.place.text().strip())

    def confirmation_text(self) -> str:
        """What will be numbered (or reprinted), said before it is done."""
        from db.queries.certificate_numbers import numbers_ahead

        count = self.model.ticked_count()
        if self.reprinting():
            return arg(
                CertificatesPage.tr("In lại %1 giấy chứng nhận (giữ nguyên số, ghi BẢN IN LẠI)?"),
                format_number(count),
            )
        with self.context.database.session() as session:
            ahead = numbers_ahead(session, count, self.issued_on.value())
        if ahead is None:
            return ""
        serial = ahead.last.rsplit("-", 1)[-1]
        text = (
            CertificatesPage.tr("Cấp %1 giấy chứng nhận, số %2 … %3?")
            if count > 1
            else CertificatesPage.tr("Cấp 1 giấy, số %2?")
        )
        text = arg(text, format_number(count), ahead.first, serial)
        return (
            text
            + "\n\n"
            + CertificatesPage.tr(
                "Số đã cấp không dùng lại được. Sáng kiến không đủ điều kiện sẽ được bỏ qua."
            )
        )

    def confirm(self) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(
            self, CertificatesPage.tr("Cấp giấy chứng nhận"), self.confirmation_text(), buttons
        )
        return answer == QMessageBox.StandardButton.Yes

    def job(self, out: Path, split: bool = False) -> PrintJob | None:
        unreadable = date_problems({"issued_on": self.issued_on})
        if unreadable:  # 15/4/23 would issue them dated today
            title = CertificatesPage.tr("Ngày cấp không đọc được")
            QMessageBox.warning(self, title, unreadable[0].message(self.context.language))
            self.issued_on.setFocus()
            return None
        if not self.reprinting() and self.signer() is None:
            QMessageBox.warning(
                self,
                CertificatesPage.tr("Thiếu người ký"),
                CertificatesPage.tr("Hãy nhập họ tên người ký giấy chứng nhận."),
            )
            self.signer_name.setFocus()
            return None
        if not self.confirm():
            return None
        rowids = None if self.model.all_ticked() else tuple(self.model.ticked_rowids())
        return PrintJob(
            filter=self.current_filter(),
            rowids=rowids,
            reprint=self.reprinting(),
            signer=self.signer(),
            issued_on=self.issued_on.value(),
            actor=self.context.actor,
            out=out,
            split=split,
            qr=self.with_qr.isChecked(),
        )
