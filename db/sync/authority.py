"""Who may change what: one table, checked on every record of a package from a child node and on
the local PC alike.

The sender's reach comes only from what the receiver already knows: the unit it pinned for the
sending node when it was enrolled (looked up by the verified node id, never the manifest), the
unit tree and the levels as this node holds them. A package from this node's parent is trusted:
the parent relays the root's reference data and the decisions of every level above us.

RULES says, for every synced table and field, who may change it in a child's package:

* OWN     the record's unit (an initiative's, for its authors, reviews, certificates and
          attachments) lies in the sender's tree: the sender's unit or a unit below it;
* ABOVE   only a node above the record's unit: the unit lies strictly below the sender's unit
          (a unit's code, name, parent and level; its targets; its name history), so no node
          changes its own unit, level or targets;
* ROOT    only the root (headquarters): never from a child (phases, fields);
* LEVEL   OWN, and the record's level is at most the sender's level (reviews, certificates);
* DERIVED never taken as sent: recomputed here from the reviews and certificates this node holds
          (db/recognition.py): an initiative's recognition status and recognised_on.

People belong to the unit that created them: a child may edit a person of its tree only; a
person with no unit (made before this rule) is the root's. A new person of another unit may be
recorded (a co-author from elsewhere).

Only what a record would change is checked: a record that changes nothing here (unchanged, or
older than ours) is never refused. What falls outside is refused with the field and the reason.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from db.messages import Message
from db.unit_authority import REVIEW_RANK, UnitTree
from db.unit_authority import UNIT_RANK as UNIT_RANK  # db/sync/importer.py reads it here
from db.vocab import REVIEW_LEVEL

OWN, ABOVE, ROOT, LEVEL, DERIVED = "own", "above", "root", "level", "derived"

# a certificate this sender issued for a recognition at another level than its own
LEVEL_CODE = "authority.certificate_level"

# The statuses that only a review or a certificate makes (db/recognition.py derives them).
DECISION_STATUSES = ("recognised", "not_recognised", "certified")


def _table(default: str, **fields: str) -> dict[str, str]:
    return {"*": default, **fields}


# table -> field -> who may change it ("*": every field not named). The one place it is said.
RULES: dict[str, dict[str, str]] = {
    "units": _table(
        OWN, code=ABOVE, name=ABOVE, short_name=ABOVE, parent_id=ABOVE, level=ABOVE, deleted=ABOVE
    ),
    "unit_names": _table(ABOVE),
    "phases": _table(ROOT),
    "fields": _table(ROOT),
    "targets": _table(ABOVE),
    "people": _table(OWN),
    "initiatives": _table(OWN, status=OWN, recognised_on=DERIVED),
    "initiative_authors": _table(OWN),
    "reviews": _table(LEVEL),
    "certificates": _table(LEVEL),
    "attachments": _table(OWN),
    "programmes": _table(OWN),
    "duplicate_decisions": _table(LEVEL),
    "person_aliases": _table(OWN),
    # the programme's owner unit: only its node or one above it counts an initiative in or out
    "programme_overrides": _table(OWN),
}
# Values of an OWN field that are nevertheless DERIVED: a child's package never sets them; the
# receiver recomputes them from the reviews and certificates it holds (db/recognition.py).
DERIVED_VALUES: dict[tuple[str, str], tuple[str, ...]] = {
    ("initiatives", "status"): DECISION_STATUSES,
}
# How a record finds its unit: a field of its own, the row itself, or its initiative's unit.
UNIT_OF = {
    "units": "self",
    "unit_names": "unit_id",
    "targets": "unit_id",
    "people": "unit_id",
    "initiatives": "unit_id",
    "initiative_authors": "initiative",
    "reviews": "initiative",
    "certificates": "initiative",
    "attachments": "initiative",
    "programmes": "owner_unit_id",
    "duplicate_decisions": "unit_id",
    "person_aliases": "unit_id",
    "programme_overrides": "unit_id",
}


def rule(table: str, name: str) -> str:
    rules = RULES[table]
    return rules.get(name, rules["*"])


def rules_table() -> list[tuple[str, str, str]]:
    """(table, field, rule) for every synced field: the table the documentation prints."""
    from db.models import SYNCED_MODELS

    return [
        (model.__tablename__, name, rule(model.__tablename__, name))
        for model in SYNCED_MODELS
        for name in model.synced_fields()
    ]


@functools.lru_cache(maxsize=4096)
def rule_kinds(table: str, changed: tuple[str, ...]) -> dict[str, str]:
    """{rule: the first changed field under it}: the same for every new row of a table (all
    its fields), so worked out once."""
    return {rule(table, f): f for f in reversed(changed)}


_NEW_ROW_KINDS: dict[str, tuple[frozenset[str], dict[str, str]]] = {}


def new_row_kinds(table: str, final: dict[str, Any]) -> dict[str, str]:
    """rule_kinds of a new row. Its fields are its table's every field in column order (the
    merge completes a new row with the columns' defaults, db/sync/codec.py `complete`), the
    same for every new row of a table: worked out once per table (and again should a row's
    fields ever differ)."""
    known = _NEW_ROW_KINDS.get(table)
    if known is not None and final.keys() == known[0]:
        return known[1]
    kinds = rule_kinds(table, tuple(final))
    _NEW_ROW_KINDS[table] = (frozenset(final), kinds)
    return kinds


def changed_fields(local: dict[str, Any] | None, final: dict[str, Any]) -> list[str]:
    if local is None:
        return list(final)
    return [f for f in final if final[f] != local.get(f)]


@dataclass
class Authority:
    """The sender's reach: its pinned unit, that unit's level here, and the tree."""

    unit_id: str
    unit_code: str
    rank: int
    tree: UnitTree

    # whether each unit is within the sender's reach, as the tree stands (a merge asks for every
    # record, of a few hundred units): forgotten whenever the merge changes the tree
    _within: dict[str | None, bool] = field(default_factory=dict, repr=False, compare=False)

    def within(self, unit_id: str | None) -> bool:
        known = self._within.get(unit_id)
        if known is None:
            known = self._within[unit_id] = self.tree.within(unit_id, self.unit_id)
        return known

    def tree_changed(self) -> None:
        """Forget what `within` worked out: a unit of the tree was added or moved."""
        self._within.clear()

    def below(self, unit_id: str | None) -> bool:
        return unit_id != self.unit_id and self.within(unit_id)

    def outside(self, what: str) -> Message:
        return Message("authority.outside", what=Message(what), unit=self.unit_code)

    def check(
        self,
        table: str,
        local: dict[str, Any] | None,
        final: dict[str, Any],
        row_id: str,
        owner_of: Callable[[str | None], str | None],
    ) -> tuple[str, Message] | None:
        """None if the sender may write `final` over `local` (None: a new row); else the field
        and the reason."""
        if table == "duplicate_decisions":  # like a review, by a council owning both sides
            sides = (owner_of(final.get("initiative_id")), owner_of(final.get("original_id")))
            if not all(self.within(unit) for unit in sides if unit is not None):
                return "initiative_id", self.outside("authority.what.duplicate_decision")
        if local is None:  # a new row: every field is "changed", the same for every row
            units = [None, self._unit_of(table, final, row_id, owner_of)]
            kinds = new_row_kinds(table, final)
        else:
            units = [self._unit_of(table, values, row_id, owner_of) for values in (local, final)]
            kinds = rule_kinds(table, tuple(changed_fields(local, final)))
        for kind, name in kinds.items():
            reason = self._check_rule(table, kind, name, local, final, units)
            if reason:
                return self._field_at_fault(table, kind, name, reason), reason
        return None

    def _field_at_fault(self, table: str, kind: str, name: str, reason: Message) -> str:
        """The field a person should look at: the level of a review above the sender's, the
        unit of a record outside its tree, else the first field changed under that rule."""
        if kind == LEVEL and reason.code in ("authority.level_too_high", LEVEL_CODE):
            return "level"
        if kind in (OWN, LEVEL):
            how = UNIT_OF.get(table)
            return {"initiative": "initiative_id", "unit_id": "unit_id"}.get(how or "", name)
        return name

    def _unit_of(self, table, values, row_id, owner_of) -> str | None:
        if values is None:
            return None
        how = UNIT_OF.get(table)
        if how is None:
            return None
        if how == "self":
            return row_id
        if how == "initiative":
            return owner_of(values.get("initiative_id"))
        return values.get(how)

    def _check_rule(self, table, kind, name, local, final, units) -> Message | None:
        if kind == ROOT:
            return Message("authority.root_only")
        if kind == DERIVED:
            return None  # taken for now, then recomputed from reviews/certificates here
        if kind == ABOVE:
            return self._above(table, local, final, units)
        reason = self._own(table, local, units)
        if reason is None and kind == LEVEL:
            return self._level(table, final, new=local is None)
        return reason

    def _own(self, table: str, local, units: list[str | None]) -> Message | None:
        old, new = units
        if table == "people" and local is None:
            return None  # a new person may be recorded, even of another unit (a co-author)
        if table == "units":
            old = old if local is not None else None
            new = new if local is not None else None
        for unit_id in (old, new):
            if (unit_id is not None or table == "people") and not self.within(unit_id):
                what = "authority.what.person" if table == "people" else "authority.what.record"
                return self.outside(what)
        return None

    def _above(self, table: str, local, final, units: list[str | None]) -> Message | None:
        old, new = units
        if table == "units":
            if local is not None and not self.below(old):
                return Message("authority.unit_from_above", unit=self.unit_code)
            if not self.within(final.get("parent_id")):
                return self.outside("authority.what.new_parent")
            return None
        for unit_id in (old, new):
            if unit_id is not None and not self.below(unit_id):
                return Message("authority.unit_above_only", unit=self.unit_code)
        return None

    def _level(self, table: str, final: dict[str, Any], new: bool) -> Message | None:
        rank = REVIEW_RANK.get(final.get("level") or "", 99)
        if rank > self.rank:
            return Message(
                "authority.level_too_high", level=final.get("level"), unit=self.unit_code
            )
        # a certificate is issued at the level that recognised (db/certificates.py); one held
        # here already (issued before that rule) may still be reprinted
        own = table == "certificates" and new and final.get("issuer_unit_id") == self.unit_id
        if own and rank != self.rank:
            level = REVIEW_LEVEL.term(final.get("level")).lowered()
            return Message(LEVEL_CODE, level=level, unit=self.unit_code)
        return None
