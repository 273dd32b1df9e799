"""Which programme a day belongs to, without SQLAlchemy (db.queries.programmes re-exports it;
`sangkien stats` reads with sqlite3 alone, db/compiled.py)."""

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
