"""How far ahead a sender's clock may be: 15 minutes. Beyond it, the whole package is refused.

Why 15 minutes. A version stamp from the future wins every later edit made elsewhere until the
real time catches up, so the allowance is the length of time a wrong clock can "win" by. Site PCs
have no internet time; clerks set them by hand and Windows clocks drift seconds a day, so a few
minutes apart is normal, and a relay (rig -> union -> headquarters) can add one hop's slack to
the next. Fifteen minutes covers that and stays short enough that two edits within it are, for
people, simultaneous anyway (the loser lands in the conflicts table). The usual real mistakes (a
clock set in local time on a PC that believes it is UTC: 7 hours; a wrong day, month or year;
2100 from a flat BIOS battery) are far beyond it.

What happens beyond it. The package is refused whole, before anything is written: no record,
no receipt (`acked_seq`/`merged_seq` stay), no package log entry, and this node's clock does not
move, so headquarters never follows a wrong clock. The message names the sending PC (its unit
code and name and node id), the newest stamp and how far ahead of this PC that is, and what to
do: set the date and time on that PC, run `sangkien clock-repair` there (it re-stamps the
versions its wrong clock made, as edits made now, so they are sent again), and export again. As
nothing was acknowledged, the next package carries everything again.

Dates people enter (registration, decision, issue dates) are data typed or picked by a person; they
are never taken from the sync clock.
"""

from __future__ import annotations

import datetime as dt

import orjson
from sqlalchemy import text
from sqlalchemy.orm import Session

from db.engines import on_server
from db.hlc import WALL_DIGITS, Clock, Stamp, stamp_wall_ms, wall_clock_ms
from db.messages import Duration, Message
from db.models import SYNCED_MODELS, AuditEntry, NodeIdentity
from db.node import utcnow
from db.sync.errors import PackageRefused

MAX_AHEAD_MS = 15 * 60 * 1000


def limit_text(now_ms: int | None = None) -> str:
    """Encoded stamps greater than this are too far ahead (compare the first 12 hex digits)."""
    return f"{(now_ms if now_ms is not None else wall_clock_ms()) + MAX_AHEAD_MS:012x}"


def too_far_ahead(stamp: str, limit: str) -> bool:
    return stamp[:WALL_DIGITS] > limit


def clock_refusal(sender: str | Message, stamp: str, now_ms: int | None = None) -> PackageRefused:
    """The message for a package stamped beyond the allowance (`sender`: its PC, as known here)."""
    now = now_ms if now_ms is not None else wall_clock_ms()
    wall = stamp_wall_ms(stamp)
    when = dt.datetime.fromtimestamp(min(wall, 253402300799000) / 1000, dt.UTC)
    ahead = Duration(wall - now)
    return PackageRefused(Message("sync.clock_ahead", sender=sender, ahead=ahead, when=when))


# ---- repairing a node whose clock was wrong ------------------------------------------------------


def future_rows(session: Session, table: str, limit: str) -> list[tuple[str, str, str | None]]:
    # a server's field_hlc is json, not text: its own json_each, and read back as a file's text
    server = on_server(session)
    each, later = (
        ("json_each_text", "CAST(field_hlc AS text)") if server else ("json_each", "field_hlc")
    )
    sql = text(
        f"SELECT id, hlc, {later} FROM {table} WHERE substr(hlc, 1, 12) > :limit "
        f"OR (field_hlc IS NOT NULL AND EXISTS (SELECT 1 FROM {each}({table}.field_hlc) AS e "
        f"WHERE substr(e.value, 1, 12) > :limit))"
    )
    return [tuple(row) for row in session.execute(sql, {"limit": limit})]


def repair_future_stamps(session: Session, actor: str = "") -> int:
    """After a wrong clock was set right: every version stamped beyond now + 15 minutes becomes
    an edit made now (new stamp, new sequence number: sent again), and the node's clock comes
    back to now. Returns the number of records re-stamped."""
    node = session.get(NodeIdentity, 1)
    now = wall_clock_ms()
    limit = limit_text(now)
    clock = Clock(node.node_id, now, 0)
    repaired = 0
    json_value = "CAST(:later AS json)" if on_server(session) else ":later"
    for model in SYNCED_MODELS:
        for row_id, hlc, later_text in future_rows(session, model.__tablename__, limit):
            later = orjson.loads(later_text) if later_text else {}
            fresh = {f: v for f, v in later.items() if not too_far_ahead(v, limit)}
            new_hlc = clock.tick().encode() if too_far_ahead(hlc, limit) else hlc
            for name, stamp in later.items():
                if too_far_ahead(stamp, limit):
                    fresh[name] = clock.tick().encode()
            node.last_seq += 1
            session.execute(
                text(
                    f"UPDATE {model.__tablename__} SET hlc = :hlc, field_hlc = {json_value}, "
                    f"seq = :seq WHERE id = :id"
                ),
                {
                    "hlc": new_hlc,
                    "later": orjson.dumps(fresh).decode() if fresh else None,
                    "seq": node.last_seq,
                    "id": row_id,
                },
            )
            repaired += 1
    node.hlc_wall, node.hlc_counter = clock.wall_ms, clock.counter
    session.add(
        AuditEntry(
            at=utcnow(),
            actor=actor or "clock-repair",
            action="clock-repair",
            table_name="node",
            row_id=node.node_id,
            changes={"records": repaired, "now": Stamp(now, 0, node.node_id).encode()},
        )
    )
    return repaired
