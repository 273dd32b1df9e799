"""server search words

On PostgreSQL (issue 18) a search is found and counted from an index of words, the server's
counterpart of the doclists of SQLite's FTS5 table (words are [0-9a-z]+ of the folded search
text, as db.search.TOKEN splits them):
- `initiative_words (word, rowid)`, one B-tree: the rows a rare word or a name finds, in rowid
  order (for 'pham anh huy' the trigram index gave 2,715 candidates for 98 hits at 80,000);
- `initiative_word_blocks (word, block, bits)`: for each word and each block of 1,024 rowids, a
  bit per rowid. Counting 'dau khi' is an AND and a bit_count of two words' blocks (about 1,000
  rows at a million initiatives, 0.5-1.2 ms at 80,000), where the trigram index read every hit's
  row (755 ms for 23 ms on the file at 321,000) and a merge of two ranges of the B-tree above
  took 21-30 ms at 80,000.

Triggers keep both: a statement's new rows (once per statement: a COPY or a batch of a thousand
rows costs one insert of their words), a row whose search text or rowid changes, a deleted row,
a TRUNCATE. `sk_refill_search_words()` fills both from the initiatives (here, for the rows
already on the server; and by `migrate-to`, which copies with the insert trigger off). A SQLite
file is left exactly as it was (FTS5 is its index).

Also on a server: `ix_initiatives_browse_rowid`, the table's order (registered_on, then rowid)
with the unit, phase and status beside it, as SQLite's browse index holds its rowid: the first
rows of a unit are an index-only walk that stops at the page's end (0.4 ms for 1.0 ms at 80,000,
with no row read for the 638 rows of other units it passes).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02 23:10:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "initiative_words"
BLOCKS = "initiative_word_blocks"
INDEX = "ix_initiative_words"
WORDS = "sk_words"  # the distinct words of a folded text
BROWSE = "ix_initiatives_browse_rowid"
BIT = "sk_word_bit"  # a rowid's bit in its block of 1,024 rowids

FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION {WORDS}(folded text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT DISTINCT word FROM regexp_split_to_table(folded, '[^0-9a-z]+') AS word
    WHERE word <> ''
$$;

CREATE OR REPLACE FUNCTION {BIT}(row_key bigint) RETURNS bit(1024)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT set_bit(repeat('0', 1024)::bit(1024), (row_key & 1023)::int, 1)
$$;

CREATE OR REPLACE FUNCTION sk_initiative_words_added() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    WITH found AS (
        SELECT word, added.rowid FROM added, LATERAL {WORDS}(added.search_text) AS word
    ), listed AS (
        INSERT INTO {TABLE} (word, rowid) SELECT word, rowid FROM found
    )
    INSERT INTO {BLOCKS} (word, block, bits)
    SELECT word, rowid >> 10, bit_or({BIT}(rowid)) FROM found GROUP BY 1, 2
    ON CONFLICT (word, block) DO UPDATE SET bits = {BLOCKS}.bits | excluded.bits;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION sk_initiative_words_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM {TABLE}
        WHERE rowid = OLD.rowid AND word IN (SELECT {WORDS}(OLD.search_text));
        UPDATE {BLOCKS} SET bits = bits & ~{BIT}(OLD.rowid)
        WHERE block = OLD.rowid >> 10 AND word IN (SELECT {WORDS}(OLD.search_text));
    END IF;
    IF TG_OP = 'UPDATE' THEN
        INSERT INTO {TABLE} (word, rowid) SELECT {WORDS}(NEW.search_text), NEW.rowid;
        INSERT INTO {BLOCKS} (word, block, bits)
        SELECT word, NEW.rowid >> 10, {BIT}(NEW.rowid) FROM {WORDS}(NEW.search_text) AS word
        ON CONFLICT (word, block) DO UPDATE SET bits = {BLOCKS}.bits | excluded.bits;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION sk_initiative_words_emptied() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE {TABLE}, {BLOCKS};
    RETURN NULL;
END $$;

-- every word of every initiative again, the B-tree built once at the end (sorted: minutes
-- faster at a million initiatives than grown row by row); migrate-to calls it after the copy
CREATE OR REPLACE FUNCTION sk_refill_search_words() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('maintenance_work_mem', '256MB', true);  -- the sort of the B-tree
    DROP INDEX IF EXISTS {INDEX};
    TRUNCATE {TABLE}, {BLOCKS};
    INSERT INTO {TABLE} (word, rowid)
    SELECT word, initiatives.rowid FROM initiatives, LATERAL {WORDS}(search_text) AS word;
    CREATE UNIQUE INDEX {INDEX} ON {TABLE} (word, rowid);
    INSERT INTO {BLOCKS} (word, block, bits)
    SELECT word, rowid >> 10, bit_or({BIT}(rowid)) FROM {TABLE} GROUP BY 1, 2;
END $$;
"""

TRIGGERS = """
CREATE TRIGGER initiative_words_added AFTER INSERT ON initiatives
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT
    EXECUTE FUNCTION sk_initiative_words_added();
CREATE TRIGGER initiative_words_changed AFTER UPDATE OF search_text, rowid ON initiatives
    FOR EACH ROW
    WHEN (OLD.search_text IS DISTINCT FROM NEW.search_text OR OLD.rowid <> NEW.rowid)
    EXECUTE FUNCTION sk_initiative_words_changed();
CREATE TRIGGER initiative_words_deleted AFTER DELETE ON initiatives
    FOR EACH ROW EXECUTE FUNCTION sk_initiative_words_changed();
CREATE TRIGGER initiative_words_emptied AFTER TRUNCATE ON initiatives
    FOR EACH STATEMENT EXECUTE FUNCTION sk_initiative_words_emptied();
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # COLLATE "C": a word's prefix ('khi'*) is a range of the B-tree whatever the server's locale
    op.execute(f'CREATE TABLE {TABLE} (word text COLLATE "C" NOT NULL, rowid bigint NOT NULL)')
    op.execute(
        f'CREATE TABLE {BLOCKS} (word text COLLATE "C" NOT NULL, block bigint NOT NULL, '
        f"bits bit(1024) NOT NULL, CONSTRAINT pk_{BLOCKS} PRIMARY KEY (word, block))"
    )
    # no parallel workers: a merge of two ranges of the index is ~30 ms at 80,000 initiatives,
    # where the planner's parallel hash join took 150 ms (workers' start-up on a busy server)
    for table in (TABLE, BLOCKS):
        op.execute(f"ALTER TABLE {table} SET (parallel_workers = 0)")
    op.execute(FUNCTIONS)
    op.execute("SELECT sk_refill_search_words()")
    op.execute(TRIGGERS)
    op.execute(
        f"CREATE INDEX IF NOT EXISTS {BROWSE} ON initiatives (deleted, registered_on, rowid) "
        "INCLUDE (unit_id, phase_id, status)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for trigger in ("added", "changed", "deleted", "emptied"):
        op.execute(f"DROP TRIGGER IF EXISTS initiative_words_{trigger} ON initiatives")
    op.execute(f"DROP INDEX IF EXISTS {BROWSE}")
    op.execute(f"DROP TABLE IF EXISTS {TABLE}, {BLOCKS}")
    for function in ("added()", "changed()", "emptied()"):
        op.execute(f"DROP FUNCTION IF EXISTS sk_initiative_words_{function}")
    op.execute("DROP FUNCTION IF EXISTS sk_refill_search_words()")
    op.execute(f"DROP FUNCTION IF EXISTS {WORDS}(text), {BIT}(bigint)")
