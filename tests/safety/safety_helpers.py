"""Helpers for the data-safety stories: a small site database with a few initiatives."""

from __future__ import annotations

import datetime as dt
import signal
import subprocess
import sys
from pathlib import Path

from db.changes import RecordWriter
from db.models import Initiative, Person, Unit
from db.node import create_node
from db.safe_open import open_safely
from db.session import Database


def add_initiatives(database: Database, count: int, prefix: str = "VSP-2022") -> list[str]:
    """`count` initiatives of the site's unit (with one author each); returns their reg_nos."""
    with database.transaction() as session:
        writer = RecordWriter(session, "Nguyễn Thị Hoa")
        unit = session.query(Unit).filter_by(code="VSP").one()
        start = session.query(Initiative).count()
        reg_nos = []
        for number in range(start + 1, start + count + 1):
            reg_no = f"{prefix}-{number:04d}"
            writer.create(
                Initiative,
                reg_no=reg_no,
                title=f"Cải tiến quy trình bảo dưỡng máy bơm số {number}",
                solution_type="technical",
                unit_id=unit.id,
                registered_on=dt.date(2022, 3, 1),
            )
            reg_nos.append(reg_no)
        writer.create(Person, full_name=f"Trần Văn Đức {start}", unit_id=unit.id)
    return reg_nos


def make_site(path) -> Database:
    database = open_safely(path, create=True)
    with database.transaction() as session:
        node = create_node(session, "VSP")
        unit = RecordWriter(session, "setup").create(
            Unit, code="VSP", name="Công đoàn Vietsovpetro", level="subordinate"
        )
        node.unit_id = unit.id
    return database


ROOT = Path(__file__).resolve().parents[2]
HOLD_AND_WAIT = """
import sys
from db.safe_open import open_safely, run_due_check
database = open_safely(sys.argv[1], hold_lock=True, wait_s=0)
run_due_check(database)  # as the window does in the background
with database.transaction() as session:
    pass
print("open", flush=True)
sys.stdin.readline()
"""


def kill_a_window_holding(path: Path) -> None:
    """An unclean shutdown: a window that wrote and holds the database is killed (-9)."""
    window = subprocess.Popen(
        [sys.executable, "-c", HOLD_AND_WAIT, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
        text=True,
    )
    assert window.stdout.readline().strip() == "open"
    window.send_signal(signal.SIGKILL)
    window.wait(timeout=20)
