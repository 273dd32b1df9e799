"""Xem trước khi nhập gói: for each package chosen, who sent it, what importing it would do per
table (new / updated / unchanged / older / conflicts / refused), the records refused and why, the
warnings; for a package from a node not known here, its key fingerprint and an explicit "Tin cậy
máy này" — unless its enrolment here vouches for it (a child made from a setup package issued
here: the command line imports it without asking too), when the new machine and its fingerprint
are shown for information only. Nothing is written until "Nhập" and the page runs the import.

    dialog = ImportPreviewDialog(reports, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        for path, trust_new_node in dialog.chosen_packages(): ...
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.audit import local_time
from db.sync.report import ImportReport, TableCounts, table_label
from desktop.formatting import current_language, format_date, format_number
from desktop.messages import arg, say

COUNT_COLUMNS = (
    ("new", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Mới")),
    ("updated", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Cập nhật")),
    ("unchanged", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Không đổi")),
    ("older", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Cũ hơn")),
    ("conflicts", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Xung đột")),
    ("refused", QT_TRANSLATE_NOOP("ImportPreviewDialog", "Từ chối")),
)


def file_name(report: ImportReport) -> str:
    return report.file.replace("\\", "/").rsplit("/", 1)[-1]


def can_import(report: ImportReport) -> bool:
    return report.status == "preview"


def asks_trust(report: ImportReport) -> bool:
    """Importable once a person trusts its sender (a new node no enrolment here vouches for)."""
    return report.needs_trust and can_import(report)


def package_line(report: ImportReport) -> str:
    """One line per package in the list: its name and what happens to it."""
    name = file_name(report)
    if report.status == "refused":
        return arg(QCoreApplication.translate("ImportPreviewDialog", "%1 — BỊ TỪ CHỐI"), name)
    if report.status == "already":
        return arg(
            QCoreApplication.translate(
                "ImportPreviewDialog", "%1 — đã nhập rồi, không thay đổi gì"
            ),
            name,
        )
    summary = report.summary()
    text = QCoreApplication.translate(
        "ImportPreviewDialog", "%1 — từ %2: %3 mới, %4 cập nhật, %5 xung đột, %6 từ chối"
    )
    counts = [format_number(summary[key]) for key in ("new", "updated", "conflicts", "refused")]
    return arg(text, name, report.sender_unit, *counts) + new_machine_note(report)


def new_machine_note(report: ImportReport) -> str:
    """A new sender, as the trust box below says it: to be checked, or vouched for here."""
    if not report.new_node:
        return ""
    if report.needs_trust:
        return QCoreApplication.translate(
            "ImportPreviewDialog", " — MÁY MỚI CHƯA BIẾT: cần đối chiếu dấu vân tay"
        )
    return QCoreApplication.translate("ImportPreviewDialog", " — máy mới, đã đăng ký tại đây")


def sender_text(report: ImportReport) -> str:
    if report.status == "refused":
        return arg(
            QCoreApplication.translate(
                "ImportPreviewDialog", "Gói %1 bị từ chối, không nhập được:\n%2"
            ),
            file_name(report),
            say(report.error_message or report.error or ""),
        )
    if report.status == "already":
        return arg(
            QCoreApplication.translate(
                "ImportPreviewDialog", "Gói %1 đã được nhập rồi: nhập lại không thay đổi gì."
            ),
            file_name(report),
        )
    where = (
        QCoreApplication.translate("ImportPreviewDialog", "từ cấp trên")
        if report.direction == "down"
        else QCoreApplication.translate("ImportPreviewDialog", "từ cấp dưới")
    )
    full = QCoreApplication.translate("ImportPreviewDialog", ", toàn bộ") if report.full else ""
    return arg(
        QCoreApplication.translate("ImportPreviewDialog", "Gói %1 %2 %3, tạo lúc %4%5."),
        file_name(report),
        where,
        report.sender_unit,
        created_text(report.created_at),
        full,
    )


def created_text(created_at: str) -> str:
    """The package's creation time (UTC in the manifest) as the PC's local time."""
    try:
        at = dt.datetime.fromisoformat(created_at.replace("Z", "+00:00"))
    except ValueError:
        return created_at
    if at.tzinfo is not None:
        at = at.astimezone(dt.UTC).replace(tzinfo=None)
    return f"{local_time(at):%d/%m/%Y %H:%M}"


def fingerprint_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    font.setBold(True)
    return font


class ImportPreviewDialog(QDialog):
    def __init__(
        self, reports: list[ImportReport], parent: QWidget | None = None, database=None
    ) -> None:
        super().__init__(parent)
        self.reports = reports
        self.database = database  # given: incoming initiatives like ones here are listed
        self.similar: dict[str, list] = {}  # report.file -> db.duplicates IncomingMatch list
        self.trusted: set[str] = set()  # node ids of new senders a person chose to trust
        self.setWindowTitle(self.tr("Xem trước khi nhập gói"))
        self.resize(900, 620)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.packages = QListWidget()
        self.packages.setObjectName("packages")
        self.packages.setMaximumHeight(110)
        self.packages.setVisible(len(reports) > 1)
        self.packages.addItems([package_line(r) for r in reports])
        self.packages.currentRowChanged.connect(self.show_package)
        layout.addWidget(self.packages)
        layout.addWidget(self._details(), 1)
        layout.addWidget(self._buttons())
        self.packages.setCurrentRow(self._first_to_look_at())
        self._update_import_button()
        self._look_for_duplicates()

    # ---- layout -------------------------------------------------------------------------------

    def _details(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.sender = QLabel()
        self.sender.setObjectName("sender")
        self.sender.setWordWrap(True)
        self.sender.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.sender)
        layout.addWidget(self._trust_box())
        self.counts = self._counts_table()
        layout.addWidget(self.counts, 2)
        self.refusals_title = QLabel(self.tr("Bản ghi bị từ chối và lý do:"))
        layout.addWidget(self.refusals_title)
        self.refusals = QListWidget()
        self.refusals.setObjectName("refusals")
        self.refusals.setWordWrap(True)
        layout.addWidget(self.refusals, 1)
        layout.addWidget(self._similar_box(), 1)
        self.warnings = QLabel()
        self.warnings.setObjectName("warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("QLabel { color: #8a4b00; }")
        layout.addWidget(self.warnings)
        layout.addStretch(0)  # takes the room when a refused package shows only its reason
        return box

    def _trust_box(self) -> QGroupBox:
        self.trust_box = QGroupBox()
        self.trust_box.setObjectName("trustBox")
        layout = QVBoxLayout(self.trust_box)
        self.trust_text = QLabel()
        self.trust_text.setWordWrap(True)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setFont(fingerprint_font())
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trust = QCheckBox(self.tr("Tin cậy máy này"))
        self.trust.setObjectName("trust")
        self.trust.toggled.connect(self._trust_toggled)
        for widget in (self.trust_text, self.fingerprint, self.trust):
            layout.addWidget(widget)
        return self.trust_box

    def _counts_table(self) -> QTableWidget:
        table = QTableWidget(0, len(COUNT_COLUMNS) + 1)
        table.setObjectName("counts")
        headers = [self.tr("Bảng")] + [ImportPreviewDialog.tr(text) for _key, text in COUNT_COLUMNS]
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # the table's name whole on one line ("Tác giả của sáng kiến"), the counts share the rest
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(
            self.tr("Nhập"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("import")
        self.import_button.setDefault(True)
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    # ---- one package --------------------------------------------------------------------------

    def _first_to_look_at(self) -> int:
        """A package asking for trust first, else the first one."""
        asking = [i for i, r in enumerate(self.reports) if asks_trust(r)]
        return asking[0] if asking else 0

    def current_report(self) -> ImportReport | None:
        row = self.packages.currentRow()
        return self.reports[row] if 0 <= row < len(self.reports) else None

    def show_package(self, row: int) -> None:
        report = self.current_report()
        if report is None:
            return
        self.sender.setText(sender_text(report))
        self._show_trust(report)
        self._show_counts(report.tables if can_import(report) else {})
        self._show_refusals(report)
        warnings = [arg(self.tr("Cảnh báo: %1"), say(w)) for w in report.warnings]
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        self._show_similar(report)

    def _show_trust(self, report: ImportReport) -> None:
        """A new sender: asked about, or (enrolled here) shown with its fingerprint as information."""
        new = report.new_node and can_import(report)
        self.trust_box.setVisible(new)
        if not new:
            return
        self.fingerprint.setText(report.fingerprint)
        asks = asks_trust(report)
        self.trust.setVisible(asks)
        if asks:
            title, background = self.tr("Máy gửi chưa được biết ở đây"), "#fff4e5"
            text = self.tr(
                "Gói này đến từ một máy chưa biết của đơn vị %1. Hãy gọi điện cho đơn vị đó và đọc "
                "dấu vân tay khóa dưới đây để đối chiếu với dấu vân tay hiện trên máy của họ. Chỉ "
                "tin cậy khi hai dãy khớp nhau hoàn toàn."
            )
        else:
            title, background = self.tr("Máy mới, đã đăng ký tại đây"), "#eef6ee"
            text = self.tr(
                "Máy mới của %1, đã đăng ký tại đây: máy đó được cài từ gói khởi tạo do máy này "
                "cấp, nên khóa của nó được tin cậy mà không cần hỏi. Dấu vân tay khóa của máy đó "
                "(để đối chiếu nếu muốn):"
            )
        self.trust_box.setTitle(title)
        self.trust_box.setStyleSheet(f"QGroupBox {{ background: {background}; }}")
        self.trust_text.setText(arg(text, report.sender_unit))
        if not asks:
            return
        self.trust.blockSignals(True)
        self.trust.setChecked(report.sender_node in self.trusted)
        self.trust.blockSignals(False)

    def _show_counts(self, tables: dict[str, TableCounts]) -> None:
        self.counts.setRowCount(len(tables))
        for row, (table, counts) in enumerate(tables.items()):
            self.counts.setItem(row, 0, QTableWidgetItem(table_label(table, current_language())))
            for column, (key, _text) in enumerate(COUNT_COLUMNS, start=1):
                item = QTableWidgetItem(format_number(getattr(counts, key)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.counts.setItem(row, column, item)
        self.counts.setVisible(bool(tables))

    def _show_refusals(self, report: ImportReport) -> None:
        self.refusals.clear()
        lines = [
            f"{table_label(r.table, current_language())} {say(r.label)}: {say(r.reason)}"
            for r in report.refusals
        ]
        hidden = report.summary()["refused"] - len(lines)
        if hidden > 0:
            lines.append(arg(self.tr("… và %1 bản ghi nữa."), format_number(hidden)))
        self.refusals.addItems(lines)
        self.refusals.setVisible(bool(lines))
        self.refusals_title.setVisible(bool(lines))

    # ---- trust and what gets imported ---------------------------------------------------------

    def _trust_toggled(self, checked: bool) -> None:
        report = self.current_report()
        if report is None:
            return
        (self.trusted.add if checked else self.trusted.discard)(report.sender_node)
        self._update_import_button()

    def chosen_packages(self) -> list[tuple[Path, bool]]:
        """(path, trust its new sender) of every package that will be imported: checked fine,
        and from a known node, a new one vouched for by its enrolment here, or one the person
        chose to trust."""
        chosen = []
        for report in self.reports:
            trusted = asks_trust(report) and report.sender_node in self.trusted
            if can_import(report) and (trusted or not report.needs_trust):
                chosen.append((Path(report.file), trusted))
        return chosen

    def _update_import_button(self) -> None:
        chosen = len(self.chosen_packages())
        ready = sum(can_import(r) for r in self.reports)
        waiting = sum(asks_trust(r) and r.sender_node not in self.trusted for r in self.reports)
        self.import_button.setEnabled(chosen > 0)
        self.import_button.setText(self.tr("Nhập %n gói", "", chosen))
        heading = arg(
            self.tr("%n gói đã kiểm tra: %1 gói nhập được.", "", len(self.reports)),
            format_number(ready),
        )
        if waiting:
            heading += " " + self.tr(
                "%n gói từ máy mới chờ bạn đối chiếu dấu vân tay và bấm «Tin cậy máy này».",
                "",
                waiting,
            )
        self.heading.setText(heading)

    # ---- issue 14: incoming initiatives like one already here ---------------------------------

    def _similar_box(self) -> QGroupBox:
        self.similar_box = QGroupBox(self.tr("Có thể trùng với sáng kiến đã có ở đơn vị khác"))
        self.similar_box.setObjectName("similarBox")
        layout = QVBoxLayout(self.similar_box)
        note = QLabel(
            self.tr(
                "Nhập gói không gộp gì cả. Sau khi nhập, xem và quyết định ở trang «Trùng lặp»."
            )
        )
        note.setWordWrap(True)
        self.similar_table = QTableWidget(0, 3)
        self.similar_table.setObjectName("similar")
        self.similar_table.setHorizontalHeaderLabels(
            [self.tr("Điểm"), self.tr("Trong gói"), self.tr("Đã có ở đây")]
        )
        self.similar_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.similar_table.setWordWrap(True)
        self.similar_table.verticalHeader().setVisible(False)
        header = self.similar_table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(note)
        layout.addWidget(self.similar_table)
        self.similar_box.hide()
        return self.similar_box

    def _look_for_duplicates(self) -> None:
        """db.duplicates.incoming.package_similar for each importable package, off the window:
        in a process of its own on a database file (db.duplicates.package_check: the one the
        Sync page started beside the verification when the packages were chosen, else a new
        one), ended if the preview closes first; on a task thread for a server."""
        if self.database is None:
            return
        from db.duplicates.package_check import package_check
        from desktop.tasks import run_op

        files = [r.file for r in self.reports if can_import(r)]
        check = package_check(self.database, files)
        if check is None:
            return
        self.finished.connect(check.stop)
        run_op(
            self,
            lambda _progress: check.result(),
            self._similar_found,
            key="similar",
            on_error=lambda _error: None,
        )

    def _similar_found(self, found: dict[str, list]) -> None:
        self.similar = {r.file: found.get(str(Path(r.file)), []) for r in self.reports}
        report = self.current_report()
        if report is not None:
            self._show_similar(report)

    def _show_similar(self, report: ImportReport) -> None:
        matches = self.similar.get(report.file, [])
        self.similar_table.setRowCount(len(matches))
        for row, match in enumerate(matches):
            incoming, here = match.incoming, match.here
            cells = (
                f"{match.score:.0f}",
                f"{incoming.reg_no} ({incoming.unit_code}) {_as_date(incoming.registered_on)}\n"
                f"{incoming.title}",
                f"{here.reg_no} ({here.unit_code}) {format_date(here.registered_on)}\n{here.title}",
            )
            for column, text in enumerate(cells):
                self.similar_table.setItem(row, column, QTableWidgetItem(text))
        self.similar_table.resizeRowsToContents()
        self.similar_box.setVisible(bool(matches))


def _as_date(text: str) -> str:
    """A package's date as the window shows dates (dd/mm/yyyy); as written if it is not one."""
    try:
        return format_date(text)
    except ValueError:
        return text
