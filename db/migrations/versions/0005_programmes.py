"""programmes: the register outlives 1 triệu sáng kiến

A new synced table `programmes` (code, name, window, what it counts, certificate wording, owner
unit), and `phases.programme_id`. A database that holds the phases of 2021–2023 gets programme
1TRIEU-2021 (window 01/09/2021–01/09/2023, owned by the root union) and both phases become its
phases; targets, being per phase, stay as they were. Every node that migrates writes the very
same programme row (reference id, reference version stamp), so packages between an upgraded
headquarters and an upgraded site find it unchanged.

Revision ID: 0005
Revises: 0002
Create Date: 2026-12-02 13:30:00
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of db.reference's constants as they were at this revision.
REFERENCE_NAMESPACE = uuid.UUID("5a4e6b1e-0d3c-4b9a-9c55-2f4d44b4e7a1")
REFERENCE_STAMP = "017e12ef9c00" + "0000" + "0" * 32  # 2022-01-01, counter 0, reference node
CODE = "1TRIEU-2021"
NAME = "1 triệu sáng kiến – nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch Covid-19"
WINDOW = ("2021-09-01", "2023-09-01")
ROOT_CODE = "CDDKVN"


def reference_id(kind: str, key: str) -> str:
    return str(uuid.uuid5(REFERENCE_NAMESPACE, f"{kind}:{key}"))


def upgrade() -> None:
    op.create_table(
        "programmes",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("counts", sa.String(length=16), nullable=False),
        sa.Column("certificate_wording", sa.Text(), nullable=True),
        sa.Column("owner_unit_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("field_hlc", sa.JSON(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_unit_id"], ["units.id"], name=op.f("fk_programmes_owner_unit_id_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programmes")),
        sa.UniqueConstraint("code", name=op.f("uq_programmes_code")),
    )
    with op.batch_alter_table("programmes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_programmes_owner_unit_id"), ["owner_unit_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_programmes_seq"), ["seq"], unique=False)
    # SQLite adds a column with its reference in place: no copy of the table (which others
    # reference) is needed.
    op.execute(
        "ALTER TABLE phases ADD COLUMN programme_id VARCHAR(36) "
        "CONSTRAINT fk_phases_programme_id_programmes REFERENCES programmes (id)"
    )
    op.create_index("ix_phases_programme_id", "phases", ["programme_id"], unique=False)
    _first_programme()


def _first_programme() -> None:
    """Programme 1TRIEU-2021 for a database that holds phases, and the phases within its
    window (GD1 and GD2: the only ones before this revision) its own."""
    conn = op.get_bind()
    if conn.execute(sa.text("SELECT count(*) FROM phases")).scalar() == 0:
        return  # a new, empty database: `init` or the demo loads the programme
    owner = (
        conn.execute(
            sa.text("SELECT id FROM units WHERE code = :code"), {"code": ROOT_CODE}
        ).scalar()
        or conn.execute(
            sa.text("SELECT id FROM units WHERE parent_id IS NULL ORDER BY code LIMIT 1")
        ).scalar()
    )
    if owner is None:
        return
    seq = (conn.execute(sa.text("SELECT max(last_seq) FROM node")).scalar() or 0) + 1
    conn.execute(sa.text("UPDATE node SET last_seq = :seq"), {"seq": seq})
    programme_id = reference_id("programme", CODE)
    conn.execute(
        sa.text(
            "INSERT INTO programmes (id, hlc, field_hlc, deleted, seq, code, name, starts_on, "
            "ends_on, counts, certificate_wording, owner_unit_id) VALUES (:id, :hlc, NULL, 0, "
            ":seq, :code, :name, :starts, :ends, 'registered', :name, :owner)"
        ),
        {
            "id": programme_id,
            "hlc": REFERENCE_STAMP,
            "seq": seq,
            "code": CODE,
            "name": NAME,
            "starts": WINDOW[0],
            "ends": WINDOW[1],
            "owner": owner,
        },
    )
    conn.execute(
        sa.text(
            "UPDATE phases SET programme_id = :id WHERE programme_id IS NULL "
            "AND starts_on >= :starts AND ends_on <= :ends"
        ),
        {"id": programme_id, "starts": WINDOW[0], "ends": WINDOW[1]},
    )


PHASES_0002 = """CREATE TABLE phases (
    code VARCHAR(16) NOT NULL,
    name VARCHAR(128) NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    id VARCHAR(36) NOT NULL,
    hlc VARCHAR(64) NOT NULL,
    field_hlc JSON,
    deleted BOOLEAN NOT NULL,
    seq INTEGER NOT NULL,
    CONSTRAINT pk_phases PRIMARY KEY (id),
    CONSTRAINT uq_phases_code UNIQUE (code)
)"""
PHASE_COLUMNS = "code, name, starts_on, ends_on, id, hlc, field_hlc, deleted, seq"


def downgrade() -> None:
    # phases is made again without the column while targets and initiatives point at it: the
    # foreign keys are checked at commit, when every phase is back (a copy by Alembic's batch
    # mode would rename a table nobody points at and fail)
    op.execute("PRAGMA defer_foreign_keys = ON")
    op.execute(f"CREATE TABLE _phases_0002 AS SELECT {PHASE_COLUMNS} FROM phases")
    op.execute("DROP TABLE phases")
    op.execute(PHASES_0002)
    op.execute(f"INSERT INTO phases ({PHASE_COLUMNS}) SELECT {PHASE_COLUMNS} FROM _phases_0002")
    op.execute("DROP TABLE _phases_0002")
    op.create_index("ix_phases_seq", "phases", ["seq"], unique=False)
    with op.batch_alter_table("programmes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programmes_seq"))
        batch_op.drop_index(batch_op.f("ix_programmes_owner_unit_id"))
    op.drop_table("programmes")
