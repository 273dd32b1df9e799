"""What a person is shown: initiatives like the one being typed, pairs to decide, and incoming
initiatives of a package like one already here.

* `similar_initiatives`: the title index's best hits (any unit), with unit, number, date, score;
  the essence, when typed, confirms or weakens a hit.
* `candidate_pairs`: pairs sharing an author (same folded name) whose titles are alike, best
  first; decided pairs and duplicates already marked are left out. Blocking on the author: two
  filings of one initiative name the same people (the same person typed twice at two sites
  folds to the same name). The pairs are stored and kept up to date by sequence numbers
  (db.duplicates.stored_pairs), so listing them reads a table instead of the whole register.
* `incoming_similar`: for an import preview, each new initiative of a package alike to one here
  from another unit (nothing is merged: the person decides on the Duplicates page).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process
from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session

from db.duplicates.decisions import first_filed
from db.duplicates.distinct_titles import ESSENCES_KEPT, DistinctTitles
from db.duplicates.index import Entry
from db.duplicates.index_cache import title_index
from db.duplicates.matching import folded_title, pair_score, text_score
from db.duplicates.stored_pairs import (
    StoredPair,
    best_pairs,
    folded_name,
    pairs_behind,
    stored_pairs,
    unstored_pairs,
    update_candidates,
)
from db.models import DuplicateDecision, Initiative, InitiativeAuthor, Person, Unit
from db.progress import IsCancelled, OnProgress
from db.queries.units import subtree_ids
from db.session import Database

SIMILAR_MIN = 60.0  # below this a title is not shown beside the form
# "Probably the same": at least PROBABLE and within NEAR_BEST of the best hit (measured in
# tests/benchmarks/bench_duplicates.py: the demo's titles come from patterns, and a sibling of
# the same pattern scores in the 80s too, but further below the true copy).
PROBABLE = 80.0
NEAR_BEST = 6.0
PAIR_MIN = 80.0  # below this a pair is not proposed
# At import: distinct titles fully scored per incoming title, and initiatives kept of the best
# (db.duplicates.distinct_titles; measured by tests/benchmarks/bench_duplicates.py's import
# recall over 2,000 retyped copies: the likeliest 10 hold the copy 0.976 of the time, 6 0.967,
# 5 0.963, 4 0.954; six would cost 0.8 of ten but flag 4% fewer of a package of new titles).
IMPORT_SEARCH = (10, 5)


@dataclass(frozen=True)
class InitiativeCard:
    """One side of a pair, as a person compares them."""

    id: str
    reg_no: str
    title: str
    unit_code: str
    registered_on: dt.date
    first_applied_on: dt.date | None
    status: str
    authors: tuple[str, ...]
    essence: str | None


@dataclass(frozen=True)
class Similar:
    card: InitiativeCard
    score: float
    probable: bool = False  # probably the same initiative (see PROBABLE)


@dataclass(frozen=True)
class CandidatePair:
    original: InitiativeCard  # the earlier filing
    later: InitiativeCard
    score: float
    title_score: float
    essence_score: float | None
    shared_authors: tuple[str, ...]


@dataclass(frozen=True)
class DecidedPair:
    """A decision a person made (here or at another node), as the Duplicates page lists it."""

    original: InitiativeCard
    later: InitiativeCard
    verdict: str  # "same" | "different"
    decided_on: dt.date


def decided_pairs(session: Session, limit: int = 200) -> list[DecidedPair]:
    """The decisions in force, newest first: what a person can reverse on the Duplicates page
    on any later day (not only in the sitting that made them)."""
    rows = session.execute(
        select(
            DuplicateDecision.original_id,
            DuplicateDecision.initiative_id,
            DuplicateDecision.verdict,
            DuplicateDecision.decided_on,
        )
        .where(DuplicateDecision.deleted.is_(False))
        .order_by(DuplicateDecision.decided_on.desc(), DuplicateDecision.id)
        .limit(limit)
    ).all()
    found = cards(session, [i for row in rows for i in row[:2]])
    return [
        DecidedPair(found[original], found[later], verdict, decided_on)
        for original, later, verdict, decided_on in rows
        if original in found and later in found
    ]


def cards(session: Session, ids: Iterable[str]) -> dict[str, InitiativeCard]:
    """The initiatives as a person compares them (in chunks: SQLite's parameter limit)."""
    wanted = list(dict.fromkeys(ids))
    found: dict[str, InitiativeCard] = {}
    for start in range(0, len(wanted), 900):
        found.update(_cards(session, wanted[start : start + 900]))
    return found


def _cards(session: Session, wanted: list[str]) -> dict[str, InitiativeCard]:
    names: dict[str, list[str]] = defaultdict(list)
    author_rows = session.execute(
        select(InitiativeAuthor.initiative_id, Person.full_name)
        .join(Person, Person.id == InitiativeAuthor.person_id)
        .where(InitiativeAuthor.initiative_id.in_(wanted), InitiativeAuthor.deleted.is_(False))
        .order_by(InitiativeAuthor.ordinal)
    )
    for initiative_id, name in author_rows:
        names[initiative_id].append(name)
    rows = session.execute(
        select(
            Initiative.id,
            Initiative.reg_no,
            Initiative.title,
            Unit.code,
            Initiative.registered_on,
            Initiative.first_applied_on,
            Initiative.status,
            Initiative.essence,
        )
        .join(Unit, Unit.id == Initiative.unit_id, isouter=True)
        .where(Initiative.id.in_(wanted))
    )
    return {
        row[0]: InitiativeCard(*row[:3], row[3] or "", *row[4:7], tuple(names[row[0]]), row[7])
        for row in rows
    }


def similar_initiatives(
    session: Session,
    title: str,
    essence: str | None = None,
    exclude_id: str | None = None,
    limit: int = 5,
    min_score: float = SIMILAR_MIN,
) -> list[Similar]:
    """The initiatives most like a title being typed (any unit), best first. Cards come from
    the index (number, unit, date, title, status: no authors); the essence, when typed, is
    read for the hits only and weighs in."""
    exclude = {exclude_id} if exclude_id else set()
    index = title_index(session)
    hits = index.search(session, title, limit=limit * 2, min_score=min_score, exclude=exclude)
    essences = _essences(session, [hit.id for hit in hits]) if essence and hits else {}
    result = []
    for hit in hits:
        entry = hit.entry
        card = InitiativeCard(
            entry.id,
            entry.reg_no,
            entry.title,
            hit.unit_code,
            dt.date.fromisoformat(entry.registered_on),
            None,
            entry.status,
            (),
            essences.get(entry.id),
        )
        essence_score = text_score(essence, card.essence) if essence else None
        result.append(Similar(card, pair_score(hit.score, essence_score, False)))
    result.sort(key=lambda s: -s.score)
    return mark_probable(result[:limit])


def _essences(session: Session, ids: list[str]) -> dict[str, str | None]:
    rows = session.execute(select(Initiative.id, Initiative.essence).where(Initiative.id.in_(ids)))
    return dict(rows.all())


def mark_probable(found: list[Similar]) -> list[Similar]:
    best = found[0].score if found else 0.0
    return [
        Similar(s.card, s.score, s.score >= PROBABLE and s.score >= best - NEAR_BEST) for s in found
    ]


# ---- pairs to decide ---------------------------------------------------------------------------


def candidate_pairs(
    session: Session,
    unit_id: str | None = None,
    limit: int = 50,
    min_score: float = PAIR_MIN,
    compared: list[StoredPair] | None = None,
) -> list[CandidatePair]:
    """Pairs a person should look at, best first, from the stored table (bring it up to date
    first: `pairs_to_decide` does both) or from pairs `compared` in memory. With `unit_id`,
    pairs with an initiative of its tree."""
    within = set(subtree_ids(session, unit_id)) if unit_id else None
    if compared is None:
        stored = stored_pairs(session, min_score, within, limit)
    else:
        stored = best_pairs(compared, within, limit)
    found = cards(session, [i for pair in stored for i in (pair.low_id, pair.high_id)])
    result = []
    for pair in stored:
        if pair.low_id not in found or pair.high_id not in found:
            continue
        original, later = first_filed(found[pair.low_id], found[pair.high_id])
        folded = set(pair.shared)  # as the earlier filing spells them
        names = tuple(a for a in original.authors if folded_name(a) in folded)
        result.append(
            CandidatePair(original, later, pair.score, pair.title_score, pair.essence_score, names)
        )
    result.sort(key=lambda p: (-p.score, -(p.essence_score or 0), p.later.reg_no))
    return result[:limit]


def pairs_to_decide(
    database: Database,
    unit_id: str | None = None,
    limit: int = 50,
    progress: OnProgress | None = None,
    cancelled: IsCancelled | None = None,
) -> list[CandidatePair]:
    """What the Duplicates page and `duplicates list` show: the stored pairs brought up to date
    (only what changed since the last time is compared again; progress and Cancel as in
    update_candidates), best first."""
    guard = getattr(database, "guard", None)
    if guard is None or not guard.read_only:
        # Writes only the cache of comparisons, and only what changed (db.duplicates.stored_pairs
        # says why the page that looks is the one that brings it up to date).
        update_candidates(database, progress, cancelled)
        with database.session() as session:
            return candidate_pairs(session, unit_id=unit_id, limit=limit)
    with database.session() as session:  # read-only: compared in memory when the cache is behind
        compared = None
        if pairs_behind(session):
            compared = unstored_pairs(session, PAIR_MIN, None, limit, progress, cancelled)
        return candidate_pairs(session, unit_id=unit_id, limit=limit, compared=compared)


# ---- at import ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class IncomingRecord:
    """An initiative of a package, as the preview reads it."""

    id: str
    reg_no: str
    title: str
    unit_id: str | None
    unit_code: str
    registered_on: str
    essence: str | None


@dataclass(frozen=True)
class IncomingMatch:
    incoming: IncomingRecord
    here: InitiativeCard
    score: float


def incoming_similar(
    session: Session, incoming: Iterable[IncomingRecord], min_score: float = PAIR_MIN
) -> list[IncomingMatch]:
    """Each incoming initiative alike to one here from another unit, best first (issue 14:
    the check adds at most a fifth to an import)."""
    alike = incoming_alike(session, incoming, min_score)
    result = matches_of(alike, cards(session, [here_id for _, here_id, _ in alike]))
    result.sort(key=lambda m: (-m.score, m.incoming.reg_no))
    return result


def matches_of(
    alike: list[tuple[IncomingRecord, str, float]], here: dict[str, InitiativeCard]
) -> list[IncomingMatch]:
    """The look-alikes as the preview shows them, `here` holding the cards of those here."""
    return [IncomingMatch(r, here[here_id], s) for r, here_id, s in alike if here_id in here]


def incoming_alike(
    session: Session, incoming: Iterable[IncomingRecord], min_score: float = PAIR_MIN
) -> list[tuple[IncomingRecord, str, float]]:
    """(incoming initiative, id of the one here it is likest, score) for each incoming one
    alike to one here from another unit, in the order given. A whole title is checked, not a
    title being typed: fewer candidates suffice (IMPORT_SEARCH). The hits are read from the
    database at once, without their essences (and kept with the distinct titles: a popular
    title is a hit of many packages and of many shares of one, db.duplicates.package_check);
    an essence is read and folded only when its hit could still be the best."""
    titles = DistinctTitles.of(title_index(session))
    for kept in (titles.essences, titles.entries, titles.searched):
        if len(kept) > ESSENCES_KEPT:
            kept.clear()
    fold = functools.lru_cache(maxsize=None)(folded_title)  # texts repeat within a package
    # one search per distinct folded title (and minimum), kept too: a title repeats in shares
    searched = titles.searched
    ranked: list[tuple[IncomingRecord, list[tuple[int, float]]]] = []
    for record in incoming:
        query = fold(record.title)
        if query and (query, min_score) not in searched:
            found = titles.ranked(query, min_score - 10, *IMPORT_SEARCH)
            searched[query, min_score] = found
        if found := searched.get((query, min_score)):
            ranked.append((record, found))
    entries = titles.entries
    hit_rowids = {rowid for _, hits in ranked for rowid, _ in hits}
    unread = {rowid for rowid in hit_rowids if rowid not in entries}
    entries.update(_entries_read(session, list(unread)))
    waiting = []
    for record, hits in ranked:
        others = [
            (entry, figure)
            for rowid, figure in hits
            if (entry := entries.get(rowid)) and entry.id != record.id
            if entry.unit_id != record.unit_id
        ]
        if others:
            waiting.append((record, others))
    rowids = {entries[rowid].id: rowid for rowid in hit_rowids if rowid in entries}
    best = _best_alike(session, waiting, min_score, fold, titles.essences, rowids)
    return [(record, *best[record.id]) for record, _ in waiting if record.id in best]


def _best_alike(
    session: Session,
    waiting: list[tuple[IncomingRecord, list[tuple[Entry, float]]]],
    min_score: float,
    fold: Callable[[str | None], str],
    theirs: dict[str, str],
    rowids: dict[str, int],
) -> dict[str, tuple[str, float]]:
    """incoming id -> (id here, score) of the hit scoring best, at least `min_score`, with the
    essence weighing in (db.duplicates.matching.pair_score; the likelier title first among
    equals). In turns: the next hit of every incoming initiative that it could still better,
    their essences read at once and compared in one rapidfuzz call; a hit whose title leaves
    it no chance (half its title score and a full essence) ends the turns of its initiative.
    `theirs`: the folded essences already read (id -> text, "" for none), added to; `rowids`:
    id -> rowid of the hits (read by rowid: no lookup in the id index)."""
    best: dict[str, tuple[str, float]] = {}
    floors: dict[str, float] = {}  # incoming id -> what a later hit must reach to be better
    turn = 0
    waiting = [(r, hits) for r, hits in waiting if 0.5 * hits[0][1] + 50 >= min_score]
    mine_of = {r.id: fold(r.essence) if r.essence else "" for r, _ in waiting}
    while waiting:
        due = [(record, hits[turn]) for record, hits in waiting]
        asked = [e.id for record, (e, _) in due if record.essence and e.id not in theirs]
        if asked:  # each initiative here read once (a popular title is a hit of many)
            theirs.update(dict.fromkeys(asked, ""))
            theirs.update(_essences_read(session, [rowids[i] for i in asked], fold))
        mine = [mine_of[record.id] for record, _ in due]
        other = [
            theirs.get(e.id, "") if m else "" for m, (_, (e, _)) in zip(mine, due, strict=True)
        ]
        # the turn's essences in one rapidfuzz call; 0 below what no title could lift to min
        essence = process.cpdist(
            mine,
            other,
            scorer=fuzz.ratio,
            score_cutoff=max(0.0, 2 * min_score - 100.2),
            dtype=np.float64,
            workers=1,
        ).tolist()
        for (record, (entry, figure)), m, o, e in zip(due, mine, other, essence, strict=True):
            # db.duplicates.matching.pair_score (no shared author), inlined: tens of thousands
            score = round(0.5 * figure + 0.5 * e if m and o else figure, 1)
            if score >= floors.get(record.id, min_score):
                best[record.id] = (entry.id, score)
                floors[record.id] = max(min_score, score + 0.01)
        turn += 1
        waiting = [
            (r, hits)
            for r, hits in waiting
            if len(hits) > turn and 0.5 * hits[turn][1] + 50 >= floors.get(r.id, min_score)
        ]
    return best


_BY_ROWID = text(
    "SELECT rowid, id, reg_no, title, unit_id, registered_on, status FROM initiatives "
    "WHERE rowid IN :rowids"
).bindparams(bindparam("rowids", expanding=True))
_ESSENCES = text(
    "SELECT id, essence FROM initiatives WHERE rowid IN :rowids AND essence IS NOT NULL"
).bindparams(bindparam("rowids", expanding=True))


def _entries_read(session: Session, rowids: list[int]) -> dict[int, Entry]:
    """The hits as the side list shows them, by rowid (900 a query: SQLite's parameter limit;
    one prepared statement, its list expanded)."""
    entries: dict[int, Entry] = {}
    for start in range(0, len(rowids), 900):
        rows = session.execute(_BY_ROWID, {"rowids": rowids[start : start + 900]}).all()
        entries.update({row[0]: Entry(*row[1:5], str(row[5]), row[6]) for row in rows})
    return entries


def _essences_read(
    session: Session, rowids: list[int], fold: Callable[[str | None], str]
) -> dict[str, str]:
    """The folded essences of these initiatives (by rowid), by id (those that have one)."""
    wanted = list(dict.fromkeys(rowids))
    essences: dict[str, str] = {}
    for start in range(0, len(wanted), 900):
        rows = session.execute(_ESSENCES, {"rowids": wanted[start : start + 900]}).all()
        essences.update({row[0]: fold(row[1]) for row in rows if row[1]})
    return essences
