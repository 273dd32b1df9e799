"""Recording a council's review of one initiative: three scores with the total and grade shown as
they are typed, the outcome, the decision, and the status the initiative will move to."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db.validation import SCORE_FIELDS, ValidationFailed
from db.vocab import GRADE, MAX_SCORE, REVIEW_LEVEL, REVIEW_OUTCOME, STATUS, grade_for_total
from desktop.formatting import format_date
from desktop.messages import arg
from desktop.page_context import PageContext
from desktop.widgets.date_edit import DateEdit, date_problems
from desktop.widgets.field_messages import FieldMessages, error_label

NO_SCORE = -1  # a spin box at -1 shows "—": not scored


class ReviewDialog(QDialog):
    def __init__(
        self, context: PageContext, initiative_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent or context.window)
        self.context = context
        self.initiative_id = initiative_id
        self.saved = False
        self.setWindowTitle(self.tr("Ghi kết quả xét duyệt"))
        self.setMinimumWidth(620)
        self._read()
        self.messages = FieldMessages(error_label(), context.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self._header())
        layout.addWidget(self._council_box())
        layout.addWidget(self._scores_box())
        layout.addWidget(self._decision_box())
        layout.addWidget(self.messages.general)
        layout.addWidget(self._buttons())
        self._watch_for_fixes()
        self._update_live()
        QShortcut(QKeySequence.StandardKey.HelpContents, self, activated=self.show_help)

    # ---- reading ------------------------------------------------------------------------------

    def _read(self) -> None:
        from db.queries.initiatives import initiative_detail
        from db.queries.review_queue import review_level_of

        with self.context.database.session() as session:
            detail = initiative_detail(session, self.initiative_id)
            item = detail.initiative
            self.reg_no, self.title_text, self.status = item.reg_no, item.title, item.status
            self.unit_text = f"{detail.unit.code} — {detail.unit.name}" if detail.unit else ""
            self.authors = ", ".join(a.full_name for a in detail.authors)
            self.previous = [self._review_line(r) for r in detail.reviews]
            self.default_level = review_level_of(session, self.context.node.unit_id)

    def _review_line(self, review) -> str:
        lang = self.context.language
        parts = [REVIEW_LEVEL.label(review.level, lang), format_date(review.reviewed_on)]
        if review.total is not None:
            parts.append(arg(self.tr("%1 điểm"), str(review.total)))
        if review.grade:
            parts.append(GRADE.label(review.grade, lang))
        if review.outcome:
            parts.append(REVIEW_OUTCOME.label(review.outcome, lang))
        return " · ".join(p for p in parts if p)

    # ---- layout -------------------------------------------------------------------------------

    def _header(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(f"{self.reg_no} — {self.title_text}")
        title.setWordWrap(True)
        bold = QFont(title.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() + 1)
        title.setFont(bold)
        layout.addWidget(title)
        status = STATUS.label(self.status, self.context.language)
        facts = self.tr("Đơn vị: %1 · Tác giả: %2 · Trạng thái: %3")
        details = QLabel(arg(facts, self.unit_text, self.authors or "—", status))
        details.setWordWrap(True)
        layout.addWidget(details)
        for line in self.previous:
            layout.addWidget(QLabel(arg(self.tr("Đã xét: %1"), line)))
        return box

    def _council_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Hội đồng"))
        form = QFormLayout(box)
        self.level = QComboBox()
        for term in REVIEW_LEVEL:
            self.level.addItem(term.label(self.context.language), term.code)
        self.level.setCurrentIndex(max(self.level.findData(self.default_level), 0))
        self.council = QLineEdit()
        self.council.setPlaceholderText(self.tr("Ví dụ: Hội đồng sáng kiến Công đoàn Dầu khí"))
        self.reviewed_on = DateEdit()
        self.reviewed_on.set_value(dt.date.today())
        form.addRow(self.tr("Cấp xét duyệt:"), self.level)
        form.addRow("", self.messages.label_for("level"))
        form.addRow(self.tr("Hội đồng:"), self.council)
        form.addRow(self.tr("Ngày họp xét:"), self.reviewed_on)
        return box

    def _scores_box(self) -> QGroupBox:
        box = QGroupBox(arg(self.tr("Chấm điểm (mỗi tiêu chí 0–%1)"), str(MAX_SCORE)))
        form = QFormLayout(box)
        names = (self.tr("Tính mới:"), self.tr("Khả năng áp dụng:"), self.tr("Hiệu quả:"))
        self.scores: dict[str, QSpinBox] = {}
        for field, name in zip(SCORE_FIELDS, names, strict=True):
            self.scores[field] = self._score_box()
            form.addRow(name, self.scores[field])
        form.addRow("", self.messages.label_for(*SCORE_FIELDS, "scores"))
        self.total = QLabel()
        self.grade = QLabel()
        strong = QFont(self.total.font())
        strong.setBold(True)
        strong.setPointSizeF(strong.pointSizeF() + 2)
        self.total.setFont(strong)
        self.grade.setFont(strong)
        form.addRow(self.tr("Tổng điểm:"), self.total)
        form.addRow(self.tr("Xếp loại:"), self.grade)
        return box

    def _score_box(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(NO_SCORE, MAX_SCORE)
        spin.setSpecialValueText("—")
        spin.setValue(NO_SCORE)
        spin.setMaximumWidth(90)
        spin.valueChanged.connect(self._update_live)
        return spin

    def _decision_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Kết luận"))
        form = QFormLayout(box)
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("(Chưa kết luận — chỉ ghi điểm)"), None)
        for term in REVIEW_OUTCOME:
            self.outcome.addItem(term.label(self.context.language), term.code)
        self.outcome.currentIndexChanged.connect(self._update_live)
        self.decision_no = QLineEdit()
        self.decision_no.setPlaceholderText(self.tr("Ví dụ: 125/QĐ-CĐDK"))
        self.decision_date = DateEdit()
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Nhận xét của hội đồng, lý do không công nhận…"))
        self.reason.setMaximumHeight(70)
        self.status_path = QLabel()
        self.status_path.setWordWrap(True)
        form.addRow(self.tr("Kết quả:"), self.outcome)
        form.addRow(self.tr("Số quyết định:"), self.decision_no)
        form.addRow("", self.messages.label_for("decision_no"))
        form.addRow(self.tr("Ngày quyết định:"), self.decision_date)
        form.addRow("", self.messages.label_for("decision_date"))
        form.addRow(self.tr("Lý do, nhận xét:"), self.reason)
        form.addRow(self.tr("Trạng thái:"), self.status_path)
        form.addRow("", self.messages.label_for("status", "outcome"))
        return box

    def _buttons(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Ghi kết quả"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button.setDefault(True)
        layout.addWidget(buttons)
        return row

    def show_help(self) -> None:
        from desktop.dialogs.help_window import show_guide

        self.help_window = show_guide(self.context.language, "reviewspage", self)

    # ---- live figures -------------------------------------------------------------------------

    def _watch_for_fixes(self) -> None:
        """Once a message is shown, it goes away as soon as the person mends what it named."""
        self.decision_date.dateChanged.connect(self.recheck)
        self.reviewed_on.dateChanged.connect(self.recheck)
        self.decision_no.textChanged.connect(self.recheck)
        self.outcome.currentIndexChanged.connect(self.recheck)
        self.level.currentIndexChanged.connect(self.recheck)
        for spin in self.scores.values():
            spin.valueChanged.connect(self.recheck)

    def recheck(self, *_args) -> None:
        from db.validation import review_problems

        if self.messages.has_messages():
            self.messages.show(review_problems(self.review_data()))

    def score_values(self) -> dict[str, int | None]:
        return {f: (s.value() if s.value() != NO_SCORE else None) for f, s in self.scores.items()}

    def _update_live(self) -> None:
        scores = list(self.score_values().values())
        if any(score is None for score in scores):
            self.total.setText(arg(self.tr("— / %1"), str(3 * MAX_SCORE)))
            self.grade.setText("—")
        else:
            total = sum(scores)
            self.total.setText(f"{total} / {3 * MAX_SCORE}")
            grade = grade_for_total(total)
            self.grade.setText(
                GRADE.label(grade, self.context.language) if grade else self.tr("Không xếp loại")
            )
        self.status_path.setText(self._status_path_text())

    def _status_path_text(self) -> str:
        from db.queries.reviews import review_status_path

        path = review_status_path(self.status, self.outcome.currentData())
        labels = [STATUS.label(s, self.context.language) for s in [self.status, *path]]
        if not path:
            return arg(self.tr("giữ nguyên: %1"), labels[0])
        return " → ".join(labels)

    # ---- saving -------------------------------------------------------------------------------

    def review_data(self) -> dict:
        return {
            "level": self.level.currentData(),
            "council": self.council.text(),
            "reviewed_on": self.reviewed_on.value(),
            **self.score_values(),
            "outcome": self.outcome.currentData(),
            "decision_no": self.decision_no.text(),
            "decision_date": self.decision_date.value(),
            "reason": self.reason.toPlainText(),
        }

    def save(self) -> None:
        """Record the review in one transaction; problems appear beside their fields."""
        from db.queries.reviews import record_review

        dates = {"reviewed_on": self.reviewed_on, "decision_date": self.decision_date}
        if date_problems(dates):  # a date typed 10/5/23 would read as none
            self.messages.show(date_problems(dates))
            return
        try:
            with self.context.database.transaction() as session:
                record_review(session, self.initiative_id, self.review_data(), self.context.actor)
        except ValidationFailed as failed:
            self.messages.show(failed.problems)
            return
        self.saved = True
        self.context.records_changed.emit()
        self.accept()
