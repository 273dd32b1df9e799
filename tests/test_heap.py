"""The initiatives table's background searches leave the C heap as small as they found it
(issue 13: memory ≤ 150 MiB at every step)."""

from __future__ import annotations

import ctypes

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


def test_a_big_listing_freed_does_not_pull_the_next_one_into_the_heap(libc):
    """A million rowids freed after a search used to raise glibc's mapping threshold, so the
    next search's listing stayed in the heap for good; now every big block is mapped apart."""
    heap.keep_heap_small()
    first = libc.malloc(8 * MiB)
    libc.free(first)  # glibc alone would now map only blocks over 8 MiB apart
    mapped = libc.mallinfo2().hblkhd
    second = libc.malloc(2 * MiB)
    try:
        assert libc.mallinfo2().hblkhd >= mapped + 2 * MiB
    finally:
        libc.free(second)
    assert libc.mallinfo2().hblkhd <= mapped + heap.MAPPED_FROM  # and given back when freed


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
