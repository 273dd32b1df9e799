"""The dashboard's "Báo cáo…" button: save the progress report the dashboard shows (its programme,
its date, this node's unit) as a PDF to print or an Excel workbook, written in the background."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton

from db.progress import OperationCancelled
from desktop.dialogs import file_dialogs
from desktop.messages import Texts, arg
from desktop.tasks import run_op
from desktop.widgets.error_text import error_text

SETTINGS_FOLDER = "pages/dashboard/report_folder"


ProgressReport = Texts(
    "ProgressReport"
)  # lupdate files ProgressReport.tr("...") under "ProgressReport"


def add_report_button(dashboard) -> QPushButton:
    """Put "Báo cáo…" at the end of the dashboard's toolbar row."""
    button = QPushButton(ProgressReport.tr("Báo cáo…"))
    button.setObjectName("progressReport")
    button.setToolTip(
        ProgressReport.tr("Lưu báo cáo tiến độ (PDF để in, hoặc Excel) theo ngày đang xem")
    )
    button.clicked.connect(lambda _checked=False: save_progress_report(dashboard))
    dashboard.add_action(button)
    return button


def report_path(dashboard, as_of: dt.date, code: str) -> Path | None:
    """Ask where to save; the filter chosen decides the suffix when none was typed."""
    pdf, excel = (
        ProgressReport.tr("Báo cáo PDF (*.pdf)"),
        ProgressReport.tr("Bảng tính Excel (*.xlsx)"),
    )
    settings = dashboard.context.settings
    folder = Path(str(settings.value(SETTINGS_FOLDER, "") or Path.home()))
    name = f"bao-cao-tien-do-{code}-{as_of:%Y-%m-%d}.pdf"
    path, chosen = file_dialogs.save_file_name(
        dashboard,
        ProgressReport.tr("Lưu báo cáo tiến độ"),
        str(folder / name),
        f"{pdf};;{excel}",
        pdf,
    )
    if not path:
        return None
    out = Path(path)
    if out.suffix.lower() not in (".pdf", ".xlsx"):
        out = out.with_name(out.name + (".xlsx" if chosen == excel else ".pdf"))
    settings.setValue(SETTINGS_FOLDER, str(out.parent))
    return out


def save_progress_report(dashboard) -> None:
    as_of, code = dashboard.as_of(), dashboard.scope_unit_code()
    programme = getattr(dashboard, "programme_code", lambda: None)()
    out = report_path(dashboard, as_of, code)
    if out is None:
        return
    database = dashboard.context.database

    def write(progress) -> Path:
        return write_unless_cancelled(database, out, as_of, code, progress.cancelled, programme)

    run_op(
        dashboard,
        write,
        lambda path: _saved(dashboard, path, as_of),
        label=ProgressReport.tr("Đang lập báo cáo tiến độ…"),
        on_error=lambda error: QMessageBox.warning(
            dashboard, ProgressReport.tr("Không lưu được báo cáo"), error_text(error)
        ),
    )


def write_unless_cancelled(
    database, out: Path, as_of: dt.date, code: str, cancelled, programme: str | None = None
) -> Path:
    """Write the report beside `out` under a passing name; Cancel (pressed before it is done)
    leaves no file and an earlier report of that name untouched."""
    from desktop.printing.progress_file import write_progress_report

    partial = out.with_name(f".{out.stem}.dang-ghi{out.suffix}")
    try:
        with database.session() as session:
            write_progress_report(
                session, partial, as_of=as_of, unit_code=code, programme_code=programme
            )
        if cancelled():
            raise OperationCancelled()
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
    return out


def _saved(dashboard, path: Path, as_of: dt.date) -> None:
    text = ProgressReport.tr("Đã lưu báo cáo tiến độ tính đến %1 vào:\n%2")
    text = arg(text, f"{as_of:%d/%m/%Y}", str(path))
    QMessageBox.information(dashboard, ProgressReport.tr("Đã lưu báo cáo"), text)
