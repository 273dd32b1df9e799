"""node number series

Each node remembers the series of registration numbers it hands out for its own unit (see
db/reg_numbers.py): "" the unit's primary series, a letter for a later PC of the same unit, a
tag made from the node id for a PC set up without a setup package. Existing nodes keep NULL,
which numbers as before.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 13:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("node", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reg_series", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("node", schema=None) as batch_op:
        batch_op.drop_column("reg_series")
