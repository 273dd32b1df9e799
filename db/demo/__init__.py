"""The demo: a headquarters database that reproduces the programme's own figures.

Apart from everything a real node runs (nothing outside this package imports it but the `demo`
command, the first-run screen and the tests). docs/ARCHITECTURE.md, "The demo".

    build.py     build_demo(path): a new file, the reference data, the records, indexes at the end
    records.py   DemoRecords: people, initiatives, authors, reviews, certificates, in bulk
    bulk.py      ChunkComposer: a chunk of initiatives at once, from its own generator
    writer.py    where the rows go: executemany here, or in a second process while this composes
    signing.py   the certificates' signatures, on two threads while the indexes are built
    current.py   the register of 2024–2026 and the current programme NLD-2025
    compose.py   the weights of surnames, kinds of solution and authors' shares
    text.py      the word lists

This module stays light (no SQLAlchemy): the command line reads the defaults below while it
builds its parser, and `build_demo` and its companions are imported from build.py on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from db.demo.build import DemoCancelled, DemoError, DemoSummary, build_demo

__all__ = [
    "DEFAULT_INITIATIVES",
    "DEFAULT_SEED",
    "MAX_INITIATIVES",
    "DemoCancelled",
    "DemoError",
    "DemoSummary",
    "build_demo",
]

DEFAULT_INITIATIVES = 7085
DEFAULT_SEED = 2023
MAX_INITIATIVES = 5_000_000

_FROM_BUILD = {"DemoCancelled", "DemoError", "DemoSummary", "build_demo"}


def __getattr__(name: str) -> Any:
    if name in _FROM_BUILD:
        return getattr(importlib.import_module("db.demo.build"), name)
    raise AttributeError(f"module 'db.demo' has no attribute {name!r}")
