"""Every change a person makes goes through a `RecordWriter`: it stamps the changed fields with the
node's clock, gives the row a new local sequence number (so the next export carries it), keeps the
tombstone instead of deleting, and writes the audit trail. One writer per user action/transaction.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from db.hlc import ZERO_STAMP
from db.models import AuditEntry, SyncedMixin
from db.money import json_value
from db.node import NodeClock, this_node, utcnow
from db.search import nfc

Row = TypeVar("Row", bound=SyncedMixin)


class RecordWriter:
    def __init__(
        self,
        session: Session,
        actor: str = "",
        package_id: str | None = None,
        clock: NodeClock | None = None,
    ) -> None:
        self.session = session
        self.actor = actor or "?"
        self.package_id = package_id
        # the node's row locked: one writer at a time on a server; a clerk is told, not frozen,
        # while an import or a batch holds it (db.node_lock)
        self.clock = clock or NodeClock(this_node(session, lock=True, briefly=True))

    def create(self, model: type[Row], **values: Any) -> Row:
        values = {k: nfc(v) for k, v in values.items()}
        row = model(**values, hlc=self.clock.tick(), seq=self.clock.next_seq())
        if getattr(row, "deleted", None) is None:
            row.deleted = False
        self.session.add(row)
        self.session.flush()
        self._audit("create", row, {k: [None, json_value(v)] for k, v in values.items()})
        return row

    def update(self, row: SyncedMixin, **values: Any) -> dict[str, list[Any]]:
        """Set the fields that differ; returns {field: [old, new]} (empty if nothing changed).
        A placeholder (version ZERO_STAMP, db/sync/apply.py) set to its own value is a change:
        a person's word replaces what this node only assumed, and travels on."""
        changed: dict[str, list[Any]] = {}
        versions = row.field_hlc or {}
        for field, value in values.items():
            value = nfc(value)
            old = getattr(row, field)
            if old != value or versions.get(field) == ZERO_STAMP:
                changed[field] = [json_value(old), json_value(value)]
                setattr(row, field, value)
        if changed:
            self._stamp(row, changed)
            self._audit("update", row, changed)
        return changed

    def delete(self, row: SyncedMixin) -> None:
        """A tombstone: the row stays (so it can be restored), marked deleted with a new version."""
        if not row.deleted:
            row.deleted = True
            self._stamp(row, {"deleted": [False, True]})
            self._audit("delete", row, {"deleted": [False, True]})

    def restore(self, row: SyncedMixin) -> None:
        if row.deleted:
            row.deleted = False
            self._stamp(row, {"deleted": [True, False]})
            self._audit("restore", row, {"deleted": [True, False]})

    def _stamp(self, row: SyncedMixin, changed: dict[str, list[Any]]) -> None:
        stamp = self.clock.tick()
        versions = dict(row.field_hlc or {})
        versions.update({field: stamp for field in changed})
        row.field_hlc = versions
        row.seq = self.clock.next_seq()
        self.session.flush()

    def _audit(self, action: str, row: SyncedMixin, changes: dict[str, list[Any]]) -> None:
        self.session.add(
            AuditEntry(
                at=utcnow(),
                actor=self.actor,
                action=action,
                table_name=row.__tablename__,
                row_id=row.id,
                changes=changes,
                package_id=self.package_id,
            )
        )
