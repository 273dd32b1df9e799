"""stats by unit index

`stats` and the dashboard count a programme's initiatives per unit and phase. Grouped in the
browse index's date order, SQLite sorted every counted entry (~500,000 at 1,000,000 initiatives:
2.3 s). ix_initiatives_stats (deleted, unit_id, registered_on, status, recognised_on) holds them
in grouping order: each unit's window is one range of the index, counted per day with no sort.
It also counts a unit filter of the initiatives table (its sub-units' ranges) without a scan.
A new index only: every record is left as it was.

Revision ID: 0012
Revises: 0009
Create Date: 2026-12-02 16:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATS = ["deleted", "unit_id", "registered_on", "status", "recognised_on"]


def upgrade() -> None:
    with op.batch_alter_table("initiatives", schema=None) as batch_op:
        batch_op.create_index("ix_initiatives_stats", STATS, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("initiatives", schema=None) as batch_op:
        batch_op.drop_index("ix_initiatives_stats")
