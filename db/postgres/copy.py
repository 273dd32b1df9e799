"""Moving a node's records from a SQLite file to a server (issue 18): every table, every row,
every version stamp, in one transaction on the server. `sangkien migrate-to` and `demo` on a
server use it (the demo: db.demo.on_server); `dump` of the file and of the server are then the
same bytes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import JSON, Connection, Integer, column, func, select, table, text, update
from sqlalchemy.exc import SQLAlchemyError

from db.database import Database
from db.fileutil import DatabaseError
from db.messages import Message
from db.models import Base

BATCH = 2000
Progress = Callable[[str, int], None]


@dataclass
class CopyResult:
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def copy_node(source: Database, target: Database, progress: Progress | None = None) -> CopyResult:
    """Copy every row of `source` into `target` (migrated to the same schema, holding nothing):
    all or nothing."""
    result = CopyResult()
    try:
        with source.engine.connect() as reader, target.engine.begin() as writer:
            _refuse_unless_empty(writer)
            for model_table in Base.metadata.sorted_tables:
                result.rows[model_table.name] = _copy_table(reader, writer, model_table, progress)
            _move_counters_past_copied_ids(writer)
            _check_counts(writer, result)
    except SQLAlchemyError as error:
        reason = str(getattr(error, "orig", error)).strip().splitlines()[0]
        raise DatabaseError(Message("server.copy_failed", reason=reason)) from None
    return result


def _refuse_unless_empty(writer: Connection) -> None:
    for model_table in Base.metadata.sorted_tables:
        if writer.execute(select(func.count()).select_from(model_table)).scalar():
            raise DatabaseError(Message("server.target_not_empty", table=model_table.name))


def _self_references(model_table) -> list[str]:
    return [fk.parent.name for fk in model_table.foreign_keys if fk.column.table is model_table]


def _plain_table(model_table):
    """The table with JSON that keeps SQL NULL as NULL (not the JSON text 'null')."""
    columns = [
        column(c.name, JSON(none_as_null=True) if isinstance(c.type, JSON) else c.type)
        for c in model_table.columns
    ]
    return table(model_table.name, *columns)


def _copy_table(reader: Connection, writer: Connection, model_table, progress) -> int:
    later = _self_references(model_table)
    target = _plain_table(model_table)
    count, links = 0, []
    for rows in _batches(reader, model_table):
        for row in rows:
            links.extend((row["id"], name, row[name]) for name in later if row[name] is not None)
            row.update(dict.fromkeys(later))
        writer.execute(target.insert(), rows)
        count += len(rows)
        if progress:
            progress(model_table.name, count)
    for row_id, name, value in links:  # parents may come after their children
        writer.execute(update(target).where(target.c.id == row_id).values({name: value}))
    return count


def _batches(reader: Connection, model_table) -> Iterator[list[dict]]:
    result = reader.execution_options(yield_per=BATCH).execute(select(model_table))
    for chunk in result.mappings().partitions(BATCH):
        yield [dict(row) for row in chunk]


def _move_counters_past_copied_ids(writer: Connection) -> None:
    """Tables numbered by the server (audit_log, package_log, conflicts) continue after the
    copied numbers."""
    for model_table in Base.metadata.sorted_tables:
        keys = list(model_table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        name = model_table.name
        sequence = writer.execute(
            text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": name, "c": keys[0].name}
        ).scalar()
        if sequence:
            highest = writer.execute(select(func.max(keys[0]))).scalar() or 0
            writer.execute(
                text("SELECT setval(:s, :v, :called)"),
                {"s": sequence, "v": max(highest, 1), "called": highest > 0},
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
