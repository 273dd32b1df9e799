"""The clerk exports the register to a USB stick that has been pulled out, or to a disk that
fills up: she reads one message, the command ends with status 1, and nothing else is printed
(no tracebacks of half-written sheets), nor left behind in the temporary folder."""

from __future__ import annotations

import errno
import gc
import sys

import pytest

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


@pytest.fixture
def unraisable(monkeypatch):
    """What Python would print as 'Exception ignored in …' while the command ends."""
    seen: list = []
    monkeypatch.setattr(sys, "unraisablehook", lambda hook: seen.append(hook.exc_value))
    return seen


def export(rig, out, capsys, unraisable) -> tuple[int, str, str]:
    code = main(["--db", str(rig), "initiative", "export", "-o", str(out)])
    gc.collect()  # the half-written sheets' streams are finalised now, if they were left open
    said = capsys.readouterr()
    assert unraisable == []
    return code, said.out, said.err


@pytest.mark.parametrize("name", ["so.xlsx", "so.csv"])
def test_an_export_to_a_folder_that_is_gone_says_so_once(rig, tmp_path, capsys, unraisable, name):
    code, out, err = export(rig, tmp_path / "usb" / "gone" / name, capsys, unraisable)
    assert code == 1
    assert out == ""
    assert err.strip().splitlines() == [
        f"Lỗi: Không tìm thấy thư mục của {tmp_path / 'usb' / 'gone' / name} (USB đã bị rút?). "
        "Hãy cắm lại hoặc chọn nơi khác."
    ]


def test_a_disk_that_fills_up_while_saving_says_so_once(
    rig, tmp_path, capsys, unraisable, monkeypatch
):
    from openpyxl import Workbook
    from openpyxl.worksheet import _writer

    def full(_workbook, _handle):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Workbook, "save", full)
    before = set(_writer.ALL_TEMP_FILES)
    code, out, err = export(rig, tmp_path / "so.xlsx", capsys, unraisable)
    assert code == 1
    assert out == "" and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert set(_writer.ALL_TEMP_FILES) == before  # the sheets' temporary files are removed
    assert not (tmp_path / "so.xlsx").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
