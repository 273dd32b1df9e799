"""The demo headquarters on a PostgreSQL server (issue 18): the fast generator writes SQLite, so
the demo is built as a file and copied (db.postgres.copy). Here, above both, so that db.postgres
need not import the demo generator."""

from __future__ import annotations


def build_demo_on_server(address: str, initiatives: int, seed: int, progress=None):
    """The demo headquarters on a server: built as a file (the fast generator is SQLite's),
    then copied. The server database must be empty. Returns the demo's summary."""
    import tempfile
    from pathlib import Path

    from db.demo import build_demo
    from db.postgres.copy import copy_node
    from db.session import open_database

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
