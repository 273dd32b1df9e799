"""Printing certificates in batches: all into one PDF, or one PDF per certificate in a folder.

Each file is written under a temporary name and renamed when complete, so a cancelled or failed
batch leaves no half file behind; in a folder, the files this batch already finished are removed
too (the caller rolls back what it issued, and those numbers would not exist).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from db.certificate_printables import PrintableCertificate
from db.fileutil import StagedFiles, atomic_path, storage_error
from db.progress import IsCancelled, OnProgress, OperationCancelled
from desktop.printing.border import define_border_form
from desktop.printing.certificate import draw_certificate
from desktop.printing.fonts import register_fonts
from desktop.printing.pdfstream import ChunkedPdfWriter
from desktop.printing.template import Template, TemplateError, load_template

PAGES_PER_CHUNK = 250


class PrintCancelled(OperationCancelled):
    """The person pressed Cancel: nothing was written."""


@dataclass
class RenderResult:
    files: list[Path] = field(default_factory=list)
    pages: int = 0


class CertificatePrinter:
    """A template with its fonts registered: makes canvases and draws certificate pages."""

    def __init__(self, template: Template | None = None) -> None:
        self.template = template or load_template()
        self.faces = register_fonts(self.template.fonts)
        self._check_fonts()

    def _check_fonts(self) -> None:
        items = [*self.template.elements, *(i for f in self.template.flows for i in f.items)]
        for element in items:
            if element.style.font not in self.faces:
                raise TemplateError(
                    f"Mẫu {self.template.path}: phần tử '{element.id}' dùng phông "
                    f"'{element.style.font}' không có trong 'fonts'. (Unknown font key.)"
                )

    def new_canvas(self, target) -> Canvas:
        canvas = Canvas(
            target,
            pagesize=(self.template.width, self.template.height),
            pageCompression=1,
            initialFontName=self.faces[next(iter(self.faces))],
        )
        canvas.setTitle("Giấy chứng nhận sáng kiến")
        canvas.setCreator("SángKiến")
        self.border = define_border_form(
            canvas,
            self.template.width,
            self.template.height,
            self.template.border,
            self.template.color,
        )
        return canvas

    def draw_page(self, canvas: Canvas, cert: PrintableCertificate) -> None:
        draw_certificate(canvas, cert, self.template, self.faces, self.border)
        canvas.showPage()


def render_certificates(
    certs: Iterable[PrintableCertificate],
    out: Path | str,
    *,
    split: bool = False,
    total: int | None = None,
    progress: OnProgress | None = None,
    cancelled: IsCancelled | None = None,
    template: Template | None = None,
    stage: StagedFiles | None = None,
) -> RenderResult:
    """Print `certs` into the PDF `out`, or with `split` one PDF per certificate in the folder
    `out`. Pages are streamed to disk as they are drawn: memory stays flat however many. With
    `stage`, the finished files wait under temporary names for `stage.publish()`."""
    printer = CertificatePrinter(template)
    ticker = _Ticker(total, progress, cancelled)
    if split:
        return _render_split(printer, certs, Path(out), ticker, stage)
    return _render_one(printer, certs, Path(out), ticker, stage)


class _Ticker:
    def __init__(
        self, total: int | None, progress: OnProgress | None, cancelled: IsCancelled | None
    ):
        self.total = total or 0
        self.done = 0
        self.progress = progress
        self.cancelled = cancelled

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise PrintCancelled("Đã huỷ in. (Printing cancelled.)")

    def tick(self) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, max(self.total, self.done))


def _render_one(
    printer: CertificatePrinter, certs, out: Path, ticker: _Ticker, stage: StagedFiles | None
) -> RenderResult:
    with atomic_path(out, stage) as temp, open(temp, "wb") as handle:
        writer = ChunkedPdfWriter(handle, title="Giấy chứng nhận sáng kiến")
        pages = _draw_in_chunks(printer, certs, writer, ticker)
        writer.close()
    return RenderResult([out], pages)


def _draw_in_chunks(printer, certs, writer: ChunkedPdfWriter, ticker: _Ticker) -> int:
    """Draw PAGES_PER_CHUNK pages at a time into a small in-memory PDF and pass it on."""
    chunk: Canvas | None = None
    in_chunk = pages = 0
    for cert in certs:
        ticker.check()
        if chunk is None:
            chunk, in_chunk = printer.new_canvas(writer.new_chunk()), 0
        printer.draw_page(chunk, cert)
        in_chunk, pages = in_chunk + 1, pages + 1
        ticker.tick()
        if in_chunk == PAGES_PER_CHUNK:
            writer.add_chunk(_saved(chunk))
            chunk = None
    if chunk is not None:
        writer.add_chunk(_saved(chunk))
    return pages


def _saved(canvas: Canvas):
    canvas.save()
    return canvas._filename


def _render_split(
    printer: CertificatePrinter, certs, folder: Path, ticker: _Ticker, stage: StagedFiles | None
):
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise storage_error(error, folder) from error
    result = RenderResult()
    try:
        for cert in certs:
            ticker.check()
            result.files.append(_render_single(printer, cert, folder, stage))
            result.pages += 1
            ticker.tick()
    except BaseException:
        for path in result.files:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    return result


def _render_single(
    printer: CertificatePrinter,
    cert: PrintableCertificate,
    folder: Path,
    stage: StagedFiles | None = None,
) -> Path:
    path = folder / f"{file_stem(cert.number)}.pdf"
    with atomic_path(path, stage) as temp:
        canvas = printer.new_canvas(str(temp))
        printer.draw_page(canvas, cert)
        canvas.save()
    return path


def file_stem(number: str) -> str:
    """A certificate number as a file name on any system."""
    return re.sub(r"[^0-9A-Za-z._-]+", "_", number).strip("._") or "chung-nhan"
