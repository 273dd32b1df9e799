"""Sending a finished PDF to a printer: each page rendered by QtPdf at the printer's resolution
(capped, so a 1,200 dpi driver does not need 140 MB a page) and painted onto the QPrinter.

Runs on a worker thread: Qt allows painting on a QPrinter there, and the QPdfDocument is made on
that thread too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from db.progress import IsCancelled, OnProgress, OperationCancelled

MAX_DPI = 300


class PrinterError(Exception):
    """The printer could not be used or the PDF could not be read (a message for a person)."""


def certificate_printer() -> QPrinter:
    """A printer set up for certificates: A4 landscape, full resolution."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setDocName(QCoreApplication.translate("CertificatesPage", "Giấy chứng nhận sáng kiến"))
    return printer


def send_pdf_to_printer(
    pdf: Path,
    printer: QPrinter,
    progress: OnProgress | None = None,
    cancelled: IsCancelled | None = None,
) -> int:
    """Print every page of `pdf` (or the printer's page range); returns the pages printed."""
    document = QPdfDocument()
    if document.load(str(pdf)) != QPdfDocument.Error.None_:
        raise PrinterError(
            QCoreApplication.translate(
                "CertificatesPage", "Không đọc được tệp PDF tạm %1 để in."
            ).replace("%1", str(pdf))
        )
    try:
        pages = _pages_to_print(printer, document.pageCount())
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterError(
                QCoreApplication.translate(
                    "CertificatesPage", "Không mở được máy in. Hãy kiểm tra máy in rồi thử lại."
                )
            )
        try:
            _paint_pages(painter, printer, document, pages, progress, cancelled)
        finally:
            painter.end()
    finally:
        document.close()
    return len(pages)


def _pages_to_print(printer: QPrinter, count: int) -> list[int]:
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return list(range(count))
    return list(range(max(first, 1) - 1, min(last, count)))


def _paint_pages(painter, printer, document, pages, progress, cancelled) -> None:
    target = printer.pageLayout().paintRectPixels(printer.resolution())
    for done, page in enumerate(pages, start=1):
        if cancelled is not None and cancelled():
            printer.abort()
            raise OperationCancelled()
        if done > 1:
            printer.newPage()
        _paint_page(painter, document, page, target, printer.resolution())
        if progress is not None:
            progress(done, len(pages))


def _paint_page(painter: QPainter, document: QPdfDocument, page: int, target: QRect, dpi: int):
    points = document.pagePointSize(page)
    scale = min(dpi, MAX_DPI) / 72
    image = document.render(
        page, QSize(round(points.width() * scale), round(points.height() * scale))
    )
    size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
    left = (target.width() - size.width()) // 2
    top = (target.height() - size.height()) // 2
    painter.drawImage(QRect(left, top, size.width(), size.height()), image)
