"""A paper written to a file: PDF (paper_pdf.py) or .docx (paper_docx.py), chosen by the file
name's suffix. Above both writers and the blocks they render (paper.py)."""

from __future__ import annotations

from pathlib import Path

from db.messages import Message
from desktop.printing.paper import Paper


def write_paper(paper: Paper, path: Path | str) -> Path:
    """Write `paper` as .pdf or .docx, chosen by the file name's suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from desktop.printing.paper_pdf import write_pdf

        write_pdf(paper, path)
    elif suffix == ".docx":
        from desktop.printing.paper_docx import write_docx

        write_docx(paper, path)
    else:
        raise ValueError(Message("print.paper_suffix", name=path.name))
    return path
