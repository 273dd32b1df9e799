"""Đồng bộ page stories: headquarters receives a site's package (preview, fingerprint, trust),
a broken file among good ones, a site sends to its parent, a conflict is opened and reversed."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from pages_support import page_context
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from desktop.dialogs import file_dialogs

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "sync"))

from sync_world import World, initiative, register
from sync_world import edit as edit_initiative

from db.messages import Message
from db.node import key_fingerprint, this_node
from db.reference import init_node
from db.session import open_database
from db.sync.crypto import is_encrypted_package
from db.sync.importer import import_package
from desktop.tasks import wait_for_tasks, wait_until_settled
from desktop.views.sync_page import SyncPage


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path)
    yield w
    w.close()


@pytest.fixture(autouse=True)
def no_work_left_behind(qtbot):
    """Background reads of one story must not land in the next one."""
    yield
    assert wait_until_settled()


def shown_page(qtbot, database, tmp_path) -> SyncPage:
    page = SyncPage(page_context(database, tmp_path / "settings.ini"))
    qtbot.addWidget(page)
    page.resize(1170, 700)
    page.show()
    settle(qtbot, page)
    return page


def settle(qtbot, page: SyncPage) -> None:
    """Let the background reads finish and their results reach the page."""
    assert wait_for_tasks()
    qtbot.waitUntil(lambda: page.import_task is None and page.reads_pending == 0)
    assert page.state is not None


def choose_files(monkeypatch, paths: list[Path]) -> None:
    chosen = ([str(p) for p in paths], "")
    monkeypatch.setattr(file_dialogs, "open_file_names", lambda *a, **k: chosen)


def fingerprint_of(database) -> str:
    with database.session() as session:
        return key_fingerprint(this_node(session).public_key)


def counts_of(dialog, table_label: str) -> list[str]:
    table = dialog.counts
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == table_label:
            return [table.item(row, c).text() for c in range(1, table.columnCount())]
    raise AssertionError(f"no row {table_label}")


def import_through_preview(qtbot, page: SyncPage, trust: bool = False) -> None:
    qtbot.mouseClick(page.import_files_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview_dialog is not None)
    dialog = page.preview_dialog
    if trust:
        dialog.trust.setChecked(True)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.import_result.isVisibleTo(page))
    settle(qtbot, page)


def table_texts(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_headquarters_imports_an_enrolled_sites_package_showing_its_fingerprint(
    qtbot, monkeypatch, tmp_path, world
):
    """The site was set up from a setup package issued here: like the command line, the window
    trusts it without asking, and shows the new machine's fingerprint for information."""
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    first = register(site, "Cải tiến bơm dung dịch An")
    second = register(site, "Giảm thời gian thay choòng Bình")
    choose_files(monkeypatch, [world.export(site, "CDDKVN")])
    page = shown_page(qtbot, hq, tmp_path)

    qtbot.mouseClick(page.import_files_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview_dialog is not None)
    dialog = page.preview_dialog
    assert counts_of(dialog, "Sáng kiến") == ["2", "0", "0", "0", "0", "0"]
    assert dialog.trust_box.isVisibleTo(dialog)
    assert dialog.trust_box.title() == "Máy mới, đã đăng ký tại đây"
    assert dialog.fingerprint.text() == fingerprint_of(site)
    assert "Máy mới của VSP-TD03, đã đăng ký tại đây" in dialog.trust_text.text()
    assert not dialog.trust.isVisibleTo(dialog)  # nothing to tick
    assert dialog.heading.text() == "1 gói đã kiểm tra: 1 gói nhập được."
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "Nhập 1 gói"
    assert initiative(hq, first) is None  # nothing goes in before «Nhập»

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.import_result.isVisibleTo(page))
    settle(qtbot, page)

    assert initiative(hq, first).title == "Cải tiến bơm dung dịch An"
    assert initiative(hq, second) is not None
    assert "đã nhập — 6 bản ghi mới (2 sáng kiến)" in page.import_result.text()
    trusted = f"Máy mới của VSP-TD03 từ nay được tin cậy (dấu vân tay {fingerprint_of(site)})."
    assert trusted in page.import_result.text()
    assert "Bản sao lưu trước khi nhập" in page.import_result.text()
    newest, setup = table_texts(page.history)
    assert newest[1:3] == ["← Nhận về", "VSP-TD03"]
    assert setup[1:4] == ["→ Gửi đi", "VSP-TD03", "Gói khởi tạo: 198 bản ghi"]
    [node] = table_texts(page.nodes)
    assert node[:3] == ["Cấp dưới", "VSP-TD03", fingerprint_of(site)]


def test_a_broken_file_among_two_is_named_and_the_good_one_is_imported(
    qtbot, monkeypatch, message_boxes, tmp_path, world
):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    row = register(site, "Tận dụng nhiệt khí thải Cường")
    usb = tmp_path / "usb"
    usb.mkdir()
    world.export(site, "CDDKVN").rename(usb / "b-good.skp")
    (usb / "a-broken.skp").write_bytes(b"PK\x03\x04 not really a zip")
    monkeypatch.setattr(file_dialogs, "existing_folder", lambda *a: str(usb))
    page = shown_page(qtbot, hq, tmp_path)

    qtbot.mouseClick(page.import_folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview_dialog is not None)
    dialog = page.preview_dialog
    lines = [dialog.packages.item(i).text() for i in range(dialog.packages.count())]
    assert lines[0].startswith("a-broken.skp — BỊ TỪ CHỐI")
    assert lines[1].startswith("b-good.skp — từ VSP-TD03")
    assert dialog.packages.currentRow() == 0  # none asks for trust: the first is shown
    assert "a-broken.skp" in dialog.sender.text()
    assert not dialog.trust_box.isVisibleTo(dialog)
    dialog.packages.setCurrentRow(1)
    assert dialog.import_button.text() == "Nhập 1 gói"  # its site was enrolled here
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.import_result.isVisibleTo(page))
    settle(qtbot, page)

    text = page.import_result.text()
    assert "✘ a-broken.skp: bị từ chối" in text
    assert "✔ b-good.skp: đã nhập" in text
    assert initiative(hq, row) is not None
    assert message_boxes[-1][0] == "warning" and "a-broken.skp" in message_boxes[-1][1]


def test_a_pc_not_enrolled_here_is_imported_only_after_the_person_trusts_its_fingerprint(
    qtbot, monkeypatch, tmp_path, world
):
    """A child PC set up on its own (`init --unit`), not from a setup package issued here: its key
    is trusted only once the person has compared the fingerprint and ticked «Tin cậy máy này»."""
    hq = world.headquarters()
    site = open_database(tmp_path / "standalone.db", create=True)
    world.open.append(site)
    init_node(site, "VSP-TD03")
    row = register(site, "Tận dụng nhiệt khí thải Giang")
    choose_files(monkeypatch, [world.export(site, "CDDKVN")])
    page = shown_page(qtbot, hq, tmp_path)

    qtbot.mouseClick(page.import_files_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview_dialog is not None)
    dialog = page.preview_dialog
    assert dialog.trust_box.title() == "Máy gửi chưa được biết ở đây"
    assert dialog.fingerprint.text() == fingerprint_of(site)
    assert "một máy chưa biết của đơn vị VSP-TD03" in dialog.trust_text.text()
    assert dialog.trust.isVisibleTo(dialog) and not dialog.trust.isChecked()
    assert not dialog.import_button.isEnabled()  # nothing goes in before the person trusts it
    assert dialog.import_button.text() == "Nhập 0 gói"
    assert "chờ bạn đối chiếu dấu vân tay" in dialog.heading.text()

    dialog.trust.setChecked(True)
    assert dialog.import_button.text() == "Nhập 1 gói"
    assert dialog.chosen_packages()[0][1]  # imported with the trust flag
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.import_result.isVisibleTo(page))
    settle(qtbot, page)

    assert initiative(hq, row) is not None
    [node] = table_texts(page.nodes)
    assert node[:3] == ["Cấp dưới", "VSP-TD03", fingerprint_of(site)]


def test_an_already_imported_package_says_so_and_offers_nothing_to_import(
    qtbot, monkeypatch, tmp_path, world
):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    register(site, "Cải tiến van an toàn Dũng")
    package = world.export(site, "CDDKVN")
    import_package(hq, package, trust_new_node=True, backup=False)
    choose_files(monkeypatch, [package])
    page = shown_page(qtbot, hq, tmp_path)

    qtbot.mouseClick(page.import_files_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview_dialog is not None)
    dialog = page.preview_dialog
    assert "đã được nhập rồi" in dialog.sender.text()
    assert not dialog.import_button.isEnabled()
    assert not dialog.counts.isVisibleTo(dialog)
    dialog.reject()


def test_the_site_exports_to_its_parent_and_the_file_is_a_valid_package(
    qtbot, monkeypatch, tmp_path, world
):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    row = register(site, "Cải tiến bơm ly tâm Phúc")
    target = tmp_path / "usb" / "to-hq"
    target.parent.mkdir()
    asked = []

    def save_as(parent, caption, suggested, filters):
        asked.append(Path(suggested).name)
        return str(target), filters

    monkeypatch.setattr(file_dialogs, "save_file_name", save_as)
    page = shown_page(qtbot, site, tmp_path)
    assert page.export_panel.destination.currentText().startswith("CDDKVN")
    assert "(cấp trên)" in page.export_panel.destination.currentText()
    assert page.export_panel.encrypt.isEnabled()  # the parent's box key came with the setup package
    page.export_panel.encrypt.setChecked(True)

    qtbot.mouseClick(page.export_panel.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.export_panel.result.isVisibleTo(page))
    settle(qtbot, page)

    assert asked == [f"VSP-TD03-to-CDDKVN-{dt.date.today():%Y-%m-%d}.skp"]
    written = target.with_name("to-hq.skp")
    assert "lên cấp trên cho CDDKVN" in page.export_panel.result.text()
    assert "đã mã hóa" in page.export_panel.result.text()
    assert str(written) in page.export_panel.result.text()
    assert is_encrypted_package(written)
    report = import_package(hq, written, trust_new_node=True, backup=False)
    assert report.status == "imported"
    assert report.tables["initiatives"].new == 1
    assert initiative(hq, row) is not None
    assert table_texts(page.history)[0][1:3] == ["→ Gửi đi", "CDDKVN"]


def test_encryption_waits_until_a_package_from_that_node_arrived(qtbot, tmp_path, world):
    hq = world.headquarters()
    page = shown_page(qtbot, hq, tmp_path)
    codes = [
        page.export_panel.destination.itemData(i).unit_code
        for i in range(page.export_panel.destination.count())
    ]
    assert "VSP" in codes and "CDDKVN" not in codes
    page.export_panel.destination.setCurrentIndex(codes.index("VSP"))
    assert not page.export_panel.encrypt.isEnabled()
    assert "VSP" in page.export_panel.encrypt.toolTip()


def test_a_conflict_is_opened_with_enter_compared_and_reversed(qtbot, tmp_path, world):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    row = register(site, "Cải tiến bơm ly tâm Phúc")
    world.carry(site, hq)
    world.carry(hq, site)
    edit_initiative(site, row, title="Cải tiến bơm ly tâm (bản của giàn) Phúc")
    edit_initiative(hq, row, title="Cải tiến bơm ly tâm (bản của tổng công ty) Phúc")
    world.carry(site, hq)
    page = shown_page(qtbot, hq, tmp_path)
    assert page.tabs.tabText(0) == "Xung đột (1)"
    panel = page.conflicts
    assert table_texts(panel.table)[0][2] == "Tên sáng kiến"
    assert not panel.empty_hint.isVisibleTo(page)

    panel.table.setFocus()
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.dialog is not None)
    dialog = panel.dialog
    kept_text = dialog.findChild(QPlainTextEdit, "keptValue").toPlainText()
    lost_text = dialog.findChild(QPlainTextEdit, "lostValue").toPlainText()
    assert (
        "VSP-TD03"
        in dialog.findChild(QLabel, "lostWhere").text()
        + dialog.findChild(QLabel, "keptWhere").text()
    )
    assert {kept_text, lost_text} == {
        "Cải tiến bơm ly tâm (bản của giàn) Phúc",
        "Cải tiến bơm ly tâm (bản của tổng công ty) Phúc",
    }
    assert initiative(hq, row).title == kept_text

    qtbot.mouseClick(dialog.reverse_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert initiative(hq, row).title == lost_text
    assert "đã lấy lại" in panel.note.text()
    qtbot.waitUntil(lambda: page.tabs.tabText(0) == "Xung đột (0)")
    assert panel.empty_hint.isVisibleTo(page)  # the tab says what it is for, not a blank table
    world.carry(hq, site)
    assert initiative(site, row).title == lost_text


def test_the_page_fits_a_1366_by_768_screen(qtbot, tmp_path, world):
    hq = world.headquarters()
    page = shown_page(qtbot, hq, tmp_path)
    hint = page.minimumSizeHint()
    assert hint.width() <= 1366 - 200 and hint.height() <= 768 - 90


def test_a_conflict_is_listed_once_when_the_site_sends_again_before_it_saw_the_winner(
    qtbot, tmp_path, world
):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    row = register(site, "Cải tiến bơm ly tâm Phúc")
    world.carry(site, hq)
    world.carry(hq, site)
    edit_initiative(site, row, title="Cải tiến bơm ly tâm (bản của giàn) Phúc")
    edit_initiative(hq, row, title="Cải tiến bơm ly tâm (bản của tổng công ty) Phúc")
    world.carry(site, hq)
    edit_initiative(site, row, investor="PVEP")
    assert world.carry(site, hq).summary()["conflicts"] == 0  # the same title conflict again
    page = shown_page(qtbot, hq, tmp_path)
    assert page.tabs.tabText(0) == "Xung đột (1)"
    assert page.conflicts.table.rowCount() == 1


def test_a_site_whose_clock_is_wrong_is_warned_when_it_exports(qtbot, monkeypatch, tmp_path, world):
    import db.sync.export

    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    warning = Message("clock.before_2021")
    monkeypatch.setattr(db.sync.export, "clock_warnings", lambda node: [warning])
    target = tmp_path / "full.skp"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a: (str(target), ""))
    page = shown_page(qtbot, site, tmp_path)
    page.export_panel.full.setChecked(True)
    qtbot.mouseClick(page.export_panel.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.export_panel.result.isVisibleTo(page))
    settle(qtbot, page)

    assert "Đã xuất gói toàn bộ lên cấp trên cho CDDKVN" in page.export_panel.result.text()
    assert page.export_panel.warnings.isVisibleTo(page)
    assert page.export_panel.warnings.text() == f"Cảnh báo: {warning.text('vi')}"
    assert target.exists()


def test_a_long_unit_name_is_cut_in_the_middle_and_shown_whole_in_the_open_list(
    qtbot, tmp_path, world
):
    hq = world.headquarters()
    page = shown_page(qtbot, hq, tmp_path)
    box = page.export_panel.destination
    texts = [box.itemText(i) for i in range(box.count())]
    longest = max(texts, key=box.fontMetrics().horizontalAdvance)
    assert longest.startswith("DQS — Công đoàn Công ty TNHH Một thành viên")
    box.setCurrentIndex(texts.index(longest))
    assert box.toolTip() == longest  # the whole name on hovering the closed box
    assert box.itemData(texts.index(longest), Qt.ItemDataRole.ToolTipRole) == longest
    assert box.width() < box.fontMetrics().horizontalAdvance(longest)  # the box does not grow

    box.showPopup()
    try:
        assert box.view().width() >= box.fontMetrics().horizontalAdvance(longest)
    finally:
        box.hidePopup()
