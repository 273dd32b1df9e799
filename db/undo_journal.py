"""The safety copy before an import into a large database: an undo journal of the rows the import
touches, instead of a copy of the whole file. docs/ARCHITECTURE.md, "The safety copy before an
import".

A full copy costs the size of the database (38 s of a 63.7 s import of 10,000 initiatives into a
4 GB file); the import changes a few thousand rows of it. So, for a database above
JOURNAL_ABOVE_BYTES, the import's own transaction records the previous state of exactly what it
changes: temporary triggers on every table keep the rowid of each row the import inserts and the
whole previous row (its rowid included) of each row it updates or deletes, the first time it is
touched. Before the transaction commits, that is written to a new SQLite file in the backups
folder (`<db>-<date>-<time>-import-undo.db`, written to a temporary name, synced, renamed), with
a fingerprint of the state the import leaves (the node's sequence and clock, the last audit,
package-log and conflict rows, the schema revision).

Restoring it (`sangkien restore FILE`, the Backups page) runs in one transaction: the rows the
import inserted are deleted, the previous rows are put back with their own rowids, and the
search index follows through its triggers. It is refused unless the database is still in the
state the import left (same fingerprint), because only then is the result exactly the state
before the import; otherwise the full backups (daily, before migrations) are the way back. As
with every restore, the node's sequence and clock never go back, and the restore itself is
journalled the same way (a `-restore-undo.db` file), so it can be undone in turn.

Crash safety: the journal is durable before the import commits. A crash before the commit leaves
the database as it was and a journal whose package is not in the package log: restoring it is
refused. A crash after the commit leaves both.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from db.messages import Message

JOURNAL_ABOVE_BYTES = 256 * 1024 * 1024  # below this a full copy is cheap (and checks the file)
FORMAT = "sangkien-undo-1"
UNDO_SUFFIX = "-undo.db"
REASON = "import-undo"  # db.backup.REASONS
_NEW = "temp.undo_new"  # (table, rowid) of the rows inserted


class JournalError(Exception):
    """The journal cannot be restored here (a message for a person)."""


def wanted_for(db_path: Path) -> bool:
    """True when the database is large enough that journalling beats a full copy."""
    size = sum(
        Path(f"{db_path}{suffix}").stat().st_size
        for suffix in ("", "-wal")
        if Path(f"{db_path}{suffix}").exists()
    )
    return size > JOURNAL_ABOVE_BYTES


def is_journal(path: Path) -> bool:
    """True for an undo journal file (rather than a full backup)."""
    if not path.name.endswith(UNDO_SUFFIX):
        return False
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM undo_meta WHERE key = 'format'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == FORMAT


# ---- recording ---------------------------------------------------------------------------------


def journalled_tables(conn: sqlite3.Connection, schema: str = "main") -> dict[str, list[str]]:
    """table -> columns of every ordinary table (not SQLite's own, not the search index's
    shadow tables, which its triggers keep). A table without rowid cannot be journalled."""
    rows = conn.execute(
        f"SELECT name, sql FROM {schema}.sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    virtual = [name for name, sql in rows if sql.upper().startswith("CREATE VIRTUAL")]
    tables = {}
    for name, sql in rows:
        if name in virtual or any(name.startswith(f"{v}_") for v in virtual):
            continue
        if "WITHOUT ROWID" in sql.upper():
            raise JournalError(Message("journal.without_rowid", table=name))
        columns = [c[1] for c in conn.execute(f'PRAGMA {schema}.table_info("{name}")')]
        tables[name] = columns
    return tables


def _quoted(names: list[str]) -> str:
    return ", ".join(f'"{n}"' for n in names)


class UndoRecorder:
    """Records, on one connection inside its open write transaction, the previous state of what
    the transaction changes (see the module docstring). `start()` first, `save()` before the
    commit; the temporary triggers and tables go away with `save()` or a rollback."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.tables = journalled_tables(conn)
        self.counts: dict[str, int] = {}  # of the state before, for the backups list

    def start(self) -> None:
        run = self.conn.execute
        run(
            f"CREATE TEMP TABLE {_NEW.split('.')[1]} (tbl TEXT, rid INTEGER, PRIMARY KEY (tbl, rid))"
        )
        for number, (table, columns) in enumerate(self.tables.items()):
            keep = f"undo_rows_{number}"  # a trigger's statements name tables unqualified
            run(
                f"CREATE TEMP TABLE undo_rows_{number} (undo_rowid INTEGER PRIMARY KEY, {_quoted(columns)})"
            )
            old = ", ".join(["OLD.rowid", *(f'OLD."{c}"' for c in columns)])
            fresh = f"NOT EXISTS (SELECT 1 FROM {_NEW} WHERE tbl = '{table}' AND rid = OLD.rowid)"
            # UPDATE OF the columns there now: a column added later (a migration's) is not kept
            for event in (f"UPDATE OF {_quoted(columns)}", "DELETE"):
                run(
                    f"CREATE TEMP TRIGGER undo_{event.split()[0].lower()}_{number} BEFORE {event} "
                    f'ON main."{table}" WHEN {fresh} BEGIN INSERT OR IGNORE INTO {keep} '
                    f"VALUES ({old}); END"
                )
            run(
                f'CREATE TEMP TRIGGER undo_insert_{number} AFTER INSERT ON main."{table}" '
                f"BEGIN INSERT OR IGNORE INTO undo_new VALUES ('{table}', NEW.rowid); END"
            )
        self.sequence = self._sequence()

    def _sequence(self) -> list[tuple[str, int]]:
        has = self.conn.execute(
            "SELECT 1 FROM main.sqlite_master WHERE name = 'sqlite_sequence'"
        ).fetchone()
        return (
            self.conn.execute("SELECT name, seq FROM main.sqlite_sequence").fetchall()
            if has
            else []
        )

    def save(self, target: Path, meta: dict[str, Any]) -> Path:
        """Write what was recorded to the new file `target` (durably), drop the triggers."""
        from db.fileutil import atomic_path

        meta = {**meta, "format": FORMAT, "fingerprint": fingerprint(self.conn)}
        target.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(target) as temp:
            out = sqlite3.connect(temp, isolation_level=None)
            try:
                out.execute("PRAGMA journal_mode = OFF")  # a new file: atomic_path renames it
                out.execute("BEGIN")
                self._write(out, meta)
                out.execute("COMMIT")
            finally:
                out.close()  # atomic_path syncs the file, renames it and syncs the folder
        self.stop()
        return target

    def _write(self, out: sqlite3.Connection, meta: dict[str, Any]) -> None:
        out.execute("CREATE TABLE undo_meta (key TEXT PRIMARY KEY, value TEXT)")
        out.executemany(
            "INSERT INTO undo_meta VALUES (?, ?)", [(k, str(v)) for k, v in meta.items()]
        )
        out.execute(
            "CREATE TABLE undo_tables (number INTEGER PRIMARY KEY, name TEXT, columns TEXT)"
        )
        out.execute("CREATE TABLE undo_new (tbl TEXT, rid INTEGER, PRIMARY KEY (tbl, rid))")
        out.execute("CREATE TABLE undo_sequence (name TEXT, seq INTEGER)")
        out.executemany("INSERT INTO undo_sequence VALUES (?, ?)", self.sequence)
        _copy(self.conn.execute(f"SELECT tbl, rid FROM {_NEW}"), out, "undo_new", 2)
        for number, (table, columns) in enumerate(self.tables.items()):
            out.execute(
                "INSERT INTO undo_tables VALUES (?, ?, ?)", (number, table, json.dumps(columns))
            )
            out.execute(
                f"CREATE TABLE undo_rows_{number} (undo_rowid INTEGER PRIMARY KEY, {_quoted(columns)})"
            )
            rows = self.conn.execute(f"SELECT * FROM temp.undo_rows_{number}")
            _copy(rows, out, f"undo_rows_{number}", len(columns) + 1)

    def stop(self) -> None:
        run = self.conn.execute
        for number in range(len(self.tables)):
            for event in ("update", "delete", "insert"):
                run(f"DROP TRIGGER IF EXISTS temp.undo_{event}_{number}")
            run(f"DROP TABLE IF EXISTS temp.undo_rows_{number}")
        run(f"DROP TABLE IF EXISTS {_NEW}")


def _copy(rows: sqlite3.Cursor, out: sqlite3.Connection, table: str, width: int) -> None:
    insert = f"INSERT INTO {table} VALUES ({', '.join('?' * width)})"
    while batch := rows.fetchmany(10_000):
        out.executemany(insert, batch)


def fingerprint(conn: sqlite3.Connection, schema: str = "main") -> str:
    """The state a change left, as far as anything later would move it: every local change
    moves the node's sequence and writes an audit row, every import a package-log row, every
    merge conflict a conflicts row, every migration the schema revision."""
    parts = [
        conn.execute(f"SELECT last_seq, hlc_wall, hlc_counter FROM {schema}.node").fetchone(),
        *(
            conn.execute(f"SELECT max(rowid), count(*) FROM {schema}.{table}").fetchone()
            for table in ("audit_log", "package_log", "conflicts")
        ),
        conn.execute(f"SELECT version_num FROM {schema}.alembic_version").fetchone(),
    ]
    return json.dumps(parts)


def new_journal_path(db_path: Path, reason: str, now: dt.datetime | None = None) -> Path:
    from db.backup import _new_backup_path

    plain = _new_backup_path(db_path, reason, now or dt.datetime.now())
    return plain.with_name(plain.name.removesuffix(".db") + UNDO_SUFFIX)


def start_before_import(session: Any) -> UndoRecorder:
    """Start recording in the import's transaction (a SQLAlchemy session on SQLite)."""
    recorder = UndoRecorder(session.connection().connection.driver_connection)
    recorder.counts = _counts(recorder.conn)
    recorder.start()
    return recorder


def save_before_commit(recorder: UndoRecorder, db_path: Path, package_id: str) -> Path:
    """Write the journal of an import (still uncommitted) beside the backups, with a note that
    lists it among them. Returns its path."""
    from db.backup import BackupInfo, _write_note

    node_id, unit_code = recorder.conn.execute("SELECT node_id, unit_code FROM node").fetchone()
    now = dt.datetime.now().replace(microsecond=0)
    path = recorder.save(
        new_journal_path(db_path, "import", now),
        {"reason": "import", "package_id": package_id, "node_id": node_id},
    )
    info = BackupInfo(path, now, REASON, recorder.counts, checked_ok=True, size=path.stat().st_size)
    info.node_id, info.unit_code = node_id, unit_code
    info.revision = recorder.conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    _write_note(info, db_path)
    return path


def _counts(conn: sqlite3.Connection) -> dict[str, int]:
    from db.backup import record_counts

    return record_counts(conn)


# ---- restoring ---------------------------------------------------------------------------------


def read_meta(path: Path) -> dict[str, str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return dict(conn.execute("SELECT key, value FROM undo_meta").fetchall())
    finally:
        conn.close()


def undo(db_path: Path, journal: Path, *, actor: str = "") -> Path:
    """Put the database back into the state before the journalled change, in one transaction;
    the undo is journalled in turn. Returns that new journal. Raises JournalError."""
    meta = read_meta(journal)
    with undoing(db_path, journal, meta) as conn:
        recorder = UndoRecorder(conn)
        recorder.start()
        put_back(conn, journal, actor)
        return recorder.save(
            new_journal_path(db_path, "restore"),
            {
                "reason": "restore",
                "undoes": journal.name,
                "package_id": "",
                "node_id": meta["node_id"],
            },
        )


@contextmanager
def undoing(db_path: Path, journal: Path, meta: dict[str, str]) -> Iterator[sqlite3.Connection]:
    """One transaction on the database with the journal attached (as `undo`), once the journal
    is found to apply to it (JournalError otherwise): committed at the end, rolled back on any
    error."""
    conn = sqlite3.connect(db_path.resolve().as_uri(), uri=True, isolation_level=None, timeout=5)
    try:
        conn.execute("ATTACH DATABASE ? AS undo", (f"{journal.resolve().as_uri()}?mode=ro",))
        conn.execute("BEGIN IMMEDIATE")
        try:
            _check_applicable(conn, meta, journal)
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()


def put_back(conn: sqlite3.Connection, journal: Path, actor: str) -> None:
    """The journalled rows back as they were; the node's sequence and clock never go back; an
    audit row says who restored what."""
    before = conn.execute("SELECT last_seq, hlc_wall, hlc_counter FROM node").fetchone()
    _put_back(conn)
    _counters_forward(conn, before)
    _record(conn, journal, actor)


def _check_applicable(conn: sqlite3.Connection, meta: dict[str, str], journal: Path) -> None:
    node = conn.execute("SELECT node_id FROM node").fetchone()
    if node is None or node[0] != meta.get("node_id"):
        raise JournalError(Message("journal.other_node", name=journal.name))
    package = meta.get("package_id")
    if (
        package
        and not conn.execute(
            "SELECT 1 FROM package_log WHERE package_id = ? AND direction = 'in'", (package,)
        ).fetchone()
    ):
        raise JournalError(Message("journal.never_imported", name=journal.name))
    if fingerprint(conn) != meta["fingerprint"]:
        raise JournalError(Message("journal.changed_since", name=journal.name))


def _put_back(conn: sqlite3.Connection) -> None:
    tables = [
        (n, name, json.loads(cols))
        for n, name, cols in conn.execute("SELECT * FROM undo.undo_tables")
    ]
    for number, table, _columns in tables:
        conn.execute(
            f'DELETE FROM main."{table}" WHERE rowid IN '
            "(SELECT rid FROM undo.undo_new WHERE tbl = ?)",
            (table,),
        )
        conn.execute(
            f'DELETE FROM main."{table}" WHERE rowid IN (SELECT undo_rowid FROM undo.undo_rows_{number})'
        )
    for number, table, columns in tables:
        conn.execute(
            f'INSERT INTO main."{table}" (rowid, {_quoted(columns)}) '
            f"SELECT undo_rowid, {_quoted(columns)} FROM undo.undo_rows_{number} ORDER BY undo_rowid"
        )
    sequence = conn.execute("SELECT name, seq FROM undo.undo_sequence").fetchall()
    if sequence:
        conn.execute("DELETE FROM main.sqlite_sequence")
        conn.executemany("INSERT INTO main.sqlite_sequence VALUES (?, ?)", sequence)


def _counters_forward(conn: sqlite3.Connection, before: tuple[int, int, int]) -> None:
    """As with every restore, the node's sequence and clock never go back: changes made after
    it get numbers above everything already exported, so no receipt can hide them."""
    last_seq, wall, counter = before
    conn.execute(
        "UPDATE main.node SET last_seq = max(last_seq, ?), "
        "hlc_counter = CASE WHEN hlc_wall < ? OR (hlc_wall = ? AND hlc_counter < ?) "
        "THEN ? ELSE hlc_counter END, hlc_wall = max(hlc_wall, ?)",
        (last_seq, wall, wall, counter, counter, wall),
    )


def _record(conn: sqlite3.Connection, journal: Path, actor: str) -> None:
    """The audit trail says who undid what."""
    from db.node import utcnow

    conn.execute(
        "INSERT INTO main.audit_log (at, actor, action, table_name, row_id, changes) "
        "VALUES (?, ?, 'restore', 'database', ?, ?)",
        (
            utcnow().strftime("%Y-%m-%d %H:%M:%S.%f"),
            actor or "?",
            journal.name[:64],
            json.dumps({"undo_journal": [None, journal.name]}, ensure_ascii=False),
        ),
    )
