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

from collections.abc import Iterable
from typing import Any

FALLBACK = "submitted"


def undecided_duplicates(cursor: Any, initiative_ids: Iterable[str]) -> dict[str, str]:
    """{initiative id: the status it goes back to} for those of `initiative_ids` that are
    Trùng lặp with no live "same" decision on them and their original."""
    found = {}
    for initiative_id in initiative_ids:
        row = cursor.execute(
            "SELECT duplicate_of_id FROM initiatives WHERE id = ? AND status = 'duplicate'",
            (initiative_id,),
        ).fetchone()
        if row is None:
            continue
        decisions = cursor.execute(
            "SELECT verdict, deleted, previous_status FROM duplicate_decisions "
            "WHERE initiative_id = ? AND original_id = ?",
            (initiative_id, row[0]),
        ).fetchall()
        if any(verdict == "same" and not deleted for verdict, deleted, _ in decisions):
            continue
        remembered = [before for _, _, before in decisions if before not in (None, "duplicate")]
        found[initiative_id] = remembered[0] if remembered else FALLBACK
    return found
