"""The dashboard's figures remembered with the database's change stamp (issue 13).

At a million initiatives `progress_stats` reads the whole of ix_initiatives_stats (0.5-1 s of
CPU), three times what the bare window costs to paint. Most starts find the database as the last
session left it, so the figures it counted then are still exact: they are kept in the user cache
folder (db.compiled.cache_folder, `figures/`), one small file per database, with the change
stamp of the records they were counted from, and shown at once when the stamp is the same.

The stamp (`change_stamp`) is the node's id and, for every table the figures are counted from
(initiatives, units, programmes, phases, targets, programme overrides), its highest change
sequence number `seq`: every change to a row of a synced table gives it the node's next sequence
number (an edit, a delete, an import, a migration's rewrite), so the highest one moves with every
change; putting a backup or an import's undo journal back restores exactly a state the database
had before, with that state's stamp; and the node's sequence never goes back (db/restore.py), so
a state made later never has an earlier state's stamp. Each is one step down the table's `seq`
index. What the figures are for (the date, the unit, the programme, the period) and SángKiến's
version and sources (db.compiled: a change to how they are counted) are part of the key.

The figures of a day hold for a later day when nothing was registered or recognised in between
(the next morning's start, the records untouched overnight): once figures are counted and shown,
`remember_how_long` notes the first day after theirs that any initiative was registered or
recognised on (a step down ix_initiatives_registered_on, and a read of ix_initiatives_stats for
the recognitions, ~0.1 s at a million, apart from the counting), and they are given for any day
before it. Only for a programme named (the programme of "the day" is the day's to choose).

A stamp that differs means "count again": the caller shows that it is counting, never the old
figures as if they were current. Nothing here is an error: an unreadable or foreign memo file is
a miss, an unwritable folder only means counting again next time.

Importing this module loads no SQLAlchemy (the builder imports it inside).
"""

from __future__ import annotations

import datetime as dt
import json
import zlib
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from db.queries.stats import (
    Figures,
    PhaseStats,
    ProgrammeInfo,
    ProgressStats,
    UnitStats,
    progress_stats_of,
)

FORMAT = 1
KEPT = 8  # entries per database: dates, units, programmes looked at lately
COUNTED_FROM = ("initiatives", "units", "programmes", "phases", "targets", "programme_overrides")


# ---- the stamp ----------------------------------------------------------------------------------


def change_stamp() -> Any:
    """One row: the node's id and the highest `seq` of each table the figures count from."""
    from sqlalchemy import func, select

    from db.models import SYNCED_BY_TABLE, NodeIdentity

    highest = [
        select(func.max(SYNCED_BY_TABLE[name].seq)).scalar_subquery().label(name)
        for name in COUNTED_FROM
    ]
    node = select(NodeIdentity.node_id).limit(1).scalar_subquery().label("node_id")
    return select(node, *highest)


def read_stamp(reader: Any) -> list[Any]:
    row = reader.first(change_stamp)
    return [] if row is None else list(row)


# ---- the memo file ------------------------------------------------------------------------------


def memo_folder() -> Path:
    from db.compiled import cache_folder

    return cache_folder() / "figures"


def memo_file(path: Path | str, folder: Path | None = None) -> Path:
    """The memo of the database at `path` (by its full path)."""
    where = str(Path(path).resolve())
    name = f"{zlib.crc32(where.encode('utf-8')):08x}-{Path(where).name}.json"
    return (folder or memo_folder()) / name


@lru_cache(maxsize=1)
def _program_stamp() -> str:
    """SángKiến's version, its db/ sources and schema head: figures counted by other code are
    not reused."""
    from db.compiled import sources_stamp
    from db.migrate import head_revision
    from db.version import APP_VERSION

    return f"{APP_VERSION}|{sources_stamp()}|{head_revision()}"


def _scope(unit_code: str | None, programme_code: str | None) -> str:
    return f"{unit_code or ''}|{programme_code or ''}"


def memo_key(as_of: dt.date, unit_code: str | None, programme_code: str | None) -> str:
    return f"{as_of.isoformat()}|{_scope(unit_code, programme_code)}"


def _read_memo(file: Path) -> dict[str, Any]:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return {}
    if data.get("program") != _program_stamp() or not isinstance(data.get("entries"), dict):
        return {}
    return data


def _holds(entry: Any, as_of: dt.date, scope: str, stamp: list[Any]) -> bool:
    """Whether `entry` has the figures of `as_of`: counted for that very day, or for an earlier
    day with nothing registered or recognised since, up to `as_of` (`until`: the first day
    after it that any initiative was registered or recognised on, "" for none)."""
    if not isinstance(entry, dict) or entry.get("stamp") != stamp or entry.get("scope") != scope:
        return False
    counted_on = _date(entry.get("as_of"))
    if counted_on == as_of:
        return True
    if counted_on is None or counted_on > as_of or "until" not in entry:
        return False
    until = _date(entry["until"])
    return until is None or as_of < until


def remembered(
    file: Path,
    as_of: dt.date,
    unit_code: str | None,
    programme_code: str | None,
    stamp: list[Any],
) -> ProgressStats | None:
    """The figures kept for `as_of`, the unit and the programme, if they were counted from
    records with this very `stamp`. A programme named (not the one of the day, which the day
    chooses), figures counted on an earlier day hold for as long as nothing was registered or
    recognised since (a new day, nothing new: the same figures)."""
    if not stamp:
        return None
    entries = _read_memo(file).get("entries", {})
    scope = _scope(unit_code, programme_code)
    entry = entries.get(memo_key(as_of, unit_code, programme_code))
    if not _holds(entry, as_of, scope, stamp):
        entry = None
        if programme_code:
            entry = next((e for e in entries.values() if _holds(e, as_of, scope, stamp)), None)
    if entry is None:
        return None
    try:
        return replace(stats_from_json(entry["figures"]), as_of=as_of)
    except (KeyError, TypeError, ValueError):
        return None


def _write(file: Path, data: dict[str, Any]) -> None:
    """The memo replaced whole (db.fileutil); a memo that cannot be written is only not kept."""
    from db.fileutil import write_text_atomic

    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(file, json.dumps(data, ensure_ascii=False))
    except OSError:
        pass


def remember(
    file: Path,
    stats: ProgressStats,
    unit_code: str | None,
    programme_code: str | None,
    stamp: list[Any],
) -> None:
    """Keep `stats` (counted for stats.as_of) with `stamp`; the newest KEPT entries stay."""
    if not stamp:
        return
    data = _read_memo(file) or {"format": FORMAT, "program": _program_stamp(), "entries": {}}
    entries = data["entries"]
    key = memo_key(stats.as_of, unit_code, programme_code)
    entries.pop(key, None)
    entries[key] = {
        "stamp": stamp,
        "scope": _scope(unit_code, programme_code),
        "as_of": _day(stats.as_of),
        "figures": stats_as_memo(stats),
    }
    while len(entries) > KEPT:
        entries.pop(next(iter(entries)))
    _write(file, data)


def counted_or_remembered(
    reader: Any,
    file: Path,
    as_of: dt.date,
    unit_code: str | None = None,
    programme_code: str | None = None,
) -> ProgressStats:
    """progress_stats_of through `reader`, or the figures remembered for the same records; what
    is counted is remembered. The stamp and the counting read the same snapshot (one reader)."""
    stamp = read_stamp(reader)
    found = remembered(file, as_of, unit_code, programme_code, stamp)
    if found is not None:
        return found
    stats = progress_stats_of(reader, as_of, unit_code, programme_code)
    remember(file, stats, unit_code, programme_code, stamp)
    return stats


# ---- for how long figures hold -------------------------------------------------------------------


def days_after(as_of: dt.date) -> Any:
    """The first day after `as_of` that any initiative (deleted ones too) was registered on, and
    the first it was recognised on (NULL: none)."""
    from sqlalchemy import func, select

    from db.models import Initiative as I

    registered = select(func.min(I.registered_on)).where(I.registered_on > as_of)
    recognised = select(func.min(I.recognised_on)).where(I.recognised_on > as_of)
    return select(
        registered.scalar_subquery().label("registered"),
        recognised.scalar_subquery().label("recognised"),
    )


def remember_how_long(
    reader: Any,
    file: Path,
    as_of: dt.date,
    unit_code: str | None = None,
    programme_code: str | None = None,
) -> None:
    """After figures of `as_of` were counted and shown: until which day they hold, for a later
    day with nothing new to find them (the next morning's start). Apart from the counting:
    finding the next recognition day reads a whole index (~0.1 s at a million), which the
    figures need not wait for. Only for the same records (the stamp read here, in this snapshot)."""
    if not programme_code:
        return
    stamp = read_stamp(reader)
    data = _read_memo(file)
    entry = data.get("entries", {}).get(memo_key(as_of, unit_code, programme_code))
    if not stamp or not isinstance(entry, dict) or entry.get("stamp") != stamp:
        return
    if "until" in entry or entry.get("as_of") != _day(as_of):
        return
    row = reader.first(days_after, as_of=as_of)
    days = [day for day in (row or ()) if day is not None]
    entry["until"] = _day(min(days)) if days else ""
    _write(file, data)


# ---- figures as JSON and back -------------------------------------------------------------------


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _figures(f: Figures) -> list[Any]:
    return [f.registered, f.recognised, f.target, f.counts]


def stats_as_memo(stats: ProgressStats) -> dict[str, Any]:
    programme = stats.programme
    return {
        "as_of": _day(stats.as_of),
        "units": [
            {
                "figures": _figures(u),
                "unit": [u.unit_id, u.code, u.name, u.level, u.parent_id, u.cluster, u.short_name],
                "depth": u.depth,
                "by_phase": {code: _figures(f) for code, f in u.by_phase.items()},
            }
            for u in stats.units
        ],
        "phases": [
            [*_figures(p), p.code, p.name, _day(p.starts_on), _day(p.ends_on)] for p in stats.phases
        ],
        "programme": None
        if programme is None
        else [
            programme.code,
            programme.name,
            _day(programme.starts_on),
            _day(programme.ends_on),
            programme.counts,
            programme.owner_code,
        ],
    }


def stats_from_json(data: dict[str, Any]) -> ProgressStats:
    units = []
    for u in data["units"]:
        unit_id, code, name, level, parent_id, cluster, short_name = u["unit"]
        unit = UnitStats(
            *u["figures"],
            unit_id=unit_id,
            code=code,
            name=name,
            level=level,
            parent_id=parent_id,
            cluster=cluster,
            short_name=short_name,
            depth=u["depth"],
            by_phase={k: Figures(*f) for k, f in u["by_phase"].items()},
        )
        units.append(unit)
    phases = [
        PhaseStats(*p[:4], code=p[4], name=p[5], starts_on=_date(p[6]), ends_on=_date(p[7]))
        for p in data["phases"]
    ]
    p = data["programme"]
    programme = None
    if p is not None:
        programme = ProgrammeInfo(p[0], p[1], _date(p[2]), _date(p[3]), p[4], p[5])  # type: ignore[arg-type]
    as_of = _date(data["as_of"])
    if as_of is None or not units:
        raise ValueError("figures")
    return ProgressStats(as_of, units[0], units, phases, programme)
