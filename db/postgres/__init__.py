"""A headquarters on a PostgreSQL server (issue 18): the same models, a server instead of a file.

The one seam between the two engines is db/engines.py (below db.session and db.migrate, which
this package builds on), re-exported here: `is_server_address` tells a server address from a
file path (cheap: the command line calls it before SQLAlchemy loads); `on_server` tells a server
engine or connection from a SQLite one. Everything SQLite-only (the file examined, the writer
lock file, quick_check, PRAGMAs, FTS5, file copies as backups) stays on the file path; its server
replacement lives in this package (opening.py, search, backup, copy).
"""

from db.engines import SCHEMES, ServerAddress, is_server_address, on_server

__all__ = ["SCHEMES", "ServerAddress", "is_server_address", "on_server"]
