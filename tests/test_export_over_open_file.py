"""The clerk exports the register (or a report) over last month's file, still open in Excel: on
Windows the file cannot be replaced; she is told to close it, not to ask for permissions, and
last month's file is as it was."""

from __future__ import annotations

import errno
import os

import pytest

import db.fileutil as fileutil
from db.reference import init_node
from db.session import open_database
from desktop.__main__ import main


@pytest.fixture
def rig(tmp_path):
    path = tmp_path / "vsp.db"
    database = open_database(path, create=True)
    init_node(database, "VSP")
    database.close()
    return path


def hold_open_files(monkeypatch) -> None:
    def replace(temp, path):
        if os.path.exists(path):  # what Windows does while another program holds it
            raise PermissionError(errno.EACCES, "Access is denied", str(temp), None, str(path))
        os.rename(temp, path)

    monkeypatch.setattr(fileutil.os, "replace", replace)


@pytest.mark.parametrize(
    "command", [["initiative", "export"], ["report", "progress"], ["initiative", "template"]]
)
def test_a_file_open_in_excel_is_named_as_open(rig, tmp_path, capsys, monkeypatch, command):
    hold_open_files(monkeypatch)
    out = tmp_path / "thang-truoc.xlsx"
    out.write_bytes(b"last month")
    code = main(["--db", str(rig), *command, "-o", str(out)])
    said = capsys.readouterr().err
    assert code == 1
    assert "đang mở trong chương trình khác" in said and "Đóng tệp đó rồi lưu lại" in said
    assert out.read_bytes() == b"last month"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_folder_that_cannot_be_written_is_not_blamed_on_an_open_file(tmp_path, monkeypatch):
    from db.fileutil import StorageError, write_bytes_atomic

    out = tmp_path / "thang-truoc.xlsx"
    out.write_bytes(b"last month")

    def refuse(*_args):  # the temporary file cannot be made: the folder is read-only
        raise PermissionError(errno.EACCES, "Permission denied", str(out) + ".tmp")

    monkeypatch.setattr(fileutil.os, "replace", refuse)
    with pytest.raises(StorageError) as refused:
        write_bytes_atomic(out, b"this month")
    assert "Không có quyền ghi" in str(refused.value)
