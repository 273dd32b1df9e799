"""Reading with sqlite3 alone: queries written once with select(), compiled once, kept in a
cache file (issue 13; docs/ARCHITECTURE.md, "Start-up of a command and of the window").

Importing SQLAlchemy and the models costs a command ~0.45 s of CPU before its first statement,
ten times the statements themselves for `initiative show` or `sync-status`. So:

- A **builder** is a function taking plain values (str, int, float, date, datetime: bound as
  parameters; bool and None: the statement's *shape*, part of its cache key) and returning a
  `select()` of columns (not of ORM entities). It imports SQLAlchemy and the models INSIDE its
  body, so that importing the module that holds it costs nothing.
- `SessionReader(session).rows(builder, **values)` runs it the usual way (the normal path, a
  server included). `FileReader.rows(builder, **values)` runs its compiled SQL text with
  sqlite3: on the first call in any process the builder is called with sentinel values,
  compiled for SQLite, and each `?` mapped to the value it stands for (a constant, or a value
  the builder was given: a statement whose given values are transformed or rendered inline is
  refused with `NotCacheable`), each result column given a type tag (date, datetime, bool,
  money, json or none) so the rows come back as SQLAlchemy gives them. The text, parameter map
  and tags go to a cache file in the user cache folder (`cache_folder()`), named by SángKiến's
  version, the schema head and SQLAlchemy's version, written atomically. Later processes read
  the file and run the text without importing SQLAlchemy. A cache file that is unreadable, of
  another format or made from other sources of db/ (`sources_stamp`) is ignored and rebuilt,
  never an error.
- Both readers give rows with the same names (`row.reg_no`, tuple unpacking) and the same
  Python values, so a command's output is written once against rows and is the same
  whichever reader gave them (tests/test_compiled.py).
- `open_file_reader(path)` opens a database only when the usual opening would do nothing more
  than open it: a SángKiến file at the head revision, not on a read-only medium, its full check
  not due (db.opening.check_due: the same checks as db.safe_open.open_safely), not a server
  address, this PC's clock not behind the newest change. It opens it `mode=ro` with
  `query_only`, in one read transaction (one snapshot, as a session's). Otherwise it returns
  None and the caller takes the usual path, which says what is to be said. The cache folder
  being unwritable only means compiling again next time.

This module imports no SQLAlchemy, no Qt and nothing of desktop/ (tests/test_startup.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import sqlite3
import sys
from collections import namedtuple
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FORMAT = 1
# the reading connection's settings, as db.session's for a reading session
BUSY_TIMEOUT_MS = 5000
READ_CACHE_KIB = 8192
CLOCK_BEHIND_SLACK_MS = 5 * 60 * 1000  # db.node's: a clock behind by more is warned about

Builder = Callable[..., Any]


class UsualPath(Exception):
    """Raised by a command's reading on the fast path for what the usual path says better (an
    unknown code: its message lists the known ones)."""


class NotCacheable(Exception):
    """The statement cannot be kept as text (a given value transformed or inlined, an expanding
    IN, a column type without a tag): build such queries otherwise."""


@dataclass(frozen=True)
class CompiledQuery:
    sql: str
    params: tuple[tuple[str, Any, str], ...]  # ("value", name, tag) or ("const", value, "")
    columns: tuple[tuple[str, str], ...]  # (name, tag)

    def arguments(self, values: dict[str, Any]) -> list[Any]:
        return [
            _bind_value(values[what], tag) if kind == "value" else what
            for kind, what, tag in self.params
        ]

    def as_json(self) -> dict[str, Any]:
        return {"sql": self.sql, "params": self.params, "columns": self.columns}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CompiledQuery:
        return cls(
            str(data["sql"]),
            tuple((str(k), w, str(t)) for k, w, t in data["params"]),
            tuple((str(n), str(t)) for n, t in data["columns"]),
        )


# ---- values in and out, as SQLAlchemy converts them on SQLite ------------------------------------


def _bind_value(value: Any, tag: str) -> Any:
    if value is None or tag == "none":
        return value
    if tag == "date":
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    if tag == "datetime":
        day = f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
        return (
            f"{day} {value.hour:02d}:{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}"
        )
    if tag == "money":
        from db.money import to_hundredths

        return to_hundredths(value)
    raise NotCacheable(tag)


def _result_converter(tag: str) -> Callable[[Any], Any] | None:
    if tag == "none":
        return None
    if tag == "date":
        return lambda v: None if v is None else dt.date.fromisoformat(v)
    if tag == "datetime":
        return lambda v: None if v is None else dt.datetime.fromisoformat(v)
    if tag == "bool":
        return lambda v: None if v is None else bool(v)
    if tag == "json":
        return lambda v: None if v is None else json.loads(v)
    if tag == "money":
        from db.money import from_hundredths

        return lambda v: None if v is None else from_hundredths(int(v))
    raise NotCacheable(tag)


# ---- compiling (imports SQLAlchemy: only the first process) ---------------------------------------

_SENTINEL_BASE = 7_346_190_000_000


def _sentinel(name: str, value: Any, n: int) -> Any:
    if isinstance(value, str):
        return f"\ue000sk:{name}\ue000"
    if isinstance(value, int):
        return _SENTINEL_BASE + n * 1_009
    if isinstance(value, float):
        return _SENTINEL_BASE + n * 1_009 + 0.5
    if isinstance(value, dt.datetime):
        return dt.datetime(1001, 1, 1, 1, 1, 1, 7) + dt.timedelta(days=n)
    if isinstance(value, dt.date):
        return dt.date(1001, 1, 1) + dt.timedelta(days=n)
    from decimal import Decimal

    if isinstance(value, Decimal):
        return Decimal(_SENTINEL_BASE + n * 1_009) + Decimal("0.25")
    raise NotCacheable(f"{name}: {type(value).__name__}")


def is_shape(value: Any) -> bool:
    """True for a value that picks the statement's shape (part of the key), not a parameter:
    None, a bool, and any false value (0, ""), so that a builder's `if limit:` or `if search:`
    is compiled for what it was given. A builder must not branch on a parameter otherwise
    (`if limit > 100`): the sentinel it is compiled with decides the branch."""
    return value is None or isinstance(value, bool) or not value


def query_key(builder: Builder, values: dict[str, Any]) -> str:
    shape = ",".join(f"{k}={values[k]!r}" for k in sorted(values) if is_shape(values[k]))
    return f"{builder.__module__}.{builder.__qualname__}({shape})"


def compile_query(builder: Builder, values: dict[str, Any]) -> CompiledQuery:
    """The builder's statement compiled for SQLite, its `?` mapped to `values` by name."""
    from sqlalchemy.dialects import sqlite

    sentinels: dict[str, Any] = {}
    for n, (name, value) in enumerate(sorted(values.items())):
        sentinels[name] = value if is_shape(value) else _sentinel(name, value, n)
    by_value = {(type(v), v): k for k, v in sentinels.items() if not is_shape(values[k])}
    statement = builder(**sentinels)
    dialect = sqlite.dialect()
    # an IN of a constant list is rendered as one `?` per item (kept as constants)
    compiled = statement.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
    sql = str(compiled)
    if any(str(sentinels[k]) in sql for k, v in values.items() if not is_shape(v)):
        raise NotCacheable("a value is rendered inline")
    processors = compiled._bind_processors  # SQLAlchemy's own conversion of each bind
    given_values = compiled.construct_params()
    params = []
    for name in compiled.positiontup or ():
        base = name if name in compiled.binds else name.rsplit("_", 1)[0]  # an IN's item
        bind, processor = compiled.binds[base], processors.get(name, processors.get(base))
        value = given_values[name]
        given = by_value.get((type(value), value))
        if given is not None and not bind.expanding:
            params.append(("value", given, _bind_tag(bind.type, processor)))
        elif given is not None or (isinstance(value, str) and "\ue000" in value):
            raise NotCacheable(f"{name}: a given value in a list, or transformed")
        else:
            params.append(("const", _constant(value, processor), ""))
    columns = tuple(
        (key, _column_tag(column.type, dialect))
        for key, column in statement.selected_columns.items()
    )
    return CompiledQuery(sql, tuple(params), columns)


def _constant(value: Any, processor: Callable[[Any], Any] | None) -> Any:
    if processor is not None:
        value = processor(value)
    if value is not None and not isinstance(value, str | int | float):
        raise NotCacheable(f"constant {value!r}")
    return value


def _type_tag(sql_type: Any) -> str | None:
    from sqlalchemy import JSON, Boolean, Date, DateTime

    from db.models import Money

    for kind, tag in ((Money, "money"), (DateTime, "datetime"), (Date, "date")):
        if isinstance(sql_type, kind):
            return tag
    if isinstance(sql_type, Boolean):
        return "bool"
    if isinstance(sql_type, JSON):
        return "json"
    return None


def _bind_tag(sql_type: Any, processor: Callable[[Any], Any] | None) -> str:
    if processor is None:
        return "none"
    tag = _type_tag(sql_type)
    if tag in ("date", "datetime", "money"):
        return tag
    raise NotCacheable(f"a {sql_type!r} parameter")


def _column_tag(sql_type: Any, dialect: Any) -> str:
    if sql_type.dialect_impl(dialect).result_processor(dialect, None) is None:
        return "none"
    tag = _type_tag(sql_type)
    if tag is None:
        raise NotCacheable(f"a {sql_type!r} column")
    return tag


# ---- the cache file --------------------------------------------------------------------------------


def cache_folder() -> Path:
    """The user cache folder: on Linux XDG_CACHE_HOME (else ~/.cache) as platformdirs has it,
    without loading platformdirs (~2 ms of a command's start); elsewhere platformdirs'."""
    if sys.platform.startswith("linux"):
        given = os.environ.get("XDG_CACHE_HOME", "").strip()
        base = Path(given) if given and os.path.isabs(given) else Path.home() / ".cache"
        return base / "SangKien"
    from platformdirs import user_cache_path

    return user_cache_path("SangKien", appauthor=False)


def _sqlalchemy_version() -> str:
    import importlib.util

    spec = importlib.util.find_spec("sqlalchemy")  # a top-level package: found, not imported
    if spec is None or spec.origin is None:
        return "0"
    try:
        text = Path(spec.origin).read_text(encoding="utf-8")
    except OSError:
        return "0"
    found = re.search(r'^__version__\s*=\s*["\']([^"\']+)', text, re.M)
    return found.group(1) if found else "0"


def cache_file_name(revision: str) -> str:
    from db.version import APP_VERSION as version

    return f"compiled-sql-{version}-{revision}-sa{_sqlalchemy_version()}.json"


def sources_stamp() -> str:
    """What the program's db/ modules are (names, sizes, modification times), so that a cache
    made by other builders or models in a source tree of the same version is not used. Empty in
    a frozen build, which ships no .py files (the version alone tells it apart)."""
    import zlib  # (hashlib costs more to load than this whole walk)

    stamp, count = 0, 0
    folders = [Path(__file__).parent]
    while folders:
        try:
            with os.scandir(folders.pop()) as found:
                entries = sorted(found, key=lambda e: e.name)
        except OSError:  # a frozen build: the modules are inside its archive
            continue
        for entry in entries:
            if entry.is_dir() and entry.name not in ("__pycache__", "migrations"):
                folders.append(Path(entry.path))
            elif entry.name.endswith(".py"):
                info = entry.stat()
                line = f"{entry.path}|{info.st_size}|{info.st_mtime_ns}\n"
                stamp, count = zlib.crc32(line.encode(), stamp), count + 1
    return f"{count}-{stamp:08x}"


class QueryCache:
    """The compiled queries of one SángKiến version, schema head and SQLAlchemy version, made
    from these sources (`sources_stamp`)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.sources = sources_stamp()
        self.queries: dict[str, Any] = self._read()

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return {}
        if data.get("sources") != self.sources:
            return {}
        queries = data.get("queries")
        return queries if isinstance(queries, dict) else {}

    def get(self, builder: Builder, values: dict[str, Any]) -> CompiledQuery | None:
        entry = self.queries.get(query_key(builder, values))
        if not isinstance(entry, dict):
            return None
        try:
            return CompiledQuery.from_json(entry)
        except (KeyError, TypeError, ValueError):
            return None

    def put(self, builder: Builder, values: dict[str, Any], query: CompiledQuery) -> None:
        self.queries = {**self._read(), **self.queries, query_key(builder, values): query.as_json()}
        self._write()

    def _write(self) -> None:
        """Atomically (a temporary file renamed over it); failing to write is no error."""
        data = {"format": FORMAT, "sources": self.sources, "queries": self.queries}
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)


# ---- the two readers ---------------------------------------------------------------------------


class SessionReader:
    """The usual path: the builder's statement run by a SQLAlchemy session (a file or a server)."""

    def __init__(self, session: Any) -> None:
        self.session = session

    def rows(self, builder: Builder, **values: Any) -> list[Any]:
        return list(self.session.execute(builder(**values)))

    def first(self, builder: Builder, **values: Any) -> Any | None:
        return self.session.execute(builder(**values)).first()


@dataclass
class _Prepared:
    query: CompiledQuery
    cached: bool  # read from the cache file (else compiled by this process)
    row_type: Any
    converters: list[tuple[int, Callable[[Any], Any]]]


def _row_making(query: CompiledQuery) -> tuple[Any, list[tuple[int, Callable[[Any], Any]]]]:
    """The rows' type (named by the columns) and the conversion of each tagged column."""
    converters = [
        (n, convert)
        for n, (_name, tag) in enumerate(query.columns)
        if (convert := _result_converter(tag)) is not None
    ]
    return namedtuple("Row", [name for name, _tag in query.columns]), converters


class FileReader:
    """A SángKiến file read with sqlite3 alone, through compiled SQL text (see the module)."""

    def __init__(self, path: Path, connection: sqlite3.Connection, cache: QueryCache) -> None:
        self.path = path
        self.connection = connection
        self.cache = cache
        self._prepared: dict[str, _Prepared] = {}

    def rows(self, builder: Builder, **values: Any) -> list[Any]:
        return list(self.iterate(builder, **values))

    def first(self, builder: Builder, **values: Any) -> Any | None:
        return next(self.iterate(builder, **values), None)

    def iterate(self, builder: Builder, **values: Any) -> Iterator[Any]:
        prepared = self._prepare(builder, values)
        try:
            cursor = self.connection.execute(prepared.query.sql, prepared.query.arguments(values))
            if len(cursor.description or ()) != len(prepared.query.columns):
                raise ValueError("columns")
        except (sqlite3.Error, KeyError, TypeError, ValueError, AttributeError):
            if not prepared.cached:
                raise
            prepared = self._prepare(builder, values, fresh=True)  # a spoilt entry: rebuilt
            cursor = self.connection.execute(prepared.query.sql, prepared.query.arguments(values))
        make, converters = prepared.row_type._make, prepared.converters
        for raw in cursor:
            if converters:
                raw = list(raw)
                for n, convert in converters:
                    raw[n] = convert(raw[n])
            yield make(raw)

    def _prepare(self, builder: Builder, values: dict[str, Any], fresh: bool = False) -> _Prepared:
        key = query_key(builder, values)
        prepared = None if fresh else self._prepared.get(key)
        if prepared is None:
            query = None if fresh else self.cache.get(builder, values)
            cached = query is not None
            if query is None:
                query = compile_query(builder, values)
                self.cache.put(builder, values, query)
            try:
                prepared = _Prepared(query, cached, *_row_making(query))
            except (NotCacheable, TypeError, ValueError):
                if not cached:
                    raise
                return self._prepare(builder, values, fresh=True)
            self._prepared[key] = prepared
        return prepared

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> FileReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


# ---- opening a file for the fast path ------------------------------------------------------------


def _connect_read_only(path: Path) -> sqlite3.Connection:
    from db.paths import read_only_uri

    connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    connection.isolation_level = None
    for pragma in (
        "query_only = ON",
        f"busy_timeout = {BUSY_TIMEOUT_MS}",
        f"cache_size = -{READ_CACHE_KIB}",
    ):
        connection.execute(f"PRAGMA {pragma}")
    connection.execute("BEGIN")  # one snapshot for the whole command, as a session's
    return connection


def _clock_behind(connection: sqlite3.Connection) -> bool:
    from db.hlc import wall_clock_ms

    row = connection.execute("SELECT max(hlc_wall) FROM node").fetchone()
    return bool(row and row[0] is not None and row[0] > wall_clock_ms() + CLOCK_BEHIND_SLACK_MS)


def usual_opening_needed(path: Path | str) -> str:
    """Why this database must be opened the usual way ("" when sqlite3 alone may read it)."""
    from db.engines import is_server_address

    if is_server_address(path):
        return "server"
    from db.lock import writer_lock
    from db.migrate import head_revision
    from db.opening import check_due, examine_file

    path = Path(path)
    state = examine_file(path)
    if state.kind != "ours":
        return state.kind
    if state.read_only_medium:
        return "read-only medium"
    if state.revision != head_revision():
        return "other revision"
    lock = writer_lock(path)
    if lock.held:
        return "held by this process"
    return check_due(path, lock.holder(), lock.held_elsewhere(), dt.datetime.now())


def open_file_reader(path: Path | str, folder: Path | None = None) -> FileReader | None:
    """A FileReader on the database at `path`, or None when the usual path must open it."""
    if usual_opening_needed(path):
        return None
    from db.migrate import head_revision

    path = Path(path)
    try:
        connection = _connect_read_only(path)
        if _clock_behind(connection):  # the usual path warns about it
            connection.close()
            return None
    except sqlite3.Error:
        return None
    cache = QueryCache((folder or cache_folder()) / cache_file_name(head_revision()))
    return FileReader(path, connection, cache)
