"""Two clerks editing the same initiative (issue 18, a headquarters on a server): the optimistic
check on saving.

A form remembers `seen_version(initiative)` when it loads the record (the newest stamp on it).
Saving with that version, a field this clerk changes that someone else has changed since (its
stamp is newer than the version seen, and the stored value differs from the one being saved) is
refused, naming the field, the value now stored, who changed it and when: nothing is overwritten
silently. Fields nobody else touched save as usual, so two clerks editing different fields of one
initiative both land.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.audit import FIELDS
from db.messages import Message
from db.models import AuditEntry, SyncedMixin
from db.validation import Problem, ValidationFailed

RECENT_AUDIT = 200  # the row's latest audit entries searched for who changed a field


class EditedMeanwhile(ValidationFailed):
    """Someone else saved these fields after this clerk loaded the record."""


def seen_version(row: SyncedMixin) -> str:
    """The newest stamp on the row: what a form keeps from loading it."""
    return max([row.hlc or "", *(row.field_hlc or {}).values()])


def raise_if_edited_meanwhile(
    session: Session, row: SyncedMixin, values: dict[str, Any], seen: str
) -> None:
    versions = row.field_hlc or {}
    clashes = [
        name
        for name, value in values.items()
        if versions.get(name, row.hlc) > seen and getattr(row, name) != value
    ]
    if clashes:
        raise EditedMeanwhile([_problem(session, row, name) for name in clashes])


def _problem(session: Session, row: SyncedMixin, name: str) -> Problem:
    who, when = _last_change(session, row, name)
    now = getattr(row, name)
    field = FIELDS.term(name)  # "Tên sáng kiến" / "Title", as the audit trail names it
    said = Message("edit.meanwhile_named", field=field, who=who, when=when, now=repr(now))
    return Problem.said(name, "edited_meanwhile", said)


def _last_change(session: Session, row: SyncedMixin, name: str) -> tuple[str | Message, str]:
    entries = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.table_name == row.__tablename__, AuditEntry.row_id == row.id)
        .order_by(AuditEntry.id.desc())
        .limit(RECENT_AUDIT)
    )
    for entry in entries:
        if name in (entry.changes or {}):
            who = Message("edit.by_package", actor=entry.actor) if entry.package_id else entry.actor
            return who, f"{entry.at:%H:%M:%S %d/%m/%Y}"
    return "?", "?"
