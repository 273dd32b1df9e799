"""Records <-> SQLite rows, fast: the bulk paths of export and import skip ORM objects.

A record is db.records' JSON form (dates as ISO text, booleans true/false, JSON columns as JSON).
The *db form* of a value is what SQLite stores for that column under SQLAlchemy's types: ISO
text for dates, 0/1 for booleans, "YYYY-MM-DD HH:MM:SS.ffffff" for date-times, and the Python
value for JSON columns (serialised when written). `TableCodec.to_db` checks each value exactly as
`db.records.record_to_values` does (NFC text, lengths, whole numbers, real dates, required fields)
and, when a value is wrong, raises that function's own RecordError naming the table and field.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from typing import Any

import orjson
from sqlalchemy import Boolean, Date, DateTime, Integer, String, Text
from sqlalchemy.types import JSON as JSONType

from db.models import SyncedMixin
from db.records import RecordError, python_value

ToDb = Callable[[Any], Any]


def _text_to_db(length: int | None) -> ToDb:
    def convert(value: Any) -> Any:
        if type(value) is not str:
            raise TypeError
        if not value.isascii():
            value = unicodedata.normalize("NFC", value)
        if length is not None and len(value) > length:
            raise ValueError
        return value

    return convert


def _int_to_db(value: Any) -> Any:
    if type(value) is not int:
        raise TypeError
    return value


def _bool_to_db(value: Any) -> Any:
    if type(value) is not bool:
        raise TypeError
    return 1 if value else 0


def _date_to_db(value: Any) -> Any:
    if type(value) is not str:
        raise TypeError
    return dt.date.fromisoformat(value).isoformat()


def _datetime_to_db(value: Any) -> Any:
    if type(value) is not str:
        raise TypeError
    return dt.datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M:%S.%f")


def _json_to_db(value: Any) -> Any:
    return value


def _datetime_from_db(raw: Any) -> Any:
    return dt.datetime.fromisoformat(raw).isoformat()


def _json_from_db(raw: Any) -> Any:
    return orjson.loads(raw) if isinstance(raw, str | bytes) else raw


def _bool_from_db(raw: Any) -> Any:
    return bool(raw)


def _converter(kind: Any) -> tuple[ToDb, Callable[[Any], Any] | None]:
    """(to_db, from_db) for a column type; from_db None when the stored value is the record's."""
    if isinstance(kind, Boolean):
        return _bool_to_db, _bool_from_db
    if isinstance(kind, Integer):
        return _int_to_db, None
    if isinstance(kind, DateTime):
        return _datetime_to_db, _datetime_from_db
    if isinstance(kind, Date):
        return _date_to_db, None
    if isinstance(kind, String | Text):
        return _text_to_db(getattr(kind, "length", None)), None
    if isinstance(kind, JSONType):
        return _json_to_db, _json_from_db
    raise TypeError(f"unsupported column type {kind!r}")


def _default(column: Any) -> Any:
    default = column.default
    if default is None or not getattr(default, "is_scalar", False):
        if default is not None and getattr(default, "is_callable", False):
            return default.arg(None)
        return None
    return default.arg


class TableCodec:
    """Conversions for one synced table: its fields in column order and a converter per field."""

    def __init__(self, model: type[SyncedMixin]) -> None:
        self.model = model
        self.table = model.__tablename__
        self.fields: list[str] = model.synced_fields()
        columns = model.__table__.columns
        pairs = {f: _converter(columns[f].type) for f in self.fields}
        self.to_db_of: dict[str, ToDb] = {f: pair[0] for f, pair in pairs.items()}
        self.from_db_of = {f: pair[1] for f, pair in pairs.items() if pair[1] is not None}
        self.nullable = {f for f in self.fields if columns[f].nullable}
        self.json_fields = {f for f in self.fields if isinstance(columns[f].type, JSONType)}
        self.defaults = {f: self._db_default(f, columns[f]) for f in self.fields}
        self.key_fields = frozenset({"id", "hlc", "field_hlc", *self.fields})

    def _db_default(self, field: str, column: Any) -> Any:
        value = _default(column)
        if value is None:
            return None
        return value if field in self.json_fields else self.to_db_of[field](_plain(value))

    # ---- record -> db form ------------------------------------------------------------------

    def to_db(self, record: dict[str, Any]) -> dict[str, Any]:
        """The db form of the fields present in `record` (RecordError if one is wrong)."""
        if not self.key_fields.issuperset(record):
            unknown = sorted(set(record) - self.key_fields)
            raise RecordError(f"{self.table}: trường không biết {unknown}")
        values: dict[str, Any] = {}
        for field, convert in self.to_db_of.items():
            if field not in record:
                continue
            value = record[field]
            if value is None:
                if field not in self.nullable:
                    python_value(self.model, field, None)  # raises the canonical message
                values[field] = None
                continue
            try:
                values[field] = convert(value)
            except (TypeError, ValueError):
                python_value(self.model, field, value)  # raises RecordError naming the field
                raise RecordError(f"{self.table}.{field}: giá trị không hợp lệ {value!r}") from None
        return values

    def complete(self, values: dict[str, Any]) -> dict[str, Any]:
        """`values` with every absent field at its column default (for a new row)."""
        full = {f: values[f] if f in values else self.defaults[f] for f in self.fields}
        for field in self.fields:
            if full[field] is None and field not in self.nullable:
                python_value(self.model, field, None)
        return full

    # ---- db form / stored value -> record --------------------------------------------------

    def from_stored(self, field: str, raw: Any) -> Any:
        """The db form of a value as SQLite returned it (JSON text parsed)."""
        if raw is not None and field in self.json_fields and isinstance(raw, str | bytes):
            return orjson.loads(raw)
        return raw

    def to_record_value(self, field: str, db_value: Any) -> Any:
        """The record form of a db-form value."""
        if db_value is None or field in self.json_fields:
            return db_value
        convert = self.from_db_of.get(field)
        return db_value if convert is None else convert(db_value)

    def stored(self, field: str, db_value: Any) -> Any:
        """The value as a SQLite parameter (JSON columns serialised)."""
        if field in self.json_fields:
            return orjson.dumps(db_value).decode() if db_value is not None else None
        return db_value


def _plain(value: Any) -> Any:
    """A Python default as its record form (dates as ISO text)."""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


_CODECS: dict[str, TableCodec] = {}


def codec_for(model: type[SyncedMixin]) -> TableCodec:
    codec = _CODECS.get(model.__tablename__)
    if codec is None:
        codec = _CODECS[model.__tablename__] = TableCodec(model)
    return codec
