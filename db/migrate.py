"""Schema migrations with Alembic: the first schema is revision one, every change a new revision."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from db.paths import bundled_path

if TYPE_CHECKING:  # a reading command learns the head revision without loading SQLAlchemy
    from sqlalchemy import Engine

APPLICATION_ID = 0x536B4B6E  # "SkKn" in the SQLite header: this file is SángKiến's


def app_version() -> str:
    # importlib.metadata costs a reading command 0.04 s of CPU: loaded only when asked for
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("sangkien")
    except PackageNotFoundError:  # a source tree that was not installed
        return "0.1.0"


def version_number(text: str) -> int:
    """ "1.2.3" as 1002003, for PRAGMA user_version (the version that last migrated a file)."""
    parts = [int(p) if p.isdigit() else 0 for p in [*text.split("."), "0", "0"][:3]]
    return parts[0] * 1_000_000 + parts[1] * 1_000 + parts[2]


# Real files (Alembic reads them from disk): db/migrations in the source tree and in the frozen folder.
MIGRATIONS = bundled_path("db", "migrations")


def _literal(value: str) -> str:
    """Alembic keeps options in a ConfigParser that reads `%` as interpolation: a folder such as
    `D:\\Sáng kiến 100%` must reach it as `%%`."""
    return value.replace("%", "%%")


def alembic_config(engine: Engine | None = None):
    import sys

    from alembic.config import Config

    # today's stdout: Config's default is the one alembic saw when it was first imported
    config = Config(stdout=sys.stdout)
    config.set_main_option("script_location", _literal(str(MIGRATIONS)))
    if engine is not None:
        url = engine.url.render_as_string(hide_password=False)
        config.set_main_option("sqlalchemy.url", _literal(url))
        config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    """The newest schema revision this SángKiến knows."""
    return _revision_graph()[1]


@lru_cache(maxsize=1)
def _revision_graph() -> tuple[frozenset[str], str]:
    """(every revision, the head), read from the migration files' `revision`/`down_revision`
    lines: importing Alembic and its script directory costs about a second, which every opening
    of a database paid just to learn that nothing needed migrating (issue 13)."""
    import re

    pattern = re.compile(r'^(down_revision|revision)\b[^=]*=\s*["\']([^"\']+)["\']', re.M)
    revisions, parents = set(), set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        found = dict(pattern.findall(script.read_text(encoding="utf-8")))
        if "revision" in found:
            revisions.add(found["revision"])
            parents.add(found.get("down_revision"))
    heads = revisions - parents
    if len(heads) != 1:  # not one straight line (e.g. mid-merge): ask Alembic itself
        from alembic.script import ScriptDirectory

        head = ScriptDirectory.from_config(alembic_config()).get_current_head()
        assert head is not None
        return frozenset(revisions), head
    return frozenset(revisions), heads.pop()


def known_revisions() -> frozenset[str]:
    """Every schema revision this SángKiến knows (a file at another one is from a newer one)."""
    return _revision_graph()[0]


def mark_as_ours(engine: Engine) -> None:
    """SángKiến's application id and the version that last migrated the file, in its header:
    a newer file then names the version to update to, and another program's file is told apart."""
    from db.engines import on_server

    if on_server(engine):  # no file header: alembic_version alone tells the schema
        return
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.exec_driver_sql(f"PRAGMA user_version = {version_number(app_version())}")


def current_revision(engine: Engine) -> str | None:
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_to_head(engine: Engine, backup: Callable[[Engine, str], object] | None = None) -> bool:
    """Bring the schema up to date; True if anything was run. Cheap when already current.

    `backup` keeps the database as it was before (issue 6): a server's opener
    (db.postgres.opening, above this module) passes its pg_dump. A file is migrated by
    `_upgrade_file`: one transaction, and a copy only when the migrations change it."""
    from db.engines import on_server

    current = current_revision(engine)
    if current == head_revision():
        return False
    if current is None and not on_server(engine) and _lay_head_schema(engine):
        return True
    if current is not None and not on_server(engine) and backup is None:
        _upgrade_file(engine, current)
        mark_as_ours(engine)
        return True
    if current is not None:  # an existing database: keep a backup of it as it was (issue 6)
        if backup is None:
            raise ValueError("a server database is migrated by db.postgres.opening")
        backup(engine, "migrate")
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
    mark_as_ours(engine)
    return True


def _upgrade_file(engine: Engine, current: str) -> None:
    """Every pending migration of a SQLite file in ONE transaction (SQLite's DDL is transactional:
    a failed migration leaves the file exactly as it was), and its safety copy only when the
    migrations change something on SQLite: many are for a server only (0013, 0016), and copying
    a 13 GB file for them cost minutes (issue 13). A small file's copy is made before the commit,
    from the state other connections still see (the WAL hides the uncommitted change); a large
    one keeps an undo journal of the change instead (db/migrate_undo.py) when it can."""
    from alembic import command
    from alembic.script import ScriptDirectory

    from db import migrate_undo
    from db.undo_journal import wanted_for

    config = alembic_config(engine)
    steps = len(list(ScriptDirectory.from_config(config).iterate_revisions("head", current)))
    path = Path(str(engine.url.database))
    with engine.connect().execution_options(begin_immediate=True) as conn:
        raw = conn.connection.driver_connection
        with conn.begin():
            schema, changes = migrate_undo.schema_of(raw), raw.total_changes
            recorder = migrate_undo.start(raw) if wanted_for(path) else None
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            after = migrate_undo.schema_of(raw)
            if recorder is not None:
                rows = migrate_undo.rows_changed(recorder)
            else:  # each step moves alembic_version's one row: that alone is no change to keep
                rows = raw.total_changes - changes - steps
            if rows <= 0 and after == schema:
                if recorder is not None:
                    recorder.stop()
                return  # nothing to keep: the migrations were for a server
            if recorder is not None and migrate_undo.can_journal(schema, after):
                added = [k for k in after if k not in schema and not k[1].startswith("sqlite_")]
                migrate_undo.save(recorder, path, added)
                return
            if recorder is not None:
                recorder.stop()
            from db.backup import backup_before

            backup_before(engine, "migrate")


# ---- a new file: the head revision's schema in one step -----------------------------------------


def _lay_head_schema(engine: Engine) -> bool:
    """A new, empty file gets the schema of the head revision from db/head_schema.py (what the
    migrations make, kept as SQL and checked against them by tests/test_new_file_schema.py), its
    Alembic version and SángKiến's header, in one transaction: importing Alembic and running
    every migration cost a new file 0.4-0.8 s (issue 13). False, and nothing done, when the file
    holds anything already or the kept schema is not the head's (a migration added since: the
    migrations then make the file, as before)."""
    from db import head_schema

    if head_revision() != head_schema.REVISION:
        return False
    with engine.connect().execution_options(begin_immediate=True) as conn:
        raw = conn.connection.driver_connection
        with conn.begin():
            if raw.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                return False
            for statement in head_schema.STATEMENTS:
                raw.execute(statement)
            raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            raw.execute(f"PRAGMA user_version = {version_number(app_version())}")
    return True


def head_schema_statements(raw) -> list[str]:
    """The SQL that makes a migrated file again: its tables, indexes, triggers and virtual tables
    in the order SQLite lists them (a virtual table's shadow tables come with it, an index made
    for a UNIQUE constraint with its table), then the rows the migrations wrote (the Alembic
    version)."""
    listed = raw.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
    ).fetchall()
    virtual = [name for _type, name, sql in listed if sql.upper().startswith("CREATE VIRTUAL")]
    own = [
        (kind, name, sql)
        for kind, name, sql in listed
        if not name.startswith("sqlite_") and not any(name.startswith(f"{v}_") for v in virtual)
    ]
    statements = [sql for _kind, _name, sql in own]
    for kind, name, _sql in own:
        if kind == "table" and name not in virtual:
            rows = raw.execute(f'SELECT * FROM "{name}"').fetchall()
            statements += [
                f"INSERT INTO {name} VALUES ({', '.join(map(_sql_literal, row))})" for row in rows
            ]
    return statements


def _sql_literal(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bytes):
        return f"X'{value.hex()}'"
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return repr(value)


def write_head_schema(target: Path) -> None:
    """db/head_schema.py made again from a scratch file migrated to head (after a new migration:
    `python -m db.migrate --write-head-schema`)."""
    import sqlite3
    import tempfile

    from alembic import command
    from sqlalchemy import create_engine

    with tempfile.TemporaryDirectory() as folder:
        engine = create_engine(f"sqlite:///{Path(folder) / 'scratch.db'}")
        try:
            command.upgrade(alembic_config(engine), "head")
        finally:
            engine.dispose()
        raw = sqlite3.connect(Path(folder) / "scratch.db")
        try:
            statements = head_schema_statements(raw)
        finally:
            raw.close()
    lines = [
        '"""The schema of a new file at the head revision, as the migrations make it: written by',
        "`python -m db.migrate --write-head-schema`, checked by tests/test_new_file_schema.py;",
        'db.migrate lays it on a new file in one transaction instead of running every migration."""',
        "",
        f'REVISION = "{head_revision()}"',
        "STATEMENTS = (",
        *[f"    {_python_literal(statement)}," for statement in statements],
        ")",
        "",
    ]
    target.write_text("\n".join(lines), encoding="utf-8")


def _python_literal(text: str) -> str:
    """A string literal as ruff formats it: double quotes unless single ones need fewer escapes."""
    quote = "'" if text.count('"') > text.count("'") else '"'
    for plain, escaped in (("\\", "\\\\"), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t")):
        text = text.replace(plain, escaped)
    return quote + text.replace(quote, f"\\{quote}") + quote


if __name__ == "__main__":
    import sys

    if sys.argv[1:] != ["--write-head-schema"]:
        sys.exit("usage: python -m db.migrate --write-head-schema")
    write_head_schema(Path(__file__).with_name("head_schema.py"))
    print(f"db/head_schema.py: the schema of revision {head_revision()}")
