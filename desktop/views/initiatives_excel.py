"""The Sáng kiến page's Excel buttons: export what the current filters show (.xlsx or .csv), and
import a sheet through a preview (desktop/dialogs/excel_import_dialog.py). The work runs in the
background with progress and Cancel; db/exchange does it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QMenu, QMessageBox, QPushButton

from desktop.dialogs import file_dialogs
from desktop.messages import Texts, arg
from desktop.tasks import run_op
from desktop.widgets.error_text import error_text

SETTINGS_FOLDER = "pages/initiatives/excel_folder"


InitiativesExcel = Texts(
    "InitiativesExcel"
)  # lupdate files InitiativesExcel.tr("...") under "InitiativesExcel"


def add_excel_buttons(page, bar: QHBoxLayout) -> None:
    """Put "Xuất Excel…" and "Nhập từ Excel…" into the page's top bar."""
    page.export_button = QPushButton(InitiativesExcel.tr("Xuất Excel…"))
    page.export_button.setObjectName("exportExcel")
    page.export_button.setToolTip(
        InitiativesExcel.tr("Lưu các sáng kiến đang hiện (theo bộ lọc) ra Excel hoặc CSV")
    )
    page.export_button.clicked.connect(lambda _checked=False: export_shown(page))
    page.import_button = QPushButton(InitiativesExcel.tr("Nhập từ Excel…"))
    page.import_button.setObjectName("importExcel")
    page.import_button.setToolTip(
        InitiativesExcel.tr("Nhập sáng kiến từ một bảng Excel, xem trước rồi mới ghi")
    )
    menu = QMenu(page.import_button)
    menu.addAction(InitiativesExcel.tr("Nhập từ tệp Excel…"), lambda: import_sheet(page))
    menu.addAction(InitiativesExcel.tr("Lưu tệp Excel mẫu để điền…"), lambda: save_template(page))
    page.import_button.setMenu(menu)
    bar.addWidget(page.export_button)
    bar.addWidget(page.import_button)


def _folder(page) -> Path:
    return Path(str(page.context.settings.value(SETTINGS_FOLDER, "") or Path.home()))


def ask_export_path(page) -> tuple[Path, str] | None:
    """Ask where to save, and for a CSV its separator: "," or ";" (Excel in the Vietnamese
    regional format splits a CSV's columns at ";"). The filter chosen decides the suffix when
    none was typed."""
    excel, text, semicolons = (
        InitiativesExcel.tr("Bảng tính Excel (*.xlsx)"),
        InitiativesExcel.tr("CSV, UTF-8, dấu phẩy (*.csv)"),
        InitiativesExcel.tr("CSV, UTF-8, dấu chấm phẩy — Excel tiếng Việt (*.csv)"),
    )
    path, chosen = file_dialogs.save_file_name(
        page,
        InitiativesExcel.tr("Xuất sổ sáng kiến"),
        str(_folder(page) / "so-sang-kien.xlsx"),
        f"{excel};;{text};;{semicolons}",
    )
    if not path:
        return None
    out = Path(path)
    if out.suffix.lower() not in (".xlsx", ".csv"):
        out = out.with_name(out.name + (".csv" if chosen in (text, semicolons) else ".xlsx"))
    page.context.settings.setValue(SETTINGS_FOLDER, str(out.parent))
    return out, ";" if chosen == semicolons else ","


def export_shown(page, out: Path | None = None, separator: str = ",") -> None:
    """Export what the table shows: the rows its filters select, in its order (the column it is
    sorted by, a search's best matches first), in the interface language."""
    from db.exchange.export import TableOrder, export_register

    if out is None:
        asked = ask_export_path(page)
        if asked is None:
            return
        out, separator = asked
    f, database, lang = page.model.filter, page.context.database, page.context.language
    order = TableOrder(page.model.sort_key, page.model.descending)

    def write(progress):
        with database.session() as session:
            return export_register(
                session, f, out, lang=lang, order=order, separator=separator, progress=progress,
                cancelled=progress.cancelled,
            )  # fmt: skip

    run_op(
        page,
        write,
        lambda summary: _exported(page, summary),
        label=InitiativesExcel.tr("Đang xuất sổ sáng kiến…"),
        on_error=lambda error: QMessageBox.warning(
            page, InitiativesExcel.tr("Không xuất được"), error_text(error)
        ),
    )


def _exported(page, summary) -> None:
    page.last_export = summary
    text = InitiativesExcel.tr("Đã xuất %1 sáng kiến vào:\n%2")
    text = arg(text, f"{summary.initiatives:,}".replace(",", "."), str(summary.path))
    QMessageBox.information(page, InitiativesExcel.tr("Đã xuất"), text)


def import_sheet(page, path: Path | None = None) -> None:
    from desktop.dialogs.excel_import_dialog import ExcelImportDialog

    if path is None:
        name, _ = file_dialogs.open_file_name(
            page,
            InitiativesExcel.tr("Nhập sáng kiến từ Excel"),
            str(_folder(page)),
            InitiativesExcel.tr("Bảng tính Excel hoặc CSV (*.xlsx *.csv)"),
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
            InitiativesExcel.tr("Lưu tệp Excel mẫu"),
            str(_folder(page) / "mau-nhap-sang-kien.xlsx"),
            InitiativesExcel.tr("Bảng tính Excel (*.xlsx)"),
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
        text = InitiativesExcel.tr(
            "Đã lưu tệp mẫu vào:\n%1\nĐiền từ dòng 3 (dòng 2 là ví dụ), rồi dùng Nhập từ Excel."
        )
        QMessageBox.information(page, InitiativesExcel.tr("Đã lưu"), arg(text, str(path)))

    run_op(
        page,
        write,
        saved,
        label=InitiativesExcel.tr("Đang tạo tệp mẫu…"),
        on_error=lambda error: QMessageBox.warning(
            page, InitiativesExcel.tr("Không lưu được"), error_text(error)
        ),
    )
