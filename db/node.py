"""This installation as a sync node: its id, the unit it serves, its Ed25519 keys, clock and sequence."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.hlc import Clock, Stamp, wall_clock_ms
from db.messages import Message
from db.models import NodeIdentity, Unit
from db.node_identity import (  # noqa: F401 - where the other modules take them from
    NodeNotSetUp,
    key_fingerprint,
)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def new_key_pair() -> tuple[bytes, bytes]:
    """A fresh Ed25519 key pair as (private raw bytes, public raw bytes)."""
    # imported here: every command reads this module, few make keys (start-up speed, issue 13)
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    public = key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return private, public


def new_box_key_pair() -> tuple[bytes, bytes]:
    """A fresh X25519 key pair (private, public) for packages encrypted to this node."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    key = X25519PrivateKey.generate()
    private = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    public = key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return private, public


def create_node(
    session: Session, unit_code: str, unit_id: str | None = None, reg_series: str | None = None
) -> NodeIdentity:
    """Make this database a node serving `unit_code`, with a new node id and key pair, handing out
    registration numbers in `reg_series` (db.reg_numbers; None: as before that existed)."""
    if session.scalar(select(NodeIdentity)) is not None:
        raise ValueError(Message("setup.already_a_node"))
    private, public = new_key_pair()
    box_private, box_public = new_box_key_pair()
    node = NodeIdentity(
        id=1,
        node_id=uuid.uuid4().hex,
        unit_id=unit_id,
        unit_code=unit_code,
        private_key=private,
        public_key=public,
        box_private_key=box_private,
        box_public_key=box_public,
        created_at=utcnow(),
        hlc_wall=0,
        hlc_counter=0,
        last_seq=0,
        reg_series=reg_series,
    )
    session.add(node)
    session.flush()
    return node


def this_node(session: Session, *, lock: bool = False, briefly: bool = False) -> NodeIdentity:
    """This node's row. With `lock`, held until the transaction ends: on a server, the clerks'
    writers take the clock and the change sequence one after another, so every stamp and
    sequence number is distinct and in commit order (SQLite's write lock does that for a file,
    which has no FOR UPDATE). With `briefly`, a clerk's action on a server waits only seconds
    for an import's or a batch's lock, then says who is busy (db.node_lock)."""
    query = select(NodeIdentity)
    if lock:
        query = query.with_for_update().execution_options(populate_existing=True)
    if lock and briefly and session.get_bind().dialect.name == "postgresql":
        from db.node_lock import lock_node_briefly

        node = lock_node_briefly(session, query)
    else:
        node = session.scalar(query)
    if node is None:
        raise NodeNotSetUp(Message("setup.not_set_up"))
    return node


def node_unit(session: Session) -> Unit | None:
    """The unit this node serves (by id, or by code before the unit's record arrived)."""
    node = this_node(session)
    unit = session.get(Unit, node.unit_id) if node.unit_id else None
    return unit or session.scalar(select(Unit).where(Unit.code == node.unit_code))


class NodeClock:
    """The node's clock and change sequence, bound to its row so both are saved with the transaction."""

    def __init__(self, node: NodeIdentity, now: Callable[[], int] = wall_clock_ms) -> None:
        self.node = node
        self.clock = Clock(node.node_id, node.hlc_wall, node.hlc_counter, now)

    def tick(self) -> str:
        stamp = self.clock.tick()
        self._save_clock()
        return stamp.encode()

    def observe(self, encoded: str) -> bool:
        accepted = self.clock.observe(Stamp.decode(encoded))
        self._save_clock()
        return accepted

    def next_seq(self) -> int:
        self.node.last_seq += 1
        return self.node.last_seq

    def reserve_seqs(self, count: int) -> int:
        """Reserve `count` sequence numbers for a bulk write; returns the first."""
        first = self.node.last_seq + 1
        self.node.last_seq += count
        return first

    def _save_clock(self) -> None:
        self.node.hlc_wall, self.node.hlc_counter = self.clock.wall_ms, self.clock.counter


CLOCK_BEHIND_SLACK_MS = 5 * 60 * 1000  # a few minutes of drift between PCs is normal


def _rounded(ms: int) -> Message:
    """A duration rounded to what a person would say: minutes, else hours, else days."""
    minutes = round(ms / 60_000)
    if minutes < 120:
        return Message("time.minutes", count=minutes)
    hours = round(minutes / 60)
    if hours < 48:
        return Message("time.hours", count=hours)
    return Message("time.days", count=round(hours / 24))


def clock_behind_warning(session: Session, now_ms: int | None = None) -> Message | None:
    """The warning for a clerk whose PC clock is behind the newest version stamp this database has
    seen (issue 10, finding 12): edits made now would lose to older ones. None when all is well."""
    from db.hlc import wall_clock_ms

    node = session.scalar(select(NodeIdentity))
    now_ms = wall_clock_ms() if now_ms is None else now_ms
    if node is None or node.hlc_wall <= now_ms + CLOCK_BEHIND_SLACK_MS:
        return None
    seen = dt.datetime.fromtimestamp(node.hlc_wall / 1000, dt.UTC).astimezone()
    shown = dt.datetime.fromtimestamp(now_ms / 1000, dt.UTC).astimezone()
    behind = _rounded(node.hlc_wall - now_ms)
    return Message(
        "clock.behind",
        behind=behind,
        shown=f"{shown:%H:%M %d/%m/%Y}",
        seen=f"{seen:%H:%M %d/%m/%Y}",
    )
