"""The second pass: merge a verified package's records into the database, table by table.

The same code previews (`write=False`: nothing is written, the report says what would happen)
and applies (`write=True`, inside the import's one transaction). Records are read in batches of
BATCH; each batch loads the local rows it touches with one query, decides per record (db/sync/
merge.py's rule), checks references, authority (db/sync/authority.py) and unique natural keys,
then writes with plain `executemany` INSERT/UPDATE statements (SQLAlchemy Core's raw connection:
no ORM object per row: at a million rows they cost several times the write itself; the
figures are in tests/benchmarks/RESULTS.md).

A version stamp more than 15 minutes ahead of this PC's clock refuses the whole package
(db/sync/clock_policy.py): nothing is written, no receipt moves, and the clock does not follow.

Per record the outcome is one of: new, updated (some field taken), unchanged (same versions),
older (ours is newer), or refused with the field and the reason:

* a rule of the local forms broken (db/sync/rules.py): shares, dates, codes;
* a reference to a record that is neither here nor accepted from the package (for example the
  authors of an initiative that was itself refused);
* outside the sender's authority (db/sync/authority.py's RULES);
* a registration number, code or certificate number already used by another record: a possible
  duplicate, reported, never merged silently.

A reference to a record further on in the same table is resolved by deferring the record to a
second round. Rows written get fresh local sequence numbers, so the next export relays them.
Audit: one entry per table for the rows a package created (row_id "*", as reference data does)
and one per updated row with its changed fields [old, new]; conflicts go to the conflicts table.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from operator import itemgetter
from typing import Any

import orjson
from sqlalchemy.orm import Session

from db.certificates_twice import cancel_later_twins
from db.collation import initiative_keys, person_key
from db.messages import Message
from db.models import SYNCED_MODELS, Initiative, InitiativeAuthor, NodeIdentity
from db.node import NodeClock, utcnow
from db.progress import IsCancelled, OnProgress
from db.queries.search_text import person_search_text
from db.recognition import DECISIONS, Ruling, derive_recognition, settled_version
from db.search import initiative_search_text
from db.sync.aliases import break_alias_loops, repoint_merged_people, repointed_again
from db.sync.authority import DERIVED, DERIVED_VALUES, Authority, UnitTree, rule
from db.sync.clock_policy import clock_refusal, limit_text, too_far_ahead
from db.sync.codec import TableCodec, codec_for
from db.sync.duplicate_status import undecided_duplicates
from db.sync.errors import check_cancelled
from db.sync.merge import ZERO_STAMP, LocalRow, merge_record, sparse_versions
from db.sync.reader import Package
from db.sync.report import ConflictNote, ImportReport, table_term
from db.sync.rows import SqliteMergeRows, merge_rows
from db.sync.rules import reason_of, record_problems, shares_problem
from db.sync.verify import Incoming, Verified, foreign_keys, parse_record
from db.validation import Problem

first = itemgetter(0)
BATCH = 2000
IN_CHUNK = 900  # values in one IN (...): below SQLite's parameter limit
CONFLICT_COLUMNS = (
    *("table_name", "row_id", "field", "kept_value", "kept_hlc", "lost_value", "lost_hlc"),
    *("package_id", "detected_at"),
)
SETTLED_COLUMNS = ("status", "recognised_on", "field_hlc", "seq")  # settle_decisions' UPDATE
# initiatives settled before their rows are handed to the writer: each chunk is one sweep of the
# table in file order (a twentieth of it at 100,000), written while the next chunk is settled
SETTLE_CHUNK = 5_000
SYNCED_BY_TABLE = {model.__tablename__: model for model in SYNCED_MODELS}
LABEL_FIELDS = {
    "units": "code",
    "phases": "code",
    "fields": "code",
    "people": "full_name",
    "initiatives": "reg_no",
    "certificates": "number",
}


@dataclass(slots=True)
class Settling:
    """What settling an initiative's recognition reads and changes (db/recognition.py)."""

    id: str
    status: str
    recognised_on: str | None
    hlc: str
    versions: dict[str, str]
    reg_no: str
    title: str
    seq: int = 0

    def settle(
        self, status: str, recognised_on: dt.date | None, clock: NodeClock | CountedSeqs, sent: dict
    ) -> dict | None:
        """As RecordWriter.update: a corrected field takes a new stamp, a value the child sent
        and the decisions confirm keeps the child's (db/recognition.py settled_version), the row
        the next sequence number. Returns None when the row stays as it is, else the audit's
        {field: [old, new]} of the values that changed: empty when only a version was adopted
        (the same value under the child's newer stamp is no change a person needs to read)."""
        day = recognised_on.isoformat() if recognised_on else None
        changed, versions = {}, {}
        for field, old, new in (
            ("status", self.status, status),
            ("recognised_on", self.recognised_on, day),
        ):
            held = self.versions.get(field, self.hlc)
            version = settled_version((old, held), new, sent.get(field))
            if version != held:
                versions[field] = version or clock.tick()
                if old != new:
                    changed[field] = [old, new]
        if not versions:
            return None
        self.versions.update(versions)
        self.status, self.recognised_on, self.seq = status, day, clock.next_seq()
        return changed


class CountedSeqs:
    """A NodeClock whose sequence numbers are counted here and given to the node's row once,
    at `done` (settling numbers 97,000 rows of a 100,000-initiative package, and each
    NodeClock.next_seq sets an attribute of the session's NodeIdentity: its events cost ten
    times the count). Stamps are the clock's own."""

    __slots__ = ("clock", "last_seq")

    def __init__(self, clock: NodeClock) -> None:
        self.clock, self.last_seq = clock, clock.node.last_seq

    def tick(self) -> str:
        return self.clock.tick()

    def next_seq(self) -> int:
        self.last_seq += 1
        return self.last_seq

    def done(self) -> None:
        self.clock.node.last_seq = self.last_seq


def as_date(value: Any) -> dt.date | None:
    """A date as SQLite returns it (ISO text), or as a server does."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def ruling(values: dict[str, Any], outcome: str | None = None) -> Ruling:
    """A package's review (or certificate: `outcome` "certified") as the recognition reads it."""
    return Ruling(outcome or values.get("outcome"), as_date(values.get("decision_date")))


@functools.cache
def derived_of(table: str) -> tuple[list[str], list[tuple[str, tuple[str, ...]]]]:
    """A table's fields only decisions make (authority.RULES' DERIVED), and its fields of which
    some values are derived (DERIVED_VALUES), each with those values: worked out once."""
    fields = [f for f in codec_for(SYNCED_BY_TABLE[table]).fields if rule(table, f) == DERIVED]
    claimable = [(f, values) for (name, f), values in DERIVED_VALUES.items() if name == table]
    return fields, claimable


@functools.cache
def _reference_fields(model: type) -> list[str]:
    references = foreign_keys(model)
    return [f for f in codec_for(model).fields if f in references]


def reference_fields(codec: TableCodec) -> list[str]:
    """The table's fields that refer to another record, in column order."""
    return _reference_fields(codec.model)


def handed_over(items: list[Incoming]) -> Iterator[Incoming]:
    """The items in order, each let go by the list as it is handed over (the memory of a big
    package's records goes back as the merge proceeds)."""
    items.reverse()
    while items:
        yield items.pop()


def json_text(value: Any) -> str:
    """A JSON column's text as SQLAlchemy writes it (json.dumps)."""
    return json.dumps(value)


def unique_keys(model: type) -> list[tuple[str, ...]]:
    keys = [(c.key,) for c in model.__table__.columns if c.unique]
    for constraint in model.__table__.constraints:
        columns = tuple(c.key for c in getattr(constraint, "columns", ()))
        if constraint.__class__.__name__ == "UniqueConstraint" and columns:
            keys.append(columns)
    return keys


@dataclass(slots=True)
class Decision:
    """A record's outcome: kind, the final values and versions when written, conflicts."""

    kind: str
    final: dict[str, Any] | None = None
    versions: dict[str, str] | None = None
    taken: dict[str, tuple[Any, str]] | None = None
    conflicts: list | None = None
    reason: Message | None = None
    field: str = ""


class Merger:
    """Merges one package into the session's database (see the module docstring)."""

    def __init__(
        self,
        session: Session,
        package: Package,
        verified: Verified,
        report: ImportReport,
        *,
        write: bool,
        authority: Authority | None,
        receipt: int,
        actor: str = "",
        progress: OnProgress | None = None,
        cancelled: IsCancelled | None = None,
        progress_base: int = 0,
        progress_total: int = 0,
        sender: str | Message = "",
    ) -> None:
        self.session = session
        self.cursor = merge_rows(session)  # either engine's (db/sync/rows.py)
        self.package = package
        self.verified = verified
        self.report = report
        self.write = write
        self.authority = authority
        self.receipt = receipt
        self.actor = actor or "?"
        self.progress = progress
        self.cancelled = cancelled
        self.done = progress_base
        self.total = progress_total
        self.package_id = package.manifest["package_id"]
        self.files = set(package.files())
        self.limit = limit_text()
        self.sender = sender or package.manifest["sender"]["unit_code"]
        self.created: dict[str, set[str]] = defaultdict(set)
        self.refused: dict[str, set[str]] = defaultdict(set)
        self.processed: dict[str, set[str]] = defaultdict(set)
        self.exists: dict[str, set[str]] = defaultdict(set)
        self.unique_seen: dict[tuple, str] = {}
        self.empty_here: set[str] = set()  # tables with no row before the merge (run)
        self.initiative_unit: dict[str, str | None] = {}
        self.local_initiative_of: dict[str, str] = {}
        self.reg_nos: dict[str, str | Message] = {}
        self.bad_shares: dict[str, Problem] = {}
        self.reference_field = ""
        self.claimed: dict[
            str, str
        ] = {}  # decision statuses a child sent, to show what came of them
        self.touched_initiatives: set[str] = set()  # search texts recomputed at the end
        self.name_doubts: set[str] = set()  # people whose name here may not be the package's
        self.renamed_people: set[str] = set()
        self.decided: set[str] = set()  # initiatives whose status the decisions must settle
        self.status_before: dict[str, str] = {}
        # the last sequence number before this import's own corrections (settle_decisions):
        # the sender's receipt acknowledges what it sent us, never what we decided after it
        self.own_writes_after: int | None = None
        self.sent_derived: dict[str, dict] = {}  # the derived values a child sent, with versions
        self.blobs_added: set[str] = set()
        # authorships the package named under a merged person (aliases.py), and those of them
        # written here under the person kept: corrected with this node's version at the end
        self.repointed: dict[str, str] = {}  # authorship id -> the merged person it named
        self.repointed_written: set[str] = set()
        # rows whose change by a child was refused: table -> id -> (fields, newest version sent)
        self.reasserted: dict[str, dict[str, tuple[list[str], str]]] = defaultdict(dict)
        # initiatives written as Trùng lặp, or whose duplicate decision was (duplicate_status.py)
        self.duplicates_touched: set[str] = set()
        # new initiatives written as already settled (predict_recognition): each one's state
        # as it would have been written before settling, and the state written instead
        self.predicted: dict[str, tuple[Settling, tuple]] = {}
        # the other new initiatives sent as decided, as they were written: settling reads them
        # here, not back from the table (at 100,000, 97,000 rows read at random; issue 13)
        self.written_decided: dict[str, Settling] = {}
        self._package_rulings: dict[str, list[Ruling]] | None = None
        # the live reviews' and certificates' outcomes this merge wrote into a table that was
        # empty before it (all that table holds): settling reads them here, not back (issue 13)
        self.rulings_written: dict[str, dict[str, list[Ruling]]] = {
            "reviews": defaultdict(list),
            "certificates": defaultdict(list),
        }
        self.max_stamp = ""
        self.tree = authority.tree if authority else self._load_tree()
        self.clock = NodeClock(session.get(NodeIdentity, 1)) if write else None
        # predicted rows are this node's own writes, numbered after every record the sender's
        # package could make us write (at most one sequence number each)
        self.predicted_after = self.clock.node.last_seq + verified.records if write else 0
        self.now_text = utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")

    def empty_tables(self) -> set[str]:
        """The synced tables holding no row before the merge. Such a table's only rows are the
        ones this merge writes, each id once (the verify pass refuses an id twice): no record
        of it has a local row, and a natural key held there is one this merge accepted
        (`unique_seen`), so neither is read back (a headquarters' first import of a site)."""
        return {
            model.__tablename__
            for model in SYNCED_MODELS
            if self.cursor.execute(f"SELECT 1 FROM {model.__tablename__} LIMIT 1").fetchone()
            is None
        }

    def _load_tree(self) -> UnitTree:
        rows = self.cursor.execute("SELECT id, parent_id, code FROM units").fetchall()
        return UnitTree({r[0]: r[1] for r in rows}, {r[0]: r[2] for r in rows})

    # ---- the whole package -------------------------------------------------------------------

    def run(self) -> None:
        if self.write:
            self.cursor.execute("PRAGMA defer_foreign_keys = ON")
        self.empty_here = self.empty_tables()
        self.bad_shares = self.find_bad_shares()
        for model in SYNCED_MODELS:
            self.merge_table(codec_for(model))
        if self.write:
            self.finish()

    def merge_table(self, codec: TableCodec) -> None:
        pending: list[Incoming] = []
        deferred: list[Incoming] = []
        for item in self.records(codec):
            pending.append(item)
            if len(pending) >= BATCH:
                deferred += self.merge_batch(codec, pending, last_round=False)
                pending = []
        if pending:
            deferred += self.merge_batch(codec, pending, last_round=False)
        while deferred:
            before = len(deferred)
            deferred = self.merge_batch(codec, deferred, last_round=False)
            if len(deferred) == before:
                self.merge_batch(codec, deferred, last_round=True)
                break

    def records(self, codec: TableCodec) -> Iterable[Incoming]:
        """The table's records as the verify pass checked them (kept there, or read again)."""
        kept = self.verified.take(codec.table)
        if kept is None:
            return self.read_again(codec)
        return handed_over(kept)

    def read_again(self, codec: TableCodec) -> Iterator[Incoming]:
        """A table the verify pass did not keep: through the process that checked it (issue 13:
        on the other core), else read and checked here."""
        received = self.verified.read_again(codec.table)
        if received is not None:
            yield from received
            return
        for number, record in self.package.records(codec.table):
            yield parse_record(self.package, codec, number, record)

    # ---- one batch ---------------------------------------------------------------------------

    def merge_batch(self, codec: TableCodec, items: list[Incoming], *, last_round: bool) -> list:
        check_cancelled(self.cancelled)
        if "person_aliases" not in self.empty_here:  # issue 14: a merged person's id
            self.repointed.update(repoint_merged_people(self.cursor, codec.table, items))
        local = self.load_local(codec, [item.id for item in items])
        if codec.table in ("reviews", "certificates"):
            for row_id, row in local.items():
                self.local_initiative_of[row_id] = row.values["initiative_id"]
        self.load_references(codec, items, local)
        self.load_owners(codec, items, local)
        decisions: list[tuple[Incoming, Decision]] = []
        deferred: list[Incoming] = []
        if codec.table == "initiatives":
            for row_id, row in local.items():
                self.status_before.setdefault(row_id, row.values["status"])
        for item in items:
            decision = self.decide(codec, item, local.get(item.id), last_round)
            if decision.kind == "defer":
                deferred.append(item)
            else:
                decisions.append((item, decision))
                self.count(codec, item, decision, local.get(item.id))
        self.check_uniques(codec, decisions)
        self.doubt_search_texts(codec, decisions)
        if self.write:
            self.write_batch(codec, decisions, local)
        self.done += len(items) - len(deferred)
        if self.progress:
            self.progress(self.done, self.total)
        return deferred

    def load_local(self, codec: TableCodec, ids: list[str]) -> dict[str, LocalRow]:
        if codec.table in self.empty_here:
            return {}
        columns = ", ".join(["id", "hlc", "field_hlc", "seq", *codec.fields])
        marks = ",".join("?" * len(ids))
        sql = f"SELECT {columns} FROM {codec.table} WHERE id IN ({marks})"
        rows: dict[str, LocalRow] = {}
        for raw in self.cursor.execute(sql, ids):
            values = {
                f: codec.from_stored(f, v) for f, v in zip(codec.fields, raw[4:], strict=True)
            }
            later = orjson.loads(raw[2]) if raw[2] else None
            versions = {f: (later or {}).get(f, raw[1]) for f in codec.fields}
            rows[raw[0]] = LocalRow(values, versions, raw[1], raw[3])
        return rows

    def rows_where_in(self, sql: str, values: Iterable[Any]) -> Iterator[tuple]:
        """The rows of `sql` for every value of its `IN ({marks})`, SQLite's parameter limit
        respected (IN_CHUNK values a query)."""
        values = list(values)
        for start in range(0, len(values), IN_CHUNK):
            chunk = values[start : start + IN_CHUNK]
            yield from self.cursor.execute(sql.format(marks=",".join("?" * len(chunk))), chunk)

    # ---- references --------------------------------------------------------------------------

    def load_references(self, codec: TableCodec, items: list[Incoming], local: dict) -> None:
        """Learn which referenced rows exist here, one query per referenced table and batch."""
        wanted: dict[str, set[str]] = defaultdict(set)
        for name, target in foreign_keys(codec.model).items():
            known, created = self.exists[target], self.created[target]
            for item in items:
                value = item.values.get(name)
                if value is not None and value not in known and value not in created:
                    wanted[target].add(value)
        for target, values in wanted.items():
            key = "sha256" if target == "blobs" else "id"
            sql = f"SELECT {key} FROM {target} WHERE {key} IN ({{marks}})"
            self.exists[target].update(r[0] for r in self.rows_where_in(sql, values))

    def reference_problem(self, codec: TableCodec, final: dict, fields: Iterable[str], last: bool):
        """None, "defer", or the reason a record's references cannot be met."""
        references = foreign_keys(codec.model)
        for name in fields:
            target, value = references.get(name), final.get(name)
            if target is None or value is None:
                continue
            if value in self.exists[target] or value in self.created[target]:
                continue
            if target == "blobs" and value in self.files:
                continue
            if (
                not last
                and target == codec.table
                and value in self.verified.ids[target]
                and value not in self.processed[target]
            ):
                return "defer"
            self.reference_field = name
            what = table_term(target)
            if value in self.refused[target]:
                refused = self.reg_nos.get(value) if target == "initiatives" else None
                return Message("sync.belongs_to_refused", what=what, label=refused or "")
            return Message("sync.refers_to_missing", what=what)
        return None

    def load_owners(self, codec: TableCodec, items: list[Incoming], local: dict) -> None:
        """The unit of every initiative this batch's records belong to (for authority)."""
        if "initiative_id" not in codec.fields:
            return
        ids = {item.values.get(f) for item in items for f in ("initiative_id", "original_id")}
        ids |= {row.values.get("initiative_id") for row in local.values()}
        missing = [i for i in ids if i is not None and i not in self.initiative_unit]
        sql = "SELECT id, unit_id FROM initiatives WHERE id IN ({marks})"
        self.initiative_unit.update(self.rows_where_in(sql, missing))

    # ---- deciding ----------------------------------------------------------------------------

    def decide(self, codec: TableCodec, item: Incoming, local: LocalRow | None, last: bool):
        newest = max(item.later.values()) if item.later else item.hlc
        if too_far_ahead(max(newest, item.hlc), self.limit):  # none is when the newest is not
            for stamp in (item.hlc, *item.versions.values()):
                if too_far_ahead(stamp, self.limit):
                    raise clock_refusal(self.sender, stamp)  # the whole package, nothing written
        if self.authority is not None:
            item = self.without_derived(codec, item, local)
        if local is None:
            return self.decide_new(codec, item, last)
        return self.decide_existing(codec, item, local, last)

    def decide_new(self, codec: TableCodec, item: Incoming, last: bool) -> Decision:
        final = codec.complete(item.values)
        problem = self.reference_problem(codec, final, reference_fields(codec), last)
        if problem == "defer":
            return Decision("defer")
        if problem:
            return Decision("refused", reason=problem, field=self.reference_field)
        refusal = self.refusal(codec, item.id, None, final, codec.fields, item.forms_kept)
        if refusal:
            return Decision("refused", field=refusal[0], reason=refusal[1])
        if self.sent_whole(codec, item):
            return Decision("new", final=final)  # every version the creation stamp
        versions = dict.fromkeys(codec.fields, ZERO_STAMP)  # a field not sent: below any
        versions.update(item.versions)
        return Decision("new", final=final, versions=versions)

    def sent_whole(self, codec: TableCodec, item: Incoming) -> bool:
        """Whether a record came with every field, each at its creation stamp, all taken as
        sent: a new row of it stores no per-field versions (field_hlc NULL)."""
        return (
            not item.later
            and len(item.values) == len(codec.fields)
            and item.id not in self.sent_derived
        )

    def decide_existing(self, codec, item: Incoming, local: LocalRow, last: bool) -> Decision:
        saw = local.seq <= self.receipt
        merged = merge_record(local, item.values, item.versions, item.hlc, saw)
        merged.conflicts = self.unknown_conflicts(codec.table, item.id, merged.conflicts)
        if not merged.taken:
            kind = "older" if merged.older else "unchanged"
            return Decision(kind, conflicts=merged.conflicts)
        final = dict(local.values)
        final.update({f: pair[0] for f, pair in merged.taken.items()})
        problem = self.reference_problem(codec, final, merged.taken, last)
        if problem == "defer":
            return Decision("defer")
        if problem:
            return Decision("refused", reason=problem, field=self.reference_field)
        refusal = self.refusal(codec, item.id, local.values, final, list(merged.taken))
        if refusal:
            if self.authority is not None:  # a child's newer version we will never take
                newest = max(pair[1] for pair in merged.taken.values())
                self.reasserted[codec.table][item.id] = (list(merged.taken), newest)
            return Decision("refused", field=refusal[0], reason=refusal[1])
        versions = dict(local.versions)
        versions.update({f: pair[1] for f, pair in merged.taken.items()})
        return Decision(
            "updated",
            final=final,
            versions=versions,
            taken=merged.taken,
            conflicts=merged.conflicts,
        )

    def refusal(
        self, codec, row_id: str, local, final: dict, changed, forms_kept: bool = False
    ) -> tuple[str, Message] | None:
        """(field, reason) when the sender may not make this change, or it breaks a rule of the
        local forms (db/sync/rules.py); else None. `forms_kept`: a new row whose values, as
        sent and completed, the process that read them found to break no such rule
        (verify.ReadyChunks.check_forms: the same check of the same values)."""
        if self.authority is not None:
            refused = self.authority.check(codec.table, local, final, row_id, self.owner_of)
            if refused:
                return refused
        problems = [] if forms_kept else record_problems(codec.table, final, list(changed))
        if problems:
            return reason_of(problems)
        new_initiative = codec.table == "initiatives" and local is None
        if new_initiative or codec.table == "initiative_authors":
            bad = self.bad_shares.get(row_id if new_initiative else final.get("initiative_id"))
            if bad is not None:
                return "share", bad.as_message()
        return None

    # ---- authors' shares ---------------------------------------------------------------------

    def find_bad_shares(self) -> dict[str, Problem]:
        """The initiatives whose live authors' shares would not add up to 100 after this
        package: the shares of the package's author records that would win here, with the
        other live authors held here."""
        codec = codec_for(InitiativeAuthor)
        incoming = self.verified.peek(codec.table)
        if incoming is None:
            incoming = list(self.read_again(codec))
        if not incoming:
            return {}
        local = {}
        ids = [item.id for item in incoming]
        for start in range(0, len(ids), BATCH):
            local.update(self.load_local(codec, ids[start : start + BATCH]))
        shares: dict[str, dict[str, int | None]] = defaultdict(dict)
        defaults = codec.defaults
        for item in incoming:
            row = local.get(item.id)
            if row is None:  # a new authorship: its values, the columns' defaults for the rest
                values = item.values
                initiative_id = values["initiative_id"]  # required: the verify pass saw it
                live = not values.get("deleted", defaults["deleted"])
                share = values.get("share", defaults["share"])
            else:
                values = dict(row.values)
                merged = merge_record(row, item.values, item.versions, item.hlc, True)
                values.update({f: pair[0] for f, pair in merged.taken.items()})
                initiative_id, live, share = (
                    values["initiative_id"],
                    not values.get("deleted"),
                    values["share"],
                )
            shares[initiative_id][item.id] = share if live else None
        self.add_other_authors(shares)
        found = {}
        for initiative_id, rows in shares.items():
            live = [share for share in rows.values() if share is not None]
            problem = shares_problem(live) if live else None
            if problem is not None:
                found[initiative_id] = problem
        return found

    def add_other_authors(self, shares: dict[str, dict[str, int | None]]) -> None:
        if "initiative_authors" in self.empty_here:
            return
        sql = (
            "SELECT initiative_id, id, share FROM initiative_authors "
            "WHERE NOT deleted AND initiative_id IN ({marks})"
        )
        for initiative_id, row_id, share in self.rows_where_in(sql, shares):
            shares[initiative_id].setdefault(row_id, share)

    def without_derived(self, codec: TableCodec, item: Incoming, local) -> Incoming:
        """A child's record without the values only decisions make (authority.RULES' DERIVED):
        they are recomputed here from the reviews and certificates this node accepts."""
        derived_fields, claimable = derived_of(codec.table)
        if not (derived_fields or claimable):  # a table with none (all but the initiatives)
            return item
        derived = [f for f in derived_fields if item.values.get(f) is not None]
        claimed = {f: item.values[f] for f, values in claimable if item.values.get(f) in values}
        if not (claimed or derived):
            return item
        values, versions = dict(item.values), dict(item.versions)
        self.sent_derived[item.id] = {f: (values[f], versions[f]) for f in [*derived, *claimed]}
        for name in [*derived, *claimed]:
            values.pop(name, None)
            versions.pop(name, None)
        if "status" in claimed:
            self.claimed[item.id] = claimed["status"]
            if local is None:  # nothing backs the claim: a draft, below any real version
                values["status"], versions["status"] = "draft", ZERO_STAMP
        return Incoming(item.line, item.id, item.hlc, values, item.later, versions)

    def unknown_conflicts(self, table: str, row_id: str, found: list) -> list:
        """The conflicts not stored yet: a later package whose sender has not seen the winner
        still carries the value that lost, and must not list the same conflict again."""
        sql = (
            "SELECT 1 FROM conflicts WHERE table_name = ? AND row_id = ? AND field = ? "
            "AND kept_hlc = ? AND lost_hlc = ? LIMIT 1"
        )
        return [
            f
            for f in found
            if self.cursor.execute(sql, (table, row_id, f.field, f.kept_hlc, f.lost_hlc)).fetchone()
            is None
        ]

    def owner_of(self, initiative_id: str | None) -> str | None:
        return self.initiative_unit.get(initiative_id) if initiative_id else None

    def check_uniques(self, codec: TableCodec, decisions: list[tuple[Incoming, Decision]]) -> None:
        """Refuse records whose natural key (code, reg no, number) another record holds."""
        for key in unique_keys(codec.model):
            candidates = [
                (item, d)
                for item, d in decisions
                if d.kind in ("new", "updated")
                and (d.kind == "new" or any(f in d.taken for f in key))
                and all(d.final.get(f) is not None for f in key)
            ]
            if candidates:
                self._check_key(codec, key, candidates)

    def _check_key(self, codec: TableCodec, key: tuple[str, ...], candidates: list) -> None:
        if len(key) == 1:
            values = [(d.final[key[0]],) for _, d in candidates]
        else:
            values = [tuple(d.final[f] for f in key) for _, d in candidates]
        holders = self._local_holders(codec, key, values)
        for (item, decision), value in zip(candidates, values, strict=True):
            holder = self.unique_seen.get((codec.table, key, value)) or holders.get(value)
            if holder is not None and holder != item.id:
                label = ", ".join(str(v) for v in value)
                reason = Message(
                    "sync.possible_duplicate", key="/".join(key), value=label, holder=holder
                )
                self.uncount(codec, item, decision)
                decision.kind, decision.reason = "refused", reason
                self.count(codec, item, decision, None)
            else:
                self.unique_seen[(codec.table, key, value)] = item.id

    def _local_holders(self, codec: TableCodec, key: tuple[str, ...], values: list[tuple]) -> dict:
        holders: dict[tuple, str] = {}
        if codec.table in self.empty_here:
            return holders
        if len(key) == 1:
            sql = f"SELECT {key[0]}, id FROM {codec.table} WHERE {key[0]} IN ({{marks}})"
            rows = self.rows_where_in(sql, {v[0] for v in values})
            holders.update({(r[0],): r[1] for r in rows})
            return holders
        where = " AND ".join(f"{f} = ?" for f in key)
        for value in set(values):
            row = self.cursor.execute(
                f"SELECT id FROM {codec.table} WHERE {where}", value
            ).fetchone()
            if row:
                holders[value] = row[0]
        return holders

    # ---- counting and reporting --------------------------------------------------------------

    def label(self, codec: TableCodec, item: Incoming, local: LocalRow | None) -> str | Message:
        """How a person finds the record: a registration number, a code, a name (never an id)."""
        name = LABEL_FIELDS.get(codec.table)
        value = item.values.get(name) if name else None
        if value is None and local is not None and name:
            value = local.values.get(name)
        if codec.table == "initiatives" and item.values.get("title"):
            return f"{value} {item.values['title'][:60]}"
        if value is None:
            initiative_id = item.values.get("initiative_id") or (
                local.values.get("initiative_id") if local else None
            )
            if initiative_id:
                return Message("sync.label.of_initiative", reg_no=self.reg_no_of(initiative_id))
            unit_id = item.values.get("unit_id") or (local.values.get("unit_id") if local else None)
            if unit_id:
                return Message("sync.label.of_unit", unit=self.tree.codes.get(unit_id, "?"))
        return str(value) if value is not None else Message("sync.label.unknown")

    def reg_no_of(self, initiative_id: str) -> str | Message:
        if initiative_id not in self.reg_nos:
            row = self.cursor.execute(
                "SELECT reg_no FROM initiatives WHERE id = ?", (initiative_id,)
            ).fetchone()
            self.reg_nos[initiative_id] = row[0] if row else Message("sync.label.not_here")
        return self.reg_nos[initiative_id]

    def count(self, codec: TableCodec, item: Incoming, decision: Decision, local) -> None:
        table = codec.table
        self.processed[table].add(item.id)
        if decision.kind == "refused":
            self.refused[table].add(item.id)
            if table == "initiatives" and item.values.get("reg_no"):
                self.reg_nos.setdefault(item.id, item.values["reg_no"])
            self.report.refuse(
                table, item.id, self.label(codec, item, local), decision.reason, decision.field
            )
            return
        counts = self.report.counts(table)
        setattr(counts, decision.kind, getattr(counts, decision.kind) + 1)
        self.track(codec, item, decision, local)
        for found in decision.conflicts or ():
            self.report.note_conflict(self.conflict_note(codec, item, local, found))

    def uncount(self, codec: TableCodec, item: Incoming, decision: Decision) -> None:
        counts = self.report.counts(codec.table)
        setattr(counts, decision.kind, getattr(counts, decision.kind) - 1)
        if decision.kind == "new":
            self.created[codec.table].discard(item.id)

    def track(self, codec: TableCodec, item: Incoming, decision: Decision, local) -> None:
        table = codec.table
        if decision.kind == "new":
            self.created[table].add(item.id)
        else:
            self.exists[table].add(item.id)
        if item.later:
            newest = max(item.versions.values(), default="")
        else:  # every version the creation stamp
            newest = item.hlc if item.values else ""
        if newest > self.max_stamp:
            self.max_stamp = newest
        final = decision.final if decision.final is not None else (local.values if local else {})
        if table == "units" and final:
            self.tree.parents[item.id] = final.get("parent_id")
            self.tree.codes[item.id] = final.get("code")
            if self.authority is not None:
                self.authority.tree_changed()
        elif table == "initiatives" and final:
            self.initiative_unit[item.id] = final.get("unit_id")
            self.reg_nos[item.id] = final.get("reg_no")

    def conflict_note(self, codec: TableCodec, item: Incoming, local, found) -> ConflictNote:
        return ConflictNote(
            codec.table,
            item.id,
            self.label(codec, item, local),
            found.field,
            codec.to_record_value(found.field, found.kept_value),
            found.kept_hlc,
            codec.to_record_value(found.field, found.lost_value),
            found.lost_hlc,
        )

    # ---- writing -----------------------------------------------------------------------------

    def write_batch(self, codec: TableCodec, decisions: list, local: dict[str, LocalRow]) -> None:
        news = [(i, d) for i, d in decisions if d.kind == "new"]
        updates = [(i, d) for i, d in decisions if d.kind == "updated"]
        conflicts = [(i, d) for i, d in decisions if d.conflicts and d.kind != "refused"]
        if not (news or updates or conflicts):
            return
        seq = self.clock.reserve_seqs(len(news) + len(updates)) if news or updates else 0
        for item, d in news + updates:
            self.note_decided(codec, item, d)
            if codec.table == "duplicate_decisions" or d.final.get("status") == "duplicate":
                self.duplicates_touched.add(d.final.get("initiative_id") or item.id)
            if item.id in self.repointed and (d.kind == "new" or "person_id" in d.taken):
                self.repointed_written.add(item.id)
        if codec.table == "attachments":
            self.add_blobs(d.final["sha256"] for _, d in news + updates)
        if news:
            self.insert_rows(codec, news, seq)
            self.audit_created(codec, len(news))
        if updates:
            self.update_rows(codec, updates, seq + len(news), local)
            self.audit_updates(codec, updates, local)
        if conflicts:
            self.store_conflicts(codec, conflicts, local)

    def search_text(self, codec: TableCodec, row_id: str, final: dict[str, Any]) -> str | None:
        if codec.table == "people":
            return person_search_text(final.get("full_name"), final.get("employee_no"))
        if codec.table == "initiatives":
            authors = self.author_ids(row_id)
            names = [self.person_name(person_id) for person_id in authors]
            if not self.name_doubts.isdisjoint(authors):
                self.touched_initiatives.add(row_id)  # the name held here may be another
            unit_code = self.tree.codes.get(final.get("unit_id"))
            return initiative_search_text(
                final.get("reg_no"), final.get("title"), names, final.get("investor"), unit_code
            )
        return None

    def author_ids(self, initiative_id: str) -> list[str]:
        authors = self.verified.authors.get(initiative_id, ())
        if len(authors) > 1:
            authors = sorted(authors, key=first)
        return [person_id for _ordinal, person_id in authors]

    def doubt_search_texts(self, codec: TableCodec, decisions: list) -> None:
        """A new initiative's search text is made from the package's authors and names as it is
        inserted (folded once, not again after the merge) unless this merge makes them differ:
        a person's record not taken as sent, an authorship refused, kept as it was here, or
        re-pointed to the person a merged one is known by now. Those are recomputed at the end."""
        if codec.table == "people":
            self.name_doubts.update(item.id for item, d in decisions if d.kind != "new")
        elif codec.table == "initiative_authors":
            for item, d in decisions:
                initiative_id = item.values.get("initiative_id")
                sent = self.verified.authors.get(initiative_id, ())
                if d.kind != "new" or all(p != item.values.get("person_id") for _o, p in sent):
                    self.touched_initiatives.add(initiative_id)

    def person_name(self, person_id: str) -> str:
        name = self.verified.names.get(person_id)
        if name is None:
            row = self.cursor.execute(
                "SELECT full_name FROM people WHERE id = ?", (person_id,)
            ).fetchone()
            name = self.verified.names[person_id] = row[0] if row else ""
        return name

    def insert_rows(self, codec: TableCodec, news: list, first_seq: int) -> None:
        has_search = codec.table in ("people", "initiatives")
        columns = ["id", "hlc", "field_hlc", "seq", *codec.fields]
        if has_search:
            columns.append("search_text")
        if codec.table == "initiatives":  # the table's sort keys (sortkey, 0018)
            columns += ["title_key", "author_key"]
        if codec.table == "people":  # the lists' sort key (peoplekey, 0019)
            columns.append("name_key")
        rows = []
        for offset, (item, d) in enumerate(news):
            seq = first_seq + offset
            later = sparse_versions(item.hlc, d.versions) if d.versions is not None else None
            if codec.table == "initiatives" and item.id in self.claimed:
                later, seq = self.predict_recognition(item, d, later, seq)
                if item.id not in self.predicted:
                    self.remember_written(item, d.final, later, seq)
            row = [item.id, item.hlc, orjson.dumps(later).decode() if later else None, seq]
            row += codec.stored_row(d.final)
            if has_search:
                row.append(self.search_text(codec, item.id, d.final))
            if codec.table == "initiatives":
                first = [self.person_name(p) for p in self.author_ids(item.id)[:1]]
                row += initiative_keys(d.final.get("title"), first)
            if codec.table == "people":
                row.append(person_key(d.final.get("full_name"), d.final.get("birth_date")))
            rows.append(row)
        self.cursor.insert_many(codec.table, columns, rows)
        if codec.table in self.rulings_written and codec.table in self.empty_here:
            self.remember_rulings(codec.table, news)

    def remember_rulings(self, table: str, news: list) -> None:
        """The outcomes of the new live reviews or certificates just written (rulings_here)."""
        written = self.rulings_written[table]
        for _item, d in news:
            final = d.final
            if not final["deleted"]:
                outcome = "certified" if table == "certificates" else final["outcome"]
                written[final["initiative_id"]].append(
                    Ruling(outcome, as_date(final["decision_date"]))
                )

    def remember_written(self, item: Incoming, final: dict, later: dict | None, seq: int) -> None:
        """A new initiative that settling will read, as written (settling_rows' Settling)."""
        self.written_decided[item.id] = Settling(
            item.id,
            *(final["status"], final["recognised_on"], item.hlc, dict(later or {})),
            *(final["reg_no"], final["title"], seq),
        )

    def predict_recognition(self, item: Incoming, d: Decision, later: dict | None, seq: int):
        """A new initiative that a child sent as decided is written as a draft (a
        placeholder, below any real version) and settled after the reviews and certificates
        (settle_decisions): an insert and then an update of most initiatives of a big package.
        When the package's own reviews and certificates give exactly the status and date it
        sent, it is written so at once, under the child's versions, as settling would leave it;
        settling then checks against the records as accepted and puts right any difference.

        Such a row is this node's own write, as settling's is: its sequence number comes after
        all the sender's records (`predicted_after`), so the sender's receipt does not cover it
        and it goes back (a package may carry a version its sender does not hold).
        Returns the row's (field_hlc, seq): `later` and `seq` as they were when not predicted."""
        sent = self.sent_derived.get(item.id, {})
        rulings = self.package_rulings()
        if "status" not in sent or rulings is None:
            return later, seq
        derived = derive_recognition(d.final["status"], rulings.get(item.id, ()))
        day = derived.recognised_on.isoformat() if derived.recognised_on else None
        status, day_sent = sent["status"], sent.get("recognised_on")
        if derived.status != status[0] or day != (day_sent[0] if day_sent else None):
            return later, seq
        final = d.final
        placeholder = Settling(
            item.id,
            *(final["status"], final["recognised_on"], item.hlc, dict(later or {})),
            *(final["reg_no"], final["title"], seq),
        )
        later = {**placeholder.versions, "status": status[1]}
        if day_sent:
            later["recognised_on"] = day_sent[1]
        d.final = {**final, "status": status[0], "recognised_on": day}
        self.predicted[item.id] = (placeholder, (status[0], day, later))
        return later, self.predicted_after + len(self.predicted)

    def package_rulings(self) -> dict[str, list[Ruling]] | None:
        """The live reviews' and certificates' outcomes the package carries, per initiative
        (None when the verify pass did not keep those tables)."""
        if self._package_rulings is None:
            reviews, certificates = (
                self.verified.peek("reviews"),
                self.verified.peek("certificates"),
            )
            if (reviews is None and self.package.has_table("reviews")) or (
                certificates is None and self.package.has_table("certificates")
            ):
                return None
            found: dict[str, list[Ruling]] = defaultdict(list)
            for item in reviews or ():
                if not item.values.get("deleted"):
                    found[item.values["initiative_id"]].append(ruling(item.values))
            for item in certificates or ():
                if not item.values.get("deleted"):
                    found[item.values["initiative_id"]].append(ruling(item.values, "certified"))
            self._package_rulings = found
        return self._package_rulings

    def update_rows(self, codec: TableCodec, updates: list, first_seq: int, local: dict) -> None:
        has_search = codec.table == "people"
        columns = [*codec.fields, "field_hlc", "seq"]
        if has_search:
            columns += ["search_text", "name_key"]  # the lists' sort key too (0019)
        rows = []
        for offset, (item, d) in enumerate(updates):
            later = sparse_versions(local[item.id].hlc, d.versions)
            row = codec.stored_row(d.final)
            row += [orjson.dumps(later).decode() if later else None, first_seq + offset]
            if has_search:
                row.append(self.search_text(codec, item.id, d.final))
                row.append(person_key(d.final.get("full_name"), d.final.get("birth_date")))
            rows.append([*row, item.id])
            self.note_touched(codec, item, d)
        self.cursor.update_many(codec.table, columns, rows)

    def note_decided(self, codec: TableCodec, item: Incoming, d: Decision) -> None:
        """Remember the initiatives whose recognition this record may change (only those are
        recomputed after the merge: a bulk import of plain registrations costs nothing)."""
        if codec.table == "initiatives":
            if d.kind == "new":
                if d.final["status"] in DECISIONS or d.final.get("recognised_on"):
                    self.decided.add(item.id)
            elif {"status", "recognised_on"} & set(d.taken or ()):
                self.decided.add(item.id)
        elif codec.table in ("reviews", "certificates"):
            self.decided.add(d.final["initiative_id"])
            if d.kind == "updated" and self.local_initiative_of.get(item.id):
                self.decided.add(self.local_initiative_of[item.id])

    def note_touched(self, codec: TableCodec, item: Incoming, d: Decision) -> None:
        if codec.table == "initiatives":
            self.touched_initiatives.add(item.id)
        elif codec.table == "initiative_authors":
            self.touched_initiatives.add(d.final["initiative_id"])
        elif codec.table == "people" and "full_name" in d.taken:
            self.renamed_people.add(item.id)

    def add_blobs(self, hashes: Iterable[str]) -> None:
        for sha in set(hashes):
            if sha in self.exists["blobs"] or sha in self.blobs_added or sha not in self.files:
                continue
            content = self.package.file(sha)
            self.cursor.execute(
                "INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?, ?, ?)",
                (sha, len(content), content),
            )
            self.blobs_added.add(sha)
        self.report.files_added = len(self.blobs_added)

    # ---- audit and conflicts -----------------------------------------------------------------

    def audit(self, rows: list[tuple]) -> None:
        columns = ("at", "actor", "action", "table_name", "row_id", "changes", "package_id")
        self.cursor.insert_many("audit_log", columns, rows)

    def audit_created(self, codec: TableCodec, count: int) -> None:
        changes = orjson.dumps({"rows": count}).decode()
        self.audit(
            [(self.now_text, self.actor, "import", codec.table, "*", changes, self.package_id)]
        )

    def audit_updates(self, codec: TableCodec, updates: list, local: dict[str, LocalRow]) -> None:
        rows = []
        for item, d in updates:
            before = local[item.id].values
            changes = {
                f: [codec.to_record_value(f, before[f]), codec.to_record_value(f, value)]
                for f, (value, _stamp) in d.taken.items()
                if before[f] != value
            }
            text = orjson.dumps(changes).decode()
            rows.append(
                (self.now_text, self.actor, "import", codec.table, item.id, text, self.package_id)
            )
        self.audit(rows)

    def store_conflicts(self, codec: TableCodec, conflicts: list, local: dict) -> None:
        rows = []
        for item, d in conflicts:
            for found in d.conflicts:
                kept = orjson.dumps(codec.to_record_value(found.field, found.kept_value)).decode()
                lost = orjson.dumps(codec.to_record_value(found.field, found.lost_value)).decode()
                rows.append(
                    (
                        *(codec.table, item.id, found.field),
                        *(kept, found.kept_hlc, lost, found.lost_hlc),
                        *(self.package_id, self.now_text),
                    )
                )
        self.cursor.insert_many("conflicts", CONFLICT_COLUMNS, rows)

    # ---- after the last table ----------------------------------------------------------------

    def finish(self) -> None:
        from db.queries.search_text import refresh_search_text

        if self.max_stamp and self.max_stamp != ZERO_STAMP:
            self.clock.observe(self.max_stamp)
        texts_to_refresh = set(self.touched_initiatives)
        self.settle_decisions()
        self.correct_duplicates()
        self.repoint_after_aliases()
        self.correct_repointed()
        self.reassert_refused()
        self.undo_later_of_twins()
        # settling changes a status and its date, neither of them in the search text
        self.touched_initiatives = texts_to_refresh | self.initiatives_of(self.renamed_people)
        refresh_search_text(self.session, self.touched_initiatives)

    def settle_decisions(self) -> None:
        """Recognition follows from the reviews and certificates held here, never from a
        status as sent (db/recognition.py): correct what the package set otherwise, with a new
        version (so the correction travels on), and list a withdrawal asked after a decision.

        Written in bulk, as RecordWriter.update would write each (a new stamp on the changed
        fields, the next sequence number, an audit line), in the order of the ids; handed to
        the writer SETTLE_CHUNK rows at a time (write_settled), so that on a file the writer
        thread changes them while this one settles the next (issue 13)."""
        self.decided |= set(self.claimed)
        if not self.decided:
            return
        self.session.flush()
        ids = sorted(self.decided)
        written = self.written_decided
        rows = self.settling_rows([i for i in ids if i not in self.predicted and i not in written])
        rows.update((i, placeholder) for i, (placeholder, _state) in self.predicted.items())
        rows.update(written)
        rulings = self.rulings_here([i for i in ids if i in rows])
        clock = NodeClock(self.session.get(NodeIdentity, 1))
        seq_before = clock.node.last_seq
        if self.predicted:  # numbered already, after the sender's records
            clock.node.last_seq = max(seq_before, self.predicted_after + len(self.predicted))
        updates, audit, actor = [], [], f"{self.actor} (tự tính)"
        now = utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")
        written_any, clock = False, CountedSeqs(clock)
        # on a server the corrections go as one COPY and UPDATE … FROM (db/postgres/merge_rows.py)
        chunk = SETTLE_CHUNK if isinstance(self.cursor, SqliteMergeRows) else len(ids) + 1
        for initiative_id in ids:
            if len(updates) >= chunk:
                self.write_settled(updates, audit)
                updates, audit, written_any = [], [], True
            row = rows.get(initiative_id)
            if row is None:
                continue
            old_status, old_stamp = row.status, row.versions.get("status", row.hlc)
            old_seq = row.seq  # where the row lies in the table (write_settled)
            settled = derive_recognition(
                row.status, rulings[initiative_id], self.status_before.get(initiative_id)
            )
            sent = self.sent_derived.get(initiative_id, {})
            changed = row.settle(settled.status, settled.recognised_on, clock, sent)
            if initiative_id in self.predicted and self.as_predicted(row):
                continue  # written so already
            if changed is None and initiative_id not in self.predicted:
                continue
            updates.append((old_seq, row))  # its values made as it is written
            if changed is None:
                continue  # a prediction undone: the row as it would have stayed
            if changed:  # a version adopted alone is no change a person needs to read
                text = json_text(changed)
                audit.append((now, actor, "update", "initiatives", row.id, text, self.package_id))
            self.touched_initiatives.add(row.id)
            if settled.withdrawal_request:
                self.store_request(row, settled.status, old_stamp)
            elif row.id not in self.claimed:
                self.note_settled(row, old_status)
        clock.done()
        if updates or written_any or self.predicted:  # this node's own: no echo of the sender's
            self.own_writes_from(seq_before)
        self.write_settled(updates, audit)
        if updates or written_any:
            for obj in list(self.session.identity_map.values()):
                if isinstance(obj, Initiative):
                    self.session.expire(obj)
        for initiative_id, claimed in self.claimed.items():
            self.note_settled(rows.get(initiative_id), claimed)

    def own_writes_from(self, seq_before: int) -> None:
        """What is numbered after `seq_before` is written on this node's own authority (a
        correction): the sender's receipt does not acknowledge it, so it goes back."""
        if self.own_writes_after is None or seq_before < self.own_writes_after:
            self.own_writes_after = seq_before

    def correct_duplicates(self) -> None:
        """An initiative left Trùng lặp with no "same" decision in force goes back to the
        status before (db/sync/duplicate_status.py), as this node's own correction: new
        versions, numbered after the sender's records, an audit line."""
        back = undecided_duplicates(self.rows_where_in, sorted(self.duplicates_touched))
        if not back:
            return
        clock = NodeClock(self.session.get(NodeIdentity, 1))
        before = clock.node.last_seq
        sql = "SELECT id, field_hlc, duplicate_of_id FROM initiatives WHERE id IN ({marks})"
        updates, audit = [], []
        for row_id, later, original in self.rows_where_in(sql, sorted(back)):
            stamp = clock.tick()
            versions = {**(orjson.loads(later) if later else {}), "status": stamp}
            versions["duplicate_of_id"] = stamp
            updates.append([back[row_id], None, json_text(versions), clock.next_seq(), row_id])
            text = json_text(
                {"status": ["duplicate", back[row_id]], "duplicate_of_id": [original, None]}
            )
            where = ("initiatives", row_id, text, self.package_id)
            audit.append((self.now_text, f"{self.actor} (tự tính)", "update", *where))
        columns = ["status", "duplicate_of_id", "field_hlc", "seq"]
        self.cursor.update_many("initiatives", columns, updates)
        self.audit(audit)
        for obj in list(self.session.identity_map.values()):
            if isinstance(obj, Initiative):
                self.session.expire(obj)
        self.own_writes_from(before)

    def repoint_after_aliases(self) -> None:
        """An authorship re-pointed by an alias this package undoes or moves names the person
        kept now (db/sync/aliases.py `repointed_again`): the one sent is no correction."""
        if not (self.repointed_written and self.processed["person_aliases"]):
            return
        written = {row_id: self.repointed[row_id] for row_id in self.repointed_written}
        changed = repointed_again(self.cursor, written)
        self.cursor.update_many(
            "initiative_authors", ["person_id"], [[p, i] for i, p in changed.items()]
        )
        self.repointed_written -= {i for i, person in changed.items() if person == written[i]}

    def correct_repointed(self) -> None:
        """An authorship written under the person kept where the package named a merged one is
        this node's correction, as a settled status is: the person takes a new version and the
        row a sequence number after every record of the sender, so the sender's receipt does
        not acknowledge it and it goes back (else the sender keeps the merged person under the
        same version for ever)."""
        if not self.repointed_written:
            return
        clock = NodeClock(self.session.get(NodeIdentity, 1))
        before = clock.node.last_seq
        sql = "SELECT id, field_hlc, person_id FROM initiative_authors WHERE id IN ({marks})"
        updates, audit = [], []
        for row_id, later, person_id in self.rows_where_in(sql, sorted(self.repointed_written)):
            versions = {**(orjson.loads(later) if later else {}), "person_id": clock.tick()}
            updates.append([json_text(versions), clock.next_seq(), row_id])
            text = json_text({"person_id": [self.repointed[row_id], person_id]})
            where = ("initiative_authors", row_id, text, self.package_id)
            audit.append((self.now_text, f"{self.actor} (tự tính)", "update", *where))
        self.cursor.update_many("initiative_authors", ["field_hlc", "seq"], updates)
        self.audit(audit)
        self.own_writes_from(before)

    def reassert_refused(self) -> None:
        """A child's change to a record that this node refused is one the child holds under a
        newer version: nothing it receives would replace it, and the two would differ for
        ever (a union's duplicate decision the rig changed before hearing of it). So the
        fields refused take this node's values again under a version of its own, newer than
        the child's, numbered after the sender's records: the next package puts them back."""
        if not self.reasserted:
            return
        clock = NodeClock(self.session.get(NodeIdentity, 1))
        clock.observe(
            max(newest for rows in self.reasserted.values() for _, newest in rows.values())
        )
        before = clock.node.last_seq
        for table, rows in self.reasserted.items():
            sql = f"SELECT id, field_hlc FROM {table} WHERE id IN ({{marks}})"
            updates = []
            for row_id, later in self.rows_where_in(sql, sorted(rows)):
                versions = orjson.loads(later) if later else {}
                versions.update(dict.fromkeys(rows[row_id][0], clock.tick()))
                updates.append([json_text(versions), clock.next_seq(), row_id])
            self.cursor.update_many(table, ["field_hlc", "seq"], updates)
        self.own_writes_from(before)

    def undo_later_of_twins(self) -> None:
        """Two nodes doing at once what may hold only once: merging one pair of people each
        way (db/sync/aliases.py), certifying one initiative twice at one level
        (db/certificates_twice.py). The earlier holds; the later is undone here as this node's
        own correction (it goes back), and the report says so."""
        merges, certificates = self.processed["person_aliases"], self.processed["certificates"]
        if not (merges or certificates):
            return
        self.session.flush()
        clock = NodeClock(self.session.get(NodeIdentity, 1))
        before, actor, said = clock.node.last_seq, f"{self.actor} (tự tính)", []
        for loop in (
            break_alias_loops(self.session, clock, actor, self.package_id) if merges else ()
        ):
            said.append(Message("sync.alias_loop", name=loop.name, undone_by=loop.undone_by))
        for twin in cancel_later_twins(self.session, clock, actor, self.package_id, certificates):
            said.append(Message("sync.certificate_twin", **asdict(twin)))
        self.report.warnings += said
        if clock.node.last_seq != before:
            self.own_writes_from(before)

    def as_predicted(self, row: Settling) -> bool:
        """Whether settling left a predicted initiative as predict_recognition wrote it."""
        return (row.status, row.recognised_on, row.versions) == self.predicted[row.id][1]

    def rulings_here(self, ids: list[str]) -> dict[str, list[Ruling]]:
        """The live reviews' and certificates' outcomes held here (db.queries.reviews.rulings_of
        through the merge's cursor: this transaction's rows, no ORM)."""
        found: dict[str, list[Ruling]] = {i: [] for i in ids}
        for table, outcome in (("reviews", "outcome"), ("certificates", "'certified'")):
            if table in self.empty_here:  # all it holds, this merge wrote: remembered
                written = self.rulings_written[table]
                for initiative_id in ids:
                    if initiative_id in written:
                        found[initiative_id] += written[initiative_id]
                continue
            sql = (
                f"SELECT initiative_id, {outcome}, decision_date FROM {table} "
                "WHERE NOT deleted AND initiative_id IN ({marks})"
            )
            for initiative_id, result, day in self.rows_where_in(sql, ids):
                found[initiative_id].append(Ruling(result, as_date(day)))
        return found

    def settling_rows(self, ids: list[str]) -> dict[str, Settling]:
        sql = (
            "SELECT id, status, recognised_on, hlc, field_hlc, reg_no, title, seq "
            "FROM initiatives WHERE id IN ({marks})"
        )
        return {
            r[0]: Settling(r[0], r[1], r[2], r[3], orjson.loads(r[4]) if r[4] else {}, *r[5:])
            for r in self.rows_where_in(sql, ids)
        }

    def write_settled(self, updates: list[tuple[int, Settling]], audit: list[tuple]) -> None:
        """Corrected statuses, straight to the table (settle_decisions expires the session's
        copies), then their audit lines. Written in the order the rows lie in the file (their
        sequence numbers before settling), not in the order of their ids: at 100,000
        initiatives the table outgrows the page cache, and rows visited at random read its
        pages again and again (6.4 s of CPU, 27 s of a loaded machine's time, issue 13);
        `updates` are (that number, the row settled), a chunk of SETTLE_CHUNK ids at most
        (a sweep of the file each). On a file the writer thread writes them (db/sync/rows.py),
        BATCH rows at a time, while this thread makes the next rows' values (their versions'
        JSON) and settles the next chunk."""
        if not updates:
            return
        updates.sort(key=first)
        step = BATCH if isinstance(self.cursor, SqliteMergeRows) else len(updates)
        for start in range(0, len(updates), step):
            rows = [
                [row.status, row.recognised_on, json_text(row.versions), row.seq, row.id]
                for _seq, row in updates[start : start + step]
            ]
            self.cursor.update_many("initiatives", SETTLED_COLUMNS, rows)
        self.audit(audit)

    def note_settled(self, initiative: Settling | None, sent: str) -> None:
        if initiative is not None and initiative.status != sent:
            label = f"{initiative.reg_no} {initiative.title[:60]}"
            self.report.note_settled(label, sent, initiative.status)

    def store_request(self, initiative: Settling, status: str, asked_stamp: str) -> None:
        """A site's withdrawal of a decided initiative: a request headquarters sees and answers
        (`sangkien conflicts list`: kept the decision, the withdrawal asked for)."""
        self.cursor.execute(  # the merge's own note of the two statuses is superseded
            "DELETE FROM conflicts WHERE table_name = 'initiatives' AND row_id = ? "
            "AND field = 'status' AND package_id = ?",
            (initiative.id, self.package_id),
        )
        self.cursor.execute(
            "INSERT INTO conflicts (table_name, row_id, field, kept_value, kept_hlc, lost_value, "
            "lost_hlc, package_id, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                *("initiatives", initiative.id, "status"),
                *(orjson.dumps(status).decode(), initiative.versions.get("status", initiative.hlc)),
                *(orjson.dumps("withdrawn").decode(), asked_stamp),
                *(self.package_id, self.now_text),
            ),
        )
        self.report.withdrawal_requests.append(f"{initiative.reg_no} {initiative.title[:60]}")

    def initiatives_of(self, people: set[str]) -> set[str]:
        sql = "SELECT initiative_id FROM initiative_authors WHERE person_id IN ({marks})"
        return {r[0] for r in self.rows_where_in(sql, people)}
