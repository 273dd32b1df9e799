"""vietnamese sort keys

The initiatives table sorted by «Tên sáng kiến» or «Tác giả» followed the engine's order of the
text (SQLite's bytes: «Ứng dụng…» and «Đ…» after Z, lower case after upper case; PostgreSQL's
locale, another order again). Each initiative now keeps its title's and its first author's name's
Vietnamese sort key (db/collation.py `sort_key`: bytes whose byte order is the order, compared
alike by SQLite's BLOB and PostgreSQL's bytea), kept with search_text wherever that is written,
and (deleted, title_key) and (deleted, author_key) are indexed, so the first page of either order
walks its index.

Two columns added (no copy of the table: SQLite's ADD COLUMN only edits the schema; a big file's
safety copy is an undo journal, db/migrate_undo.py, which drops them), then filled in rowid order
a batch at a time, a line on stderr every few seconds saying how far.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03 10:20:00
"""

import sys
import time
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.collation import initiative_keys

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = {"ix_initiatives_title_key": "title_key", "ix_initiatives_author_key": "author_key"}
BATCH = 20_000
SAY_EVERY = 5.0  # seconds between two progress lines

# Each initiative's title and its first author's name (the live authorship with the lowest
# ordinal), a batch at a time in rowid order; `rowid` is built in on SQLite and a column (0016)
# on PostgreSQL.
READ = sa.text(
    "SELECT i.rowid, i.title, (SELECT p.full_name FROM initiative_authors a "
    "JOIN people p ON p.id = a.person_id WHERE a.initiative_id = i.id AND NOT a.deleted "
    "ORDER BY a.ordinal LIMIT 1) FROM initiatives i WHERE i.rowid > :after "
    "ORDER BY i.rowid LIMIT :batch"
)
WRITE = sa.text("UPDATE initiatives SET title_key = :t, author_key = :a WHERE rowid = :r")
# a server: one statement a batch (its statement triggers, 0017's counts, run once a batch)
WRITE_ON_SERVER = sa.text(
    "UPDATE initiatives AS i SET title_key = v.t, author_key = v.a FROM unnest("
    "CAST(:r AS bigint[]), CAST(:t AS bytea[]), CAST(:a AS bytea[])) AS v(r, t, a) "
    "WHERE i.rowid = v.r"
)


def upgrade() -> None:
    op.add_column("initiatives", sa.Column("title_key", sa.LargeBinary(), nullable=True))
    op.add_column("initiatives", sa.Column("author_key", sa.LargeBinary(), nullable=True))
    fill_keys(op.get_bind())
    for name, column in INDEXES.items():
        op.create_index(name, "initiatives", ["deleted", column], unique=False)


def fill_keys(bind: sa.Connection) -> None:
    total = bind.execute(sa.text("SELECT count(*) FROM initiatives")).scalar() or 0
    done, after, said = 0, -1, time.monotonic()
    while rows := bind.execute(READ, {"after": after, "batch": BATCH}).all():
        keys = [(row[0], *initiative_keys(row[1], [row[2]] if row[2] else [])) for row in rows]
        if bind.dialect.name == "postgresql":
            columns = [list(column) for column in zip(*keys, strict=True)]
            bind.execute(WRITE_ON_SERVER, {"r": columns[0], "t": columns[1], "a": columns[2]})
        else:
            bind.execute(WRITE, [{"r": r, "t": t, "a": a} for r, t, a in keys])
        done, after = done + len(rows), rows[-1][0]
        if time.monotonic() - said > SAY_EVERY:
            print(f"0018: sort keys of {done:,} of {total:,} initiatives", file=sys.stderr)
            said = time.monotonic()


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="initiatives")
    for column in ("author_key", "title_key"):  # not a batch copy (foreign keys to initiatives)
        op.execute(f"ALTER TABLE initiatives DROP COLUMN {column}")
