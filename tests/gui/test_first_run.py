"""A clerk starts SángKiến on a new PC: the first-run screen sets up a database for the rig, or
opens the demo; a wrong unit gets one message and leaves no file."""

import pytest
from PySide6.QtCore import QSettings

from db.safe_open import close_safely
from desktop.dialogs.first_run import FirstRunDialog
from desktop.tasks import wait_for_tasks


@pytest.fixture
def first_run(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = FirstRunDialog(tmp_path / "sangkien.db", settings, demo_initiatives=150)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    if dialog.database is not None:
        close_safely(dialog.database)  # and its writer lock


def choose_unit(dialog, code):
    index = dialog.unit_combo.findData(code)
    assert index >= 0, code
    dialog.unit_combo.setCurrentIndex(index)


def test_a_clerk_sets_up_the_database_for_her_rig(qtbot, first_run, tmp_path):
    choose_unit(first_run, "VSP-TD03")
    assert "Tam Đảo 03" in first_run.unit_combo.currentText()
    qtbot.mouseClick(first_run.create_button, qtbot_left())
    assert first_run.result() == FirstRunDialog.DialogCode.Accepted
    assert first_run.summary.unit_code == "VSP-TD03"
    assert (tmp_path / "sangkien.db").exists()


def test_a_typed_code_is_enough(qtbot, first_run):
    first_run.unit_combo.setCurrentIndex(-1)
    first_run.unit_combo.setEditText("pvgas")
    first_run.create_for_unit()
    assert first_run.summary.unit_code == "PVGAS"


def test_an_unknown_unit_is_one_message_and_leaves_no_file(
    qtbot, first_run, tmp_path, message_boxes
):
    first_run.unit_combo.setCurrentIndex(-1)
    first_run.unit_combo.setEditText("SAO HOA")
    first_run.create_for_unit()
    assert first_run.database is None and first_run.isVisible()
    assert len(message_boxes) == 1
    assert "SAO" in message_boxes[0][1]
    assert not (tmp_path / "sangkien.db").exists()


def test_the_demo_opens_from_the_first_run_screen(qtbot, first_run, tmp_path, monkeypatch):
    monkeypatch.setattr("db.paths.user_data_folder", lambda: tmp_path / "data")
    first_run.open_demo()
    qtbot.waitUntil(lambda: first_run.database is not None, timeout=60000)
    wait_for_tasks()
    assert first_run.summary.unit_code == "CDDKVN"
    assert (tmp_path / "data" / "demo.db").exists()


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_the_first_way_on_is_the_setup_package_and_the_other_says_why(first_run):
    from PySide6.QtWidgets import QLabel

    layout = first_run.layout()
    boxes = [layout.itemAt(i).widget() for i in range(layout.count())]
    setup_box = next(
        i for i, w in enumerate(boxes) if w is not None and w.objectName() == "setupPackage"
    )
    own_box = next(
        i
        for i, w in enumerate(boxes)
        if w is not None and first_run.unit_combo in w.findChildren(type(first_run.unit_combo))
    )
    assert setup_box < own_box  # leads with "set up from a setup package"
    assert first_run.setup_button.isDefault() and not first_run.create_button.isDefault()
    texts = " ".join(label.text() for label in first_run.findChildren(QLabel))
    assert "gói nó gửi lên sẽ bị từ chối" in texts  # why a site made without one cannot send


def test_a_clerk_setting_up_from_the_setup_package_reads_both_fingerprints(
    qtbot, first_run, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from db.node import key_fingerprint, this_node
    from db.reference import init_node
    from db.session import open_database
    from db.sync.enrolment import enroll
    from desktop.dialogs import file_dialogs

    hq = open_database(tmp_path / "hq.db", create=True)
    init_node(hq, "CDDKVN")
    enroll(hq, "VSP-TD03", tmp_path / "setup.skp")
    with hq.session() as session:
        hq_fingerprint = key_fingerprint(this_node(session).public_key)
    hq.close()
    monkeypatch.setattr(
        file_dialogs, "open_file_name", lambda *a, **k: (str(tmp_path / "setup.skp"), "")
    )
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text: shown.append(text))

    first_run.set_up_from_package()
    qtbot.waitUntil(lambda: first_run.result() == FirstRunDialog.DialogCode.Accepted)

    assert first_run.summary.unit_code == "VSP-TD03"
    with first_run.database.session() as session:
        own_fingerprint = key_fingerprint(this_node(session).public_key)
    [text] = shown
    assert f"Cấp trên: CDDKVN, dấu vân tay khóa {hq_fingerprint}" in text
    assert f"Dấu vân tay khóa của máy này: {own_fingerprint}" in text
