"""The certificates page as an officer uses it: choose recognised initiatives, save or print their
certificates, look them up in the register, check a certificate someone brings in; and the
dashboard's report button."""

from __future__ import annotations

import datetime as dt
import re
import tempfile

import pytest
from openpyxl import load_workbook
from pages_support import page_context
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QPushButton
from qt_waiting import settle, wait_for
from sqlalchemy import select

from db.certificates import certificate_register, select_initiatives
from db.demo import build_demo
from db.models import Certificate
from db.queries.stats import progress_stats
from db.queries.units import unit_by_code
from db.session import open_database
from desktop.dialogs import file_dialogs
from desktop.models.certificate_register_model import REPRINT_COLUMN
from desktop.tasks import wait_for_tasks

SIGNER = "Nguyễn Mạnh Hùng"


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "demo.db"
    build_demo(path, initiatives=300)
    database = open_database(path)
    yield database
    wait_for_tasks()
    database.close()


@pytest.fixture
def page(qtbot, demo, tmp_path):
    from desktop.views.certificates_page import CertificatesPage

    page = CertificatesPage(page_context(demo, tmp_path / "settings.ini"))
    qtbot.addWidget(page)
    page.resize(1180, 700)
    page.show()
    page.page_shown()
    settle(qtbot)
    page.issue.confirm = lambda: True  # "Cấp 12 giấy, số …?" answered Yes (see its own test)
    return page


def choose_unit(qtbot, page, demo, code: str) -> list[str]:
    """Pick the unit in the filter; returns the recognised initiatives the list should show."""
    with demo.session() as session:
        unit_id = unit_by_code(session, code).id
        expected = select_initiatives(session, unit_id=unit_id, status="recognised")
    page.issue.unit_filter.set_unit(unit_id)
    wait_for(qtbot, lambda: page.issue.model.rowCount() == len(expected))
    assert page.issue.model.ticked_count() == 0  # nothing starts ticked: ticking issues numbers
    page.issue.model.tick_all(True)
    return expected


def issue_for(demo, tmp_path, code: str) -> list[str]:
    """Certificates issued earlier by this node (as `sangkien certificates` would)."""
    from db.certificates import Signer
    from desktop.printing.jobs import CertificateSelection, print_certificates

    with demo.session() as session:
        unit_id = unit_by_code(session, code).id
    selection = CertificateSelection(unit_id=unit_id)
    result = print_certificates(demo, selection, tmp_path / "truoc.pdf", signer=Signer(SIGNER))
    return result.issued


def issued_reg_no(demo, number: str) -> str:
    with demo.session() as session:
        return next(e.reg_no for e in certificate_register(session) if e.number == number)


def save_as(monkeypatch, path, chosen_filter: str = "Tệp PDF (*.pdf)") -> None:
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(path), chosen_filter))


def test_the_officer_saves_one_pdf_for_the_recognised_initiatives_of_vsp(
    qtbot, page, demo, tmp_path, monkeypatch, message_boxes
):
    expected = choose_unit(qtbot, page, demo, "VSP")
    assert len(expected) >= 2
    assert f"Đã chọn {len(expected)} / {len(expected)} sáng kiến" in page.issue.count_label.text()
    page.issue.signer_name.setText(SIGNER)
    save_as(monkeypatch, tmp_path / "VSP")  # no suffix typed: .pdf is added
    qtbot.mouseClick(page.issue.save_button, Qt.MouseButton.LeftButton)
    out = tmp_path / "VSP.pdf"
    wait_for(qtbot, lambda: out.exists() and message_boxes)
    assert len(PdfReader(out).pages) == len(expected)
    kind, text = message_boxes[-1]
    assert kind == "information"
    assert f"Đã cấp {len(expected)} giấy chứng nhận" in text
    assert f"Đã lưu {len(expected)} trang vào: {out}" in text
    with demo.session() as session:
        register = certificate_register(session, unit_id=unit_by_code(session, "VSP").id)
    assert sum(1 for e in register if e.signer_name == SIGNER) == len(expected)
    wait_for(qtbot, lambda: page.issue.model.rowCount() == 0)  # they are certified now


def test_only_the_ticked_rows_are_printed_one_file_each(
    qtbot, page, demo, tmp_path, monkeypatch, message_boxes
):
    choose_unit(qtbot, page, demo, "VSP")
    page.issue.signer_name.setText(SIGNER)
    model = page.issue.model
    model.tick_all(False)
    first, second = model.index(0, 0), model.index(1, 0)
    model.setData(first, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    model.setData(second, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert "Đã chọn 2 /" in page.issue.count_label.text()
    wanted = {model.row_at(0).reg_no, model.row_at(1).reg_no}
    folder = tmp_path / "tung-to"
    folder.mkdir()
    monkeypatch.setattr(file_dialogs, "existing_folder", lambda *a, **k: str(folder))
    qtbot.mouseClick(page.issue.split_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: message_boxes)
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == 2 and all(len(PdfReader(f).pages) == 1 for f in files)
    with demo.session() as session:
        issued = {e.reg_no for e in certificate_register(session) if e.signer_name == SIGNER}
    assert issued == wanted


def test_printing_sends_one_page_per_certificate_to_the_printer(
    qtbot, page, demo, tmp_path, monkeypatch, message_boxes
):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    expected = choose_unit(qtbot, page, demo, "VSP-TD03") or choose_unit(qtbot, page, demo, "VSP")
    page.issue.signer_name.setText(SIGNER)
    printed = tmp_path / "may-in.pdf"
    scratch = tmp_path / "tam"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))

    def accept(dialog):  # the person picks a printer; here it prints into a PDF file
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    qtbot.mouseClick(page.issue.print_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: any("máy in" in text for _kind, text in message_boxes))
    assert len(PdfReader(printed).pages) == len(expected)
    assert f"Đã gửi {len(expected)} trang đến máy in" in message_boxes[-1][1]
    assert list(scratch.iterdir()) == []  # the temporary PDF is gone


def test_the_preview_shows_the_first_certificate(qtbot, page, demo):
    choose_unit(qtbot, page, demo, "VSP")
    wait_for(qtbot, lambda: page.issue.preview.page_count() == 1)
    assert page.issue.preview.stack.currentWidget() is page.issue.preview.view


def test_the_register_marks_reprints(qtbot, page, demo, tmp_path, monkeypatch, message_boxes):
    page.issue.kind_filter.setCurrentIndex(1)  # "Đã cấp giấy — in lại"
    wait_for(qtbot, lambda: page.issue.model.rowCount() > 0)
    model = page.issue.model
    reg_no = issued_reg_no(demo, issue_for(demo, tmp_path, "VSP")[0])
    page.issue.apply_filters()
    wait_for(qtbot, lambda: any(model.row_at(r).reg_no == reg_no for r in range(model.rowCount())))
    row = next(r for r in range(model.rowCount()) if model.row_at(r).reg_no == reg_no)
    model.tick_all(False)
    model.setData(model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    save_as(monkeypatch, tmp_path / "in-lai.pdf")
    qtbot.mouseClick(page.issue.save_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: message_boxes)
    assert "Đã in lại 1 giấy chứng nhận" in message_boxes[-1][1]
    page.tabs.setCurrentIndex(1)
    page.register.refresh()
    settle(qtbot)
    rows = [e for e in page.register.model.rows if e.reg_no == reg_no]
    assert rows and rows[0].reprint_count == 1
    row = page.register.model.rows.index(rows[0])
    assert page.register.model.index(row, REPRINT_COLUMN).data() == "In lại 1 lần"
    assert "1 giấy đã in lại" in page.register.count_label.text()


# ---- checking a certificate ---------------------------------------------------------------------


def presented(demo, tmp_path, tamper: bool) -> str:
    """What the officer pastes: the number and code of a certificate this node just issued."""
    number = issue_for(demo, tmp_path, "VSP")[0]
    with demo.session() as session:
        code = session.scalar(
            select(Certificate.verification_code).where(Certificate.number == number)
        )
    if tamper:
        code = code[:-1] + ("B" if code[-1] != "B" else "C")
    return f"{number} {code}"


def verify_through_the_dialog(qtbot, page, text: str) -> dict:
    seen = {}

    def type_and_check():
        dialog = page.verify_dialog
        qtbot.keyClicks(dialog.code_edit, text)
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
        seen["verdict"] = dialog.verdict.text()
        seen["result"] = dialog.result
        dialog.reject()

    QTimer.singleShot(0, type_and_check)
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    return seen


def test_a_tampered_code_is_said_not_to_be_genuine(qtbot, page, demo, tmp_path):
    seen = verify_through_the_dialog(qtbot, page, presented(demo, tmp_path, tamper=True))
    assert seen["result"].verdict == "tampered"
    assert "KHÔNG KHỚP" in seen["verdict"] and "bị sửa hoặc giả" in seen["verdict"]


def test_a_genuine_code_says_so_with_what_the_register_holds(qtbot, page, demo, tmp_path):
    seen = verify_through_the_dialog(qtbot, page, presented(demo, tmp_path, tamper=False))
    assert seen["result"].genuine
    assert "là THẬT" in seen["verdict"]
    assert dict(seen["result"].shows)["Người ký"]


# ---- the dashboard's report button ------------------------------------------------------------


def test_the_report_button_writes_an_excel_file(qtbot, demo, tmp_path, monkeypatch, message_boxes):
    from desktop.views.dashboard_page import DashboardPage

    dashboard = DashboardPage(page_context(demo, tmp_path / "settings.ini"))
    qtbot.addWidget(dashboard)
    dashboard.as_of_edit.set_value(dt.date(2023, 4, 14))
    button = dashboard.findChild(QPushButton, "progressReport")
    assert button is not None and button.text() == "Báo cáo…"
    save_as(monkeypatch, tmp_path / "bao-cao", "Bảng tính Excel (*.xlsx)")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    out = tmp_path / "bao-cao.xlsx"
    wait_for(qtbot, lambda: out.exists() and message_boxes)
    assert message_boxes[-1] == (
        "information",
        f"Đã lưu báo cáo tiến độ tính đến 14/04/2023 vào:\n{out}",
    )
    with demo.session() as session:
        stats = progress_stats(session, dt.date(2023, 4, 14))
    sheet = load_workbook(out)["Đơn vị"]
    assert sheet.cell(2, 1).value == stats.scope.code
    assert sheet.cell(2, 4).value == stats.scope.registered


def test_cancelling_a_batch_issues_nothing_and_leaves_no_file(
    qtbot, page, demo, tmp_path, monkeypatch, message_boxes
):
    import db.progress

    expected = choose_unit(qtbot, page, demo, "VSP")
    page.issue.signer_name.setText(SIGNER)
    save_as(monkeypatch, tmp_path / "huy.pdf")
    monkeypatch.setattr(db.progress.Progress, "cancelled", lambda _progress: True)  # Cancel pressed
    qtbot.mouseClick(page.issue.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, 20)
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*.sktmp")) == []
    assert message_boxes == []
    with demo.session() as session:
        assert not [e for e in certificate_register(session) if e.signer_name == SIGNER]
    assert page.issue.model.rowCount() == len(expected)


def test_the_officer_is_told_which_numbers_a_batch_takes_and_no_issues_nothing(
    qtbot, page, demo, tmp_path, monkeypatch, message_boxes
):
    from desktop.views.certificate_issue_panel import IssuePanel

    expected = choose_unit(qtbot, page, demo, "VSP")
    page.issue.signer_name.setText(SIGNER)
    text = page.issue.confirmation_text()
    year = dt.date.today().year
    numbers = re.match(
        rf"Cấp {len(expected)} giấy chứng nhận, số CDDKVN-{year}-(\d{{5}}) … (\d{{5}})\?", text
    )
    assert numbers, text
    assert int(numbers[2]) - int(numbers[1]) + 1 == len(expected)
    del page.issue.confirm  # the real question, answered No by the test's message boxes
    assert IssuePanel.confirm(page.issue) is False
    save_as(monkeypatch, tmp_path / "khong.pdf")
    qtbot.mouseClick(page.issue.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert message_boxes[-1][0] == "question"
    assert not (tmp_path / "khong.pdf").exists()


def test_the_candidates_are_searched(qtbot, page, demo):
    expected = choose_unit(qtbot, page, demo, "VSP")
    reg_no = page.issue.model.row_at(0).reg_no
    page.issue.search.setText(reg_no)
    page.issue.apply_filters()
    wait_for(qtbot, lambda: page.issue.model.rowCount() == 1)
    assert page.issue.model.row_at(0).reg_no == reg_no
    assert len(expected) > 1


def test_ticking_one_initiative_previews_its_certificate(qtbot, page, demo):
    with demo.session() as session:
        unit_id = unit_by_code(session, "VSP").id
    page.issue.unit_filter.set_unit(unit_id)
    wait_for(qtbot, lambda: page.issue.model.rowCount() > 1)
    settle(qtbot)
    qtbot.wait(400)  # the preview's pause
    settle(qtbot)
    preview = page.issue.preview
    assert preview.note.text() == "Chọn một sáng kiến để xem trước giấy chứng nhận."

    page.issue.model.set_ticked(1, True)  # the box of one row, no row clicked

    wait_for(qtbot, lambda: preview.page_count() == 1)
    assert preview.stack.currentWidget() is preview.view
