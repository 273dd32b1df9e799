"""Programmes, their phases and which one a day belongs to, with no SQLAlchemy at import: the
builders import it inside, and `sangkien stats` and the window's first paint run them with sqlite3
alone (db/compiled.py); db.queries.programmes and db.queries.stats re-export them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ProgrammeChoice:
    """A programme as a picker shows it, with its phases' (code, name, starts, ends): read
    through a session (db.queries.programmes) or, at the window's start, with sqlite3 alone
    (db.queries.first_look)."""

    code: str
    name: str
    starts_on: dt.date
    ends_on: dt.date
    owner_unit_id: str
    phases: tuple[tuple[str, str, dt.date, dt.date], ...] = ()


def pick_default(programmes: list[Any], day: dt.date) -> Any:
    """Of programmes (anything with code, starts_on, ends_on; oldest first): the one running on
    `day`, else the latest begun by then, else the first; None if there are none."""
    running = [p for p in programmes if p.starts_on <= day <= p.ends_on]
    begun = [p for p in programmes if p.starts_on <= day]
    if running:
        return max(running, key=lambda p: (p.starts_on, p.code))
    if begun:
        return max(begun, key=lambda p: (p.ends_on, p.code))
    return programmes[0] if programmes else None


def live_programmes() -> Any:
    """Every programme, the oldest first (db.queries.programmes.live_programmes)."""
    from sqlalchemy import select

    from db.models import Programme as P

    columns = (P.id, P.code, P.name, P.starts_on, P.ends_on, P.counts, P.owner_unit_id)
    return select(*columns).where(P.deleted.is_(False)).order_by(P.starts_on, P.code)


def programme_phases(programme_id: str) -> Any:
    from sqlalchemy import select

    from db.models import Phase

    columns = (Phase.id, Phase.code, Phase.name, Phase.starts_on, Phase.ends_on)
    query = select(*columns).where(Phase.deleted.is_(False), Phase.programme_id == programme_id)
    return query.order_by(Phase.starts_on, Phase.code)


def programme_choices_of(reader: Any) -> list[ProgrammeChoice]:
    """Every programme, oldest first, with its phases: programme_choices through a reader."""
    return [
        ProgrammeChoice(
            p.code,
            p.name,
            p.starts_on,
            p.ends_on,
            p.owner_unit_id,
            tuple(
                (f.code, f.name, f.starts_on, f.ends_on)
                for f in reader.rows(programme_phases, programme_id=p.id)
            ),
        )
        for p in reader.rows(live_programmes)
    ]
