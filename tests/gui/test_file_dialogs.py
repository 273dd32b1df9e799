"""Where file dialogs open: the user's Documents the first time (never the program's folder),
then the folder last chosen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.dialogs import file_dialogs


@pytest.fixture
def documents(monkeypatch, tmp_path) -> Path:
    folder = tmp_path / "Documents"
    folder.mkdir()
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: folder)
    monkeypatch.setattr(file_dialogs, "_last_folder", [])
    monkeypatch.chdir(tmp_path)  # the program's folder
    return folder


def choose_when_shown(path: Path) -> None:
    """The person picks `path` in the dialog about to open and presses Open/Save."""

    def pick():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog))
        pick.started_in = Path(dialog.directory().absolutePath())
        dialog.selectFile(str(path))
        dialog.accept()

    QTimer.singleShot(0, pick)
    return pick


def test_the_first_file_dialog_opens_in_documents_not_the_program_folder(qtbot, documents):
    assert Path(file_dialogs.starting_at("")) == documents
    saved = file_dialogs.starting_at("lich-su.csv")  # a bare name offered for saving
    assert Path(saved) == documents / "lich-su.csv"
    asked = str(documents.parent / "backups")
    assert file_dialogs.starting_at(asked) == asked  # a folder the page chose is kept

    dialog = file_dialogs.make_file_dialog(None, "Mở", "")
    assert Path(dialog.directory().absolutePath()) == documents
    assert Path(dialog.directory().absolutePath()) != Path(os.getcwd())
    dialog.deleteLater()


def test_the_next_dialog_opens_where_the_last_file_was_chosen(qtbot, documents, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    package = usb / "goi.skp"
    package.write_bytes(b"x")

    picked = choose_when_shown(package)
    name, _ = file_dialogs.open_file_name(None, "Chọn gói khởi tạo")
    assert Path(name) == package and picked.started_in == documents

    picked = choose_when_shown(usb / "lich-su.csv")
    path, _ = file_dialogs.save_file_name(None, "Xuất lịch sử", "lich-su.csv")
    assert picked.started_in == usb
    assert Path(path) == usb / "lich-su.csv"
