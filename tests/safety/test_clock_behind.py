"""A PC whose clock is behind the newest change it has seen warns its clerk at start, in the
window and on the command line (issue 10, finding 12)."""

from __future__ import annotations

import sqlite3

from db.hlc import wall_clock_ms
from db.node import clock_behind_warning
from db.safe_open import close_safely
from desktop.__main__ import main

TWO_DAYS_MS = 2 * 24 * 3600 * 1000


def seen_a_change_from(path, ms_ahead: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE node SET hlc_wall = ?", (wall_clock_ms() + ms_ahead,))
    conn.commit()
    conn.close()


def test_the_command_line_warns_when_the_clock_is_behind(site_db, capsys):
    path = site_db.path
    close_safely(site_db)
    assert main(["--db", str(path), "initiative", "list"]) == 0
    assert "Đồng hồ" not in capsys.readouterr().err
    seen_a_change_from(path, TWO_DAYS_MS)
    assert main(["--db", str(path), "initiative", "list"]) == 0
    err = capsys.readouterr().err
    assert "Đồng hồ của máy này đang chậm khoảng 2 ngày" in err and "(" not in err
    assert main(["--lang", "en", "--db", str(path), "initiative", "list"]) == 0
    err = capsys.readouterr().err
    assert "This PC's clock is about 2 days behind" in err and "Set the date and time" in err


def test_a_few_minutes_of_difference_is_not_worth_a_warning(site_db):
    with site_db.session() as session:
        now = wall_clock_ms()
        assert clock_behind_warning(session, now_ms=now + TWO_DAYS_MS) is None
    seen_a_change_from(site_db.path, 60_000)
    with site_db.session() as session:
        assert clock_behind_warning(session) is None


def test_the_window_warns_at_start_without_blocking(qtbot, site_db):
    from PySide6.QtWidgets import QMainWindow

    from desktop.app import warn_if_clock_behind

    seen_a_change_from(site_db.path, 3 * 3600 * 1000)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    box = warn_if_clock_behind(window, site_db)
    assert box is not None and box.isVisible()
    assert "chậm khoảng 3 giờ" in box.informativeText()
    assert "Đồng hồ của máy chậm" in window.statusBar().currentMessage()
    box.close()
