"""Where the import preview's duplicates check runs (issue 14): for a large register's file, in
a process of its own that opens the file read-only; for a headquarters on a PostgreSQL server
(no file to hand a child) and for a small register (its whole check is quicker than a process's
start), on the preview's task thread as before."""

import pytest

import db.duplicates.package_check as checks
from db.duplicates.package_check import PackageCheck, ThreadCheck, package_check

pytestmark = pytest.mark.both_engines


def test_a_small_register_is_checked_on_a_thread(node_db, tmp_path):
    check = package_check(node_db, [tmp_path / "site.skp"])
    assert isinstance(check, ThreadCheck)
    assert check.result() == {}  # a file that is not there: nothing listed


def test_a_file_is_checked_in_a_process_and_a_server_on_a_thread(node_db, tmp_path, monkeypatch):
    monkeypatch.setattr(checks, "PROCESS_FROM", 0)  # as if the register were large
    package = tmp_path / "site.skp"
    check = package_check(node_db, [package])
    try:
        if node_db.engine.url.get_backend_name() == "sqlite":
            assert isinstance(check, PackageCheck)
            assert check.database_path == str(node_db.engine.url.database)
        else:
            assert isinstance(check, ThreadCheck)
            assert check.result() == {}  # a file that is not there: nothing listed
    finally:
        check.stop()


def test_no_packages_to_check_start_nothing(node_db):
    assert package_check(node_db, []) is None
