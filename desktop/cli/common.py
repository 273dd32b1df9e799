"""What every command shares: the database path, opening it with a clear error, printing."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from db.session import Database, DatabaseError, open_database


class CliError(Exception):
    """Something the person got wrong: printed as one message, exit status 1, nothing changed."""


def default_db_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("SangKien", appauthor=False) / "sangkien.db"


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else default_db_path()


@contextmanager
def opened_database(args: argparse.Namespace, *, create: bool = False) -> Iterator[Database]:
    try:
        database = open_database(db_path(args), create=create)
    except DatabaseError as error:
        raise CliError(str(error)) from None
    try:
        yield database
    finally:
        database.close()


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="in kết quả dạng JSON")


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
