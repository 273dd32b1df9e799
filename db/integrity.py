"""Checking a database: SQLite's own checks, foreign keys, and the sync bookkeeping every synced
row must carry (`sangkien check`); and the quick check made whenever a database is opened.

Sync bookkeeping, as the merge and the delta export rely on it:
- every synced row has a well-formed creation stamp (`hlc`) and its later stamps (`field_hlc`)
  name synced fields and are not older than the creation stamp;
- every synced row has a change sequence number `seq`, at most the node's `last_seq`, and no two
  rows share one (a row gets a new number at each change, so numbers are not contiguous: the
  "gaps" are the numbers of earlier versions; what must never happen is a number above
  `last_seq`, which the next change would reuse and an export could skip);
- known nodes never claim to have received more of our changes than we have made.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, column, func, or_, select, text
from sqlalchemy import table as sql_table

from db.fileutil import DatabaseError
from db.messages import Message
from db.models import SYNCED_MODELS
from db.progress import IsCancelled, OnProgress

SHOWN = 10


class NotADatabase(Exception):
    """The file is not an SQLite database at all."""


@dataclass
class Problem:
    area: str
    message: str  # in Vietnamese; `said` in any language
    said: Message | None = None

    def as_json(self) -> dict[str, str]:
        return {"area": self.area, "message": self.message}


@dataclass
class CheckReport:
    problems: list[Problem] = field(default_factory=list)
    rows_checked: int = 0
    last_seq: int | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, area: str, message: str | Message) -> None:
        if isinstance(message, Message):
            self.problems.append(Problem(area, message.text("vi"), message))
        else:
            self.problems.append(Problem(area, message))

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "rows_checked": self.rows_checked,
            "last_seq": self.last_seq,
            "problems": [p.as_json() for p in self.problems],
        }


# ---- on open -------------------------------------------------------------------------------------


class CheckCancelled(DatabaseError):
    """The person stopped the full check (Ctrl+C, Cancel): nothing was written, it is still due."""


POLL_S = 0.25


def quick_check_file(
    path: Path | str, progress: OnProgress | None = None, cancelled: IsCancelled | None = None
) -> list[str]:
    """PRAGMA quick_check on the file (empty list = sound). NotADatabase if it is not SQLite.

    It reads the whole file (9-26 s at 1.9 GB here, minutes at 13 GB under load), so it runs on
    a thread of its own while this one reports progress(done, total) in bytes read (estimated:
    Linux's /proc/self/io; total 0 where that is unknown) and stops it (SQLite's interrupt) on
    Ctrl+C or once cancelled() is true, raising CheckCancelled."""
    from db.session import read_only_uri

    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=5, check_same_thread=False)
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.OperationalError:  # a read-only medium: no shared-memory file can be made
        uri = read_only_uri(path) + "&immutable=1"
        conn = sqlite3.connect(uri, uri=True, timeout=5, check_same_thread=False)
    except sqlite3.Error as error:
        raise NotADatabase(str(error)) from None
    try:
        rows = _check_while_watching(conn, Path(path), progress, cancelled)
    except sqlite3.DatabaseError as error:
        if "not a database" in str(error) or "encrypted" in str(error):
            raise NotADatabase(str(error)) from None
        return [str(error)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def _check_while_watching(
    conn: sqlite3.Connection,
    path: Path,
    progress: OnProgress | None,
    cancelled: IsCancelled | None,
) -> list[str]:
    outcome: dict[str, Any] = {}

    def check() -> None:
        try:
            outcome["rows"] = [row[0] for row in conn.execute("PRAGMA quick_check")]
        except sqlite3.Error as error:
            outcome["error"] = error

    worker = threading.Thread(target=check, name="quick_check", daemon=True)
    total, start = _size(path), _bytes_read()
    worker.start()
    try:
        while True:
            if cancelled is not None and cancelled():
                raise CheckCancelled(Message("open.check_cancelled", name=path.name))
            worker.join(POLL_S)  # a join with a timeout lets Ctrl+C through
            if not worker.is_alive():
                break
            if progress is not None:
                _report(progress, start, total)
    except KeyboardInterrupt:
        conn.interrupt()
        worker.join()
        raise CheckCancelled(Message("open.check_cancelled", name=path.name)) from None
    except CheckCancelled:
        conn.interrupt()
        worker.join()
        raise
    if "error" in outcome:
        raise outcome["error"]
    return outcome["rows"]


def _report(progress: OnProgress, start: int | None, total: int) -> None:
    read = _bytes_read()
    if start is None or read is None:
        progress(0, 0)  # how far is unknown: the time so far is what can be shown
    else:
        progress(min(read - start, total - 1), total)


def _size(path: Path) -> int:
    try:
        return max(1, path.stat().st_size)
    except OSError:
        return 1


def _bytes_read() -> int | None:
    """Bytes this process has read so far (Linux; None elsewhere): SQLite reads the file page by
    page with pread, so the check's progress is what it read over the file's size."""
    try:
        with open("/proc/self/io", encoding="ascii") as io:
            for line in io:
                if line.startswith("rchar:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


# ---- sangkien check ------------------------------------------------------------------------------


def _sqlite_checks(conn: Connection, report: CheckReport) -> None:
    rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check(20)")]
    if rows != ["ok"]:
        for row in rows[:SHOWN]:
            report.add("integrity", f"SQLite: {row}")
    for table, rowid, parent, _fk in list(conn.exec_driver_sql("PRAGMA foreign_key_check"))[:SHOWN]:
        report.add(
            "foreign_keys", Message("check.foreign_key", table=table, rowid=rowid, parent=parent)
        )


def _schema_check(conn: Connection, report: CheckReport) -> None:
    from db.migrate import head_revision

    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if revision != head_revision():
        report.add("schema", Message("check.schema", revision=revision, head=head_revision()))


def _node_last_seq(conn: Connection, report: CheckReport) -> int | None:
    rows = list(conn.execute(text("SELECT last_seq FROM node")))
    if len(rows) > 1:
        report.add("node", Message("check.node_rows", count=len(rows)))
    return rows[0][0] if rows else None


def _table_stamp_checks(conn: Connection, table: str, last_seq: int | None, report: CheckReport):
    from db.postgres.sql import glob

    rows = sql_table(table, column("hlc"))
    bad_hlc = select(func.count()).select_from(rows)
    bad_hlc = bad_hlc.where(
        or_(
            rows.c.hlc.is_(None),
            func.length(rows.c.hlc) < 17,
            glob(func.substr(rows.c.hlc, 1, 16), "*[^0-9a-f]*"),
        )
    )
    if count := conn.execute(bad_hlc).scalar():
        report.add("versions", Message("check.bad_hlc", table=table, count=count))
    if count := conn.exec_driver_sql(f"SELECT count(*) FROM {table} WHERE seq IS NULL").scalar():
        report.add("sequence", Message("check.no_seq", table=table, count=count))
    if last_seq is not None:
        above = text(f"SELECT count(*) FROM {table} WHERE seq > :last")
        if count := conn.execute(above, {"last": last_seq}).scalar():
            report.add(
                "sequence",
                Message("check.seq_above", table=table, count=count, last_seq=last_seq),
            )


def _field_stamp_checks(conn: Connection, model: Any, report: CheckReport) -> None:
    import json

    table, fields = model.__tablename__, set(model.synced_fields())
    query = f"SELECT id, hlc, field_hlc FROM {table} WHERE field_hlc IS NOT NULL"
    bad: list[str] = []
    for row_id, hlc, raw in conn.exec_driver_sql(query):
        try:
            stamps = (raw if isinstance(raw, dict) else json.loads(raw)) or {}  # a server: a dict
            ok = isinstance(stamps, dict) and all(
                f in fields and isinstance(s, str) and s >= (hlc or "") for f, s in stamps.items()
            )
        except (TypeError, ValueError):
            ok = False
        if not ok:
            bad.append(row_id)
    if bad:
        report.add(
            "versions",
            Message("check.bad_field_hlc", table=table, count=len(bad), example=bad[0]),
        )


def _duplicate_seq_check(conn: Connection, report: CheckReport) -> None:
    union = " UNION ALL ".join(f"SELECT seq FROM {m.__tablename__}" for m in SYNCED_MODELS)
    query = (
        f"SELECT seq, count(*) FROM ({union}) AS s GROUP BY seq HAVING count(*) > 1 LIMIT {SHOWN}"
    )
    duplicates = list(conn.exec_driver_sql(query))
    if duplicates:
        sample = ", ".join(f"{seq} (×{n})" for seq, n in duplicates)
        report.add("sequence", Message("check.duplicate_seq", sample=sample))


def _known_nodes_check(conn: Connection, last_seq: int | None, report: CheckReport) -> None:
    if last_seq is None:
        return
    query = text("SELECT unit_code, acked_seq FROM known_nodes WHERE acked_seq > :last")
    for unit_code, acked in conn.execute(query, {"last": last_seq}):
        report.add(
            "receipts",
            Message("check.receipts", unit=unit_code, acked=acked, last_seq=last_seq),
        )


def _blob_check(conn: Connection, deep: bool, report: CheckReport) -> None:
    query = "SELECT count(*) FROM blobs WHERE size != length(data)"
    if count := conn.exec_driver_sql(query).scalar():
        report.add("attachments", Message("check.attachment_sizes", count=count))
    if deep:
        _blob_hash_check(conn, report)


def _blob_hash_check(conn: Connection, report: CheckReport) -> None:
    import hashlib

    for sha, data in conn.exec_driver_sql("SELECT sha256, data FROM blobs"):
        if hashlib.sha256(data).hexdigest() != sha:
            report.add("attachments", Message("check.attachment_hash", sha=sha[:12]))


def _search_index_check(conn: Connection, report: CheckReport) -> None:
    """FTS5's own check of the search index against the initiatives (rolled back: changes nothing)."""
    try:
        with conn.begin_nested():
            conn.exec_driver_sql(
                "INSERT INTO initiative_fts(initiative_fts, rank) VALUES ('integrity-check', 1)"
            )
    except Exception as error:  # the FTS module reports damage as a generic SQL error
        if "readonly" in str(error) or "read-only" in str(error) or "locked" in str(error):
            return
        report.add("search", Message("check.search_index"))


def _count_rows(conn: Connection) -> int:
    return sum(
        conn.exec_driver_sql(f"SELECT count(*) FROM {m.__tablename__}").scalar() or 0
        for m in SYNCED_MODELS
    )


def check_database(database: Any, *, deep: bool = False) -> CheckReport:
    """Every check of `sangkien check`; the report lists problems (empty when all is well)."""
    from db.postgres import on_server

    report = CheckReport()
    server = on_server(database.engine)  # a server checks its own storage (issue 18)
    with database.engine.connect() as conn:
        if not server:
            _sqlite_checks(conn, report)
        if any(p.area == "integrity" for p in report.problems):
            return report  # a damaged file: the other checks would only add noise or fail
        _schema_check(conn, report)
        last_seq = report.last_seq = _node_last_seq(conn, report)
        for model in SYNCED_MODELS:
            _table_stamp_checks(conn, model.__tablename__, last_seq, report)
            _field_stamp_checks(conn, model, report)
        _duplicate_seq_check(conn, report)
        _known_nodes_check(conn, last_seq, report)
        _blob_check(conn, deep, report)
        report.rows_checked = _count_rows(conn)
        conn.rollback()
    if server:
        return report
    with database.engine.connect() as conn:
        _search_index_check(conn, report)
        conn.rollback()
    return report
