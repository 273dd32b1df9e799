"""Sync by packages (docs/ARCHITECTURE.md, "Sync"): no Qt, used by the command line and the GUI.

    enrolment.py  enroll (setup package at the parent), init_from_setup_package (at the new node)
    export.py     export_package: the delta (or --full) for the parent or a child
    importer.py   preview_package / import_package / import_paths: checks, preview, apply
    conflicts.py  the concurrent edits kept for a person to compare and reverse
    history.py    packages in and out, known nodes (for the GUI and `sangkien sync-status`)

    format.py     the package file: members and manifest (format version 1)
    writer.py     writing a package (streamed, hashed, signed, atomic)
    reader.py     opening a package and checking the archive, manifest and signature
    verify.py     first pass over the records: hashes, types, units
    apply.py      second pass: merge per field by version stamp, refuse, write in batches
    merge.py      the merge rule and the definition of a conflict (pure)
    authority.py  who may change what: RULES, one table of synced table -> field -> owner (pure)
    rules.py      the local forms' business rules applied to incoming records (pure)
    clock_policy.py  how far ahead a sender's clock may be (15 minutes) and clock-repair
    (db/recognition.py: recognition derived from reviews and certificates, pure)
    scope.py      which records go to whom (and the summary of a technology secret)
    trust.py      pinning nodes' keys, re-enrolment
    nodes.py      parent/children, destinations, receipts, enrolments
    codec.py      records <-> SQLite values, fast
    crypto.py     packages sealed to the recipient's key (issue 6)

Every function that can take long accepts `progress(done, total)` and `cancelled() -> bool`.
Everything that goes wrong with a package raises `PackageRefused(message)`; the database is left
byte-for-byte as it was by every failure before the import's one write transaction.
"""

from db.sync.errors import PackageRefused, SyncCancelled, UnknownSender

__all__ = ["PackageRefused", "SyncCancelled", "UnknownSender"]
