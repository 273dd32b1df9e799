"""Synced rows as JSON records: the one format of packages, `dump` and the command line's JSON.

A record holds the row's `id`, its synced field values under their column names (dates as ISO
text), and its versions: `hlc` (stamp of creation) and `field_hlc` (stamps of fields changed since).
`dump_line` writes the canonical form: every field's version spelled out, keys sorted, so two
databases holding the same records dump byte-identical lines whatever order they merged in.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Text
from sqlalchemy.types import JSON as JSONType

from db.messages import Message, message_of
from db.models import Money, SyncedMixin
from db.money import json_value, money_from_record
from db.search import nfc
from db.validation import excerpt


class RecordError(ValueError):
    """A record whose field has the wrong type or form: names the table, the field and the value."""


def record_values(row: SyncedMixin) -> dict[str, Any]:
    return {field: json_value(getattr(row, field)) for field in type(row).synced_fields()}


def row_to_record(row: SyncedMixin) -> dict[str, Any]:
    """The package form of a row: values, creation stamp and the sparse later stamps."""
    record = {"id": row.id, **record_values(row), "hlc": row.hlc}
    if row.field_hlc:
        record["field_hlc"] = dict(row.field_hlc)
    return record


def full_versions(row_or_record: SyncedMixin | dict[str, Any], fields: list[str]) -> dict[str, str]:
    if isinstance(row_or_record, dict):
        base, later = row_or_record["hlc"], row_or_record.get("field_hlc") or {}
    else:
        base, later = row_or_record.hlc, row_or_record.field_hlc or {}
    return {field: later.get(field, base) for field in fields}


def dump_line(row: SyncedMixin) -> str:
    """One canonical JSON line for `dump`: table, id, values and every field's version."""
    fields = type(row).synced_fields()
    data = {
        "table": row.__tablename__,
        "id": row.id,
        **record_values(row),
        "versions": full_versions(row, fields),
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def python_value(model: type[SyncedMixin], field: str, value: Any) -> Any:
    """A JSON value converted to the column's Python type; RecordError if it does not fit."""
    column = model.__table__.columns[field]
    if value is None:
        if not column.nullable:
            raise RecordError(
                Message("record.value_required", where=f"{model.__tablename__}.{field}")
            )
        return None
    kind = column.type
    try:
        return _convert(kind, value)
    except (TypeError, ValueError) as error:
        where = f"{model.__tablename__}.{field}"
        raise RecordError(
            Message(
                "record.invalid_value",
                where=where,
                value=excerpt(value),
                reason=message_of(error) or str(error),
            )
        ) from None


def _convert(kind: Any, value: Any) -> Any:
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise TypeError(Message("value.true_false"))
        return value
    if isinstance(kind, Money):
        return money_from_record(value)
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(Message("value.whole_number"))
        return value
    if isinstance(kind, DateTime):
        return dt.datetime.fromisoformat(_text(value))
    if isinstance(kind, Date):
        return dt.date.fromisoformat(_text(value))
    if isinstance(kind, String | Text):
        text = nfc(_text(value))
        if getattr(kind, "length", None) and len(text) > kind.length:
            raise ValueError(Message("value.too_long", limit=kind.length))
        return text
    if isinstance(kind, JSONType):
        return value
    raise TypeError(f"unsupported column type {kind!r}")


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(Message("value.text"))
    return value


def record_to_values(model: type[SyncedMixin], record: dict[str, Any]) -> dict[str, Any]:
    """The synced field values of a record, typed; unknown fields are an error."""
    fields = model.synced_fields()
    unknown = set(record) - set(fields) - {"id", "hlc", "field_hlc"}
    if unknown:
        raise RecordError(
            Message("record.unknown_fields", where=model.__tablename__, fields=sorted(unknown))
        )
    return {f: python_value(model, f, record.get(f)) for f in fields if f in record}
