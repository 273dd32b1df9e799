"""Records <-> SQLite rows, fast: the bulk paths of export and import skip ORM objects.

A record is db.records' JSON form (dates as ISO text, booleans true/false, JSON columns as JSON).
The *db form* of a value is what SQLite stores for that column under SQLAlchemy's types: ISO
text for dates, 0/1 for booleans, "YYYY-MM-DD HH:MM:SS.ffffff" for date-times, and the Python
value for JSON columns (serialised when written). `TableCodec.to_db` checks each value as
`db.records.record_to_values` does (NFC text, lengths, whole numbers, real dates, required fields)
and also bounds it to what the column can hold: whole numbers within SQLite's signed 64 bits (money
within db.validation's limit, exact to the cent: db/money.py), text without a length of its own within MAX_TEXT_CHARS, JSON of a
known shape (a certificate's recipients: a list of names) and otherwise nested at most
MAX_JSON_DEPTH deep. A wrong value raises RecordError naming the table and field, with a short,
cleaned excerpt of the value (db.validation.excerpt) and the reason.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from typing import Any

import orjson
from sqlalchemy import Boolean, Date, DateTime, Integer, String, Text
from sqlalchemy.types import JSON as JSONType

from db.messages import Label, Message, message_of
from db.models import Money, SyncedMixin
from db.money import from_hundredths, money_from_record, money_record, to_hundredths
from db.records import RecordError, python_value
from db.validation import MAX_MONEY, excerpt, integer_bounds, integer_problem, money_problems

ToDb = Callable[[Any], Any]


# Text columns without a length of their own (descriptions, reasons) hold at most this much.
MAX_TEXT_CHARS = 1_000_000
# A certificate names at most this many recipients, each a name of at most NAME_CHARS.
MAX_RECIPIENTS = 200
NAME_CHARS = 255
MAX_JSON_DEPTH = 16


def _text_to_db(length: int | None) -> ToDb:
    limit = length or MAX_TEXT_CHARS

    def convert(value: Any) -> Any:
        if type(value) is not str:
            raise TypeError(Message("value.text"))
        if len(value) > limit and (len(value) > 4 * limit or value.isascii()):
            raise ValueError(Message("value.too_long", limit=limit))
        if not value.isascii():
            value = unicodedata.normalize("NFC", value)
            if len(value) > limit:
                raise ValueError(Message("value.too_long", limit=limit))
        return value

    return convert


def _int_to_db(table: str, field: str) -> ToDb:
    low, high = integer_bounds(table, field)

    def convert(value: Any) -> Any:
        if type(value) is not int:
            raise TypeError(Message("value.whole_number"))
        if not low <= value <= high:
            raise ValueError(integer_problem(table, field, value))
        return value

    return convert


def _money_to_db(value: Any) -> Any:
    """A record's amount (a whole number, or "2500.5") as stored: whole hundredths."""
    amount = money_from_record(value)
    if not 0 <= amount <= MAX_MONEY:
        raise ValueError(money_problems("benefit_value", amount)[0].vi)
    return to_hundredths(amount)


def _money_from_db(raw: Any) -> Any:
    return money_record(from_hundredths(raw))


def _bool_to_db(value: Any) -> Any:
    if type(value) is not bool:
        raise TypeError(Message("value.true_false"))
    return 1 if value else 0


_A_DATE = Label("kind.iso_date")
_A_TIME = Label("kind.datetime")


def _iso_text(value: Any, longest: int, what: Label) -> str:
    if type(value) is not str:
        raise TypeError(Message("value.iso_text", what=what))
    if len(value) > longest:
        raise ValueError(Message("value.not_a", what=what))
    return value


# Dates already checked, as stored: a package's dates repeat (a few thousand days for a
# hundred thousand records), and parsing each again was 1.5% of an import.
_CHECKED_DATES: dict[str, str] = {}
_MAX_CHECKED_DATES = 100_000


def _date_to_db(value: Any) -> Any:
    if type(value) is str:
        known = _CHECKED_DATES.get(value)
        if known is not None:
            return known
    text = _iso_text(value, 10, _A_DATE)
    try:
        stored = dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(Message("value.not_a", what=_A_DATE)) from None
    if len(_CHECKED_DATES) >= _MAX_CHECKED_DATES:
        _CHECKED_DATES.clear()
    _CHECKED_DATES[text] = stored
    return stored


def _datetime_to_db(value: Any) -> Any:
    text = _iso_text(value, 40, _A_TIME)
    try:
        return dt.datetime.fromisoformat(text).strftime("%Y-%m-%d %H:%M:%S.%f")
    except ValueError:
        raise ValueError(Message("value.not_a_time")) from None


def _names_to_db(value: Any) -> Any:
    """A list of people's names (a certificate's recipients), NFC."""
    if type(value) is not list or not all(type(name) is str for name in value):
        raise TypeError(Message("value.names"))
    if len(value) > MAX_RECIPIENTS or any(len(name) > NAME_CHARS for name in value):
        raise ValueError(Message("value.too_many_names", most=MAX_RECIPIENTS, chars=NAME_CHARS))
    return [unicodedata.normalize("NFC", name) for name in value]


def _json_to_db(value: Any) -> Any:
    if _depth(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH:
        raise ValueError(Message("value.too_deep", depth=MAX_JSON_DEPTH))
    return value


def _depth(value: Any, limit: int) -> int:
    """How deep lists and objects nest in `value` (counting stops past `limit`)."""
    if limit < 0:
        return 1
    if isinstance(value, list):
        return 1 + max((_depth(v, limit - 1) for v in value), default=0)
    if isinstance(value, dict):
        return 1 + max((_depth(v, limit - 1) for v in value.values()), default=0)
    return 0


# Columns of JSON whose shape is known: checked (and normalised) by their own converter.
JSON_SHAPES: dict[tuple[str, str], ToDb] = {("certificates", "recipients"): _names_to_db}


def _datetime_from_db(raw: Any) -> Any:
    return dt.datetime.fromisoformat(raw).isoformat()


def _json_from_db(raw: Any) -> Any:
    return orjson.loads(raw) if isinstance(raw, str | bytes) else raw


def _bool_from_db(raw: Any) -> Any:
    return bool(raw)


def _converter(table: str, field: str, kind: Any) -> tuple[ToDb, Callable[[Any], Any] | None]:
    """(to_db, from_db) for a column; from_db None when the stored value is the record's."""
    if isinstance(kind, Boolean):
        return _bool_to_db, _bool_from_db
    if isinstance(kind, Money):
        return _money_to_db, _money_from_db
    if isinstance(kind, Integer):
        return _int_to_db(table, field), None
    if isinstance(kind, DateTime):
        return _datetime_to_db, _datetime_from_db
    if isinstance(kind, Date):
        return _date_to_db, None
    if isinstance(kind, String | Text):
        return _text_to_db(getattr(kind, "length", None)), None
    if isinstance(kind, JSONType):
        return JSON_SHAPES.get((table, field), _json_to_db), _json_from_db
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
        pairs = {f: _converter(self.table, f, columns[f].type) for f in self.fields}
        self.to_db_of: dict[str, ToDb] = {f: pair[0] for f, pair in pairs.items()}
        self.from_db_of = {f: pair[1] for f, pair in pairs.items() if pair[1] is not None}
        self.nullable = {f for f in self.fields if columns[f].nullable}
        self.json_fields = {f for f in self.fields if isinstance(columns[f].type, JSONType)}
        self.json_indexes = [i for i, f in enumerate(self.fields) if f in self.json_fields]
        self.defaults = {f: self._db_default(f, columns[f]) for f in self.fields}
        self.required = [f for f in self.fields if f not in self.nullable]
        self.key_fields = frozenset({"id", "hlc", "field_hlc", *self.fields})
        self._quick_to_db = self._compile_quick_to_db(columns)

    def _db_default(self, field: str, column: Any) -> Any:
        value = _default(column)
        if value is None:
            return None
        return value if field in self.json_fields else self.to_db_of[field](_plain(value))

    def _compile_quick_to_db(self, columns: Any) -> Callable[[dict[str, Any]], dict[str, Any]]:
        """`to_db` written out for this table's fields, one after another, with the common
        values taken in line: ASCII text within its length, a whole number within its bounds,
        true/false, text already in NFC; every other value through its converter. Any value that is wrong raises
        TypeError or ValueError, and `to_db` then goes the careful way, which names the field
        and the reason. A package's records are checked a third faster (issue 13)."""
        names: dict[str, Any] = {"is_normalized": unicodedata.is_normalized}
        lines = ["def quick(record):", "    values = {}"]
        for index, field in enumerate(self.fields):
            kind, convert = columns[field].type, f"convert_{index}"
            names[convert] = self.to_db_of[field]
            lines += [
                f"    if {field!r} in record:",
                f"        value = record[{field!r}]",
                "        if value is None:",
            ]
            if field in self.nullable:
                lines.append(f"            values[{field!r}] = None")
            else:
                lines.append("            raise ValueError")
            if isinstance(kind, Boolean):
                lines += [
                    "        elif value is True:",
                    f"            values[{field!r}] = 1",
                    "        elif value is False:",
                    f"            values[{field!r}] = 0",
                ]
            elif isinstance(kind, Integer) and not isinstance(kind, Money):
                low, high = integer_bounds(self.table, field)
                lines += [
                    f"        elif type(value) is int and {low} <= value <= {high}:",
                    f"            values[{field!r}] = value",
                ]
            elif isinstance(kind, String | Text):
                limit = getattr(kind, "length", None) or MAX_TEXT_CHARS
                lines += [  # ASCII, or already NFC (a package's text, as SángKiến writes it)
                    f"        elif type(value) is str and len(value) <= {limit} and (",
                    '            value.isascii() or is_normalized("NFC", value)',
                    "        ):",
                    f"            values[{field!r}] = value",
                ]
            lines += ["        else:", f"            values[{field!r}] = {convert}(value)"]
        lines.append("    return values")
        exec("\n".join(lines), names)  # our own text, made from the table's columns
        return names["quick"]

    # ---- record -> db form ------------------------------------------------------------------

    def to_db(self, record: dict[str, Any]) -> dict[str, Any]:
        """The db form of the fields present in `record` (RecordError if one is wrong)."""
        if not self.key_fields.issuperset(record):
            unknown = sorted(set(record) - self.key_fields)
            raise RecordError(Message("record.unknown_fields", where=self.table, fields=unknown))
        try:
            return self._quick_to_db(record)
        except (TypeError, ValueError):
            pass  # the careful way below says which field and why
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
            except (TypeError, ValueError) as error:
                raise RecordError(
                    Message(
                        "record.invalid_value",
                        where=f"{self.table}.{field}",
                        value=excerpt(value),
                        reason=message_of(error) or str(error).rstrip("."),
                    )
                ) from None
        return values

    def complete(self, values: dict[str, Any]) -> dict[str, Any]:
        """`values` (fields of this table) with every absent field at its column default (for a
        new row), in column order."""
        full = {**self.defaults, **values}
        for field in self.required:
            if full[field] is None:
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

    def stored_row(self, values: dict[str, Any]) -> list[Any]:
        """The values of every field, in column order, as SQLite parameters (JSON columns
        serialised)."""
        row = [values[f] for f in self.fields]
        for index in self.json_indexes:
            if row[index] is not None:
                row[index] = orjson.dumps(row[index]).decode()
        return row


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
