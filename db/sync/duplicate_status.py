"""At import: an initiative left Trùng lặp with no "same" decision in force.

A council's "same" makes the later filing Trùng lặp (db/duplicates/decisions.py) as a write of
the initiative's own status; its "different", or undoing, puts the status back. When two
councils decide one pair before hearing of each other, the decision record keeps the later
verdict (one record per pair), but a "same" that lost still left its status write behind: the
initiative stayed Trùng lặp under a "different" on every node, uncounted, with no move out of
it. So after a merge, every initiative the package touched that is Trùng lặp without a live
"same" naming it and its original goes back to the status the decisions remember (else
"submitted"), as this node's own correction (db/sync/apply.py `Merger.correct_duplicates`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

FALLBACK = "submitted"

# each Trùng lặp initiative of the ids, with every decision on it and its original (or none)
_DUPLICATES_AND_DECISIONS = (
    "SELECT i.id, d.verdict, d.deleted, d.previous_status FROM initiatives i "
    "LEFT JOIN duplicate_decisions d ON d.initiative_id = i.id "
    "AND d.original_id = i.duplicate_of_id "
    "WHERE i.status = 'duplicate' AND i.id IN ({marks}) ORDER BY i.id, d.id"
)


def undecided_duplicates(
    rows_where_in: Callable[[str, Iterable[Any]], Iterator[tuple]], initiative_ids: Iterable[str]
) -> dict[str, str]:
    """{initiative id: the status it goes back to} for those of `initiative_ids` that are
    Trùng lặp with no live "same" decision on them and their original (`rows_where_in`: the
    merge's query over the ids, a chunk at a time)."""
    decisions: dict[str, list[tuple]] = {}
    for initiative_id, verdict, deleted, before in rows_where_in(
        _DUPLICATES_AND_DECISIONS, initiative_ids
    ):
        found = decisions.setdefault(initiative_id, [])
        if verdict is not None:
            found.append((verdict, deleted, before))
    back = {}
    for initiative_id, held in decisions.items():
        if any(verdict == "same" and not deleted for verdict, deleted, _ in held):
            continue
        remembered = [before for _, _, before in held if before not in (None, "duplicate")]
        back[initiative_id] = remembered[0] if remembered else FALLBACK
    return back
