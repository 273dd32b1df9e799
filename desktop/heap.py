"""The C heap of a process that reads a big database in the background (issue 13: ≤ 150 MiB).

glibc keeps what is freed: each worker thread gets an arena of its own, a big block freed raises
the size from which blocks are mapped apart (so the next listing of a million rowids lands in the
heap and stays there), and freed pages in the middle of a heap are not given back. With the
table's searches that was 15-30 MiB resident that nothing used. Elsewhere (Windows, macOS, musl)
these calls do nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import cache

_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
_M_ARENA_MAX = -8
MAPPED_FROM = 2**20  # blocks this big (a common word's rowids) are mapped apart, and unmapped
TRIM_FROM = 2 * 2**20  # free memory at the heap's top beyond this goes back at once
ARENAS = 2  # the GUI thread and the table's background queries share two heaps


@cache
def _glibc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
    except (OSError, AttributeError):  # not glibc
        return None
    return libc


@cache
def keep_heap_small() -> None:
    """Fixed thresholds instead of glibc's growing ones, and few arenas (once per process)."""
    libc = _glibc()
    if libc is None:
        return
    libc.mallopt(_M_MMAP_THRESHOLD, MAPPED_FROM)
    libc.mallopt(_M_TRIM_THRESHOLD, TRIM_FROM)
    libc.mallopt(_M_ARENA_MAX, ARENAS)


def give_back_freed_memory() -> None:
    """Return the heap's free pages to the system (after a search's queries: SQLite's cache
    pages, a listing's batches)."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)
