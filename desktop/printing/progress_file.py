"""The progress report written to a file: a PDF to print (progress_pdf.py) or an Excel workbook to
work on (progress_xlsx.py), chosen by the suffix. Above both writers and the text they share
(progress_report.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session

from db.messages import Message
from db.queries.stats import progress_stats

SUFFIXES = (".pdf", ".xlsx")


def write_progress_report(
    session: Session,
    out: Path,
    *,
    as_of: dt.date,
    unit_code: str | None,
    programme_code: str | None = None,
) -> None:
    """Write the progress report of `unit_code` (this node's unit by default) in a programme
    (the one of `as_of` by default) as of `as_of` to `out`, a .pdf or .xlsx file. ValueError for
    another suffix; StorageError when the file cannot be written; UnknownUnit or
    UnknownProgramme (LookupErrors) for a code not known."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(Message("print.report_suffix", name=out.name))
    stats = progress_stats(session, as_of, unit_code, programme_code)
    if suffix == ".pdf":
        from desktop.printing.progress_pdf import write_progress_pdf

        write_progress_pdf(stats, out)
    else:
        from desktop.printing.progress_xlsx import write_progress_xlsx

        write_progress_xlsx(stats, out)
