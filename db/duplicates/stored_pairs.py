"""The pairs to decide, kept in the database and brought up to date by sequence numbers.

Every synced row gets a new local sequence number when it is written here, by a person or by an
import. `update_candidates` reads which initiatives changed since its watermark (their own rows,
their authorships, their authors' names) and, for those only, in chunks of CHUNK, one short write
transaction each:

1. forgets their rows in duplicate_authorships and every stored pair they are in;
2. records the live, not-duplicate ones again: one row per author (folded name), with the folded
   title and unit;
3. compares each with the other initiatives of the same author (rapidfuzz, with a score cutoff)
   and stores the alike pairs with their full score (title, essence, a shared author).

A pair of two changed initiatives in different chunks is settled by the later chunk, which
forgets and recomputes every pair of its own. The watermark moves only when every chunk is done,
so an interrupted update is redone next time; a change made meanwhile has a higher number and is
picked up by the next update. The first update (an empty table) reads the whole register once;
after that an import of N initiatives costs about N initiatives' worth.

Reading (`stored_pairs`) leaves out the pairs a person has decided (live decisions), so a
decision or its undoing shows at once without an update.

Why looking at the Duplicates page (or `duplicates list`) writes: the two tables are a cache of
comparisons, not records (never synced, never audited, no sequence number moves), and bringing
them up to date where they are read keeps every import and every save of a form free of the
comparing (issue 14). Nothing is written when nothing changed since the last look. A database
open read-only cannot store them: `unstored_pairs` compares in memory instead, so its page
shows the same pairs, without an error and without writing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import orjson
from rapidfuzz import fuzz, process
from sqlalchemy import JSON, bindparam, text
from sqlalchemy.orm import Session

from db.duplicates.matching import folded_title, pair_score, title_score
from db.models import LocalSetting
from db.progress import IsCancelled, OnProgress, OperationCancelled
from db.search import fold
from db.session import Database

WATERMARK = "duplicates.pairs_seq"
CHUNK = 5000
REBUILD_SHARE = 0.3  # changed beyond this share of the register: compare everything at once
IN_CHUNK = 900  # SQLite's parameter limit
TITLE_CUTOFF = 70.0  # token-sort ratio below which two titles are not compared further
STORED_MIN = 70.0  # pairs scoring below this are not stored (the page shows 80 and up)
PROGRESS_STEP = 2000  # authorships compared between two reports of the first comparison


@dataclass(frozen=True)
class StoredPair:
    low_id: str
    high_id: str
    score: float
    title_score: float
    essence_score: float | None
    units: tuple[str | None, str | None]
    shared: tuple[str, ...]  # folded names of the authors they share


def folded_name(name: str | None) -> str:
    return " ".join(fold(name).split())


# ---- keeping the table up to date --------------------------------------------------------------


def update_candidates(
    database: Database, progress: OnProgress | None = None, cancelled: IsCancelled | None = None
) -> int:
    """Bring the stored pairs up to date; returns how many initiatives were looked at again.
    The first time (or after changes to a large share of the register) everything is compared
    in memory at once, as one group per author, and written in one transaction.

    progress(done, total) counts initiatives; once cancelled() is True the update stops between
    two steps (OperationCancelled): the chunks already written hold correct pairs for their
    initiatives, and the watermark has not moved, so the next update does the rest again."""
    report = progress or (lambda _done, _total: None)
    stop = cancelled or (lambda: False)
    with database.session() as session:
        since = _watermark(session)
        newest = _newest_seq(session)
        if newest <= since:
            return 0
        changed = sorted(_changed_initiatives(session, since))
        stored = session.execute(text("SELECT count(*) FROM duplicate_authorships")).scalar()
        everything = None
        if since < 0 or len(changed) > max(CHUNK, REBUILD_SHARE * (stored or 0)):
            everything = _compare_everything(session, report, stop)
            changed = []
    if everything is not None:
        _stop_if(stop)
        with database.transaction() as session:
            _write_everything(session, *everything[:2])
    for start in range(0, len(changed), CHUNK):
        report(start, len(changed))
        _stop_if(stop)
        with database.transaction() as session:
            _recompute(session, changed[start : start + CHUNK])
    with database.transaction() as session:
        if _watermark(session) < newest:
            session.merge(LocalSetting(key=WATERMARK, value=newest))
    return everything[2] if everything is not None else len(changed)


def _stop_if(cancelled: IsCancelled) -> None:
    if cancelled():
        raise OperationCancelled()


def _compare_everything(
    session: Session, report: OnProgress, stop: IsCancelled
) -> tuple[list[dict], dict, int]:
    """(authorship rows, alike pairs, live initiatives) of the whole register, read once."""
    live = {
        row[0]: (row[1], row[2])
        for row in session.execute(
            text(
                "SELECT id, title, unit_id FROM initiatives "
                "WHERE NOT deleted AND status != 'duplicate'"
            )
        )
    }
    names = _author_names(
        session.execute(
            text(
                "SELECT a.initiative_id, p.full_name FROM initiative_authors a "
                "JOIN people p ON p.id = a.person_id WHERE NOT a.deleted"
            )
        ),
        live,
    )
    titles = {i: folded_title(title) for i, (title, _unit) in live.items()}
    groups: dict[str, list[str]] = defaultdict(list)
    for initiative_id, folded in names.items():
        if titles[initiative_id]:
            for name in folded:
                groups[name].append(initiative_id)
    found: dict[tuple[str, str], tuple[float, set[str], dict[str, str | None]]] = {}
    done, total, told = 0, sum(len(members) for members in groups.values()), -1
    for name, members in groups.items():
        if done - told >= PROGRESS_STEP or told < 0:  # a person waits at the first listing
            report(done, total)
            _stop_if(stop)
            told = done
        done += len(members)
        members.sort()
        for n, member in enumerate(members[:-1]):
            rest = [titles[other] for other in members[n + 1 :]]
            mine = titles[member]
            hits = process.extract(
                mine, rest, scorer=fuzz.token_sort_ratio, score_cutoff=TITLE_CUTOFF, limit=None
            )
            for other_title, _rough, k in hits:
                other = members[n + 1 + k]
                if (member, other) in found:
                    found[(member, other)][1].add(name)
                    continue
                units = {member: live[member][1], other: live[other][1]}
                found[(member, other)] = (title_score(mine, other_title), {name}, units)
    return _authorship_rows(names, titles, live), found, len(live)


def _author_names(rows, live: dict) -> dict[str, set[str]]:
    names: dict[str, set[str]] = defaultdict(set)
    for initiative_id, name in rows:
        folded = folded_name(name)
        if folded and initiative_id in live:
            names[initiative_id].add(folded)
    return names


def _authorship_rows(names: dict, titles: dict, live: dict) -> list[dict]:
    return [
        {"n": name, "i": i, "t": titles[i], "u": live[i][-1]}
        for i, folded in names.items()
        if titles[i]
        for name in folded
    ]


_INSERT_AUTHORSHIPS = text(
    "INSERT INTO duplicate_authorships (folded_name, initiative_id, folded_title, unit_id) "
    "VALUES (:n, :i, :t, :u)"
)


def _write_everything(session: Session, rows: list[dict], found: dict) -> None:
    session.execute(text("DELETE FROM duplicate_authorships"))
    session.execute(text("DELETE FROM duplicate_candidates"))
    if rows:
        session.execute(_INSERT_AUTHORSHIPS, rows)
    _store_pairs(session, found)


def _watermark(session: Session) -> int:
    setting = session.get(LocalSetting, WATERMARK)
    return int(setting.value) if setting is not None else -1


def _newest_seq(session: Session) -> int:
    sql = (
        "SELECT coalesce(max(s), 0) FROM (SELECT max(seq) AS s FROM initiatives "
        "UNION ALL SELECT max(seq) FROM initiative_authors UNION ALL SELECT max(seq) FROM people) AS newest"
    )
    return int(session.execute(text(sql)).scalar() or 0)


def _changed_initiatives(session: Session, since: int) -> set[str]:
    """Initiatives whose row, authorships or authors' rows changed after `since`."""
    queries = (
        "SELECT id FROM initiatives WHERE seq > :since",
        "SELECT initiative_id FROM initiative_authors WHERE seq > :since",
        "SELECT a.initiative_id FROM people p JOIN initiative_authors a ON a.person_id = p.id "
        "WHERE p.seq > :since",
    )
    changed: set[str] = set()
    for sql in queries:
        changed.update(session.execute(text(sql), {"since": since}).scalars())
    return changed


def _chunked(sql: str, ids: Iterable[str]):
    """(statement, parameters) of `sql` (with `{marks}` for an IN list) for every id, in chunks."""
    wanted = list(ids)
    for start in range(0, len(wanted), IN_CHUNK):
        names = {f"p{n}": value for n, value in enumerate(wanted[start : start + IN_CHUNK])}
        yield text(sql.format(marks=", ".join(f":{name}" for name in names))), names


def _in_chunks(session: Session, sql: str, ids: Iterable[str]) -> list[tuple]:
    return [
        row
        for statement, values in _chunked(sql, ids)
        for row in session.execute(statement, values)
    ]


def _recompute(session: Session, ids: list[str]) -> None:
    """Forget and recompute everything stored about these initiatives (one transaction)."""
    for sql in (
        "DELETE FROM duplicate_authorships WHERE initiative_id IN ({marks})",
        "DELETE FROM duplicate_candidates WHERE low_id IN ({marks})",
        "DELETE FROM duplicate_candidates WHERE high_id IN ({marks})",
    ):
        for statement, values in _chunked(sql, ids):
            session.execute(statement, values)
    live = {
        row[0]: row[1:]
        for row in _in_chunks(
            session,
            "SELECT id, title, unit_id FROM initiatives "
            "WHERE id IN ({marks}) AND NOT deleted AND status != 'duplicate'",
            ids,
        )
    }
    names = _author_names(
        _in_chunks(
            session,
            "SELECT a.initiative_id, p.full_name FROM initiative_authors a JOIN people p "
            "ON p.id = a.person_id WHERE a.initiative_id IN ({marks}) AND NOT a.deleted",
            live,
        ),
        live,
    )
    titles = {i: folded_title(title) for i, (title, _unit) in live.items()}
    rows = _authorship_rows(names, titles, live)
    if rows:
        session.execute(_INSERT_AUTHORSHIPS, rows)
    _store_pairs(session, _alike_pairs(session, names, titles))


def _alike_pairs(
    session: Session, names: dict[str, set[str]], titles: dict[str, str]
) -> dict[tuple[str, str], tuple[float, set[str], dict[str, str | None]]]:
    """{(low, high): (title score, shared names, {id: unit})} for the changed initiatives."""
    by_name: dict[str, list[str]] = defaultdict(list)
    for initiative_id, folded in names.items():
        if titles.get(initiative_id):
            for name in folded:
                by_name[name].append(initiative_id)
    found: dict[tuple[str, str], tuple[float, set[str], dict[str, str | None]]] = {}
    groups: dict[str, list[tuple]] = defaultdict(list)  # every author's group, read in chunks
    for row in _in_chunks(
        session,
        "SELECT folded_name, initiative_id, folded_title, unit_id FROM duplicate_authorships "
        "WHERE folded_name IN ({marks})",
        by_name,
    ):
        groups[row[0]].append(row[1:])
    for name, members in by_name.items():
        group = groups[name]
        if len(group) < 2:
            continue
        ids = [row[0] for row in group]
        group_titles = [row[1] for row in group]
        units = {row[0]: row[2] for row in group}
        mine = [titles[member] for member in members]
        # One C call per author: each changed member against the whole group.
        rough = process.cdist(
            mine, group_titles, scorer=fuzz.token_sort_ratio, score_cutoff=TITLE_CUTOFF, workers=1
        )
        for m, g in zip(*np.nonzero(rough >= TITLE_CUTOFF), strict=True):
            member, other = members[m], ids[g]
            if member == other:
                continue
            key = (member, other) if member < other else (other, member)
            if key in found:
                found[key][1].add(name)
                continue
            score = title_score(mine[m], group_titles[g])
            found[key] = (score, {name}, {member: units[member], other: units[other]})
    return found


def _store_pairs(session: Session, found: dict) -> None:
    rows = _pair_rows(session, found)
    if rows:
        session.execute(_STORE_PAIR, rows)


def _pair_rows(session: Session, found: dict) -> list[dict]:
    """The rows duplicate_candidates stores for these alike pairs (essence read, full score)."""
    if not found:
        return []
    essences = dict(
        _in_chunks(
            session,
            "SELECT id, essence FROM initiatives WHERE id IN ({marks})",
            {i for key in found for i in key},
        )
    )
    folded = {i: folded_title(e) for i, e in essences.items() if e}
    rows = []
    for (low, high), (title, shared, units) in found.items():
        fa, fb = folded.get(low), folded.get(high)
        essence = fuzz.ratio(fa, fb) if fa and fb else None
        score = pair_score(title, essence, True)
        if score >= STORED_MIN:
            rows.append(
                {
                    "low": low,
                    "high": high,
                    "score": score,
                    "title": round(title, 1),
                    "essence": essence,
                    "lu": units.get(low),
                    "hu": units.get(high),
                    "shared": sorted(shared),
                }
            )
    return rows


# the same on a server (issue 18): no INSERT OR REPLACE there, and `shared` is JSON
_STORE_PAIR = text(
    "INSERT INTO duplicate_candidates (low_id, high_id, score, title_score, essence_score, "
    "low_unit, high_unit, shared) "
    "VALUES (:low, :high, :score, :title, :essence, :lu, :hu, :shared) "
    "ON CONFLICT (low_id, high_id) DO UPDATE SET score = excluded.score, "
    "title_score = excluded.title_score, essence_score = excluded.essence_score, "
    "low_unit = excluded.low_unit, high_unit = excluded.high_unit, shared = excluded.shared"
).bindparams(bindparam("shared", type_=JSON))


# ---- reading -----------------------------------------------------------------------------------


def stored_pairs(
    session: Session, min_score: float, within: set[str] | None, limit: int
) -> list[StoredPair]:
    """The best stored pairs not yet decided, best first: `limit` of them and any tying the last
    one's score (the caller's order breaks ties)."""
    sql = text(
        "SELECT low_id, high_id, score, title_score, essence_score, low_unit, high_unit, shared "
        "FROM duplicate_candidates c WHERE score >= :min AND NOT EXISTS ("
        " SELECT 1 FROM duplicate_decisions d WHERE NOT d.deleted"
        " AND d.initiative_id IN (c.low_id, c.high_id) AND d.original_id IN (c.low_id, c.high_id)"
        ") ORDER BY score DESC"
    )
    pairs = (
        StoredPair(row[0], row[1], row[2], row[3], row[4], row[5:7], tuple(_shared(row[7])))
        for row in session.execute(sql, {"min": min_score})
    )
    return best_pairs(pairs, within, limit)


def _shared(value) -> list[str]:
    return value if isinstance(value, list) else orjson.loads(value or "[]")


def best_pairs(
    pairs: Iterable[StoredPair], within: set[str] | None, limit: int
) -> list[StoredPair]:
    """From pairs best first: `limit` of those with a unit in `within` (None: any), and any
    tying the last one's score."""
    found: list[StoredPair] = []
    for pair in pairs:
        if within is not None and pair.units[0] not in within and pair.units[1] not in within:
            continue
        if len(found) >= limit and pair.score < found[-1].score:
            break
        found.append(pair)
    return found


def pairs_behind(session: Session) -> bool:
    """True when initiatives, authorships or people changed after the stored pairs were last
    brought up to date (or they never were)."""
    return _watermark(session) < _newest_seq(session)


def unstored_pairs(
    session: Session,
    min_score: float,
    within: set[str] | None,
    limit: int,
    progress: OnProgress | None = None,
    cancelled: IsCancelled | None = None,
) -> list[StoredPair]:
    """What `stored_pairs` would give after an update, compared in memory and stored nowhere:
    for a database open read-only (a second window, a damaged file, a write-protected stick)
    whose stored pairs are behind the register. The whole register is compared, with
    progress and Cancel as in update_candidates."""
    report = progress or (lambda _done, _total: None)
    _rows, found, _live = _compare_everything(session, report, cancelled or (lambda: False))
    decided = {
        frozenset(row)
        for row in session.execute(
            text("SELECT initiative_id, original_id FROM duplicate_decisions WHERE NOT deleted")
        )
    }
    pairs = [
        StoredPair(
            r["low"],
            r["high"],
            r["score"],
            r["title"],
            r["essence"],
            (r["lu"], r["hu"]),
            tuple(r["shared"]),
        )
        for r in _pair_rows(session, found)
        if r["score"] >= min_score and frozenset((r["low"], r["high"])) not in decided
    ]
    pairs.sort(key=lambda pair: -pair.score)
    return best_pairs(pairs, within, limit)
