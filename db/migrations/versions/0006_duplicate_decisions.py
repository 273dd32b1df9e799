"""duplicate decisions and person aliases

Two synced tables (issue 14): a person's verdict on two initiatives ("same": the later filing
becomes Trùng lặp; "different": never proposed again), and people merged into another, whose
old id stays as an alias. New tables only: every existing record is left as it was.

Revision ID: 0006
Revises: 0002
Create Date: 2026-12-02 13:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _synced_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("field_hlc", sa.JSON(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "duplicate_decisions",
        sa.Column("initiative_id", sa.String(length=36), nullable=False),
        sa.Column("original_id", sa.String(length=36), nullable=False),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("unit_id", sa.String(length=36), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("previous_status", sa.String(length=16), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_duplicate_decisions_unit_id_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duplicate_decisions")),
    )
    with op.batch_alter_table("duplicate_decisions", schema=None) as batch_op:
        for column in ("initiative_id", "original_id", "seq"):
            batch_op.create_index(
                batch_op.f(f"ix_duplicate_decisions_{column}"), [column], unique=False
            )
    op.create_table(
        "person_aliases",
        sa.Column("merged_id", sa.String(length=36), nullable=False),
        sa.Column("kept_id", sa.String(length=36), nullable=False),
        sa.Column("unit_id", sa.String(length=36), nullable=False),
        sa.Column("moved_authors", sa.JSON(), nullable=False),
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_person_aliases_unit_id_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_aliases")),
    )
    with op.batch_alter_table("person_aliases", schema=None) as batch_op:
        for column in ("merged_id", "kept_id", "seq"):
            batch_op.create_index(batch_op.f(f"ix_person_aliases_{column}"), [column], unique=False)


def downgrade() -> None:
    op.drop_table("person_aliases")
    op.drop_table("duplicate_decisions")
