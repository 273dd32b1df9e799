"""money in hundredths

A benefit value in USD has cents (issue 16): `initiatives.benefit_value` now holds whole
hundredths of the currency (db/money.py, db.models.Money), so 2,500.50 USD is 250050 and
1,250,000,000 VND is 125000000000. The column stays an INTEGER (exact, summed and sorted in
SQL; BIGINT on PostgreSQL, whose INTEGER has 32 bits); every stored amount is multiplied by 100. Packages are unchanged: they carry the amount
itself (a whole number, or "2500.5" with cents).

The downgrade divides by 100 again, dropping any cents (the older version cannot hold them).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 16:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":  # SQLite's INTEGER has 64 bits already
        op.alter_column(
            "initiatives", "benefit_value", type_=sa.BigInteger(), existing_type=sa.Integer()
        )
    op.execute(
        "UPDATE initiatives SET benefit_value = benefit_value * 100 WHERE benefit_value IS NOT NULL"
    )


def downgrade() -> None:
    op.execute(
        "UPDATE initiatives SET benefit_value = benefit_value / 100 WHERE benefit_value IS NOT NULL"
    )
