"""At import: a package that still names a merged person's old id.

A site that has not yet heard of a merge at headquarters goes on filing initiatives under the
person it knows; its package then names the merged (tombstoned) id. db/sync/apply.py calls
`repoint_merged_people` on each batch of authorships before it decides anything, so the
authorship is recorded under the person kept (aliases followed, chains included), in the preview
and in the import alike. One query per batch: the raw sqlite3 cursor the merge already uses.
The sender still holds it under the merged person, so the import stamps that change as its own
write and sends it back (Merger.correct_repointed), as it does a status it settles otherwise.
Once the package's own aliases are in, those authorships are looked at again
(`repointed_again`): the package may undo or move the alias they followed.

Two nodes merging one pair of people each way before hearing of each other leave aliases in a
loop; at the end of an import `break_alias_loops` keeps the merge first made and takes the later
as undone, where this node may (see there).

It lives in db/sync/ (not db/duplicates/, where merging people is decided) because it is part of
applying a package, and db.duplicates.incoming reads packages through db.sync: the import hook
there made the two packages import each other.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.changes import RecordWriter
from db.models import InitiativeAuthor, Person, PersonAlias, Unit
from db.node import NodeClock
from db.unit_authority import local_own_problems

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


def repointed_again(cursor: Any, repointed: dict[str, str]) -> dict[str, str]:
    """The authorships re-pointed as the import began ({id: the merged person the package
    named}), looked at again once the package's own aliases are merged: an alias it tombstones
    (a merge undone, the later of two each way) or moves makes the person kept another one. Returns
    {authorship id: the person it names now} for those to change (the person sent, when it is
    merged no more). Else the re-pointing followed an alias the same package undoes: the rig
    that undid it filed the authorship under the merged person again, for good."""
    if not repointed:
        return {}
    kept = kept_people(cursor, set(repointed.values()))
    now = {row_id: kept.get(sent, sent) for row_id, sent in repointed.items()}
    wanted, held = list(now), {}
    for start in range(0, len(wanted), IN_CHUNK):
        chunk = wanted[start : start + IN_CHUNK]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT id, person_id FROM initiative_authors WHERE id IN ({marks})"
        held.update(cursor.execute(sql, chunk).fetchall())
    return {row_id: person for row_id, person in now.items() if held.get(row_id) != person}


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


# ---- two nodes merging one pair each way ----------------------------------------------------------


@dataclass(frozen=True)
class LoopBroken:
    """A loop of merges put right: whom it named, and who made the merge taken as undone."""

    name: str  # the person kept (the people merged each way bear one name)
    undone_by: str  # the code of the unit whose node made the later merge


def break_alias_loops(session: Session, clock: NodeClock, actor: str, package_id: str):
    """Aliases that come back on themselves (headquarters merged A into B while the union,
    not knowing, merged B into A) leave both people merged away and name nobody kept. The rule,
    the same on every node from what it holds: the earlier merge holds (the one first made: by
    `_first_made`, then the alias's id); the later one is taken as undone, as `undo_merge`
    would: its person is back, the authorships it moved go back to that person, and every live
    authorship naming a person the loop still merges is filed under the person kept.

    Only what every node holds alike may decide: two nodes may break one loop at once, each on
    its own import. By the alias's newest version, a merge undone and made again meanwhile was
    the later one where it was made again and the earlier where its first version had arrived,
    and each node undid another merge: both ended undone, the duplicate live twice.

    A node undoes only a merge its parent would accept from it (the alias's unit in its tree,
    db/sync/authority.py's OWN); a node below leaves the loop as it is (`kept_people` names
    nobody kept) until the correction of the node that may arrives. Returns what was undone,
    for the import report."""
    links = dict(
        session.execute(
            select(PersonAlias.merged_id, PersonAlias.kept_id).where(
                PersonAlias.deleted.is_(False), PersonAlias.merged_id != PersonAlias.kept_id
            )
        ).all()
    )
    loops = _loops(links)
    if not loops:
        return []
    for obj in list(session.identity_map.values()):  # the merge wrote these rows in bulk
        if isinstance(obj, Person | PersonAlias | InitiativeAuthor):
            session.expire(obj)
    live = {
        alias.merged_id: alias
        for alias in session.scalars(
            select(PersonAlias).where(
                PersonAlias.merged_id.in_([p for loop in loops for p in loop]),
                PersonAlias.deleted.is_(False),
            )
        )
    }
    broken, merged_away = [], set()
    writer = RecordWriter(session, actor, package_id, clock=clock)
    for loop in ([live[p] for p in people] for people in loops):
        later = max(loop, key=lambda alias: (_first_made(alias), alias.id))
        if local_own_problems(session, later.unit_id, "merged_id"):
            continue  # not this node's to undo: the correction comes from the node that may
        _undo(session, writer, later)
        person = session.get(Person, later.merged_id)
        unit = session.scalar(select(Unit.code).where(Unit.id == later.unit_id))
        broken.append(LoopBroken(person.full_name if person else "?", unit or "?"))
        del live[later.merged_id]
        merged_away.update(a.merged_id for a in loop if a is not later)
    _file_under_kept(session, writer, live, merged_away)
    return broken


def _loops(links: dict[str, str]) -> list[list[str]]:
    """Each loop of merged -> kept among the live aliases, once, as its merged ids."""
    loops, done = [], set()
    for start in links:
        path, here = [], start
        while here in links and here not in done and here not in path:
            path.append(here)
            here = links[here]
        if here in path:
            loops.append(path[path.index(here) :])
        done.update(path)
    return loops


def _first_made(alias: PersonAlias) -> str:
    """When the merge was first made: the version of its merged person, set as the alias is
    created and never changed (the alias's id is made from it; undoing and merging again
    stamps other fields). Not the creation stamp itself: one alias created on two nodes (both
    merged one person away) keeps each node's own, while this version settles on one."""
    return (alias.field_hlc or {}).get("merged_id", alias.hlc)


def _undo(session: Session, writer: RecordWriter, alias: PersonAlias) -> None:
    """db.duplicates.people.undo_merge's writes (that module sits above db/sync/)."""
    merged = session.get(Person, alias.merged_id)
    if merged is not None:
        writer.restore(merged)
    moved = list(alias.moved_authors or [])
    for start in range(0, len(moved), IN_CHUNK):
        rows = session.scalars(
            select(InitiativeAuthor).where(InitiativeAuthor.id.in_(moved[start : start + IN_CHUNK]))
        )
        for authorship in rows:
            if authorship.person_id == alias.kept_id:
                writer.update(authorship, person_id=alias.merged_id)
    writer.delete(alias)


def _file_under_kept(
    session: Session, writer: RecordWriter, live: dict[str, PersonAlias], merged_away: set[str]
) -> None:
    """Live authorships naming a person of a broken loop still merged away go to the person
    kept."""
    for merged in sorted(merged_away):
        alias = live[merged]
        kept, seen = alias.kept_id, {merged}
        while kept in live and kept not in seen:
            seen.add(kept)
            kept = live[kept].kept_id
        if kept in seen:
            continue  # another loop, not this node's to break
        rows = session.scalars(
            select(InitiativeAuthor).where(
                InitiativeAuthor.person_id == merged, InitiativeAuthor.deleted.is_(False)
            )
        )
        for authorship in rows:
            writer.update(authorship, person_id=kept)
