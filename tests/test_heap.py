"""The initiatives table's background searches leave the C heap as small as they found it
(issue 13: memory ≤ 150 MiB at every step)."""

from __future__ import annotations

import ctypes
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import heap

MiB = 2**20


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


@pytest.fixture
def libc():
    libc = heap._glibc()
    if libc is None or not hasattr(libc, "mallinfo2"):
        pytest.skip("glibc 2.33 or newer only")
    libc.mallinfo2.restype = _MallInfo2
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    return libc


BIG_BLOCKS = """
import ctypes, sys
from desktop import heap
from tests.test_heap import _MallInfo2
if sys.argv[1] == "kept small":
    heap.keep_heap_small()
libc = heap._glibc()
libc.mallinfo2.restype = _MallInfo2
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]
libc.free(libc.malloc(30 * 2**20))  # a search's rowids, freed
mapped = libc.mallinfo2().hblkhd
block = libc.malloc(16 * 2**20)  # the next search's
print(libc.mallinfo2().hblkhd - mapped >= 16 * 2**20)
"""


@pytest.mark.parametrize("heap_kept_small", [True, False])
def test_a_big_listing_freed_does_not_pull_the_next_one_into_the_heap(libc, heap_kept_small):
    """A search's rowids freed raised glibc's mapping threshold, so the next search's listing
    went into the heap, where it stayed resident once freed; now every big block is mapped
    apart (and unmapped when freed). Each case in a fresh process: its own heap."""
    how = "kept small" if heap_kept_small else "glibc's own"
    ran = subprocess.run(
        [sys.executable, "-c", BIG_BLOCKS, how],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert ran.stdout.split() == [str(heap_kept_small)]


def resident() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096


def test_freed_memory_goes_back_after_a_search(libc):
    """Pages freed in the middle of the heap (SQLite's cache after a query) go back to the
    system, where glibc alone keeps them resident."""
    heap.keep_heap_small()
    blocks = [libc.malloc(4000) for _ in range(4000)]  # 16 MB of cache-page sized blocks
    for block in blocks:
        ctypes.memset(block, 1, 4000)
    for block in blocks[:-1]:  # the last one keeps the heap's top where it is
        libc.free(block)
    try:
        held = resident()
        heap.give_back_freed_memory()
        assert resident() < held - 8 * MiB
    finally:
        libc.free(blocks[-1])
