"""A clerk's action on a server waits for the node's row only briefly (issue 18).

Every save takes the node's row FOR UPDATE for its clock and change sequence: other clerks'
saves hold it for milliseconds, but a package import or a batch of certificates holds it until
its one transaction ends, minutes for a large one. A window waiting that long looks frozen, so
a clerk's action waits BRIEF_WAIT_MS, then is refused with who is busy (an import, or another
large task) and nothing saved; the form keeps what was typed. Imports themselves wait as long
as it takes (db.sync takes the row without this). Beside db.node, not in db.postgres: the
package db.postgres sits above db.node (it migrates), so the import lock's key is written here
again (tests check it is db.postgres.merge_rows.IMPORT_LOCK).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from db.fileutil import DatabaseError
from db.messages import Message

BRIEF_WAIT_MS = 5000
IMPORT_LOCK = 0x5A4E_1818  # db.postgres.merge_rows.IMPORT_LOCK: one package import at a time
LOCK_NOT_AVAILABLE = "55P03"  # SQLSTATE of a lock_timeout


def lock_node_briefly(session: Session, query: Any) -> Any:
    """The node row by `query` (a SELECT … FOR UPDATE), or a DatabaseError saying who holds it."""
    try:
        with session.begin_nested():
            session.execute(text(f"SET LOCAL lock_timeout = {int(BRIEF_WAIT_MS)}"))
            node = session.scalar(query)
    except OperationalError as error:
        if getattr(error.orig, "sqlstate", None) != LOCK_NOT_AVAILABLE:
            raise
        raise DatabaseError(Message(_who_is_busy(session))) from None
    session.execute(text("SET LOCAL lock_timeout TO DEFAULT"))  # the rest waits as it always did
    return node


def _who_is_busy(session: Session) -> str:
    importing = session.scalar(
        text(
            "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted "
            "AND classid = :high AND objid = :low AND objsubid = 1 "
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()))"
        ),
        {"high": IMPORT_LOCK >> 32, "low": IMPORT_LOCK & 0xFFFFFFFF},
    )
    return "server.busy_importing" if importing else "server.busy_writing"
