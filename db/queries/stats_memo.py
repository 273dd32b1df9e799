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

A stamp that differs means "count again": the caller shows that it is counting, never the old
figures as if they were current. Nothing here is an error: an unreadable or foreign memo file is
a miss, an unwritable folder only means counting again next time.

Importing this module loads no SQLAlchemy (the builder imports it inside).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import zlib
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
KEPT = 12  # entries per database: dates, units, programmes looked at lately
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


def memo_key(
    as_of: dt.date, unit_code: str | None, programme_code: str | None, period: Any = None
) -> str:
    label = period.label if period is not None else ""
    return "|".join((as_of.isoformat(), unit_code or "", programme_code or "", label))


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


def remembered(file: Path, key: str, stamp: list[Any]) -> ProgressStats | None:
    """The figures kept for `key` if they were counted from records with this very `stamp`."""
    if not stamp:
        return None
    entry = _read_memo(file).get("entries", {}).get(key)
    if not isinstance(entry, dict) or entry.get("stamp") != stamp:
        return None
    try:
        return stats_from_json(entry["figures"])
    except (KeyError, TypeError, ValueError):
        return None


def remember(file: Path, key: str, stamp: list[Any], stats: ProgressStats) -> None:
    """Keep `stats` for `key` with `stamp` (the newest KEPT entries of the file stay)."""
    if not stamp:
        return
    data = _read_memo(file) or {"format": FORMAT, "program": _program_stamp(), "entries": {}}
    entries = data["entries"]
    entries.pop(key, None)
    entries[key] = {"stamp": stamp, "figures": stats_as_memo(stats)}
    while len(entries) > KEPT:
        entries.pop(next(iter(entries)))
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        temp = file.with_name(f"{file.name}.{os.getpid()}.tmp")
        temp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(temp, file)
    except OSError:
        pass


def counted_or_remembered(
    reader: Any,
    file: Path,
    as_of: dt.date,
    unit_code: str | None = None,
    programme_code: str | None = None,
) -> ProgressStats:
    """progress_stats_of through `reader`, or the figures remembered for the same records; what
    is counted is remembered. The stamp and the counting read the same snapshot (one reader)."""
    key = memo_key(as_of, unit_code, programme_code)
    stamp = read_stamp(reader)
    found = remembered(file, key, stamp)
    if found is not None:
        return found
    stats = progress_stats_of(reader, as_of, unit_code, programme_code)
    remember(file, key, stamp, stats)
    return stats


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
