"""Who may change what, checked on every record of a package from a child node.

A package from this node's parent is trusted: the parent relays the root's reference data and
the decisions of every level above us. A package from a child may change only:

* units, unit names and targets of the sender's own unit and the units below it (a unit cannot
  be moved out of the sender's tree, and the sender cannot move its own unit);
* people of those units (a new person of another unit may be created: a co-author);
* initiatives of those units, and their authors, reviews, certificates and attachments;
* reviews and certificates only at the sender's level or below (a site or base union: base
  level; a subordinate union: subordinate; only the industry union: industry level);
* never phases or fields: they come only from the root.

Only what a record would change is checked: a record that changes nothing here (unchanged, or
older than ours) is never refused. What falls outside is refused with the reason and listed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

REVIEW_RANK = {"base": 0, "subordinate": 1, "industry": 2}
UNIT_RANK = {"site": 0, "base": 0, "subordinate": 1, "industry": 2}
ROOT_ONLY = ("phases", "fields")
UNIT_OWNED = ("unit_names", "targets", "people", "initiatives", "person_aliases")
INITIATIVE_OWNED = ("initiative_authors", "reviews", "certificates", "attachments")


@dataclass
class UnitTree:
    """The unit tree as the merge goes: local units, then units accepted from the package."""

    parents: dict[str, str | None]
    codes: dict[str, str] = field(default_factory=dict)

    def ancestors(self, unit_id: str | None) -> list[str]:
        chain: list[str] = []
        while unit_id is not None and unit_id not in chain:
            chain.append(unit_id)
            unit_id = self.parents.get(unit_id)
        return chain

    def within(self, unit_id: str | None, top: str) -> bool:
        return unit_id is not None and top in self.ancestors(unit_id)


@dataclass
class Authority:
    """The sender's reach: its unit, its level, and the tree to test membership in."""

    unit_id: str
    unit_code: str
    rank: int
    tree: UnitTree

    def within(self, unit_id: str | None) -> bool:
        return self.tree.within(unit_id, self.unit_id)

    def outside(self, what: str) -> str:
        return (
            f"{what} không thuộc đơn vị {self.unit_code} hay các đơn vị cấp dưới của nó "
            f"(outside the sender's units)"
        )

    def check(
        self,
        table: str,
        local: dict[str, Any] | None,
        final: dict[str, Any],
        row_id: str,
        owner_of: Callable[[str | None], str | None],
    ) -> str | None:
        """None if the sender may write `final` over `local` (None: a new row); else the reason."""
        if table in ROOT_ONLY:
            return "giai đoạn và lĩnh vực chỉ cấp ngành sửa được (phases and fields: root only)"
        if table == "units":
            return self._unit(local, final, row_id)
        if table in UNIT_OWNED:
            return self._owned(table, local, final, lambda values: values.get("unit_id"))
        if table == "duplicate_decisions":  # like a review: a council owning both sides
            sides = (owner_of(final.get("initiative_id")), owner_of(final.get("original_id")))
            if not all(self.within(unit) for unit in (final.get("unit_id"), *sides)):
                return self.outside("Quyết định trùng lặp")
            return self._level(table, final)
        if table in INITIATIVE_OWNED:
            reason = self._owned(
                table, local, final, lambda values: owner_of(values.get("initiative_id"))
            )
            return reason or self._level(table, final)
        return None

    def _unit(self, local: dict[str, Any] | None, final: dict[str, Any], row_id: str) -> str | None:
        if row_id == self.unit_id:
            if local is not None and final.get("parent_id") != local.get("parent_id"):
                return "đơn vị không tự chuyển mình sang cấp trên khác (cannot move its own unit)"
            return None
        if local is not None and not self.within(row_id):
            return self.outside("Đơn vị")
        if not self.within(final.get("parent_id")):
            return self.outside("Đơn vị cấp trên mới")
        return None

    def _owned(self, table, local, final, owner: Callable[[dict], str | None]) -> str | None:
        if table == "people":
            return self._person(local, final)
        for values in (local, final):
            if values is not None and not self.within(owner(values)):
                return self.outside("Bản ghi")
        return None

    def _person(self, local: dict[str, Any] | None, final: dict[str, Any]) -> str | None:
        if local is None:
            return None  # a new person may be recorded, even of another unit (a co-author)
        for values in (local, final):
            unit_id = values.get("unit_id")
            if unit_id is not None and not self.within(unit_id):
                return self.outside("Tác giả")
        return None

    def _level(self, table: str, final: dict[str, Any]) -> str | None:
        if table not in ("reviews", "certificates", "duplicate_decisions"):
            return None
        rank = REVIEW_RANK.get(final.get("level") or "", 99)
        if rank > self.rank:
            return (
                f"cấp xét duyệt/chứng nhận '{final.get('level')}' cao hơn cấp của đơn vị "
                f"{self.unit_code} (above the sender's level)"
            )
        return None
