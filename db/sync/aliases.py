"""At import: a package that still names a merged person's old id.

A site that has not yet heard of a merge at headquarters goes on filing initiatives under the
person it knows; its package then names the merged (tombstoned) id. db/sync/apply.py calls
`repoint_merged_people` on each batch of authorships before it decides anything, so the
authorship is recorded under the person kept (aliases followed, chains included), in the preview
and in the import alike. One query per batch: the raw sqlite3 cursor the merge already uses.
The sender still holds it under the merged person, so the import stamps that change as its own
write and sends it back (Merger.correct_repointed), as it does a status it settles otherwise.

It lives in db/sync/ (not db/duplicates/, where merging people is decided) because it is part of
applying a package, and db.duplicates.incoming reads packages through db.sync: the import hook
there made the two packages import each other.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

IN_CHUNK = 900  # SQLite's parameter limit


class _Record(Protocol):
    id: str
    values: dict[str, Any]


def repoint_merged_people(cursor: Any, table: str, items: Iterable[_Record]) -> dict[str, str]:
    """Authorships naming a merged person name the person kept instead (in place); returns
    {authorship id: the merged person it named} of those re-pointed (the sender still holds
    them so)."""
    if table != "initiative_authors":
        return {}
    items = list(items)
    kept = kept_people(cursor, {item.values.get("person_id") for item in items} - {None})
    repointed = {}
    for item in items:
        person_id = item.values.get("person_id")
        if kept.get(person_id, person_id) != person_id:  # a chain may come back to itself
            item.values["person_id"] = kept[person_id]
            repointed[item.id] = person_id
    return repointed


def kept_people(cursor: Any, person_ids: set[str]) -> dict[str, str]:
    """{merged id: the id it is known by now} for those of `person_ids` merged (live aliases).
    A chain that comes back on itself (two nodes merged the same two people each into the
    other before hearing of it) names nobody kept: such an id is left as it was sent, on
    every node alike."""
    first = _aliases(cursor, person_ids)
    links = dict(first)
    further = set(first.values()) - links.keys()
    for _ in range(8):  # a person merged into one merged later: follow the chain
        if not further:
            break
        step = _aliases(cursor, further)
        links.update(step)
        further = set(step.values()) - links.keys()
    found = {}
    for merged in first:
        seen, kept = {merged}, links[merged]
        while kept in links and kept not in seen:
            seen.add(kept)
            kept = links[kept]
        if kept not in seen:
            found[merged] = kept
    return found


def _aliases(cursor: Any, ids: set[str]) -> dict[str, str]:
    wanted = list(ids)
    found: dict[str, str] = {}
    for start in range(0, len(wanted), IN_CHUNK):
        chunk = wanted[start : start + IN_CHUNK]
        marks = ",".join("?" * len(chunk))
        sql = (
            "SELECT merged_id, kept_id FROM person_aliases "
            f"WHERE NOT deleted AND merged_id IN ({marks})"
        )
        found.update(cursor.execute(sql, chunk).fetchall())
    return {merged: kept for merged, kept in found.items() if merged != kept}
