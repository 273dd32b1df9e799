"""people name key

Lists of people (the authors page, the authors picker, the merge dialog) were put in Vietnamese
order by keying every matching name in Python: right, but a one-letter search in the picker read
and keyed 150,000 names. Each person now keeps their name's and birth date's Vietnamese sort key
(db/collation.py `person_key`: bytes whose byte order is the order, compared alike by SQLite's
BLOB and PostgreSQL's bytea), written wherever people.search_text is, and (name_key, id) is
indexed (not deleted first: SQLite would then walk it for any query of the live people), so the first people of a list walk the index and stop; and (unit_id, deleted), so
the list's count of a unit's live people reads that index alone.

One column added (no copy of the table: SQLite's ADD COLUMN only edits the schema; a big file's
safety copy is an undo journal, db/migrate_undo.py, which drops it), then filled in rowid order a
batch at a time, a line on stderr every few seconds saying how far.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-03 13:20:00
"""

import sys
import time
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.collation import person_key

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_people_name_key"
UNIT_INDEX = "ix_people_unit_live"
BATCH = 20_000
SAY_EVERY = 5.0  # seconds between two progress lines

# a batch at a time in rowid order on a file; in id order on a server (people have no rowid
# there: 0016 gave initiatives one)
READ = "SELECT rowid, full_name, birth_date FROM people WHERE rowid > ? ORDER BY rowid LIMIT ?"
WRITE = "UPDATE people SET name_key = ? WHERE rowid = ?"
READ_ON_SERVER = sa.text(
    "SELECT id, full_name, birth_date FROM people WHERE id > :after ORDER BY id LIMIT :batch"
)
# a server: one statement a batch
WRITE_ON_SERVER = sa.text(
    "UPDATE people AS p SET name_key = v.k FROM unnest("
    "CAST(:r AS varchar[]), CAST(:k AS bytea[])) AS v(r, k) WHERE p.id = v.r"
)


def upgrade() -> None:
    op.add_column("people", sa.Column("name_key", sa.LargeBinary(), nullable=True))
    fill_keys(op.get_bind())
    op.create_index(INDEX, "people", ["name_key", "id"], unique=False)
    # a unit's live people counted from the index alone (the page's count beside its rows);
    # ix_people_unit_id stays: a changed index would make a large file's safety copy a whole copy
    op.create_index(UNIT_INDEX, "people", ["unit_id", "deleted"], unique=False)


def fill_keys(bind: sa.Connection) -> None:
    total = bind.execute(sa.text("SELECT count(*) FROM people")).scalar() or 0
    server = bind.dialect.name == "postgresql"
    done, after, said = 0, "" if server else -1, time.monotonic()
    while rows := _batch(bind, after, server):
        if server:
            keys = [person_key(name, born) for _id, name, born in rows]
            bind.execute(WRITE_ON_SERVER, {"r": [row[0] for row in rows], "k": keys})
        else:  # the driver's executemany: sqlite3's date is ISO text, as person_key takes it
            keys = [(person_key(name, born), rowid) for rowid, name, born in rows]
            bind.exec_driver_sql(WRITE, keys)
        done, after = done + len(rows), rows[-1][0]
        if time.monotonic() - said > SAY_EVERY:
            print(f"0019: sort keys of {done:,} of {total:,} people", file=sys.stderr)
            said = time.monotonic()


def _batch(bind: sa.Connection, after: int | str, server: bool) -> list:
    if server:
        return bind.execute(READ_ON_SERVER, {"after": after, "batch": BATCH}).all()
    return bind.exec_driver_sql(READ, (after, BATCH)).all()


def downgrade() -> None:
    op.drop_index(UNIT_INDEX, table_name="people")
    op.drop_index(INDEX, table_name="people")
    op.execute("ALTER TABLE people DROP COLUMN name_key")  # not a batch copy (foreign keys)
