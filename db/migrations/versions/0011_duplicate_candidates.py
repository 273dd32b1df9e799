"""duplicate candidates

Two local tables (issue 14), derived from the register and never exported: the authors of each
live initiative by folded name with its folded title (duplicate_authorships), and the pairs
sharing an author whose titles are alike, scored (duplicate_candidates). Both start empty and are
filled from the initiatives on first use (db/duplicates/stored_pairs.py); every existing record
is left as it was.

Revision ID: 0011
Revises: 0009
Create Date: 2026-12-02 16:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "duplicate_authorships",
        sa.Column("folded_name", sa.String(length=255), nullable=False),
        sa.Column("initiative_id", sa.String(length=36), nullable=False),
        sa.Column("folded_title", sa.Text(), nullable=False),
        sa.Column("unit_id", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint(
            "folded_name", "initiative_id", name=op.f("pk_duplicate_authorships")
        ),
    )
    with op.batch_alter_table("duplicate_authorships", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_duplicate_authorships_initiative_id"), ["initiative_id"], unique=False
        )
    op.create_table(
        "duplicate_candidates",
        sa.Column("low_id", sa.String(length=36), nullable=False),
        sa.Column("high_id", sa.String(length=36), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("title_score", sa.Float(), nullable=False),
        sa.Column("essence_score", sa.Float(), nullable=True),
        sa.Column("low_unit", sa.String(length=36), nullable=True),
        sa.Column("high_unit", sa.String(length=36), nullable=True),
        sa.Column("shared", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("low_id", "high_id", name=op.f("pk_duplicate_candidates")),
    )
    with op.batch_alter_table("duplicate_candidates", schema=None) as batch_op:
        for column in ("high_id", "score"):
            batch_op.create_index(
                batch_op.f(f"ix_duplicate_candidates_{column}"), [column], unique=False
            )


def downgrade() -> None:
    op.drop_table("duplicate_candidates")
    op.drop_table("duplicate_authorships")
    op.execute("DELETE FROM local_settings WHERE key = 'duplicates.pairs_seq'")
