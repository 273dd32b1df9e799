"""What the certificates page asks the printing core to do, as plain data a worker thread can run:
which initiatives (the whole filter, or the ticked rows), issue or reprint, who signs, where the
PDF goes. No widgets here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from db.certificates import Signer
from db.queries.filters import InitiativeFilter
from db.session import Database
from desktop.i18n import counted
from desktop.messages import arg, say
from desktop.models.certificate_candidates import initiative_ids_of

if TYPE_CHECKING:  # ReportLab, Pillow and pypdf load when a batch is printed, not at start-up
    from desktop.printing.jobs import CertificateSelection, PrintResult


@dataclass(frozen=True)
class PrintJob:
    filter: InitiativeFilter
    rowids: tuple[int, ...] | None  # None: everything the filter matches
    reprint: bool
    signer: Signer | None
    issued_on: dt.date | None
    actor: str
    out: Path
    split: bool = False
    qr: bool = True  # False: the certificates print without a QR code

    def selection(self, database: Database) -> CertificateSelection:
        from desktop.printing.jobs import CertificateSelection

        if self.rowids is None:
            return CertificateSelection(
                unit_id=self.filter.unit_id,
                phase_id=self.filter.phase_id,
                status=self.filter.status,
            )
        return CertificateSelection(
            initiative_ids=tuple(initiative_ids_of(database, list(self.rowids)))
        )

    def run(self, database: Database, progress, cancelled) -> PrintResult:
        from desktop.printing.jobs import print_certificates
        from desktop.printing.template import without_qr

        return print_certificates(
            database,
            self.selection(database),
            self.out,
            reprint=self.reprint,
            signer=None if self.reprint else self.signer,
            issued_on=self.issued_on,
            actor=self.actor,
            split=self.split,
            progress=progress,
            cancelled=cancelled,
            template=None if self.qr else without_qr(),
        )


MAX_SKIPPED_SHOWN = 8


class CertificateCounts(QObject):
    """Plural texts live in a class: lupdate reads them only from self.tr(text, "", n)."""

    def issued(self, n: int) -> str:
        return counted(self.tr("Đã cấp %Ln giấy chứng nhận (%1 … %2).", "", n), n)

    def issued_one(self, number: str) -> str:
        return arg(self.tr("Đã cấp 1 giấy chứng nhận (số %1)."), number)

    def reprinted(self, n: int) -> str:
        return counted(
            self.tr("Đã in lại %Ln giấy chứng nhận (ghi BẢN IN LẠI trên giấy).", "", n), n
        )

    def skipped(self, n: int) -> str:
        return counted(self.tr("Bỏ qua %Ln sáng kiến:", "", n), n)

    def more(self, n: int) -> str:
        return counted(self.tr("… và %Ln sáng kiến khác.", "", n), n)


def result_text(result: PrintResult, tr) -> str:
    """What was issued or reprinted, and what was skipped and why."""
    words = CertificateCounts()
    lines = []
    if len(result.issued) == 1:  # one number, not a range from it to itself
        lines.append(words.issued_one(result.issued[0]))
    elif result.issued:
        lines.append(arg(words.issued(len(result.issued)), result.issued[0], result.issued[-1]))
    if result.reprinted:
        lines.append(words.reprinted(len(result.reprinted)))
    if result.skipped:
        lines.append(words.skipped(len(result.skipped)))
        lines += [f"• {reg_no}: {say(why)}" for reg_no, why in result.skipped[:MAX_SKIPPED_SHOWN]]
        if len(result.skipped) > MAX_SKIPPED_SHOWN:
            lines.append(words.more(len(result.skipped) - MAX_SKIPPED_SHOWN))
    return "\n".join(lines)
