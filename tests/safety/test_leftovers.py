"""A program killed while writing leaves a temporary file; the window sweeps old ones away when it
next opens the database, and leaves a young one (another program may still be writing it)."""

from __future__ import annotations

import os
import time

from db.backup import backups_folder
from db.fileutil import TEMP_SUFFIX
from db.safe_open import close_safely, open_safely


def test_the_window_sweeps_away_what_a_killed_program_left_behind(site_db):
    path = site_db.path
    close_safely(site_db)
    backups = backups_folder(path)
    backups.mkdir(exist_ok=True)
    old_package = path.parent / f".goi.skp{TEMP_SUFFIX}"
    old_backup = backups / f".sangkien-2026.db{TEMP_SUFFIX}"
    young_pdf = path.parent / f".giay.pdf{TEMP_SUFFIX}"
    for leftover in (old_package, old_backup, young_pdf):
        leftover.write_bytes(b"half written")
    two_hours_ago = time.time() - 7200
    for leftover in (old_package, old_backup):
        os.utime(leftover, (two_hours_ago, two_hours_ago))

    database = open_safely(path, hold_lock=True, program="SángKiến (cửa sổ chính)")
    close_safely(database)

    assert not old_package.exists() and not old_backup.exists()
    assert young_pdf.exists()
    assert path.exists()


def test_a_command_that_only_reads_sweeps_nothing(site_db):
    path = site_db.path
    close_safely(site_db)
    old_package = path.parent / f".goi.skp{TEMP_SUFFIX}"
    old_package.write_bytes(b"half written")
    two_hours_ago = time.time() - 7200
    os.utime(old_package, (two_hours_ago, two_hours_ago))

    close_safely(open_safely(path))

    assert old_package.exists()
