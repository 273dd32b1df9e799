"""One PDF written as a stream of small PDFs, so that memory stays flat however many pages.

ReportLab keeps every page of a document in memory until `save()`. A batch of thousands of
certificates is therefore drawn in chunks of a few hundred pages, each a complete little PDF in
memory; this writer copies each chunk's pages (and what they use: fonts, the border form) into
the output file at once, renumbering the objects, and forgets the chunk. At the end it writes the
page tree, the catalogue and the cross-reference table. What it keeps meanwhile is one file
offset per object and one number per page.

`one_page_files` cuts a chunk the other way, for a batch printed one file per certificate: every
page becomes a complete PDF of its own. The pages of a chunk share their fonts (ReportLab subsets
them once per document) and the border, so these are written once per chunk and their bytes
copied into each file: a file costs its own page, not a font embedding.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import BinaryIO

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    StreamObject,
    TextStringObject,
)

CATALOG, PAGE_TREE = 1, 2
HEADER = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"


class _CountingStream:
    """The output file, counting the bytes written (the offsets the xref table needs)."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.position = 0

    def write(self, data: bytes) -> int:
        self.handle.write(data)
        self.position += len(data)
        return len(data)


class ChunkedPdfWriter:
    def __init__(self, handle: BinaryIO, title: str = "", prefix: _Prefix | None = None) -> None:
        """A new PDF in `handle`; with `prefix`, one that starts with the prefix's objects."""
        self.out = _CountingStream(handle)
        self.title = title
        self.pages: list[int] = []
        if prefix is None:
            self.offsets: dict[int, int] = {}
            self.next_number = PAGE_TREE + 1
            self.out.write(HEADER)
        else:
            self.offsets = dict(prefix.offsets)
            self.next_number = prefix.next_number
            self.out.write(prefix.data)

    def new_chunk(self) -> io.BytesIO:
        """Where ReportLab draws the next chunk."""
        return io.BytesIO()

    def add_chunk(self, chunk: io.BytesIO) -> None:
        """Copy every page of a finished chunk into the output, then let the chunk go."""
        chunk.seek(0)
        reader = PdfReader(chunk)
        numbers: dict[int, int] = {}
        for page in reader.pages:
            self.pages.append(self._copy_graph(page.indirect_reference, numbers))

    def close(self) -> None:
        """Write the page tree, the catalogue, the document info and the xref table."""
        kids = ArrayObject(IndirectObject(n, 0, None) for n in self.pages)  # type: ignore[arg-type]
        tree = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Pages"),
                NameObject("/Kids"): kids,
                NameObject("/Count"): NumberObject(len(self.pages)),
            }
        )
        self._write_object(PAGE_TREE, tree)
        catalog = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Catalog"),
                NameObject("/Pages"): IndirectObject(PAGE_TREE, 0, None),  # type: ignore[arg-type]
            }
        )
        self._write_object(CATALOG, catalog)
        info = self._allocate()
        self._write_object(
            info,
            DictionaryObject(
                {
                    NameObject("/Title"): TextStringObject(self.title),
                    NameObject("/Producer"): TextStringObject("SángKiến (ReportLab)"),
                }
            ),
        )
        self._write_xref(info)

    # ---- copying ---------------------------------------------------------------------------------

    def _allocate(self) -> int:
        number = self.next_number
        self.next_number += 1
        return number

    def _copy_graph(self, root: IndirectObject, numbers: dict[int, int]) -> int:
        """Write `root` and every object it refers to (once per chunk); returns root's number."""
        queue: list[IndirectObject] = []
        first = self._number_for(root, numbers, queue)
        while queue:
            ref = queue.pop()
            obj = ref.get_object()
            self._write_object(numbers[ref.idnum], self._renumbered(obj, numbers, queue))
        return first

    def _number_for(self, ref: IndirectObject, numbers: dict[int, int], queue: list) -> int:
        if ref.idnum not in numbers:
            numbers[ref.idnum] = self._allocate()
            queue.append(ref)
        return numbers[ref.idnum]

    def _renumbered(self, obj: PdfObject, numbers: dict[int, int], queue: list) -> PdfObject:
        if isinstance(obj, IndirectObject):
            return IndirectObject(self._number_for(obj, numbers, queue), 0, None)  # type: ignore[arg-type]
        if isinstance(obj, DictionaryObject):
            return self._renumbered_dict(obj, numbers, queue)
        if isinstance(obj, ArrayObject):
            return ArrayObject(self._renumbered(item, numbers, queue) for item in obj)
        return obj

    def _renumbered_dict(self, obj: DictionaryObject, numbers, queue) -> DictionaryObject:
        copy: DictionaryObject
        if isinstance(obj, StreamObject):
            copy = type(obj)()
            copy._data = obj._data  # still encoded: copied as it is, not recompressed
        else:
            copy = DictionaryObject()
        is_page = dict.get(obj, "/Type") == "/Page"
        for key, value in dict.items(obj):
            if is_page and key == "/Parent":
                copy[NameObject(key)] = IndirectObject(PAGE_TREE, 0, None)  # type: ignore[arg-type]
            elif key != "/Length":
                copy[NameObject(key)] = self._renumbered(value, numbers, queue)
        return copy

    # ---- writing ---------------------------------------------------------------------------------

    def _write_object(self, number: int, obj: PdfObject) -> None:
        self.offsets[number] = self.out.position
        self.out.write(f"{number} 0 obj\n".encode("ascii"))
        obj.write_to_stream(self.out)  # type: ignore[arg-type]
        self.out.write(b"\nendobj\n")

    def _write_xref(self, info: int) -> None:
        start = self.out.position
        size = self.next_number
        lines = [f"xref\n0 {size}\n", "0000000000 65535 f \n"]
        lines += [f"{self.offsets.get(n, 0):010d} 00000 n \n" for n in range(1, size)]
        lines.append(f"trailer\n<< /Size {size} /Root {CATALOG} 0 R /Info {info} 0 R >>\n")
        lines.append(f"startxref\n{start}\n%%EOF\n")
        self.out.write("".join(lines).encode("ascii"))


# ---- one file per page ---------------------------------------------------------------------------


class _Prefix:
    """The start of a file: the header and the objects every page of a chunk shares, written
    once; `numbers` maps the chunk's object numbers to theirs in the file."""

    def __init__(self, reader: PdfReader, title: str) -> None:
        buffer = io.BytesIO()
        writer = ChunkedPdfWriter(buffer, title)
        self.numbers: dict[int, int] = {}
        first = reader.pages[0]
        queue: list[IndirectObject] = []
        for key, value in dict.items(first):
            if key not in ("/Contents", "/Parent", "/Type"):
                writer._renumbered(value, self.numbers, queue)
        while queue:
            ref = queue.pop()
            obj = writer._renumbered(ref.get_object(), self.numbers, queue)
            writer._write_object(self.numbers[ref.idnum], obj)
        self.data = buffer.getvalue()
        self.offsets = writer.offsets
        self.next_number = writer.next_number


def one_page_files(chunk: io.BytesIO, title: str = "") -> Iterator[bytes]:
    """Every page of a finished chunk as the bytes of a complete one-page PDF."""
    chunk.seek(0)
    reader = PdfReader(chunk)
    prefix = _Prefix(reader, title)
    for page in reader.pages:
        buffer = io.BytesIO()
        writer = ChunkedPdfWriter(buffer, title, prefix)
        writer.pages.append(writer._copy_graph(page.indirect_reference, dict(prefix.numbers)))
        writer.close()
        yield buffer.getvalue()
