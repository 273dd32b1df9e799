"""The demo headquarters on a PostgreSQL server (issue 18): the fast generator writes SQLite, so
the demo is built as a file and copied (db.postgres.copy). Here, above both, so that db.postgres
need not import the demo generator."""

from __future__ import annotations


def refuse_unless_empty(address: str) -> None:
    """The demo goes only into an empty server database: said before the demo is built and
    before anything is written, with how to make an empty one (createdb)."""
    from sqlalchemy import func, inspect, select

    from db.messages import Message
    from db.models import Base
    from db.postgres.connect import make_server_engine
    from db.postgres.opening import server_address
    from db.session import DatabaseError

    server = server_address(address)  # a password in the address is refused, never used
    engine = make_server_engine(server)
    try:
        with engine.connect() as conn:
            present = set(inspect(conn).get_table_names())
            held = any(
                conn.execute(select(func.count()).select_from(table)).scalar()
                for table in Base.metadata.sorted_tables
                if table.name in present
            )
    finally:
        engine.dispose()
    if held:
        from db.postgres.backup import createdb_command

        create, target = createdb_command(address, f"{server.name}_demo")
        raise DatabaseError(
            Message("demo.server_not_empty", name=server.name, create=create, address=target)
        )


def build_demo_on_server(address: str, initiatives: int, seed: int, progress=None):
    """The demo headquarters on a server: built as a file (the fast generator is SQLite's),
    then copied. The server database must be empty (refused before anything is built or
    written). Returns the demo's summary."""
    import tempfile
    from pathlib import Path

    from db.demo import build_demo
    from db.postgres.copy import copy_node
    from db.session import open_database

    refuse_unless_empty(address)
    with tempfile.TemporaryDirectory(prefix="sangkien-demo-") as folder:
        summary = build_demo(Path(folder) / "demo.db", initiatives, seed, progress=progress)
        source = open_database(Path(folder) / "demo.db")
        target = open_database(address, create=True)
        try:
            copy_node(source, target)
        finally:
            source.close()
            target.close()
    return summary
