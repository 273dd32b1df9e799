"""Giấy tờ Hội đồng sáng kiến: choose the paper (scoring sheets for the selected initiative, the
minutes of a session day, the list attached to a decision), the council and its members, then
where to save it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs.paper_saving import ask_paper_path, save_paper
from desktop.widgets.date_edit import DateEdit

SETTINGS_COUNCIL = "papers/council"
SETTINGS_MEMBERS = "papers/members"


class CouncilPapersDialog(QDialog):
    def __init__(self, context, reg_no: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(CouncilPapersDialog.tr("Giấy tờ Hội đồng sáng kiến"))
        self.resize(560, 420)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.addItem(
            CouncilPapersDialog.tr("Phiếu chấm điểm (mỗi thành viên một trang)"), "scoring"
        )
        self.kind.addItem(CouncilPapersDialog.tr("Biên bản họp Hội đồng"), "minutes")
        self.kind.addItem(CouncilPapersDialog.tr("Danh sách kèm quyết định công nhận"), "decision")
        self.reg_nos = QLineEdit(reg_no)
        self.reg_nos.setPlaceholderText(
            CouncilPapersDialog.tr("Số đăng ký, cách nhau bởi dấu phẩy")
        )
        self.day = DateEdit(CouncilPapersDialog.tr("(chọn ngày)"))
        self.day.set_value(dt.date.today())
        self.decision_no = QLineEdit()
        self.decision_no.setPlaceholderText("125/QĐ-CĐDK")
        settings = context.settings
        self.council = QLineEdit(str(settings.value(SETTINGS_COUNCIL, "") or ""))
        self.council.setPlaceholderText(CouncilPapersDialog.tr("Hội đồng sáng kiến …"))
        self.members = QPlainTextEdit(str(settings.value(SETTINGS_MEMBERS, "") or ""))
        self.members.setPlaceholderText(
            CouncilPapersDialog.tr("Mỗi dòng một thành viên: Họ tên - chức vụ")
        )
        form.addRow(CouncilPapersDialog.tr("Giấy tờ:"), self.kind)
        form.addRow(CouncilPapersDialog.tr("Sáng kiến:"), self.reg_nos)
        form.addRow(CouncilPapersDialog.tr("Ngày họp:"), self.day)
        form.addRow(CouncilPapersDialog.tr("Số quyết định:"), self.decision_no)
        form.addRow(CouncilPapersDialog.tr("Hội đồng:"), self.council)
        form.addRow(CouncilPapersDialog.tr("Thành viên:"), self.members)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            CouncilPapersDialog.tr("Lưu…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._form = form
        self.kind.currentIndexChanged.connect(self._show_rows)
        self._show_rows()

    def _show_rows(self) -> None:
        kind = self.kind.currentData()
        for widget, shown in (
            (self.reg_nos, kind == "scoring"),
            (self.day, kind == "minutes"),
            (self.decision_no, kind == "decision"),
            (self.members, kind != "decision"),
            (self.council, kind != "decision"),
        ):
            self._form.setRowVisible(widget, shown)

    def member_list(self) -> list[str]:
        return [line.strip() for line in self.members.toPlainText().splitlines() if line.strip()]

    def builder(self):
        """build(session) -> Paper for the chosen paper (raises with a message if it is empty)."""
        from db.queries import papers as data
        from desktop.printing import council_papers as layout

        kind, members, council = self.kind.currentData(), self.member_list(), self.council.text()
        if kind == "scoring":
            keys = [k.strip() for k in self.reg_nos.text().split(",") if k.strip()]
            return lambda s: layout.scoring_paper(data.items_by_reg_no(s, keys), members, council)
        if kind == "minutes":
            day = self.day.value() or dt.date.today()
            return lambda s: layout.minutes_paper(
                _some(
                    data.session_items(s, day),
                    CouncilPapersDialog.tr("Không có kết quả xét duyệt nào trong ngày này."),
                ),
                day,
                members,
                council,
            )
        typed = self.decision_no.text().strip()

        def decision(s):
            number = data.recorded_decision_no(s, typed)
            items = _some(
                data.decision_items(s, number),
                CouncilPapersDialog.tr(
                    "Không có sáng kiến nào được công nhận theo quyết định này."
                ),
            )
            return layout.decision_paper(items, number)

        return decision

    def save(self, out: Path | None = None) -> None:
        settings = self.context.settings
        settings.setValue(SETTINGS_COUNCIL, self.council.text())
        settings.setValue(SETTINGS_MEMBERS, self.members.toPlainText())
        names = {"scoring": "phieu-cham-diem", "minutes": "bien-ban-hop", "decision": "danh-sach"}
        out = out or ask_paper_path(self, self.context, names[self.kind.currentData()] + ".pdf")
        if out is None:
            return
        save_paper(self, self.context, self.builder(), out, on_saved=self._saved)

    def _saved(self, path: Path) -> None:
        self.saved_path = path
        self.accept()


def _some(items: list, message: str) -> list:
    if not items:
        raise LookupError(message)
    return items
