"""server search index and wide integers

On PostgreSQL (a headquarters on a server, issue 18) the folded search text of initiatives is
found through a trigram index (pg_trgm), the server's counterpart of SQLite's FTS5 table made by
0001; clock milliseconds, change sequences and file sizes become BIGINT (SQLite's INTEGER is
64-bit already). A SQLite file is left exactly as it was.

Revision ID: 0013
Revises: 0009
Create Date: 2026-12-02 16:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_initiatives_search_trgm"
SYNCED_TABLES = (
    "units", "unit_names", "programmes", "phases", "fields", "targets", "people", "initiatives",
    "initiative_authors", "reviews", "certificates", "attachments", "duplicate_decisions",
    "programme_overrides", "person_aliases",
)  # fmt: skip
WIDE = (
    *((table, "seq") for table in SYNCED_TABLES),
    ("initiatives", "benefit_value"), ("attachments", "size"), ("blobs", "size"), ("node", "hlc_wall"), ("node", "last_seq"),
    ("known_nodes", "acked_seq"), ("known_nodes", "merged_seq"), ("package_log", "first_seq"),
    ("package_log", "last_seq"),
)  # fmt: skip


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    bind = op.get_bind()
    for table, column in WIDE:
        kind = bind.execute(
            sa.text(
                "SELECT data_type FROM information_schema.columns "
                "WHERE table_name = :t AND column_name = :c"
            ),
            {"t": table, "c": column},
        ).scalar()
        if kind == "integer":  # a later migration may have made it something else already
            op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE BIGINT")
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON initiatives USING gin (search_text gin_trgm_ops)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
