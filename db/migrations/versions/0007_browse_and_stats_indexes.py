"""browse and stats indexes

At national scale (1,000,000 initiatives) a person waits where a query looks up every matching row
in the 4 GB table. Two indexes answer from the index alone:

- ix_initiatives_browse (deleted, registered_on, unit_id, phase_id, status, recognised_on): the
  table's default order with the unit, phase and status filters and the search's walk checked in
  the index (no lookup into the table), and `stats` / the dashboard counted from it. It replaces
  0002's ix_initiatives_live_registered (deleted, registered_on), its prefix: with both, SQLite
  took the narrower one and looked every filtered row up in the table.
- ix_people_search_text: an author's whole folded name typed in the search ranks their initiatives
  first; found by the index instead of a scan of every author's share.

Revision ID: 0007
Revises: 0002
Create Date: 2026-12-02 13:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BROWSE = ["deleted", "registered_on", "unit_id", "phase_id", "status", "recognised_on"]


def upgrade() -> None:
    with op.batch_alter_table("initiatives", schema=None) as batch_op:
        batch_op.create_index("ix_initiatives_browse", BROWSE, unique=False)
        batch_op.drop_index("ix_initiatives_live_registered")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index("ix_people_search_text", ["search_text"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index("ix_people_search_text")
    with op.batch_alter_table("initiatives", schema=None) as batch_op:
        batch_op.create_index(
            "ix_initiatives_live_registered", ["deleted", "registered_on"], unique=False
        )
        batch_op.drop_index("ix_initiatives_browse")
