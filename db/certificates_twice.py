"""Two live certificates of one initiative at one level, issued at once by two nodes that may
both certify it (a site and the base union above it, both of the base level; two PCs of one
unit), each before hearing of the other.

A certificate is issued at the level that recognised (db/certificates.py), so a level holds one
certificate of an initiative. The rule, the same on every node from what it holds: the
certificate issued first (by its creation stamp, then its number) holds; the later one is
cancelled (a tombstone, as a person cancelling it would write: the register still lists it as
cancelled, and checking it says so). An import that brings the second one cancels it as this
node's own correction, when its parent would accept that from it (the initiative in its tree,
the level at most its own); the import report names both numbers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from db.changes import RecordWriter
from db.models import Certificate, Initiative
from db.node import NodeClock, node_unit
from db.unit_authority import REVIEW_RANK, UNIT_RANK, local_own_problems

IN_CHUNK = 900  # SQLite's parameter limit
WHOLE_TABLE_FROM = 20_000  # a package's certificates from which one pass over the table is less


@dataclass(frozen=True)
class TwinCancelled:
    reg_no: str
    kept: str  # the number of the certificate that holds
    cancelled: str  # the number of the one cancelled


def cancel_later_twins(
    session: Session, clock: NodeClock, actor: str, package_id: str, certificate_ids: Iterable[str]
) -> list[TwinCancelled]:
    """Cancel the later of two live certificates of one initiative at one level, among the
    initiatives of `certificate_ids` (a package's); returns what was cancelled. Grouped queries
    find them (no certificate read into an object unless it has a twin): by the package's
    certificates, or over the table for a package of WHOLE_TABLE_FROM or more (measured here,
    100,000 certificates held: 0.18 s a pass over the table)."""
    wanted = list(certificate_ids)
    if len(wanted) >= WHOLE_TABLE_FROM:
        twins = set(session.execute(_twins()).all())
    else:
        twins, sent = set(), aliased(Certificate)
        for start in range(0, len(wanted), IN_CHUNK):
            chunk = wanted[start : start + IN_CHUNK]
            of_sent = select(sent.initiative_id).where(sent.id.in_(chunk))
            twins.update(session.execute(_twins(Certificate.initiative_id.in_(of_sent))).all())
    if not twins:
        return []
    for obj in list(session.identity_map.values()):  # the merge wrote these rows in bulk
        if isinstance(obj, Certificate):
            session.expire(obj)
    unit = node_unit(session)
    rank = UNIT_RANK.get(unit.level, 0) if unit is not None and unit.parent_id else 99
    writer = RecordWriter(session, actor, package_id, clock=clock)
    cancelled = []
    for initiative_id, level in sorted(twins):
        initiative = session.get(Initiative, initiative_id)
        if REVIEW_RANK.get(level, 99) > rank or local_own_problems(
            session, initiative.unit_id, "initiative_id"
        ):
            continue  # not this node's to cancel: the node that may sends it
        certificates = session.scalars(
            select(Certificate).where(
                Certificate.initiative_id == initiative_id,
                Certificate.level == level,
                Certificate.deleted.is_(False),
            )
        ).all()
        kept, *later = sorted(certificates, key=lambda cert: (cert.hlc, cert.number))
        for cert in later:
            writer.delete(cert)
            cancelled.append(TwinCancelled(initiative.reg_no, kept.number, cert.number))
    return cancelled


def _twins(*where) -> Select:
    """(initiative, level) holding more than one live certificate."""
    return (
        select(Certificate.initiative_id, Certificate.level)
        .where(Certificate.deleted.is_(False), *where)
        .group_by(Certificate.initiative_id, Certificate.level)
        .having(func.count() > 1)
    )
