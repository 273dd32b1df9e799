"""The first pass over a package, before anything is written: every member's hash, every record's
form and types, and every unit a record names.

A record must have a valid id (once per table) and version stamps, only fields of its table,
values of the right type and within bounds (db/sync/codec.py: NFC text within its length, whole
numbers within SQLite's range and money within db.validation's limit, real dates, true/false,
certificate recipients as a list of names), and
every required field unless the column has a default (an initiative of a technology secret may
lack its details: those columns are optional). Every unit a record points at must exist here or
in the package. Any failure refuses the whole package with one message naming the table, the line
and the field: such a package is broken or forged, and nothing of it is imported.

The pass also collects what the merge needs: the ids per table (to tell a reference to a later
record of the same package from a dangling one), the live authors and names of the package's
people (to write an initiative's search text as it is inserted), and the records themselves,
parsed and checked (`Verified.take`), so that the merge does not read and check each record a
second time (issue 13: that was a fifth of an import). A package whose tables hold more than
KEEP_BYTES of JSON keeps only the tables that fit; the merge reads the rest again. Those later
tables (the reviews and certificates of a package of ~100,000 initiatives) are checked by a
process of their own (`LaterTables`), on the other core, while this one checks the tables it
keeps: only what the merge needs of them comes back (their ids and unit references), and the
first fault is still the one the tables' order meets first. The same process then reads them
again for the merge (`Verified.read_again`), as checked tuples by marshal: rebuilding them here
costs a third of parsing and checking them here.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import marshal
import multiprocessing
import os
import pickle
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

from db.messages import Message, message_of
from db.models import SYNCED_BY_TABLE, SYNCED_MODELS
from db.progress import IsCancelled, OnProgress
from db.records import RecordError
from db.sync.codec import TableCodec, codec_for
from db.sync.errors import PackageRefused, check_cancelled
from db.sync.format import data_member, file_member
from db.sync.merge import record_meta
from db.sync.reader import Package, invalid_record, open_package, tampered
from db.validation import excerpt


@functools.cache
def foreign_keys(model: type) -> dict[str, str]:
    """{field: referenced table} of a synced table's references (worked out once: the merge
    asks for every record)."""
    return {fk.parent.key: fk.column.table.name for fk in model.__table__.foreign_keys}


UNIT_REFS = {
    model.__tablename__: [f for f, target in foreign_keys(model).items() if target == "units"]
    for model in SYNCED_MODELS
}


# JSON lines whose parsed records the verify pass keeps for the merge, about 4x their size in
# memory (a 100,000-initiative package: 258 MB of JSON); beyond it a table is read again.
KEEP_BYTES = 256 << 20


@dataclass(slots=True)
class Incoming:
    """One record of a package, checked: its line, id, creation stamp, db-form values and the
    versions sent beside the creation stamp (`later`, the record's field_hlc). `versions`, the
    version of each field it carries, is made when the merge first asks (a kept record holds
    no second dict of the size of its values)."""

    line: int
    id: str
    hlc: str
    values: dict[str, Any]
    later: dict[str, str]
    _versions: dict[str, str] | None = None
    # the other process found the record, as a new row of its values completed with the
    # columns' defaults, breaking no rule of the local forms (ReadyChunks.check_forms)
    forms_kept: bool = False

    @property
    def versions(self) -> dict[str, str]:
        if self._versions is None:
            hlc, later = self.hlc, self.later
            if later:
                self._versions = {f: later.get(f, hlc) for f in self.values}
            else:
                self._versions = dict.fromkeys(self.values, hlc)
        return self._versions


def required_fields(codec: TableCodec) -> frozenset[str]:
    return frozenset(
        f for f in codec.fields if f not in codec.nullable and codec.defaults[f] is None
    )


@dataclass
class Verified:
    """What the first pass learnt about a package."""

    ids: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    unit_parents: dict[str, str | None] = field(default_factory=dict)
    unit_codes: dict[str, str] = field(default_factory=dict)
    authors: dict[str, list[tuple[int, str]]] = field(default_factory=lambda: defaultdict(list))
    names: dict[str, str] = field(default_factory=dict)
    unit_refs: dict[str, tuple[str, str]] = field(default_factory=dict)
    records: int = 0
    kept: dict[str, list[Incoming]] = field(default_factory=dict)
    # the process that checked the tables not kept, read again through it (verify_package's
    # `stream`): None once closed, or when this process checked them
    later: LaterTables | None = None

    def read_again(self, table: str) -> Iterator[Incoming] | None:
        """A table not kept, as the other process reads it again, or None (read it here)."""
        return self.later.records(table) if self.later is not None else None

    def close(self) -> None:
        """The other process ends (the merge no longer reads through it)."""
        if self.later is not None:
            self.later.stop()
            self.later = None

    def peek(self, table: str) -> list[Incoming] | None:
        """The table's checked records, if the pass kept them (the merge may still take them)."""
        return self.kept.get(table)

    def take(self, table: str) -> list[Incoming] | None:
        """The table's checked records, handed over once (a later merge reads them again)."""
        return self.kept.pop(table, None)

    def collect(self, table: str, row_id: str, values: dict[str, Any]) -> None:
        self.ids[table].add(row_id)
        for name in UNIT_REFS[table]:
            unit_id = values.get(name)
            if unit_id is not None and unit_id not in self.unit_refs:
                self.unit_refs[unit_id] = (table, name)
        if table == "units":
            self.unit_parents[row_id] = values.get("parent_id")
            self.unit_codes[row_id] = values.get("code")
        elif table == "people" and "full_name" in values:
            self.names[row_id] = values["full_name"]
        elif table == "initiative_authors" and not values.get("deleted"):
            self.authors[values["initiative_id"]].append(
                (values.get("ordinal") or 0, values["person_id"])
            )


def parse_record(package: Package, codec: TableCodec, number: int, record: dict) -> Incoming:
    """A record as the merge takes it, or PackageRefused naming the fault."""
    try:
        row_id, hlc, later = record_meta(codec.table, record, codec.fields)
        values = codec.to_db(record)
    except RecordError as error:
        detail = message_of(error) or str(error)
        raise invalid_record(package.name, codec.table, number, detail) from None
    return Incoming(number, row_id, hlc, values, later)


def kept_tables(package: Package) -> set[str]:
    """The tables whose records the pass keeps: in merge order, while they fit in KEEP_BYTES."""
    kept, total = set(), 0
    for model in SYNCED_MODELS:
        entry = package.manifest["members"].get(data_member(model.__tablename__))
        total += entry["size"] if entry else 0
        if total > KEEP_BYTES:
            break
        kept.add(model.__tablename__)
    return kept


def verify_package(
    package: Package,
    local_unit_ids: set[str],
    progress: OnProgress | None = None,
    cancelled: IsCancelled | None = None,
    stream: bool = False,
) -> Verified:
    """Check every member and record (PackageRefused on the first fault). `stream`: the
    process that checks the tables not kept stays to read them again for the merge
    (`Verified.read_again`); the caller then closes `Verified` when the merge is done."""
    verified = Verified()
    total = max(1, sum(package.info.counts.values()))
    keep = kept_tables(package)
    later = LaterTables.start(package, keep)
    try:
        for model in SYNCED_MODELS:
            if later is not None and model.__tablename__ in later.tables:
                continue
            check_table(package, codec_for(model), verified, keep, progress, cancelled, total)
        if later is not None:
            later.add_to(verified, cancelled)
            if stream and later.answered:
                verified.later, later = later, None
    finally:
        if later is not None:
            later.stop()
    try:
        _check_files_and_units(package, verified, local_unit_ids, cancelled)
    except BaseException:
        verified.close()
        raise
    return verified


def _check_files_and_units(package, verified, local_unit_ids, cancelled) -> None:
    for sha in package.files():
        check_cancelled(cancelled)
        package.verify_member(file_member(sha))
    _check_units(package, verified, local_unit_ids)


def check_table(
    package: Package,
    codec: TableCodec,
    verified: Verified,
    keep: set[str],
    progress: OnProgress | None = None,
    cancelled: IsCancelled | None = None,
    total: int = 1,
    ready: ReadyChunks | None = None,
) -> None:
    """Every record of one table checked and collected (kept too if the table is in `keep`;
    `ready`: also marshalled for the merge, in the other process)."""
    required = required_fields(codec)
    every_field = len(codec.fields)
    kept: list[Incoming] = []
    for number, record in package.records(codec.table):
        item = parse_record(package, codec, number, record)
        row_id, values = item.id, item.values
        if row_id in verified.ids[codec.table]:
            detail = Message("package.duplicate_record", record=excerpt(row_id))
            raise invalid_record(package.name, codec.table, number, detail)
        # a record sent whole (the usual) lacks nothing: no set to make
        missing = len(values) != every_field and required - values.keys()
        if missing:
            detail = Message("package.missing_fields", fields=", ".join(sorted(missing)))
            raise invalid_record(package.name, codec.table, number, detail)
        verified.collect(codec.table, row_id, values)
        if codec.table in keep:
            kept.append(item)
        if ready is not None:
            ready.add(item)
        verified.records += 1
        if verified.records % 2000 == 0:
            check_cancelled(cancelled)
            if progress:
                progress(verified.records, total)
    if codec.table in keep:
        verified.kept[codec.table] = kept


# JSON of the tables not kept from which they are checked by a process of their own: below, a
# process's start (Python and the models, ~0.5 s of CPU) costs about what it would save.
LATER_PROCESS_FROM = 32 << 20
ANSWER_POLL = 0.2  # seconds between looks at Cancel while the other process checks


def check_later_tables(
    path: str,
    name: str,
    manifest: bytes,
    tables: list[str],
    replies: Connection,
    requests: Connection,
) -> None:
    """In the other process: `tables` of the package at `path` (shown as `name`) checked as
    `check_table` does; sends back ("ok", ids per table, unit references, records) or
    ("refused", the error); after "ok", reads the tables again for the merge when asked."""
    try:
        with open_package(path) as package:
            package.name = name  # a sealed package's, not its decrypted copy's
            if package.manifest_bytes != manifest:  # not the file the import opened
                raise tampered(package.name, "manifest.json")
            verified, ready = Verified(), ReadyChunks(READY_BYTES)
            for model in SYNCED_MODELS:
                if model.__tablename__ in tables:
                    ready.begin(model.__tablename__)
                    check_table(package, codec_for(model), verified, set(), ready=ready)
                    ready.end()
            answer = ("ok", dict(verified.ids), verified.unit_refs, verified.records)
            del verified
            with contextlib.suppress(OSError):
                replies.send(answer)
                ready.check_forms()
                read_again_for_merge(package, tables, requests, replies, ready)
            return
    except PackageRefused as error:
        answer = ("refused", error)
    except Exception as error:  # an import's own check must not fail for the helper's sake
        answer = ("failed", repr(error))
    with contextlib.suppress(OSError):
        replies.send(answer)


# what a message of the reading again holds: rows, rows each with its form check (a sixth
# item), the table's end, a refusal, a failure
ROWS, FORMS, END, REFUSED, FAILED = b"R", b"C", b"E", b"X", b"F"
SEND_EVERY = 2000  # records a message
# the messages the other process makes as it checks, kept there for the merge up to this many
# bytes (marshal of a 100,000-initiative package's reviews and certificates: 85 MB, less than
# their JSON); past it, the rest is parsed and checked again when the merge asks
READY_BYTES = 192 << 20


class ReadyChunks:
    """In the other process: the records it checks, as the merge's messages (marshal, SEND_EVERY
    records each), made as they are checked and kept until the merge asks (issue 13: reading
    the tables again was parsing and checking them a second time, 2.6 s of CPU at 100,000
    initiatives, on the core the writer thread needs while the merge takes them). Each table's
    kept messages are its first records, `count[table]` of them; once `budget` bytes are kept,
    no more are (the rest is read again as before)."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.size = 0
        self.full = False
        self.messages: dict[str, list[bytes]] = defaultdict(list)
        self.count: dict[str, int] = defaultdict(int)
        self.complete: set[str] = set()  # tables whose every record is in a message kept
        self._table = ""
        self._pending: list[tuple] = []

    def begin(self, table: str) -> None:
        self._table, self._pending = table, []

    def add(self, item: Incoming) -> None:
        if self.full:
            return
        self._pending.append((item.line, item.id, item.hlc, item.values, item.later))
        if len(self._pending) >= SEND_EVERY:
            self._seal()

    def end(self) -> None:
        """The table checked to its end: its last message made, and whether it is whole."""
        if self._pending and not self.full:
            self._seal()
        if not self.full:
            self.complete.add(self._table)

    def _seal(self) -> None:
        try:
            message = ROWS + marshal.dumps(self._pending)
        except ValueError:  # a value marshal cannot carry: read again (which says FAILED)
            message = None
        if message is None or self.size + len(message) > self.budget:
            self.full, self._pending = True, []
            return
        self.size += len(message)
        self.messages[self._table].append(message)
        self.count[self._table] += len(self._pending)
        self._pending = []

    def check_forms(self) -> None:
        """Each record kept of a table with rules of the local forms (db/sync/rules.py: the
        reviews, at 100,000 initiatives 152,000 of them) checked as the merge checks a new
        row (`record_problems` of its values completed with the columns' defaults, every field
        changed), and the answer put beside it: the merge takes it for such a row rather than
        checking it again (issue 13). Done after the check's answer, while the merge works on
        the tables before these."""
        from db.sync.rules import FORM_TABLES, record_problems

        for table, messages in self.messages.items():
            if table not in FORM_TABLES:
                continue
            codec = codec_for(SYNCED_BY_TABLE[table])
            fields = list(codec.fields)
            for at, message in enumerate(messages):
                checked = []
                for line, row_id, hlc, values, later in marshal.loads(message[1:]):
                    try:
                        kept = not record_problems(table, codec.complete(values), fields)
                    except Exception:  # the merge meets it and says why
                        kept = False
                    checked.append((line, row_id, hlc, values, later, kept))
                messages[at] = FORMS + marshal.dumps(checked)

    def take(self, table: str) -> tuple[list[bytes], int, bool]:
        """The table's kept messages, how many records they hold, and whether they are all of
        it; let go here (the shares check and the merge may read a table twice: the second
        time it is read again from the file)."""
        whole = table in self.complete
        self.complete.discard(table)
        return self.messages.pop(table, []), self.count.pop(table, 0), whole


def read_again_for_merge(
    package: Package,
    tables: list[str],
    requests: Connection,
    replies: Connection,
    ready: ReadyChunks | None = None,
) -> None:
    """In the other process, after its check: each table the merge asks for sent as (line, id,
    stamp, values, later) tuples, SEND_EVERY records a message (marshal: rebuilding them there
    costs a third of parsing them), then END. The messages `ready` made as the table was
    checked go first; the records past them are parsed and checked again (parse_record), and
    REFUSED and the error are sent should the file no longer read as it did; FAILED on
    anything else (the merge then reads the rest itself), and no more. Ends when asked for
    None, or when the other end goes."""
    with contextlib.suppress(EOFError, OSError):
        while (table := requests.recv()) is not None:
            codec = codec_for(SYNCED_BY_TABLE[table])
            messages, sent, whole = ready.take(table) if ready else ([], 0, False)
            for message in messages:
                replies.send_bytes(message)
            del messages
            if whole:
                replies.send_bytes(END)
                continue
            try:
                chunk = []
                for number, record in itertools.islice(package.records(table), sent, None):
                    item = parse_record(package, codec, number, record)
                    chunk.append((item.line, item.id, item.hlc, item.values, item.later))
                    if len(chunk) >= SEND_EVERY:
                        replies.send_bytes(ROWS + marshal.dumps(chunk))
                        chunk = []
                if chunk:
                    replies.send_bytes(ROWS + marshal.dumps(chunk))
            except PackageRefused as error:
                replies.send_bytes(REFUSED + pickle.dumps(error))
                continue
            except (OSError, EOFError):
                raise
            except Exception:  # a value marshal cannot carry, say: read there instead
                replies.send_bytes(FAILED)
                return
            replies.send_bytes(END)


class LaterTables:
    """The tables the verify pass does not keep (beyond KEEP_BYTES: the merge reads them again),
    checked in a process of their own while this one checks the tables it keeps (issue 13: at
    100,000 initiatives the reviews and certificates, a third of the pass). Only what the merge
    needs comes back: their ids and unit references. The tables not kept always follow those
    kept (kept_tables), so the first fault found is the same as in one pass: this process's
    tables are checked first, then the other's answer is taken. If the process cannot start or
    fails, the tables are checked here as before. After its answer it reads each table again
    when the merge asks (`records`); should it end or fail mid-table, the merge reads the rest
    here."""

    def __init__(self, package: Package, tables: list[str]) -> None:
        self.package = package
        self.tables = tables
        self.answered = False  # the check's answer came: the process reads again for the merge
        self.reading = False  # a table is being read again through it
        context = multiprocessing.get_context("spawn")  # the window's threads are not forked
        self.replies, sending = context.Pipe(duplex=False)
        asked, self.requests = context.Pipe(duplex=False)
        self.process = context.Process(
            target=check_later_tables,
            args=(str(package.path), package.name, package.manifest_bytes, tables, sending, asked),
            name="sangkien-verify",
            daemon=True,
        )
        self.process.start()
        sending.close()  # the child holds the other ends: its ending is an EOF here
        asked.close()

    @classmethod
    def start(cls, package: Package, keep: set[str]) -> LaterTables | None:
        members = package.manifest["members"]
        tables = [
            model.__tablename__
            for model in SYNCED_MODELS
            if model.__tablename__ not in keep and data_member(model.__tablename__) in members
        ]
        size = sum(members[data_member(table)]["size"] for table in tables)
        if size < LATER_PROCESS_FROM or (os.cpu_count() or 1) < 2:
            return None  # not worth a process's start; or no second core to run it on
        try:
            return cls(package, tables)
        except (OSError, RuntimeError):  # no process here: checked in this one
            return None

    def add_to(self, verified: Verified, cancelled: IsCancelled | None) -> None:
        """The other process's answer added to `verified` (its refusal raised), or, should it
        give none, its tables checked here."""
        answer = self._answer(cancelled)
        if answer is None or answer[0] == "failed":
            for model in SYNCED_MODELS:
                if model.__tablename__ in self.tables:
                    check_table(self.package, codec_for(model), verified, set(), None, cancelled)
            return
        if answer[0] == "refused":
            raise answer[1]
        self.answered = True
        _ok, ids, unit_refs, records = answer
        for table, found in ids.items():
            verified.ids[table] |= found
        for unit_id, where in unit_refs.items():
            verified.unit_refs.setdefault(unit_id, where)
        verified.records += records

    def _answer(self, cancelled: IsCancelled | None) -> tuple | None:
        try:
            while not self.replies.poll(ANSWER_POLL):
                check_cancelled(cancelled)
                if not self.process.is_alive():
                    return self.replies.recv() if self.replies.poll(0) else None
            return self.replies.recv()
        except (EOFError, OSError):
            return None

    def records(self, table: str) -> Iterator[Incoming] | None:
        """The table's records as the other process reads them again (None: not one of its
        tables, or it can no longer serve: read here). A read left unfinished (the merge
        stopped) leaves the process unusable for another."""
        if table not in self.tables or self.reading or not self.process.is_alive():
            return None
        try:
            self.requests.send(table)
        except OSError:
            return None
        self.reading = True
        return self._received(table)

    def _received(self, table: str) -> Iterator[Incoming]:
        finished, given = False, 0
        try:
            while (message := self.replies.recv_bytes())[:1] in (ROWS, FORMS):
                if message[:1] == FORMS:
                    for line, row_id, hlc, values, later, kept in marshal.loads(message[1:]):
                        given += 1
                        yield Incoming(line, row_id, hlc, values, later, None, kept)
                    continue
                for line, row_id, hlc, values, later in marshal.loads(message[1:]):
                    given += 1
                    yield Incoming(line, row_id, hlc, values, later)
            if message[:1] == REFUSED:
                raise pickle.loads(message[1:])
            finished = message[:1] == END
        except (EOFError, OSError):  # the process ended mid-table
            pass
        finally:
            self.reading = not finished
        if not finished:  # the rest read here (the process serves no more)
            codec = codec_for(SYNCED_BY_TABLE[table])
            for number, record in itertools.islice(self.package.records(table), given, None):
                yield parse_record(self.package, codec, number, record)

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.requests.send(None)
        self.requests.close()
        self.replies.close()
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)


def _check_units(package: Package, verified: Verified, local_unit_ids: set[str]) -> None:
    known = local_unit_ids | verified.ids["units"]
    for unit_id, (table, name) in verified.unit_refs.items():
        if unit_id not in known:
            where, value = f"{table}.{name}", excerpt(unit_id)
            refusal = Message("sync.unknown_unit_ref", name=package.name, where=where, value=value)
            raise PackageRefused(refusal)
