"""Moving a node's records from a SQLite file to a server (issue 18): every table, every row,
every version stamp, in one transaction on the server. `sangkien migrate-to` and `demo` on a
server use it (the demo: db.demo.on_server); `dump` of the file and of the server are then the
same bytes. Initiatives keep their rowids (the server's column of migration 0016), so the table's
and the duplicates' integer keys mean the same rows on both engines; the search's words (0017)
are filled once, after the rows, instead of by a trigger at every batch."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice

from sqlalchemy import (
    JSON,
    Connection,
    Integer,
    column,
    func,
    select,
    table,
    text,
    update,
)
from sqlalchemy.exc import SQLAlchemyError

from db.database import Database
from db.fileutil import DatabaseError
from db.messages import Message
from db.models import Base
from db.postgres import words
from db.progress import OnProgress

BATCH = 2000
# rows per COPY: the counts' statement triggers (0017) keep a statement's new rows in a
# transition table, written to disk beyond work_mem: one COPY of a million initiatives
# needed gigabytes of temporary files, one of 20,000 about 30 MB
PER_COPY = 20_000
WITH_ROWID = ("initiatives",)  # tables whose server copy has a rowid column (0016)


@dataclass
class CopyResult:
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def copy_node(source: Database, target: Database, progress: OnProgress | None = None) -> CopyResult:
    """Copy every row of `source` into `target` (migrated to the same schema, holding nothing):
    all or nothing. `progress(rows copied, rows in all)` after each batch."""
    result = CopyResult()
    try:
        with source.engine.connect() as reader, target.engine.begin() as writer:
            _refuse_unless_empty(writer)
            words.adding_words(writer, on=False)  # filled once at the end, its B-tree sorted
            tables = Base.metadata.sorted_tables
            counted = _Counted(progress, sum(_rows_in(reader, t) for t in tables))
            for model_table in tables:
                result.rows[model_table.name] = _copy_table(reader, writer, model_table, counted)
            words.refill(writer)
            words.adding_words(writer, on=True)
            _move_counters_past_copied_ids(writer)
            _check_counts(writer, result)
    except SQLAlchemyError as error:
        reason = str(getattr(error, "orig", error)).strip().splitlines()[0]
        raise DatabaseError(Message("server.copy_failed", reason=reason)) from None
    _ready_for_reading(target)
    return result


def _ready_for_reading(target: Database) -> None:
    """VACUUM ANALYZE once the rows are in: the planner's statistics (without them it guesses,
    and a filter or a search takes the wrong index), and the visibility map that lets a count
    or `stats` read an index alone, as a file does, instead of every row."""
    with target.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")


def _refuse_unless_empty(writer: Connection) -> None:
    for model_table in Base.metadata.sorted_tables:
        if writer.execute(select(func.count()).select_from(model_table)).scalar():
            raise DatabaseError(Message("server.target_not_empty", table=model_table.name))


def _self_references(model_table) -> list[str]:
    return [fk.parent.name for fk in model_table.foreign_keys if fk.column.table is model_table]


def _plain_table(model_table):
    """The table's columns as the server knows them (for the links set after the rows)."""
    columns = [column(c.name, c.type) for c in model_table.columns]
    return table(model_table.name, *columns)


class _Counted:
    """The rows copied so far, told to a progress callback (if any) against the rows in all."""

    def __init__(self, progress: OnProgress | None, total: int) -> None:
        self.progress, self.total, self.done = progress, total, 0

    def add(self, rows: int) -> None:
        self.done += rows
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)


def _rows_in(reader: Connection, model_table) -> int:
    return reader.execute(select(func.count()).select_from(model_table)).scalar_one()


def _copy_table(reader: Connection, writer: Connection, model_table, counted: _Counted) -> int:
    """The table's rows as the file stores them (ISO dates, 0/1 booleans, JSON text: what a
    COPY's text format reads), by COPY; a row's links to rows of its own table are set after,
    as a parent may come after its child."""
    names = [c.name for c in model_table.columns] + (
        ["rowid"] if model_table.name in WITH_ROWID else []
    )
    stored = _StoredRows(model_table, names)
    count, cursor = 0, writer.connection.driver_connection.cursor()
    batches = _batches(reader, model_table.name, names)
    while group := list(islice(batches, PER_COPY // BATCH)):
        with cursor.copy(f"COPY {model_table.name} ({', '.join(names)}) FROM STDIN") as copy:
            for rows in group:
                for row in rows:
                    copy.write_row(stored.as_copied(row))
                count += len(rows)
                counted.add(len(rows))
    target = _plain_table(model_table)
    for row_id, name, value in stored.links:
        writer.execute(update(target).where(target.c.id == row_id).values({name: value}))
    return count


class _StoredRows:
    """A file's stored row as the server's COPY takes it; its links to rows of the same table
    kept aside (`links`: id, column, value)."""

    def __init__(self, model_table, names: list[str]) -> None:
        later = set(_self_references(model_table))
        self.json_at = [i for i, c in enumerate(model_table.columns) if isinstance(c.type, JSON)]
        self.later_at = [i for i, name in enumerate(names) if name in later]
        self.names, self.key = names, names.index("id") if self.later_at else 0
        self.links: list[tuple[str, str, object]] = []

    def as_copied(self, row: list) -> list:
        for i in self.json_at:  # SQLAlchemy's JSON keeps None as the text 'null' in a file
            if row[i] == "null":
                row[i] = None
        for i in self.later_at:
            if row[i] is not None:
                self.links.append((row[self.key], self.names[i], row[i]))
                row[i] = None
        return row


def _batches(reader: Connection, name: str, columns: list[str]) -> Iterator[list[list]]:
    """The rows as stored, BATCH at a time; a table with rowids in the order the file added
    them, rowids and all."""
    order = " ORDER BY rowid" if name in WITH_ROWID else ""
    result = reader.exec_driver_sql(f"SELECT {', '.join(columns)} FROM {name}{order}")
    while rows := result.fetchmany(BATCH):
        yield [list(row) for row in rows]


def _move_counters_past_copied_ids(writer: Connection) -> None:
    """Tables numbered by the server (audit_log, package_log, conflicts) and initiatives'
    rowids continue after the copied numbers."""
    for model_table in Base.metadata.sorted_tables:
        keys = list(model_table.primary_key.columns)
        if len(keys) == 1 and isinstance(keys[0].type, Integer):
            _continue_after(writer, model_table.name, keys[0].name)
        if model_table.name in WITH_ROWID:
            _continue_after(writer, model_table.name, "rowid")


def _continue_after(writer: Connection, name: str, key: str) -> None:
    sequence = writer.execute(
        text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": name, "c": key}
    ).scalar()
    if sequence:
        highest = writer.execute(select(func.max(column(key))).select_from(table(name))).scalar()
        writer.execute(
            text("SELECT setval(:s, :v, :called)"),
            {"s": sequence, "v": max(highest or 0, 1), "called": bool(highest)},
        )


def _check_counts(writer: Connection, result: CopyResult) -> None:
    for model_table in Base.metadata.sorted_tables:
        held = writer.execute(select(func.count()).select_from(model_table)).scalar()
        if held != result.rows[model_table.name]:
            raise DatabaseError(
                Message(
                    "server.copy_incomplete",
                    table=model_table.name,
                    held=held,
                    expected=result.rows[model_table.name],
                )
            )
