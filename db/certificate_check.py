"""Checking a certificate as presented: its QR payload, its number with the full signature, or
its number with the short check code a person types (db/certificate_codes.short_code).

The full forms go straight to db.certificates.verify_certificate. A short code is matched against
the register's stored signature first, and then that signature goes through the same check, so
a short code is genuine only when the register holds the certificate, the code is the hash of its
signature, and the signature verifies against the issuer's pinned key."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.certificate_codes import (
    CODE_DIGITS,
    SHORT_DIGITS,
    parse_short,
    short_code,
    short_grouped,
    typed_code_length,
)
from db.certificates import (
    TAMPERED,
    UNREADABLE,
    VerificationResult,
    verify_certificate,
    what_it_shows,
)
from db.messages import Message
from db.models import Certificate


def verify_presented(session: Session, presented: str) -> VerificationResult:
    short = parse_short(presented)
    if short is None:
        typed = typed_code_length(presented)
        if 0 < typed < CODE_DIGITS // 2:  # the printed check code, mistyped: say its length
            said = Message("code.short_length", digits=SHORT_DIGITS, got=typed)
            return VerificationResult.of(UNREADABLE, said)
        return verify_certificate(session, presented)
    number, code = short
    cert = session.scalar(select(Certificate).where(Certificate.number == number))
    if cert is None or not cert.verification_code:
        # No such certificate here: the register's own answer (not in the register, or an
        # issuer this node has never heard of), which depends on the number only.
        return verify_certificate(session, f"{number} {'0' * CODE_DIGITS}")
    if short_code(cert.verification_code) != code:
        return VerificationResult.of(
            TAMPERED,
            Message("verify.short_code_mismatch", code=short_grouped(code), number=number),
            number,
            what_it_shows(session, cert),
        )
    return verify_certificate(session, f"{number} {cert.verification_code}")
