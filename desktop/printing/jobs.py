"""The user action "print certificates", shared by `sangkien certificates` and the GUI page.

One action is one transaction: the certificates are issued (or their reprints counted) in one
short transaction once the PDF is written, so a cancelled or failed print issues nothing and
leaves no file; a finished one has issued exactly what it printed. The PDF is rendered outside the
write transaction (other clerks are not kept waiting for it), from a dry run of the same issue.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from db.certificate_batch import one_batch_at_a_time
from db.certificate_printables import PrintableCertificate, printable_certificates
from db.certificates import (
    CertificateError,
    Signer,
    certificate_ids_for,
    issue_certificates,
    remember_signer,
    remembered_signer,
    reprint_certificates,
    select_initiatives,
)
from db.fileutil import staged_files
from db.messages import Joined, Message, message_of
from db.progress import IsCancelled, OnProgress
from db.queries.programmes import UnknownProgramme, initiatives_counting, programme_by_code
from db.session import Database
from desktop.printing.batch import render_certificates
from desktop.printing.template import Template

MAX_REASONS_SHOWN = 5


class NothingToPrint(CertificateError):
    """The selection holds nothing that can be printed; says why."""


@dataclass(frozen=True)
class CertificateSelection:
    """Which initiatives: those of a unit (and below), a phase, a status, or listed ones; with
    a programme code, only those counting toward it, printed with its certificate wording."""

    unit_id: str | None = None
    phase_id: str | None = None
    status: str | None = None
    reg_nos: tuple[str, ...] = ()
    initiative_ids: tuple[str, ...] = ()
    programme: str | None = None

    def initiative_ids_in(self, session: Session, reprint: bool) -> list[str]:
        if self.initiative_ids:
            return list(self.initiative_ids)
        # Listed initiatives are all taken, so that one that cannot have a certificate is
        # named with the reason (not lost in "nothing recognised in the selection").
        default = None if self.reg_nos else "certified" if reprint else "recognised"
        status = self.status or default
        ids = select_initiatives(
            session,
            unit_id=self.unit_id,
            phase_id=self.phase_id,
            status=status,
            reg_nos=self.reg_nos,
        )
        if self.programme:
            ids = initiatives_counting(session, self._programme(session), ids)
        return ids

    def wording(self, session: Session, template: Template | None) -> Template | None:
        """The template with the programme's certificate wording (as it was without one)."""
        if not self.programme:
            return template
        from dataclasses import replace

        from desktop.printing.template import load_template

        template = template or load_template()
        wording = self._programme(session).certificate_wording
        return replace(template, texts={**template.texts, "programme": wording or ""})

    def _programme(self, session: Session):
        try:
            return programme_by_code(session, self.programme or "")
        except UnknownProgramme as error:
            raise CertificateError(message_of(error) or str(error)) from None


@dataclass
class PrintResult:
    files: list[Path] = field(default_factory=list)
    pages: int = 0
    issued: list[str] = field(default_factory=list)  # new certificate numbers
    reprinted: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def print_certificates(
    database: Database,
    selection: CertificateSelection,
    out: Path | str,
    *,
    reprint: bool = False,
    signer: Signer | None = None,
    issued_on: dt.date | None = None,
    actor: str = "",
    split: bool = False,
    progress: OnProgress | None = None,
    cancelled: IsCancelled | None = None,
    template: Template | None = None,
) -> PrintResult:
    """Issue certificates to the selected recognised initiatives (or, with `reprint`, count a
    reprint of their existing ones) and print them into `out`, all in one transaction.

    The PDFs are written inside the transaction under temporary names and take their final
    names once it has committed: a program killed in between leaves certificates issued (and
    reprintable) but never a PDF whose numbers the register does not hold."""
    with one_batch_at_a_time(database), staged_files() as stage:  # refused before any drawing
        result = _issue_and_render(
            database, selection, out, reprint, signer, issued_on, actor, split,
            progress, cancelled, template, stage,
        )  # fmt: skip
        stage.publish()
    return result


def _issue_and_render(
    database, selection, out, reprint, signer, issued_on, actor, split,
    progress, cancelled, template, stage,
) -> PrintResult:  # fmt: skip
    issue = (selection, reprint, signer, issued_on, actor)
    with database.session() as session:  # a dry run, rolled back: the pages as they will be
        try:
            _result, pages = _issue_pages(session, *issue)
            template = selection.wording(session, template)
        finally:
            session.rollback()
    rendered = render_certificates(
        pages,
        out,
        split=split,
        total=len(pages),
        progress=progress,
        cancelled=cancelled,
        template=template,
        stage=stage,
    )
    with database.transaction() as session:  # the write lock only for the issue itself
        result, issued_pages = _issue_pages(session, *issue)
        if issued_pages != pages:
            raise CertificateError(Message("print.register_changed"))
    result.files, result.pages = rendered.files, rendered.pages
    return result


def _issue_pages(session, selection, reprint, signer, issued_on, actor):
    """Issue (or count reprints of) the selection's certificates; the result and their pages."""
    ids = selection.initiative_ids_in(session, reprint)
    if not ids:
        raise NothingToPrint(_nothing_message(reprint, 0, []))
    result = PrintResult()
    if reprint:
        certificate_ids = certificate_ids_for(session, ids)
        result.reprinted = reprint_certificates(session, certificate_ids, actor)
    else:
        certificate_ids = _issue(session, ids, signer, issued_on, actor, result)
    if not certificate_ids:
        raise NothingToPrint(_nothing_message(reprint, len(ids), result.skipped))
    return result, list(printable_certificates(session, certificate_ids))


def _issue(session, ids, signer, issued_on, actor, result: PrintResult) -> list[str]:
    signer = signer or remembered_signer(session)
    if signer is None:
        raise CertificateError(Message("print.no_signer"))
    issued = issue_certificates(session, ids, signer, actor, issued_on)
    remember_signer(session, signer)
    result.issued, result.skipped = issued.numbers, issued.skipped
    return issued.certificate_ids


def _nothing_message(reprint: bool, selected: int, skipped: list[tuple[str, Message]]) -> Message:
    if selected == 0:
        return Message("print.none_certified" if reprint else "print.none_recognised")
    if reprint:
        return Message("print.nothing_to_reprint")
    reasons = [
        Message("print.skipped_one", reg_no=reg_no, why=why)
        for reg_no, why in skipped[:MAX_REASONS_SHOWN]
    ]
    more = len(skipped) - MAX_REASONS_SHOWN
    return Message(
        "print.nothing_issued",
        reasons=Joined(reasons, "; "),
        more=Message("print.and_more", count=more) if more > 0 else "",
    )


def preview_certificate(
    database: Database,
    initiative_id: str,
    signer: Signer | None = None,
    issued_on: dt.date | None = None,
) -> PrintableCertificate | None:
    """The page an initiative would get, number and code included, without issuing anything:
    a certified initiative shows its certificate; a recognised one is issued in a transaction
    that is rolled back. None if it can have no certificate."""
    with database.session() as session:
        try:
            existing = certificate_ids_for(session, [initiative_id])
            if not existing:
                signer = signer or remembered_signer(session) or Signer("(Họ và tên người ký)")
                issued = issue_certificates(
                    session, [initiative_id], signer, "xem trước", issued_on
                )
                existing = issued.certificate_ids
            return next(iter(printable_certificates(session, existing)), None)
        finally:
            session.rollback()
