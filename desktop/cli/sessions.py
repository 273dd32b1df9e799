"""What the commands on records share: the database opened for reading, or for writing in one
transaction, a refused action turned into one message, who did it (for the audit trail), and the
filter of `initiative list`. Below initiative_commands.py and the commands that use it."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from db.search import fold
from db.validation import ValidationFailed
from db.vocab import STATUS
from desktop.cli.common import CliError, opened_database
from desktop.words import Texts, arg, current_language

if TYPE_CHECKING:  # start-up speed: `initiative list` may read with sqlite3 alone (db.compiled)
    from sqlalchemy.orm import Session

    from db.queries.filters import InitiativeFilter

CliInitiative = Texts("CliInitiative")  # the words of `initiative`, whose helpers these are


# ---- errors --------------------------------------------------------------------------------------


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn a refused action into one message for the person (the transaction is rolled back)."""
    from db.node import NodeNotSetUp
    from db.records import RecordError

    try:
        yield
    except ValidationFailed as failed:
        raise CliError(problems_text(failed)) from None
    except (LookupError, NodeNotSetUp, RecordError) as error:
        raise CliError(error) from None


def problems_text(failed: ValidationFailed) -> str:
    problems = failed.messages(current_language())
    if len(problems) == 1:
        return problems[0]
    return CliInitiative.tr("Dữ liệu chưa hợp lệ:") + "\n" + "\n".join(f"  - {p}" for p in problems)


@contextmanager
def writing(args: argparse.Namespace) -> Iterator[Session]:
    from db.node import this_node

    with opened_database(args) as database, user_errors(), database.transaction() as session:
        this_node(session)  # a database not set up for a unit: say how, before anything else
        yield session


@contextmanager
def reading(args: argparse.Namespace) -> Iterator[Session]:
    with opened_database(args) as database, user_errors(), database.session() as session:
        yield session


def status_code(text: str) -> str:
    """A status by its code or its Vietnamese/English label, typed with or without diacritics."""
    wanted = fold(text.strip()).replace(" ", "_")
    for term in STATUS:
        if wanted in (term.code, fold(term.vi).replace(" ", "_"), fold(term.en).replace(" ", "_")):
            return term.code
    raise CliError(
        arg(
            CliInitiative.tr("Không có trạng thái '%1'. Dùng một trong: %2."),
            text,
            ", ".join(STATUS.codes()),
        )
    )


def list_filter(session: Session, args: argparse.Namespace) -> InitiativeFilter:
    from db.queries.filters import InitiativeFilter
    from db.queries.phases import UnknownPhase, phase_id_by_code
    from db.queries.units import unit_by_code

    unit_id = unit_by_code(session, args.unit).id if args.unit else None
    phase_id = None
    if args.phase:
        try:
            phase_id = phase_id_by_code(session, args.phase)
        except UnknownPhase as error:
            raise CliError(error) from None
    status = status_code(args.status) if args.status else None
    return InitiativeFilter(
        unit_id=unit_id,
        phase_id=phase_id,
        status=status,
        search=args.search,
        include_deleted=args.deleted,
    )
