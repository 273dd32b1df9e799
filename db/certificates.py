"""Certificates (giấy chứng nhận): issuing them with this node's numbers and signature, reprinting,
the register of what was issued, and checking a presented certificate.

Numbers are `{UNITCODE}-{YYYY}-{NNNNN}`, made by the issuing node from the code of the unit it
serves: two nodes serve two units, so their numbers never collide (a unit has one issuing node;
numbers already in the database, tombstoned ones included, are never given again). Each
certificate carries a verification code, the node's Ed25519 signature over its number, initiative,
recipients, level, decision and dates (see db/certificate_codes.py), which any node holding the
issuer's pinned public key checks offline.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from db.certificate_codes import CodeError, SignedFields, code_matches, parse_presented, sign_fields
from db.changes import RecordWriter
from db.messages import Label, Message, message_of
from db.models import (
    AuditEntry,
    Certificate,
    Initiative,
    KnownNode,
    LocalSetting,
    NodeIdentity,
    Review,
    Unit,
    new_id,
)
from db.money import json_value
from db.node import this_node, utcnow
from db.queries.certificate_numbers import NumberSeries
from db.queries.filters import InitiativeFilter, filtered_initiatives
from db.queries.initiatives import authors_of
from db.queries.units import subtree_ids
from db.search import nfc
from db.unit_authority import UNIT_RANK
from db.vocab import REVIEW_LEVEL, STATUS

BATCH = 500
LEVEL_RANK = {"base": 0, "subordinate": 1, "industry": 2}
DEFAULT_SIGNER_TITLE = "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH"


class CertificateError(Exception):
    """A certificate action that cannot go ahead, with a message a person can act on."""


@dataclass(frozen=True)
class Signer:
    """Who signs the certificates of a batch, and where they are signed."""

    name: str
    title: str = DEFAULT_SIGNER_TITLE
    place: str = "Hà Nội"


@dataclass
class IssueResult:
    certificate_ids: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    skipped: list[tuple[str, Message]] = field(default_factory=list)  # (reg_no, why not)


# ---- issuing -------------------------------------------------------------------------------------


def recognising_reviews(
    session: Session, initiative_ids: Sequence[str], rank: int | None = None
) -> dict[str, Review]:
    """For each initiative, the live review that recognised it at the highest level (the latest
    decision first among equals); with `rank`, the highest at most that level's, so a node
    finds its own council's recognition beside a higher one."""
    best: dict[str, Review] = {}
    for start in range(0, len(initiative_ids), BATCH):
        rows = session.scalars(
            select(Review).where(
                Review.initiative_id.in_(initiative_ids[start : start + BATCH]),
                Review.deleted.is_(False),
                Review.outcome == "recognised",
            )
        )
        for review in rows:
            if rank is not None and LEVEL_RANK.get(review.level, -1) > rank:
                continue
            held = best.get(review.initiative_id)
            if held is None or _review_rank(review) > _review_rank(held):
                best[review.initiative_id] = review
    return best


def _review_rank(review: Review) -> tuple:
    return (LEVEL_RANK.get(review.level, -1), review.decision_date or dt.date.min, review.hlc)


def live_certificates_of(session: Session, initiative_ids: Sequence[str]) -> dict[str, Certificate]:
    found: dict[str, Certificate] = {}
    for start in range(0, len(initiative_ids), BATCH):
        rows = session.scalars(
            select(Certificate).where(
                Certificate.initiative_id.in_(initiative_ids[start : start + BATCH]),
                Certificate.deleted.is_(False),
            )
        )
        found.update({cert.initiative_id: cert for cert in rows})
    return found


def issue_certificates(
    session: Session,
    initiative_ids: Iterable[str],
    signer: Signer,
    actor: str = "",
    issued_on: dt.date | None = None,
) -> IssueResult:
    """Issue one certificate to each recognised initiative among `initiative_ids`, numbered and
    signed by this node, and move the initiative to 'certified'. Initiatives that cannot have one
    (not recognised, no recognising decision, no authors, already certified, outside this node's
    unit) are listed in `skipped` with the reason; nothing is written for them."""
    node = _issuing_node(session)
    if not signer.name.strip():
        raise CertificateError(Message("certificate.no_signer"))
    issued_on = issued_on or dt.date.today()
    initiatives = _initiatives_in_order(session, list(dict.fromkeys(initiative_ids)))
    ids = [i.id for i in initiatives]
    rank = _council_rank(session, node)
    context = _IssueContext(
        session=session,
        node=node,
        signer=signer,
        issued_on=issued_on,
        writer=RecordWriter(session, actor),
        series=NumberSeries(session, node.unit_code, issued_on.year),
        reviews=recognising_reviews(session, ids),
        own_level=recognising_reviews(session, ids, rank),
        existing=live_certificates_of(session, ids),
        authors=authors_of(session, ids),
        scope=set(subtree_ids(session, node.unit_id)) if node.unit_id else None,
        rank=rank,
        with_a_pc=_branches_with_a_pc(session, node),
    )
    result = IssueResult()
    planned = [
        (initiative, values)
        for initiative in initiatives
        if (values := _planned_certificate(context, initiative, result)) is not None
    ]
    _write_issued(context, planned, result)
    return result


@dataclass
class _IssueContext:
    session: Session
    node: NodeIdentity
    signer: Signer
    issued_on: dt.date
    writer: RecordWriter
    series: NumberSeries
    reviews: dict[str, Review]
    own_level: dict[str, Review]  # the recognising reviews at this node's level or below
    existing: dict[str, Certificate]
    authors: dict[str, list]
    scope: set[str] | None
    rank: int  # the highest decision level this node's unit holds (db.unit_authority)
    with_a_pc: set[str] | None  # at headquarters: the units under a PC of their own


def _council_rank(session: Session, node: NodeIdentity) -> int:
    """A certificate is issued at the level that recognised (DESIGN.md: reviews and
    certificates at the sender's level or below; a recognition at a higher level may have its
    own): a node certifies only its own council's recognition, at its unit's level. Its parent
    refuses a certificate above it (db/sync/authority.py's LEVEL rule) and one of its own for a
    recognition of another level."""
    unit = session.get(Unit, node.unit_id) if node.unit_id else None
    return UNIT_RANK.get(unit.level, 0) if unit is not None else max(UNIT_RANK.values())


def _branches_with_a_pc(session: Session, node: NodeIdentity) -> set[str] | None:
    """At headquarters (no node above it to refuse): the units under a PC of their own, a
    child node known here or enrolled from here. Headquarters certifies a lower level's
    recognition only outside them, for a branch it keeps on paper (the demo's unions); a
    branch with a PC certifies its own council's recognitions. Elsewhere None: a node certifies
    only at its own level, as its parent accepts."""
    unit = session.get(Unit, node.unit_id) if node.unit_id else None
    if unit is None or unit.parent_id is not None:
        return None
    codes = set(session.scalars(select(KnownNode.unit_code).where(KnownNode.relation == "child")))
    enrolled = select(LocalSetting.value).where(LocalSetting.key.like("sync.enrolment.%"))
    codes |= {v.get("unit_code") for v in session.scalars(enrolled) if isinstance(v, dict)}
    units = session.scalars(select(Unit.id).where(Unit.code.in_(codes - {None})))
    return {below for unit_id in units for below in subtree_ids(session, unit_id)}


def _issuing_node(session: Session) -> NodeIdentity:
    node = this_node(session)
    if not node.private_key:
        raise CertificateError(Message("certificate.no_key"))
    return node


def _initiatives_in_order(session: Session, ids: list[str]) -> list[Initiative]:
    found: list[Initiative] = []
    for start in range(0, len(ids), BATCH):
        query = select(Initiative).where(Initiative.id.in_(ids[start : start + BATCH]))
        found.extend(session.scalars(query))
    return sorted(found, key=lambda initiative: initiative.reg_no)


def _why_not(context: _IssueContext, initiative: Initiative) -> Message | None:
    existing = context.existing.get(initiative.id)
    if existing is not None:
        return Message("certificate.skip.has_one", number=existing.number)
    if initiative.deleted:
        return Message("certificate.skip.deleted")
    if initiative.status != "recognised":  # said as the clerk knows it, not as a status move
        return Message("certificate.skip.status", status=STATUS.term(initiative.status))
    if context.scope is not None and initiative.unit_id not in context.scope:
        return Message("certificate.skip.outside", unit=context.node.unit_code)
    if initiative.id not in context.reviews:
        return Message("certificate.skip.no_decision")
    own = context.own_level.get(initiative.id)
    on_paper = context.with_a_pc is not None and initiative.unit_id not in context.with_a_pc
    if own is None or (LEVEL_RANK.get(own.level, 0) != context.rank and not on_paper):
        level = (own or context.reviews[initiative.id]).level
        term = REVIEW_LEVEL.term(level).lowered()
        return Message("certificate.skip.level", level=term, unit=context.node.unit_code)
    if not context.authors.get(initiative.id):
        return Message("certificate.skip.no_authors")
    return None


def _planned_certificate(
    context: _IssueContext, initiative: Initiative, result: IssueResult
) -> dict | None:
    """The values of this initiative's certificate, numbered and signed; None (and the reason in
    `result.skipped`) if it cannot have one."""
    reason = _why_not(context, initiative)
    if reason is not None:
        result.skipped.append((initiative.reg_no, reason))
        return None
    review = context.own_level[initiative.id]
    recipients = [line.full_name for line in context.authors[initiative.id]]
    values = {
        "number": context.series.next(),
        "initiative_id": initiative.id,
        "review_id": review.id,
        "recipients": recipients,
        "level": review.level,
        "decision_no": review.decision_no,
        "decision_date": review.decision_date,
        "issued_on": context.issued_on,
        "place": context.signer.place,
        "signer_name": context.signer.name.strip(),
        "signer_title": context.signer.title.strip(),
        "issuer_unit_id": context.node.unit_id,
        "issuer_node_id": context.node.node_id,
    }
    values["verification_code"] = sign_fields(context.node.private_key, fields_of(values))
    return {key: nfc(value) for key, value in values.items()}


def _write_issued(
    context: _IssueContext, planned: list[tuple[Initiative, dict]], result: IssueResult
) -> None:
    """Write every certificate, every initiative's move to 'certified' and their audit lines
    in three bulk statements: what RecordWriter.create/update would write one row at a time
    (a stamp and a sequence number each, the field's version, the audit trail)."""
    if not planned:
        return
    clock, session, now = context.writer.clock, context.session, utcnow()
    certificates, moves, audit = [], [], []
    seq = clock.reserve_seqs(2 * len(planned))
    for n, (initiative, values) in enumerate(planned):
        row = {**values, "id": new_id(), "hlc": clock.tick(), "seq": seq + 2 * n, "deleted": False}
        certificates.append(row)
        versions = dict(initiative.field_hlc or {}) | {"status": clock.tick()}
        moves.append({"id": initiative.id, "status": "certified", "field_hlc": versions})
        moves[-1]["seq"] = seq + 2 * n + 1
        created = {key: [None, json_value(value)] for key, value in values.items()}
        audit.append(_audit_row(context, now, "create", "certificates", row["id"], created))
        moved = {"status": [initiative.status, "certified"]}
        audit.append(_audit_row(context, now, "update", "initiatives", initiative.id, moved))
        result.certificate_ids.append(row["id"])
        result.numbers.append(values["number"])
    session.execute(insert(Certificate), certificates)
    session.execute(update(Initiative), moves)
    session.execute(insert(AuditEntry), audit)
    for (initiative, _), move in zip(planned, moves, strict=True):  # the loaded rows, in step
        for key in ("status", "field_hlc", "seq"):
            set_committed_value(initiative, key, move[key])


def _audit_row(context: _IssueContext, at, action: str, table: str, row_id: str, changes) -> dict:
    return {
        "at": at,
        "actor": context.writer.actor,
        "action": action,
        "table_name": table,
        "row_id": row_id,
        "changes": changes,
        "package_id": None,
    }


def fields_of(cert: Certificate | dict) -> SignedFields:
    """The fields a certificate's code signs, from a row or from the values about to be written."""
    get = cert.get if isinstance(cert, dict) else lambda name: getattr(cert, name)
    return SignedFields(
        number=get("number"),
        initiative_id=get("initiative_id"),
        recipients=tuple(get("recipients") or ()),
        level=get("level"),
        decision_no=get("decision_no") or "",
        decision_date=get("decision_date"),
        issued_on=get("issued_on"),
        issuer_node_id=get("issuer_node_id") or "",
    )


# ---- choosing what to print ----------------------------------------------------------------------


def select_initiatives(
    session: Session,
    *,
    unit_id: str | None = None,
    phase_id: str | None = None,
    status: str | None = "recognised",
    reg_nos: Sequence[str] = (),
) -> list[str]:
    """Ids of the live initiatives of a unit (and its sub-units), phase, status or list of
    registration numbers, in registration-number order."""
    query = filtered_initiatives(
        InitiativeFilter(unit_id=unit_id, phase_id=phase_id, status=status)
    )
    if reg_nos:
        query = query.where(Initiative.reg_no.in_([r.strip().upper() for r in reg_nos]))
    query = query.with_only_columns(Initiative.id).order_by(Initiative.reg_no)
    return list(session.scalars(query))


def certificate_ids_for(session: Session, initiative_ids: Sequence[str]) -> list[str]:
    """The live certificates of these initiatives, in certificate-number order."""
    found = live_certificates_of(session, initiative_ids)
    return [cert.id for cert in sorted(found.values(), key=lambda cert: cert.number)]


# ---- reprints ------------------------------------------------------------------------------------


def reprint_certificates(
    session: Session, certificate_ids: Iterable[str], actor: str = ""
) -> list[str]:
    """Count one more printing of each certificate (the page then says 'BẢN IN LẠI'); returns
    their numbers. Deleted (cancelled) certificates are refused."""
    writer = RecordWriter(session, actor)
    numbers = []
    for cert_id in certificate_ids:
        cert = session.get(Certificate, cert_id)
        if cert is None or cert.deleted:
            number = cert.number if cert else cert_id
            raise CertificateError(Message("certificate.not_reprintable", number=number))
        writer.update(cert, reprint_count=(cert.reprint_count or 0) + 1)
        numbers.append(cert.number)
    return numbers


# ---- the register --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RegisterEntry:
    """One line of the certificate register: what was issued, when, to whom, by whom."""

    certificate_id: str
    number: str
    issued_on: dt.date
    recipients: tuple[str, ...]
    reg_no: str
    title: str
    unit_code: str
    level: str
    decision_no: str | None
    decision_date: dt.date | None
    issuer_code: str | None
    signer_name: str | None
    reprint_count: int
    cancelled: bool

    @property
    def level_label(self) -> str:
        return REVIEW_LEVEL.label(self.level)


def certificate_register(
    session: Session,
    *,
    unit_id: str | None = None,
    issued_from: dt.date | None = None,
    issued_to: dt.date | None = None,
    include_cancelled: bool = False,
    limit: int | None = None,
) -> list[RegisterEntry]:
    """The certificates issued (newest number last), for a unit's initiatives and a date range."""
    issuer = select(Unit.id, Unit.code).subquery()
    query = (
        select(Certificate, Initiative.reg_no, Initiative.title, Unit.code, issuer.c.code)
        .join(Initiative, Initiative.id == Certificate.initiative_id)
        .join(Unit, Unit.id == Initiative.unit_id)
        .outerjoin(issuer, issuer.c.id == Certificate.issuer_unit_id)
        .order_by(Certificate.issued_on, Certificate.number)
    )
    if unit_id:
        query = query.where(Initiative.unit_id.in_(subtree_ids(session, unit_id)))
    if issued_from:
        query = query.where(Certificate.issued_on >= issued_from)
    if issued_to:
        query = query.where(Certificate.issued_on <= issued_to)
    if not include_cancelled:
        query = query.where(Certificate.deleted.is_(False))
    if limit:
        query = query.limit(limit)
    return [_register_entry(*row) for row in session.execute(query)]


def _register_entry(cert: Certificate, reg_no, title, unit_code, issuer_code) -> RegisterEntry:
    return RegisterEntry(
        certificate_id=cert.id,
        number=cert.number,
        issued_on=cert.issued_on,
        recipients=tuple(cert.recipients or ()),
        reg_no=reg_no,
        title=title,
        unit_code=unit_code,
        level=cert.level,
        decision_no=cert.decision_no,
        decision_date=cert.decision_date,
        issuer_code=issuer_code,
        signer_name=cert.signer_name,
        reprint_count=cert.reprint_count or 0,
        cancelled=bool(cert.deleted),
    )


# ---- verification --------------------------------------------------------------------------------

GENUINE = "genuine"
TAMPERED = "tampered"
UNKNOWN_ISSUER = "unknown_issuer"
NOT_IN_REGISTER = "not_in_register"
CANCELLED = "cancelled"
UNREADABLE = "unreadable"


@dataclass(frozen=True)
class VerificationResult:
    """What checking a presented certificate found, and what the register says it should show."""

    verdict: str
    message: str  # in Vietnamese; `said` in any language
    number: str | None = None
    # (label, value) as the register holds them; a label's str is its Vietnamese (--json's key)
    shows: tuple[tuple[Label, str | Message], ...] = ()
    said: Message | None = None

    @property
    def genuine(self) -> bool:
        return self.verdict == GENUINE

    @classmethod
    def of(cls, verdict: str, said: Message, number: str | None = None, shows=()):
        return cls(verdict, said.text("vi"), number, tuple(shows), said)


def verify_certificate(session: Session, presented: str) -> VerificationResult:
    """Check a certificate from its QR payload or its typed number and verification code."""
    try:
        number, code = parse_presented(presented)
    except CodeError as error:
        return VerificationResult(UNREADABLE, str(error), said=message_of(error))
    cert = session.scalar(select(Certificate).where(Certificate.number == number))
    if cert is None:
        return _not_in_register(session, number)
    shows = what_it_shows(session, cert)
    key, issuer_code = issuer_key(session, cert.issuer_node_id)
    if key is None:
        return VerificationResult.of(
            UNKNOWN_ISSUER, Message("verify.unknown_issuer", number=number), number, shows
        )
    return _judged(cert, number, code, key, issuer_code, shows)


def _judged(cert, number, code, key, issuer_code, shows) -> VerificationResult:
    if not number.startswith(f"{issuer_code}-") or not code_matches(key, fields_of(cert), code):
        return VerificationResult.of(TAMPERED, _tamper_message(cert, number, code), number, shows)
    if cert.deleted:
        return VerificationResult.of(
            CANCELLED, Message("verify.cancelled", number=number), number, shows
        )
    return VerificationResult.of(GENUINE, Message("verify.genuine", number=number), number, shows)


def _tamper_message(cert: Certificate, number: str, code: str) -> Message:
    if code != cert.verification_code:
        return Message("verify.code_mismatch", number=number)
    return Message("verify.register_altered", number=number)


def _not_in_register(session: Session, number: str) -> VerificationResult:
    unit_code = number.rsplit("-", 2)[0]
    known = unit_code == this_node(session).unit_code or session.scalar(
        select(KnownNode.node_id).where(KnownNode.unit_code == unit_code)
    )
    if not known:
        return VerificationResult.of(
            UNKNOWN_ISSUER, Message("verify.unknown_unit", number=number, unit=unit_code), number
        )
    return VerificationResult.of(
        NOT_IN_REGISTER, Message("verify.not_in_register", number=number, unit=unit_code), number
    )


def issuer_key(session: Session, node_id: str | None) -> tuple[bytes | None, str | None]:
    """The pinned public key and unit code of the node that issued a certificate."""
    node = this_node(session)
    if node_id == node.node_id:
        return node.public_key, node.unit_code
    known = session.get(KnownNode, node_id) if node_id else None
    return (known.public_key, known.unit_code) if known else (None, None)


def what_it_shows(session: Session, cert: Certificate) -> tuple[tuple[Label, str | Message], ...]:
    """The register's account of a certificate, for a person to compare with the paper."""
    initiative = session.get(Initiative, cert.initiative_id)
    issuer = session.get(Unit, cert.issuer_unit_id) if cert.issuer_unit_id else None
    decision: str | Message = cert.decision_no or ""
    if cert.decision_date:
        decision = Message("certificate.decision_on", number=decision, date=cert.decision_date)
    return (
        (Label("certificate.shows.number"), cert.number),
        (Label("certificate.shows.authors"), ", ".join(cert.recipients or ())),
        (
            Label("certificate.shows.initiative"),
            f"{initiative.reg_no} — {initiative.title}" if initiative else "?",
        ),
        (Label("certificate.shows.level"), Message("term", term=REVIEW_LEVEL.term(cert.level))),
        (Label("certificate.shows.decision"), decision),
        (Label("certificate.shows.issued_on"), f"{cert.issued_on:%d/%m/%Y}"),
        (
            Label("certificate.shows.issuer"),
            issuer.name if issuer else (cert.number.rsplit("-", 2)[0]),
        ),
        (Label("certificate.shows.signer"), cert.signer_name or ""),
        (Label("certificate.shows.reprints"), str(cert.reprint_count or 0)),
    )


# ---- the signer, remembered between batches ------------------------------------------------------

SIGNER_SETTING = "certificates.signer"


def remembered_signer(session: Session) -> Signer | None:
    """The signer of the last batch issued on this node (a local setting, never exported)."""
    setting = session.get(LocalSetting, SIGNER_SETTING)
    if setting is None or not isinstance(setting.value, dict) or not setting.value.get("name"):
        return None
    value = setting.value
    return Signer(value["name"], value.get("title") or DEFAULT_SIGNER_TITLE, value.get("place", ""))


def remember_signer(session: Session, signer: Signer) -> None:
    value = {"name": signer.name, "title": signer.title, "place": signer.place}
    setting = session.get(LocalSetting, SIGNER_SETTING)
    if setting is None:
        session.add(LocalSetting(key=SIGNER_SETTING, value=value))
    else:
        setting.value = value
