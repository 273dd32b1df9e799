"""programme overrides

One synced table (issue 12): a clerk's exception to what counts toward a programme (an
initiative left out of it, or one outside its window counted in). A new table only: every
existing record is left as it was.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 15:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "programme_overrides",
        sa.Column("programme_id", sa.String(length=36), nullable=False),
        sa.Column("initiative_id", sa.String(length=36), nullable=False),
        sa.Column("unit_id", sa.String(length=36), nullable=False),
        sa.Column("included", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("field_hlc", sa.JSON(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_programme_overrides_unit_id_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_overrides")),
    )
    with op.batch_alter_table("programme_overrides", schema=None) as batch_op:
        for column in ("programme_id", "initiative_id", "seq"):
            batch_op.create_index(
                batch_op.f(f"ix_programme_overrides_{column}"), [column], unique=False
            )


def downgrade() -> None:
    op.drop_table("programme_overrides")
