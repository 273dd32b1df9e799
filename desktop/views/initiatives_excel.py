"""The Sáng kiến page's Excel buttons: export what the current filters show (.xlsx or .csv), and
import a sheet through a preview (desktop/dialogs/excel_import_dialog.py). The work runs in the
background with progress and Cancel; db/exchange does it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QMenu, QMessageBox, QPushButton

from desktop.dialogs import file_dialogs
from desktop.tasks import run_op

SETTINGS_FOLDER = "pages/initiatives/excel_folder"


def tr(text: str) -> str:
    return QCoreApplication.translate("InitiativesExcel", text)


def add_excel_buttons(page, bar: QHBoxLayout) -> None:
    """Put "Xuất Excel…" and "Nhập từ Excel…" into the page's top bar."""
    page.export_button = QPushButton(tr("Xuất Excel…"))
    page.export_button.setObjectName("exportExcel")
    page.export_button.setToolTip(tr("Lưu các sáng kiến đang hiện (theo bộ lọc) ra Excel hoặc CSV"))
    page.export_button.clicked.connect(lambda _checked=False: export_shown(page))
    page.import_button = QPushButton(tr("Nhập từ Excel…"))
    page.import_button.setObjectName("importExcel")
    page.import_button.setToolTip(tr("Nhập sáng kiến từ một bảng Excel, xem trước rồi mới ghi"))
    menu = QMenu(page.import_button)
    menu.addAction(tr("Nhập từ tệp Excel…"), lambda: import_sheet(page))
    menu.addAction(tr("Lưu tệp Excel mẫu để điền…"), lambda: save_template(page))
    page.import_button.setMenu(menu)
    bar.addWidget(page.export_button)
    bar.addWidget(page.import_button)


def _folder(page) -> Path:
    return Path(str(page.context.settings.value(SETTINGS_FOLDER, "") or Path.home()))


def ask_export_path(page) -> Path | None:
    """Ask where to save; the filter chosen decides the suffix when none was typed."""
    excel, text = tr("Bảng tính Excel (*.xlsx)"), tr("CSV, UTF-8 (*.csv)")
    path, chosen = file_dialogs.save_file_name(
        page, tr("Xuất sổ sáng kiến"), str(_folder(page) / "so-sang-kien.xlsx"), f"{excel};;{text}"
    )
    if not path:
        return None
    out = Path(path)
    if out.suffix.lower() not in (".xlsx", ".csv"):
        out = out.with_name(out.name + (".csv" if chosen == text else ".xlsx"))
    page.context.settings.setValue(SETTINGS_FOLDER, str(out.parent))
    return out


def export_shown(page, out: Path | None = None) -> None:
    """Export what the page's filters select, in the interface language."""
    from db.exchange.export import export_register

    out = out or ask_export_path(page)
    if out is None:
        return
    f, database, lang = page.current_filter(), page.context.database, page.context.language

    def write(progress):
        with database.session() as session:
            return export_register(
                session, f, out, lang=lang, progress=progress, cancelled=progress.cancelled
            )

    run_op(
        page,
        write,
        lambda summary: _exported(page, summary),
        label=tr("Đang xuất sổ sáng kiến…"),
        on_error=lambda error: QMessageBox.warning(
            page, tr("Không xuất được"), str(error) or type(error).__name__
        ),
    )


def _exported(page, summary) -> None:
    page.last_export = summary
    text = tr("Đã xuất %1 sáng kiến vào:\n%2")
    text = text.replace("%1", f"{summary.initiatives:,}".replace(",", ".")).replace(
        "%2", str(summary.path)
    )
    QMessageBox.information(page, tr("Đã xuất"), text)


def import_sheet(page, path: Path | None = None) -> None:
    from desktop.dialogs.excel_import_dialog import ExcelImportDialog

    if path is None:
        name, _ = file_dialogs.open_file_name(
            page,
            tr("Nhập sáng kiến từ Excel"),
            str(_folder(page)),
            tr("Bảng tính Excel hoặc CSV (*.xlsx *.csv)"),
        )
        if not name:
            return
        path = Path(name)
    page.import_dialog = ExcelImportDialog(page.context, path, page)
    page.import_dialog.open()


def save_template(page, out: Path | None = None) -> None:
    """The import template: header, drop-down lists of this database's units and fields, an
    example row."""
    from db.exchange.template import write_template

    if out is None:
        name, _ = file_dialogs.save_file_name(
            page,
            tr("Lưu tệp Excel mẫu"),
            str(_folder(page) / "mau-nhap-sang-kien.xlsx"),
            tr("Bảng tính Excel (*.xlsx)"),
        )
        if not name:
            return
        out = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
    database, lang = page.context.database, page.context.language

    def write(_progress) -> Path:
        with database.session() as session:
            return write_template(session, out, lang)

    def saved(path: Path) -> None:
        page.last_template = path
        text = tr(
            "Đã lưu tệp mẫu vào:\n%1\nĐiền từ dòng 3 (dòng 2 là ví dụ), rồi dùng Nhập từ Excel."
        )
        QMessageBox.information(page, tr("Đã lưu"), text.replace("%1", str(path)))

    run_op(
        page,
        write,
        saved,
        label=tr("Đang tạo tệp mẫu…"),
        on_error=lambda error: QMessageBox.warning(page, tr("Không lưu được"), str(error)),
    )
