"""Printing certificates in batches: all into one PDF, or one PDF per certificate in a folder.

Each file is written under a temporary name and renamed when complete, so a cancelled or failed
batch leaves no half file behind; in a folder, the files this batch already finished are removed
too (the caller rolls back what it issued, and those numbers would not exist).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
from collections import deque
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from db.certificate_printables import PrintableCertificate
from db.fileutil import StagedFiles, atomic_path, storage_error, temp_name_for
from db.messages import Message
from db.progress import IsCancelled, OnProgress, OperationCancelled
from desktop.printing.border import define_border_form
from desktop.printing.certificate import draw_certificate
from desktop.printing.fonts import register_fonts
from desktop.printing.pdfstream import ChunkedPdfWriter, one_page_files
from desktop.printing.template import Template, TemplateError, load_template

PAGES_PER_CHUNK = 250
# Pages drawn together before being cut into one file each: the files of a chunk carry the
# chunk's font subsets (the letters of all its pages), so a smaller chunk makes smaller files.
SPLIT_CHUNK = 50
TITLE = "Giấy chứng nhận sáng kiến"


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
                    Message(
                        "print.unknown_font_key",
                        path=self.template.path,
                        element=element.id,
                        font=element.style.font,
                    )
                )

    def new_canvas(self, target) -> Canvas:
        canvas = Canvas(
            target,
            pagesize=(self.template.width, self.template.height),
            pageCompression=1,
            initialFontName=self.faces[next(iter(self.faces))],
        )
        canvas.setTitle(TITLE)
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
            raise PrintCancelled(Message("print.cancelled"))

    def tick(self) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, max(self.total, self.done))


def _render_one(
    printer: CertificatePrinter, certs, out: Path, ticker: _Ticker, stage: StagedFiles | None
) -> RenderResult:
    with atomic_path(out, stage) as temp, open(temp, "wb") as handle:
        writer = ChunkedPdfWriter(handle, title=TITLE)
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
    """One file per certificate. The pages are drawn SPLIT_CHUNK at a time into one document and
    then cut into files (pdfstream.one_page_files): the fonts are subset and compressed once per
    chunk, not once per file, which was most of a file's cost."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise storage_error(error, folder) from error
    files = _SyncedFiles()
    try:
        for batch in _batches(certs, SPLIT_CHUNK):
            canvas = printer.new_canvas(io.BytesIO())
            for cert in batch:
                ticker.check()
                printer.draw_page(canvas, cert)
            for cert, data in zip(batch, one_page_files(_saved(canvas), TITLE), strict=True):
                ticker.check()
                files.write(data, folder / f"{file_stem(cert.number)}.pdf")
                ticker.tick()
        files.finish(stage)
    except BaseException:
        files.discard()
        raise
    return RenderResult(files.paths, len(files.paths))


def _batches(certs: Iterable[PrintableCertificate], size: int):
    iterator = iter(certs)
    while batch := list(islice(iterator, size)):
        yield batch


class _SyncedFiles:
    """Files written under temporary names and flushed to disk (fsync) on worker threads while
    the next pages are drawn; `finish` waits for the flushes, then renames them all (or hands
    them to the stage). A flush per file, waited for in turn, was most of a batch's time."""

    IN_FLIGHT = 2 * SPLIT_CHUNK

    def __init__(self) -> None:
        self.pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="pdf-sync")
        self.temps: list[tuple[Path, Path]] = []
        self.flushing: deque[tuple[Path, Future]] = deque()
        self.paths: list[Path] = []
        self.publishing = False

    def write(self, data: bytes, path: Path) -> None:
        temp = temp_name_for(path)
        self.temps.append((temp, path))
        self.flushing.append((path, self.pool.submit(_write_and_sync, temp, data)))
        while len(self.flushing) > self.IN_FLIGHT:
            self._wait_oldest()

    def _wait_oldest(self) -> None:
        path, future = self.flushing.popleft()
        try:
            future.result()
        except OSError as error:
            raise storage_error(error, path) from error

    def finish(self, stage: StagedFiles | None) -> None:
        while self.flushing:
            self._wait_oldest()
        self.pool.shutdown()
        self.paths = [path for _temp, path in self.temps]
        if stage is not None:
            for temp, path in self.temps:
                stage.add(temp, path)
            return
        self.publishing = True
        publishing = StagedFiles()
        for temp, path in self.temps:
            publishing.add(temp, path)
        publishing.publish()

    def discard(self) -> None:
        """Remove what this batch wrote (and, if it was renaming them, the finished files)."""
        self.pool.shutdown(cancel_futures=True)
        for temp, path in self.temps:
            for name in (temp, path) if self.publishing else (temp,):
                with contextlib.suppress(OSError):
                    name.unlink()


def _write_and_sync(temp: Path, data: bytes) -> None:
    with open(temp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def file_stem(number: str) -> str:
    """A certificate number as a file name on any system."""
    return re.sub(r"[^0-9A-Za-z._-]+", "_", number).strip("._") or "chung-nhan"
