"""The sync page's "Gửi gói" box: where the package goes (the parent, or a unit below), everything
or only what the destination has not acknowledged, sealed to the destination's key when that key
is known; then the file name, the export with progress and Cancel, and what was written.

Its texts keep the "SyncPage" translation context (they were the page's before this box had
its own class)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QStyle,
    QWidget,
)

from db.sync.report import ExportResult
from desktop.dialogs import file_dialogs
from desktop.messages import arg, say
from desktop.tasks import run_op
from desktop.views.registry import PageContext
from desktop.views.sync_import import export_result_text
from desktop.views.sync_tables import DestinationChoice
from desktop.widgets.middle_elided import paint_cut_in_the_middle

FOLDER_KEY = "pages/sync/folder"
WARNING_STYLE = "QLabel { color: #8a4b00; }"


def result_label(name: str, style: str = "") -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setVisible(False)
    return label


class DestinationBox(QComboBox):
    """The destinations: a long unit name is cut in the middle (its code and level stay
    readable) with the whole text as tooltip, and the open list is as wide as its longest item
    (up to the screen's width)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.view().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.currentIndexChanged.connect(lambda _i: self.setToolTip(self.currentText()))

    def add_destination(self, text: str, data) -> None:
        self.addItem(text, data)
        self.setItemData(self.count() - 1, text, Qt.ItemDataRole.ToolTipRole)

    def showPopup(self) -> None:
        widest = max(
            (self.fontMetrics().horizontalAdvance(self.itemText(i)) for i in range(self.count())),
            default=0,
        )
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        scroll = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.view().setMinimumWidth(min(widest + scroll + 24, screen.width() - 20))
        super().showPopup()

    def paintEvent(self, _event) -> None:
        paint_cut_in_the_middle(self)


class ExportPanel(QGroupBox):
    # A package was written: the page shows it in the history.
    exported = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("SyncPage", "Gửi gói"), parent)
        self.context = context
        self.writable = True
        form = QFormLayout(self)
        self.destination = DestinationBox()
        self.destination.setObjectName("destination")
        self.destination.currentIndexChanged.connect(self._destination_changed)
        form.addRow(QCoreApplication.translate("SyncPage", "Nơi nhận:"), self.destination)
        self.full = QCheckBox(
            QCoreApplication.translate("SyncPage", "Gửi toàn bộ (không chỉ phần nơi nhận chưa có)")
        )
        self.full.setObjectName("full")
        self.encrypt = QCheckBox(
            QCoreApplication.translate("SyncPage", "Mã hóa cho nơi nhận (mất USB không lộ dữ liệu)")
        )
        self.encrypt.setObjectName("encrypt")
        self.button = QPushButton(QCoreApplication.translate("SyncPage", "Xuất gói…"))
        self.button.setObjectName("export")
        self.button.clicked.connect(self.export_now)
        self.result = result_label("exportResult")
        self.warnings = result_label("exportWarnings", WARNING_STYLE)
        for widget in (self.full, self.encrypt, self.button, self.result, self.warnings):
            form.addRow(widget)

    # ---- destinations -------------------------------------------------------------------------

    def show_destinations(self, choices: list[DestinationChoice]) -> None:
        """Fill the list again, keeping the destination chosen before when it is still there."""
        chosen = self.selected_destination()
        self.destination.blockSignals(True)
        self.destination.clear()
        for choice in choices:
            self.destination.add_destination(destination_text(choice), choice)
        codes = [c.unit_code for c in choices]
        if chosen is not None and chosen.unit_code in codes:
            self.destination.setCurrentIndex(codes.index(chosen.unit_code))
        self.destination.blockSignals(False)
        self.destination.setToolTip(self.destination.currentText())
        self._destination_changed()

    def selected_destination(self) -> DestinationChoice | None:
        return self.destination.currentData()

    def _destination_changed(self) -> None:
        choice = self.selected_destination()
        can_seal = choice is not None and choice.box_key_known
        self.encrypt.setEnabled(can_seal)
        if not can_seal:
            self.encrypt.setChecked(False)
        no_key = QCoreApplication.translate(
            "SyncPage", "Chưa có khóa mã hóa của %1: cần nhận ít nhất một gói từ máy đó trước."
        )
        hint = "" if can_seal or choice is None else arg(no_key, choice.unit_code)
        self.encrypt.setToolTip(hint)
        self.button.setEnabled(choice is not None and self.writable)

    # ---- export -------------------------------------------------------------------------------

    def default_package_path(self, choice: DestinationChoice) -> Path:
        folder = Path(
            str(self.context.settings.value(FOLDER_KEY, "") or file_dialogs.start_folder())
        )
        today = f"{dt.date.today():%Y-%m-%d}"
        return folder / f"{self.context.node.unit_code}-to-{choice.unit_code}-{today}.skp"

    def export_now(self) -> None:
        choice = self.selected_destination()
        path = self.ask_file_name(choice) if choice is not None else None
        if path is None:
            return
        database, full, seal = (
            self.context.database,
            self.full.isChecked(),
            self.encrypt.isChecked(),
        )

        def write(progress) -> ExportResult:
            from db.sync.export import export_package  # loads when a package is written

            return export_package(
                database,
                choice.unit_code,
                path,
                full=full,
                encrypt=seal,
                progress=progress,
                cancelled=progress.cancelled,
            )

        working = QCoreApplication.translate("SyncPage", "Đang xuất gói cho %1…")
        run_op(self, write, self.show_result, label=arg(working, choice.unit_code))

    def ask_file_name(self, choice: DestinationChoice) -> str | None:
        title = QCoreApplication.translate("SyncPage", "Lưu gói cho %1")
        path, _ = file_dialogs.save_file_name(
            self,
            arg(title, choice.unit_code),
            str(self.default_package_path(choice)),
            QCoreApplication.translate("SyncPage", "Gói đồng bộ SángKiến (*.skp)"),
        )
        if not path:
            return None
        path = path if path.lower().endswith(".skp") else f"{path}.skp"
        self.context.settings.setValue(FOLDER_KEY, str(Path(path).parent))
        return path

    def show_result(self, result: ExportResult) -> None:
        self.result.setText(export_result_text(result))
        self.result.setVisible(True)
        warning = QCoreApplication.translate("SyncPage", "Cảnh báo: %1")
        self.warnings.setText("\n".join(arg(warning, say(w)) for w in result.warnings))
        self.warnings.setVisible(bool(result.warnings))
        self.exported.emit()


def destination_text(choice: DestinationChoice) -> str:
    if choice.direction == "up":
        where = QCoreApplication.translate("SyncPage", "cấp trên")
    else:
        where = QCoreApplication.translate("SyncPage", "cấp dưới")
    name = f" — {choice.unit_name}" if choice.unit_name else ""
    return f"{choice.unit_code}{name} ({where})"
