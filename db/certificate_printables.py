"""What a certificate page shows, gathered from the records in batches so that printing thousands
reads the database a few hundred rows at a time and holds no more than one batch."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Certificate, Field, Initiative, Phase, Unit
from db.queries.initiatives import authors_of

BATCH = 500


@dataclass(frozen=True)
class PrintableCertificate:
    number: str
    reg_no: str
    superior_name: str | None  # the issuing union's parent; None when the issuer is the root
    issuer_name: str
    recipients: tuple[str, ...]
    recipient_units: tuple[str, ...]
    title: str
    field_name: str
    benefit_value: int | None
    benefit_currency: str
    benefit_text: str | None
    level: str
    decision_no: str
    decision_date: dt.date | None
    phase_name: str | None
    place: str
    issued_on: dt.date
    signer_title: str
    signer_name: str
    verification_code: str
    reprint_count: int


class _Lookups:
    """The small tables every page needs (units, fields, phases), read once per batch job."""

    def __init__(self, session: Session) -> None:
        self.units = {unit.id: unit for unit in session.scalars(select(Unit))}
        self.fields = dict(session.execute(select(Field.id, Field.name)).all())
        self.phases = dict(session.execute(select(Phase.id, Phase.name)).all())

    def unit_label(self, unit_id: str | None) -> str | None:
        """A unit as a recipient's workplace: a site or base union with its union in brackets."""
        unit = self.units.get(unit_id or "")
        if unit is None:
            return None
        parent = self.units.get(unit.parent_id or "")
        if unit.level in ("base", "site") and parent is not None and parent.parent_id:
            return f"{unit.name} ({parent.short_name or parent.name})"
        return unit.name

    def issuer_names(self, unit_id: str | None, number: str) -> tuple[str | None, str]:
        unit = self.units.get(unit_id or "")
        if unit is None:
            return None, number.rsplit("-", 2)[0]
        parent = self.units.get(unit.parent_id or "")
        return (parent.name if parent else None), unit.name


def printable_certificates(
    session: Session, certificate_ids: Sequence[str]
) -> Iterator[PrintableCertificate]:
    """The pages of these certificates, in the order given, read BATCH at a time."""
    lookups = _Lookups(session)
    for start in range(0, len(certificate_ids), BATCH):
        yield from _printable_batch(session, lookups, certificate_ids[start : start + BATCH])


def _printable_batch(
    session: Session, lookups: _Lookups, ids: Sequence[str]
) -> list[PrintableCertificate]:
    certs = {c.id: c for c in session.scalars(select(Certificate).where(Certificate.id.in_(ids)))}
    initiative_ids = [c.initiative_id for c in certs.values()]
    initiatives = {
        i.id: i
        for i in session.scalars(select(Initiative).where(Initiative.id.in_(initiative_ids)))
    }
    authors = authors_of(session, initiative_ids)
    pages = []
    for cert_id in ids:
        cert = certs[cert_id]
        initiative = initiatives[cert.initiative_id]
        units = _recipient_units(lookups, initiative, authors.get(initiative.id, []))
        pages.append(_printable(lookups, cert, initiative, units))
    return pages


def _recipient_units(lookups: _Lookups, initiative: Initiative, authors: list) -> tuple[str, ...]:
    labels = [lookups.unit_label(line.person.unit_id) for line in authors]
    labels = [label for label in labels if label] or [lookups.unit_label(initiative.unit_id)]
    return tuple(dict.fromkeys(label for label in labels if label))


def _printable(
    lookups: _Lookups, cert: Certificate, initiative: Initiative, units: tuple[str, ...]
) -> PrintableCertificate:
    superior, issuer = lookups.issuer_names(cert.issuer_unit_id, cert.number)
    return PrintableCertificate(
        number=cert.number,
        reg_no=initiative.reg_no,
        superior_name=superior,
        issuer_name=issuer,
        recipients=tuple(cert.recipients or ()),
        recipient_units=units,
        title=initiative.title,
        field_name=lookups.fields.get(initiative.field_id or "", ""),
        benefit_value=initiative.benefit_value,
        benefit_currency=initiative.benefit_currency or "VND",
        benefit_text=initiative.benefit_unit or initiative.benefit_author,
        level=cert.level,
        decision_no=cert.decision_no or "",
        decision_date=cert.decision_date,
        phase_name=lookups.phases.get(initiative.phase_id or ""),
        place=cert.place or "",
        issued_on=cert.issued_on,
        signer_title=cert.signer_title or "",
        signer_name=cert.signer_name or "",
        verification_code=cert.verification_code or "",
        reprint_count=cert.reprint_count or 0,
    )
