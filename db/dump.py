"""`sangkien dump`: every synced record as one canonical JSON line, the text two nodes holding the
same records print byte for byte (on a file or a server), so that tests and people can compare
nodes with `diff`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import SYNCED_MODELS
from db.postgres.sql import byte_order  # the same order on a server (issue 18)
from db.records import json_value

YIELD_ROWS = 2000


def dump_lines(session: Session) -> Iterator[str]:
    """Every synced record as a canonical JSON line: tables in SYNCED_MODELS order, then by id.
    The same text as `db.records.dump_line(row)` (a test holds them equal), read as plain rows,
    not ORM objects, so that a million initiatives dump in minutes with little memory."""
    for line in dump_bytes(session):
        yield line.decode("utf-8")


def dump_bytes(session: Session) -> Iterator[bytes]:
    for model in SYNCED_MODELS:
        yield from table_dump_bytes(session, model)


def table_dump_bytes(session: Session, model: type) -> Iterator[bytes]:
    fields = model.synced_fields()
    table = model.__table__
    columns = [table.c.id, table.c.hlc, table.c.field_hlc, *(table.c[f] for f in fields)]
    query = select(*columns).order_by(byte_order(table.c.id))
    query = query.execution_options(yield_per=YIELD_ROWS)
    for row_id, hlc, later, *values in session.execute(query):
        versions = dict.fromkeys(fields, hlc)
        if later:
            versions.update((f, later[f]) for f in fields if f in later)
        data = {f: json_value(v) for f, v in zip(fields, values, strict=True)}
        data.update(table=table.name, id=row_id, versions=versions)
        yield canonical_json(data)


_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def canonical_json(data: dict[str, Any]) -> bytes:
    """`json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))` as UTF-8:
    orjson writes the very same bytes for every character, several times faster; the standard
    encoder takes what orjson refuses (a lone surrogate, an integer beyond 64 bits)."""
    import orjson  # (already loaded after the first line: a dictionary look-up)

    try:
        return orjson.dumps(data, option=orjson.OPT_SORT_KEYS)
    except TypeError:
        return _CANONICAL.encode(data).encode("utf-8", "surrogatepass")
