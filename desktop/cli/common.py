"""What every command shares: the database path, opening it with a clear error, printing."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.words import Texts, arg, said

CliCommon = Texts("CliCommon")

if TYPE_CHECKING:  # start-up speed: SQLAlchemy loads only when a command opens a database
    from db.session import Database

Shown = TypeVar("Shown")


class CliError(Exception):
    """Something the person got wrong: printed as one message, exit status 1, nothing changed."""


def default_db_path() -> Path:
    from db.paths import default_database_path  # the user data folder, never the program's

    return default_database_path()


def db_path(args: argparse.Namespace) -> Path:
    """The database file given with --db (or the default). A server address (issue 18) comes
    back as a db.postgres.ServerAddress: commands that work on files (backups) check for it."""
    given = getattr(args, "db", None)
    if not given:
        return default_db_path()
    from db.postgres import ServerAddress, is_server_address

    return ServerAddress(given) if is_server_address(given) else Path(given)  # type: ignore[return-value]


def actor_name(args: argparse.Namespace) -> str:
    """Who did it, for the audit trail: --actor if given, else the computer's user name."""
    if getattr(args, "actor", None):
        return args.actor.strip()
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


@contextmanager
def opened_database(args: argparse.Namespace, *, create: bool = False) -> Iterator[Database]:
    """The database, quick-checked and guarded (db.safe_open, issue 6): a damaged one opens
    read-only with a warning; busy, disk full or read-only errors become one message."""
    from db.fileutil import StorageError
    from db.safe_open import close_safely, open_safely
    from db.session import DatabaseError
    from desktop.cli.due_check import CheckProgress, say_if_check_due
    from desktop.startup import start_up_done

    path = db_path(args)
    try:
        database = open_safely(path, create=create, check_progress=CheckProgress(path))
    except DatabaseError as error:
        raise CliError(error) from None
    start_up_done()  # the libraries are in: the collector runs again (desktop.startup)
    warn_if_read_only(database)
    say_if_check_due(database)
    warn_if_clock_behind(database)
    try:
        yield database
    except (DatabaseError, StorageError) as error:
        raise CliError(error) from None
    finally:
        close_safely(database)


def read_rows(
    args: argparse.Namespace,
    work: Callable[[Any], Shown],
    usual: Callable[[], Shown] | None = None,
) -> Shown:
    """What `work(reader)` makes of the database's rows (db.compiled): read with sqlite3 alone
    from the compiled-SQL cache when the file needs nothing but opening (no SQLAlchemy is
    imported), else the usual way: `usual()`, or `work` given a session opened as always,
    which says whatever is to be said (a due check, a damaged file, another revision). A lookup
    that finds nothing is the person's mistake: one message. `work` returns the whole output,
    so that a file that fails under the fast reader is read again the usual way with nothing
    printed twice."""
    import sqlite3

    from db.compiled import NotCacheable, SessionReader, UsualPath, open_file_reader
    from db.engines import is_server_address

    given = getattr(args, "db", None)
    reader = None if is_server_address(given) else open_file_reader(given or default_db_path())
    try:
        if reader is not None:
            from desktop.startup import start_up_done

            start_up_done()  # the file is open: the collector runs again (desktop.startup)
            try:
                with reader:
                    return work(reader)
            except (sqlite3.Error, NotCacheable, UsualPath):
                pass  # the usual path below meets the same trouble and says what it is
        if usual is not None:
            return usual()
        with opened_database(args) as database, database.session() as session:
            return work(SessionReader(session))
    except (KeyError, IndexError):
        raise  # a mistake of the program's, not of the person's
    except LookupError as error:  # an unknown initiative, unit, phase or programme
        raise CliError(error) from None


def warn_if_read_only(database: Database) -> None:
    guard = getattr(database, "guard", None)
    if guard is not None and guard.read_only:
        print(arg(CliCommon.tr("Cảnh báo: %1"), said(guard.read_only_reason)), file=sys.stderr)


def warn_if_clock_behind(database: Database) -> None:
    from db.node import clock_behind_warning

    with database.session() as session:
        warning = clock_behind_warning(session)
    if warning:
        print(arg(CliCommon.tr("Cảnh báo: %1"), said(warning)), file=sys.stderr)


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=CliCommon.tr("in kết quả dạng JSON"))


def print_json(data: Any) -> None:
    sys.stdout.write(json_text(data))


def json_text(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"


def date_argument(text: str) -> dt.date:
    """A date on the command line, read as everywhere else (db.dates): 2023-04-14, 14/04/2023,
    14-4-2023 or 14042023 (argparse `type=`)."""
    from db.dates import parse_date, unreadable_message

    day = parse_date(text)
    message = unreadable_message(text) if day is None else None
    if message is not None and message.code == "date.two_digit_year":  # 14/4/23: four digits
        raise argparse.ArgumentTypeError(arg(CliCommon.tr("ngày không hợp lệ: %1"), said(message)))
    if day is None:
        raise argparse.ArgumentTypeError(
            arg(CliCommon.tr("ngày không hợp lệ: '%1' (viết 2023-04-14 hoặc 14/04/2023)"), text)
        )
    return day
